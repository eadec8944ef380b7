"""HTTP plumbing shared by every vendor: retries, deadlines, settings, and errors from httpx failures and statuses.

The retry decisions live in :class:`RetryPolicy` and, per request, :class:`Attempts` (no I/O);
:class:`~mljobs._async.transport.AsyncRetryTransport` is the short loop around them (and its generated twin,
:class:`~mljobs._sync.transport.RetryTransport`).

A request may carry a deadline (the ``mljobs.deadline`` extension, on the ``time.monotonic`` clock): no
attempt starts, and no retry sleep ends, past it. Every attempt also ends within the client's timeout
(its largest value), whatever the server does: the async loop bounds it with ``asyncio.timeout``; the
sync loop clamps each socket operation of the default transport to the time left (:mod:`mljobs._sockets`).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import html
import json
import logging
import os
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

import httpx

from . import _constants as C
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    InvalidArgumentError,
    ResponseValidationError,
    status_error_class,
)
from ._headers import parse_retry_after, scrubbed
from ._lazy import lazy_names

__all__ = [
    "DEADLINE",
    "IDEMPOTENT",
    "Attempts",
    "RetryPolicy",
    "parse_retry_after",
]

#: The transports, in their twins (``mljobs._sync.transport`` is generated from ``mljobs._async.transport``).
_TWINS = {name: f"mljobs.{twin}.transport" for twin, names in (
    ("_sync", ("RetryTransport", "BorrowedTransport", "ClientTransport", "sync_transport")),
    ("_async", ("AsyncRetryTransport", "AsyncBorrowedTransport", "AsyncClientTransport", "async_transport")),
) for name in names}  # fmt: skip
__getattr__ = lazy_names(__name__, _TWINS)

log = logging.getLogger(C.LOGGER_NAME)

#: Request extension that marks a request as safe (or not) to send twice, whatever its method.
IDEMPOTENT = "mljobs.idempotent"
#: Request extension: the ``time.monotonic()`` by which the request, retries included, must be done.
DEADLINE = "mljobs.deadline"
#: Response header mljobs' simulators send: ``virtual`` or ``wall``, how their clock moves.
SIMULATOR_CLOCK = "x-mljobs-simulator-clock"
#: Request extension the transports set: how many attempts of the request were sent so far.
ATTEMPTS = "mljobs.attempts"
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Errors raised before a request could have reached the server: safe to retry for any request.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Errors a body-reading step may raise that mean the answer did not parse (what parse_failure reports).
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, ArithmeticError)


def is_idempotent(request: httpx.Request) -> bool:
    """Whether ``request`` may be sent again after it may have reached the server."""
    marked = request.extensions.get(IDEMPOTENT)
    return bool(marked) if marked is not None else request.method in _IDEMPOTENT_METHODS


def deadline_in(seconds: float | None) -> float | None:
    """The deadline ``seconds`` from now on the transports' clock (``time.monotonic``); None for none."""
    return None if seconds is None else time.monotonic() + seconds


def check_timeout(argument: str, value: float | None) -> float | None:
    """A per-call ``timeout=`` in seconds (> 0), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidArgumentError(f"{argument} must be a number of seconds > 0, got {value!r}")
    return float(value)


def deadline_for(timeout: float | None) -> float | None:
    """The deadline of a call given a per-call ``timeout=`` in seconds (checked), or None."""
    return deadline_in(check_timeout("timeout", timeout))


class RetryPolicy:
    """Decides whether and when to retry. Holds no I/O: the transports ask, then act.

    A plain class with slots, not attrs, as :class:`~mljobs._base.Call` is (the attrs classes ``import mljobs``
    makes cost milliseconds each).
    """

    __slots__ = ("initial_delay", "max_delay", "max_retries", "max_retry_after", "random", "retry_statuses")

    def __init__(
        self,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        initial_delay: float = C.INITIAL_RETRY_DELAY,
        max_delay: float = C.MAX_RETRY_DELAY,
        max_retry_after: float = C.MAX_RETRY_AFTER,
        retry_statuses: frozenset[int] = C.RETRY_STATUSES,
        random: Callable[[], float] = random.random,
    ) -> None:
        """A policy of ``max_retries`` retries, backing off from ``initial_delay`` to ``max_delay`` seconds."""
        self.max_retries = max_retries
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self.retry_statuses = retry_statuses
        self.random = random

    def _fields(self) -> tuple[Any, ...]:
        return (self.max_retries, self.initial_delay, self.max_delay, self.max_retry_after, self.retry_statuses)

    def __eq__(self, other: object) -> bool:
        """Equal policies decide alike (their source of jitter aside)."""
        return isinstance(other, RetryPolicy) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_retries={self.max_retries!r}, initial_delay={self.initial_delay!r}, "
            f"max_delay={self.max_delay!r}, max_retry_after={self.max_retry_after!r})"
        )

    def backoff(self, retry: int) -> float:
        """The delay before retry number ``retry`` (0-based): capped exponential, jittered down by up to 25%."""
        delay = min(self.initial_delay * 2.0**retry, self.max_delay)
        return delay * (1.0 - 0.25 * self.random())

    def after_response(self, request: httpx.Request, response: httpx.Response, retry: int) -> float | None:
        """Seconds to wait before retrying after ``response``, or None to return it as it is.

        A hint (Retry-After) above ``max_retry_after`` is not slept: the answer is returned, and its error
        carries the hint as ``retry_after``.
        """
        if retry >= self.max_retries or response.status_code not in self.retry_statuses:
            return None
        if not is_idempotent(request):
            return None
        hinted = parse_retry_after(response.headers)
        if hinted is not None:
            return hinted if hinted <= self.max_retry_after else None
        return self.backoff(retry)

    def after_error(self, request: httpx.Request, error: Exception, retry: int) -> float | None:
        """Seconds to wait before retrying after a transport ``error``, or None to raise it.

        An error while the body was read counts like any other: the request reached the server, so it is
        retried only when it is safe to repeat.
        """
        if retry >= self.max_retries or not isinstance(error, httpx.TransportError):
            return None
        if isinstance(error, httpx.UnsupportedProtocol | httpx.ProxyError):
            return None
        if not isinstance(error, _NOT_SENT) and not is_idempotent(request):
            return None
        return self.backoff(retry)


@functools.cache
def user_agent() -> str:
    """``mljobs/<version>``: what every request mljobs sends says it comes from."""
    from . import __version__

    return f"mljobs/{__version__}"


def identify(request: httpx.Request) -> None:
    """Send ``request`` as mljobs (``User-Agent: mljobs/<version>``), unless someone chose another agent."""
    if request.headers.get("user-agent", "").startswith("python-httpx/"):
        request.headers["User-Agent"] = user_agent()


def describe(request: httpx.Request) -> str:
    # Path only: a query string could carry a credential.
    return f"{request.method} {request.url.path}"


def _overall(timeouts: Mapping[str, float | None]) -> float | None:
    """How long one attempt may take in all: the largest of the client's timeouts (None: no bound)."""
    values = [v for v in timeouts.values() if v is not None]
    return max(values) if len(values) == len(timeouts) and values else None


class Attempts:
    """One request's way through its retries: the attempt count, deadlines and one log line per decision. No I/O.

    A plain class with slots, as :class:`RetryPolicy` is: one is made for every request.
    """

    __slots__ = ("clock", "policy", "request", "retry", "timeouts")

    def __init__(
        self, policy: RetryPolicy, request: httpx.Request, clock: Callable[[], float] = time.monotonic, retry: int = 0
    ) -> None:
        """The attempts of ``request`` under ``policy``, ``retry`` retries made so far."""
        self.policy = policy
        self.request = request
        self.clock = clock
        self.retry = retry
        self.timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})

    @property
    def deadline(self) -> float | None:
        """When the whole request (every attempt and sleep) must be done, or None."""
        value = self.request.extensions.get(DEADLINE)
        return None if value is None else float(value)

    def begin(self) -> float | None:
        """Start an attempt: its own deadline (the request's, or the client's timeout from now, the sooner).

        The request's per-operation timeouts are cut to the time left, so even a transport mljobs did not
        make gives up in time on a server that never answers. Raises a timeout if no time is left.
        """
        now = self.clock()
        overall = _overall(self.timeouts)
        ends = [d for d in (self.deadline, None if overall is None else now + overall) if d is not None]
        if not ends:
            self._count()
            return None
        ends_at = min(ends)
        left = ends_at - now
        if left <= 0:
            raise httpx.PoolTimeout(f"the deadline of {describe(self.request)} passed before it was sent")
        self._count()
        self.request.extensions["timeout"] = {
            name: left if value is None else min(value, left) for name, value in self.timeouts.items()
        } or {"connect": left, "read": left, "write": left, "pool": left}
        return ends_at

    def _count(self) -> None:
        self.request.extensions[ATTEMPTS] = int(self.request.extensions.get(ATTEMPTS) or 0) + 1

    def _scheduled(self, delay: float, reason: str) -> float | None:
        deadline = self.deadline
        if deadline is not None and self.clock() + delay >= deadline:
            left = max(0.0, deadline - self.clock())
            log.debug(
                "not retrying %s: its deadline is in %.2fs, the retry would start in %.2fs (%s)",
                describe(self.request), left, delay, reason,
            )  # fmt: skip
            return None
        log.debug(
            "retrying %s in %.2fs (retry %d of %d): %s",
            describe(self.request), delay, self.retry + 1, self.policy.max_retries, reason,
        )  # fmt: skip
        self.retry += 1
        return delay

    def _give_up(self, reason: str) -> None:
        if self.retry:
            log.debug("not retrying %s again after %d retries: %s", describe(self.request), self.retry, reason)
        elif not is_idempotent(self.request):
            log.debug(
                "not retrying %s: it may have reached the server and is not safe to repeat (%s)",
                describe(self.request), reason,
            )  # fmt: skip

    def after_error(self, error: Exception) -> float | None:
        """The sleep before the next attempt after ``error``, or None to raise it."""
        reason = type(error).__name__
        delay = self.policy.after_error(self.request, error, self.retry)
        if delay is None:
            self._give_up(reason)
            return None
        return self._scheduled(delay, reason)

    def after_response(self, response: httpx.Response) -> float | None:
        """The sleep before the next attempt after ``response``, or None to return it."""
        if response.status_code not in self.policy.retry_statuses:
            return None
        reason = f"HTTP {response.status_code}"
        delay = self.policy.after_response(self.request, response, self.retry)
        if delay is None:
            hinted = parse_retry_after(response.headers)
            if hinted is not None and hinted > self.policy.max_retry_after and self.retry < self.policy.max_retries:
                log.debug(
                    "not retrying %s: %s asks to wait %.0fs, more than MAX_RETRY_AFTER (%.0fs); see retry_after",
                    describe(self.request), reason, hinted, self.policy.max_retry_after,
                )  # fmt: skip
            else:
                self._give_up(reason)
            return None
        scheduled = self._scheduled(delay, reason)
        if scheduled is not None and (response.status_code == 429 or parse_retry_after(response.headers) is not None):
            from ._prefetch import slow_down  # the pages in flight with this one wait as long

            slow_down(scheduled)
        return scheduled


class UrlJoin:
    """A client's ``base_url`` joined to an operation's path as ``httpx.Client`` does it, in one URL parse.

    httpx merges a relative URL by parsing it, then parsing the base with the merged path again (half a
    ``get()``'s own CPU time in the facade); this parses the joined text once. Only a plain path is joined
    here: one with a query, a fragment, a dot segment (which httpx folds before it merges) or a leading
    ``//`` (a host) is handed to httpx as it is, and so is any URL of a base whose join would not read back
    as httpx's.
    """

    __slots__ = ("base", "head", "tail")

    _MARK = "mljobs-joined-path"

    def __init__(self, base: httpx.URL) -> None:
        """Learn how ``base`` (a client's ``base_url``, ending in ``/``) prints with a path of its own."""
        self.base = base
        sample = base.copy_with(raw_path=base.raw_path + self._MARK.encode())
        head, mark, tail = str(sample).partition(self._MARK)
        ok = bool(mark) and "?" not in head and "#" not in head and httpx.URL(head + self._MARK + tail) == sample
        self.head, self.tail = (head, tail) if ok else ("", "")

    def __call__(self, url: str) -> httpx.URL | str:
        """``url`` (an operation's path) against the base, as ``httpx.Client`` would merge it."""
        if not self.head or url[:1] != "/" or url[1:2] == "/" or "?" in url or "#" in url or "/." in url:
            return url
        return httpx.URL(self.head + url[1:] + self.tail)


def rebuilt_response(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    extensions = {k: v for k, v in response.extensions.items() if k != "network_stream"}
    return httpx.Response(
        response.status_code, headers=response.headers, stream=httpx.ByteStream(raw), extensions=extensions,
        request=request,
    )  # fmt: skip


# ---- bounding one attempt ---------------------------------------------------------------------------

#: The deadline of the attempt running in this thread or task: the default sync transport's sockets obey it.
ATTEMPT_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("mljobs_attempt", default=None)


def default_sync_transport() -> httpx.HTTPTransport:
    """The httpx transport, its sockets bound to each attempt's deadline (see :mod:`mljobs._sockets`)."""
    import httpcore  # loaded by httpx's transport itself: not before a client is made

    from ._sockets import DeadlineBackend

    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport


#: How a sync client sleeps between retries and polls, and how an async one does.
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]
sync_sleep: Sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported only when an async client first sleeps."""
    import asyncio

    await asyncio.sleep(seconds)


def default_async_transport() -> httpx.AsyncHTTPTransport:
    """The httpx async transport (each attempt is bounded by :func:`async_deadline`, whatever the transport)."""
    return httpx.AsyncHTTPTransport()


@contextlib.contextmanager
def sync_deadline(ends: float | None, request: httpx.Request) -> Iterator[None]:
    """Run one sync attempt under its deadline: the default transport's sockets read it."""
    token = ATTEMPT_DEADLINE.set(ends)
    try:
        yield
    finally:
        ATTEMPT_DEADLINE.reset(token)


@contextlib.asynccontextmanager
async def async_deadline(ends: float | None, request: httpx.Request) -> AsyncIterator[None]:
    """Run one async attempt under its deadline: cancelled when it passes, whatever the transport."""
    if ends is None:
        yield
        return
    import asyncio

    try:
        async with asyncio.timeout(max(0.0, ends - time.monotonic())):
            yield
    except TimeoutError as exc:
        message = f"{describe(request)} got no complete answer by its deadline"
        raise httpx.ReadTimeout(message, request=request) from exc


#: The policy of a caller's own httpx client: mljobs sends once and does not retry.
NO_RETRIES = RetryPolicy(max_retries=0)


def retries_of(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
    return max_retries


def timeout_of(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """An ``httpx.Timeout`` from seconds, a Timeout, or None (the default)."""
    if timeout is None:
        return C.DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a number of seconds > 0 or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def setting(value: str | None, argument: str, variable: str, client: str, *, required: bool = True) -> str | None:
    """``value``, or the environment variable ``variable``; a clear error naming both when neither is set."""
    if value is None:
        value = os.environ.get(variable) or None
    if value is None and required:
        raise ConfigurationError(f"{client} needs {argument}=: pass it, or set the environment variable {variable}")
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{client}: {argument}= must be a string, got {type(value).__name__}")
    return value


def base_url_of(value: str | None, argument: str, variable: str, client: str) -> str:
    """A base URL from the argument or the environment, checked to be http(s) and without a trailing slash."""
    url = setting(value, argument, variable, client)
    assert url is not None
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"{client}: {argument}= must be an http(s) URL with a host, got {url!r}")
    return url.rstrip("/")


# ---- turning responses into results or exceptions -----------------------------------------------


def _where(request: httpx.Request) -> tuple[str, int | None]:
    url = request.url
    return url.host, url.port or {"http": 80, "https": 443}.get(url.scheme)


def connection_error(exc: httpx.TransportError | httpx.DecodingError) -> APIConnectionError:
    """The mljobs exception for an httpx transport failure, or a body it cannot decode (its request scrubbed).

    Its message names the request, host:port and the attempts made (retries included).
    """
    try:
        request: httpx.Request | None = scrubbed(exc.request)
        attempts = exc.request.extensions.get(ATTEMPTS)
    except RuntimeError:  # httpx raises when the error was made without a request
        request, attempts = None, None
    host, port = _where(request) if request is not None else (None, None)
    if request is not None:
        exc.request = request  # the chained httpx error hands out no credential either
    where = ""
    if request is not None:
        tries = "" if attempts is None else f", after {attempts} attempt{'s' if attempts != 1 else ''}"
        where = f" ({describe(request)} to {host}:{port}{tries})"
    cls, what = (APITimeoutError, "timed out") if isinstance(exc, httpx.TimeoutException) else (
        APIConnectionError, "got no complete answer")  # fmt: skip
    return cls(
        f"the request {what}{where}: {type(exc).__name__}: {exc}",
        request=request, host=host, port=port, attempts=attempts if isinstance(attempts, int) else None,
    )  # fmt: skip


#: What :func:`json_of` returns for a body that is not JSON (None is JSON's null).
NOT_JSON: Any = object()


def loads(content: bytes) -> Any:
    """``json.loads(content)``, the same values at about half the cost where msgspec is installed.

    msgspec's decoder reads what it takes exactly as ``json.loads`` does (integers of any size, the last of
    duplicate keys, the same floats); what it refuses (NaN, a BOM, UTF-16, a lone surrogate, ``1e400``, and
    anything malformed) is read by ``json.loads``, which takes it or raises its own error.
    """
    decode = _DECODE[0]
    if decode is None:
        decode = _DECODE[0] = _decoder()
    try:
        return decode(content)
    except Exception:  # msgspec's DecodeError and ValidationError, RecursionError: json.loads decides
        return json.loads(content)


def _decoder() -> Callable[[bytes], Any]:
    try:
        import msgspec
    except ImportError:  # an install without it (it is a dependency): the standard library's
        return json.loads
    return msgspec.json.Decoder().decode


#: The decoder :func:`loads` tries first, made on its first call (msgspec is not imported with mljobs).
_DECODE: list[Callable[[bytes], Any] | None] = [None]


def json_of(response: httpx.Response) -> Any:
    """The response's JSON body, or :data:`NOT_JSON` (not JSON, truncated, or nested too deep to read)."""
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        return NOT_JSON


def response_body(response: httpx.Response) -> Any:
    """The response's JSON body, or its text when it is not JSON."""
    body = json_of(response)
    return response.text if body is NOT_JSON else body


def status_error(
    response: httpx.Response,
    message: str | None = None,
    cls: type[APIStatusError] | None = None,
) -> APIStatusError:
    """The exception for an error ``response`` (its class from the status code unless given)."""
    body = response_body(response)
    if message is None:
        detail = _message_of(body)
        message = f"{response.status_code} {response.reason_phrase}" + (f": {detail}" if detail else "")
    return (cls or status_error_class(response.status_code))(message, response=response, body=body)


def _message_of(body: Any) -> str | None:
    if isinstance(body, dict):
        for key in ("message", "statusString", "detail", "error", "errors"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value[:500]
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                return "; ".join(value)[:500]
        return None
    if isinstance(body, str) and body.strip():
        if _HTML.match(body):
            return _title_of(body)
        text = " ".join(body.split())
        return text[:200]
    return None


#: An HTML page (a proxy's or a web server's error page), and its title.
_HTML = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def _title_of(page: str) -> str:
    """What an HTML error page says, in short: its ``<title>``, or that it is one."""
    found = _TITLE.search(page[:20_000])
    title = " ".join(html.unescape(found.group(1)).split()) if found else ""
    return title[:200] if title else "an HTML page"


def parse_failure(response: httpx.Response, exc: Exception) -> ResponseValidationError:
    """The exception for a response body that does not parse as the spec says, or holds a wrong type."""
    text = response.text
    field = getattr(exc, "field", None)
    detail = "nested too deep to read" if isinstance(exc, RecursionError) else str(exc)
    return ResponseValidationError(
        f"{response.status_code} answer to {describe(response.request)} did not parse "
        f"({type(exc).__name__}: {detail[:200]}); body starts: {text[:120]!r}",
        response=response,
        text=text,
        field=field if isinstance(field, str) else None,
    )
