"""``MLJOBS_LOG=debug|info``: mljobs' own log lines on stderr, with no logging set up by the program.

Read once, when ``mljobs`` is imported. It adds one stderr handler to the ``mljobs`` logger only, so
httpx's and everyone else's loggers stay as they are. mljobs never logs a credential (requests are
logged as method and path, never headers or query strings); the handler also masks the value of every
secret environment variable the registry names (``RIME_API_KEY``, ``DOMINO_USER_API_KEY``, ...) and
every value passed to :func:`mask`, in case one ever reaches a message.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from typing import TextIO

from . import _constants as C
from ._registry import VENDORS

__all__ = ["ENV_VARIABLE", "LEVELS", "configure", "configure_from_env", "handler", "mask", "unconfigure"]

ENV_VARIABLE = "MLJOBS_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
MASK = "***"
_secrets: set[str] = set()


def mask(*values: str | None) -> None:
    """Never let these values appear in a line the mljobs handler writes."""
    _secrets.update(v for v in values if v and len(v) >= 4)


class _Masking(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in sorted(_secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
        return text


class _Handler(logging.StreamHandler[TextIO]):
    """The handler :func:`configure` adds (a class of its own, so it is added once)."""


def configure(level: int, stream: TextIO | None = None) -> logging.Logger:
    """Send the ``mljobs`` logger's lines at ``level`` and above to ``stream`` (stderr), credentials masked."""
    mask(*(os.environ.get(c.env) for v in VENDORS.values() for c in v.credentials if c.secret))
    logger = logging.getLogger(C.LOGGER_NAME)
    added = handler()
    if added is None:
        added = _Handler(stream or sys.stderr)
        added.setFormatter(_Masking("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(added)
    elif stream is not None:
        added.setStream(stream)
    added.setLevel(level)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    return logger


def handler() -> _Handler | None:
    """The handler :func:`configure` added, if it has."""
    return next((h for h in logging.getLogger(C.LOGGER_NAME).handlers if isinstance(h, _Handler)), None)


def unconfigure() -> None:
    """Remove what :func:`configure` added (for a command line run inside a longer-lived process)."""
    logger = logging.getLogger(C.LOGGER_NAME)
    added = handler()
    if added is not None:
        logger.removeHandler(added)
        logger.setLevel(logging.NOTSET)


def configure_from_env() -> None:
    """Apply ``MLJOBS_LOG`` if it is set; any other value than debug or info is ignored with a warning."""
    value = os.environ.get(ENV_VARIABLE, "").strip()
    if not value:
        return
    level = LEVELS.get(value.lower())
    if level is None:
        warnings.warn(f"{ENV_VARIABLE}={value!r} is ignored: use {' or '.join(LEVELS)}", RuntimeWarning, stacklevel=2)
        return
    configure(level)
