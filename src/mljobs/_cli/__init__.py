"""The ``mljobs`` command line (``mljobs`` console script, ``python -m mljobs``).

It needs the ``cli`` extra (click, rich and the simulators). Without it, :func:`main` prints one line
that names the extra and exits 2; nothing here imports click before that check.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .._extras import missing_extra
from ._exit import ExitCode

__all__ = ["ExitCode", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``mljobs`` with ``argv`` (default: the process's arguments) and return its exit code."""
    try:
        from ._app import run
    except ModuleNotFoundError as exc:
        error = missing_extra(exc, "cli", "the mljobs command line")
        if error is None:
            raise
        print(f"mljobs: {error}", file=sys.stderr)
        return ExitCode.USAGE
    return run(list(sys.argv[1:] if argv is None else argv))
