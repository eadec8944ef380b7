"""HTTP plumbing shared by every vendor: retries, settings, and errors from httpx failures and statuses.

The retry decisions live in :class:`RetryPolicy` (no I/O); :class:`RetryTransport` and
:class:`AsyncRetryTransport` are the two short loops around it.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
import httpx

from . import _constants as C
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    ResponseValidationError,
    status_error_class,
)

log = logging.getLogger(C.LOGGER_NAME)

#: Request extension that marks a request as safe (or not) to send twice, whatever its method.
IDEMPOTENT = "mljobs.idempotent"
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Errors raised before a request could have reached the server: safe to retry for any request.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_idempotent(request: httpx.Request) -> bool:
    """Whether ``request`` may be sent again after it may have reached the server."""
    marked = request.extensions.get(IDEMPOTENT)
    return bool(marked) if marked is not None else request.method in _IDEMPOTENT_METHODS


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds a response asks to wait: ``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP date."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@attrs.frozen
class RetryPolicy:
    """Decides whether and when to retry. Holds no I/O: the transports ask, then act."""

    max_retries: int = C.DEFAULT_MAX_RETRIES
    initial_delay: float = C.INITIAL_RETRY_DELAY
    max_delay: float = C.MAX_RETRY_DELAY
    max_retry_after: float = C.MAX_RETRY_AFTER
    retry_statuses: frozenset[int] = C.RETRY_STATUSES
    random: Callable[[], float] = attrs.field(default=random.random, eq=False)

    def backoff(self, retry: int) -> float:
        """The delay before retry number ``retry`` (0-based): capped exponential, jittered down by up to 25%."""
        delay = min(self.initial_delay * 2.0**retry, self.max_delay)
        return delay * (1.0 - 0.25 * self.random())

    def after_response(self, request: httpx.Request, response: httpx.Response, retry: int) -> float | None:
        """Seconds to wait before retrying after ``response``, or None to return it as it is."""
        if retry >= self.max_retries or response.status_code not in self.retry_statuses:
            return None
        if not is_idempotent(request):
            return None
        hinted = parse_retry_after(response.headers)
        if hinted is not None:
            return min(hinted, self.max_retry_after)
        return self.backoff(retry)

    def after_error(self, request: httpx.Request, error: Exception, retry: int) -> float | None:
        """Seconds to wait before retrying after a transport ``error``, or None to raise it."""
        if retry >= self.max_retries or not isinstance(error, httpx.TransportError):
            return None
        if isinstance(error, httpx.UnsupportedProtocol | httpx.ProxyError):
            return None
        if not isinstance(error, _NOT_SENT) and not is_idempotent(request):
            return None
        return self.backoff(retry)


def _describe(request: httpx.Request) -> str:
    # Path only: a query string could carry a credential.
    return f"{request.method} {request.url.path}"


def _log_retry(request: httpx.Request, reason: str, delay: float, retry: int, policy: RetryPolicy) -> None:
    log.debug(
        "retrying %s in %.2fs (retry %d of %d): %s", _describe(request), delay, retry + 1, policy.max_retries, reason
    )


def _log_give_up(request: httpx.Request, reason: str, retry: int) -> None:
    if retry:
        log.debug("not retrying %s again after %d retries: %s", _describe(request), retry, reason)
    elif not is_idempotent(request):
        log.debug(
            "not retrying %s: it may have reached the server and is not safe to repeat (%s)", _describe(request), reason
        )


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries what :class:`RetryPolicy` says is worth retrying."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Retry requests sent through ``transport``; ``sleep`` is injectable for tests."""
        self.transport = transport
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per the policy."""
        retry = 0
        while True:
            try:
                response = self.transport.handle_request(request)
            except Exception as exc:
                delay = self.policy.after_error(request, exc, retry)
                if delay is None:
                    _log_give_up(request, type(exc).__name__, retry)
                    raise
                _log_retry(request, type(exc).__name__, delay, retry, self.policy)
            else:
                delay = self.policy.after_response(request, response, retry)
                if delay is None:
                    if response.status_code in self.policy.retry_statuses:
                        _log_give_up(request, f"HTTP {response.status_code}", retry)
                    return response
                response.read()
                response.close()
                _log_retry(request, f"HTTP {response.status_code}", delay, retry, self.policy)
            self.sleep(delay)
            retry += 1

    def close(self) -> None:
        """Close the wrapped transport."""
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """Retry requests sent through ``transport``; ``sleep`` is injectable for tests."""
        self.transport = transport
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per the policy."""
        retry = 0
        while True:
            try:
                response = await self.transport.handle_async_request(request)
            except Exception as exc:
                delay = self.policy.after_error(request, exc, retry)
                if delay is None:
                    _log_give_up(request, type(exc).__name__, retry)
                    raise
                _log_retry(request, type(exc).__name__, delay, retry, self.policy)
            else:
                delay = self.policy.after_response(request, response, retry)
                if delay is None:
                    if response.status_code in self.policy.retry_statuses:
                        _log_give_up(request, f"HTTP {response.status_code}", retry)
                    return response
                await response.aread()
                await response.aclose()
                _log_retry(request, f"HTTP {response.status_code}", delay, retry, self.policy)
            await self.sleep(delay)
            retry += 1

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.transport.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller's ``httpx.Client`` as it is (its transport, proxies, hooks), unwrapped."""

    def __init__(self, client: httpx.Client) -> None:
        """Send every request through ``client``."""
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the caller's client."""
        return self.client.send(request)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`ClientTransport`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        """Send every request through ``client``."""
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the caller's client."""
        return await self.client.send(request)


def sync_transport(
    transport: httpx.BaseTransport | None, http_client: httpx.Client | None, max_retries: int
) -> httpx.BaseTransport:
    """The transport a sync client sends through: the caller's client as given, or retries around a transport."""
    if http_client is not None:
        if transport is not None:
            raise ConfigurationError("pass either transport= or http_client=, not both")
        return ClientTransport(http_client)
    return RetryTransport(transport or httpx.HTTPTransport(), RetryPolicy(max_retries=_retries(max_retries)))


def async_transport(
    transport: httpx.AsyncBaseTransport | None, http_client: httpx.AsyncClient | None, max_retries: int
) -> httpx.AsyncBaseTransport:
    """The async twin of :func:`sync_transport`."""
    if http_client is not None:
        if transport is not None:
            raise ConfigurationError("pass either transport= or http_client=, not both")
        return AsyncClientTransport(http_client)
    return AsyncRetryTransport(transport or httpx.AsyncHTTPTransport(), RetryPolicy(max_retries=_retries(max_retries)))


def _retries(max_retries: int) -> int:
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


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """The mljobs exception for an httpx transport failure."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises when the error was made without a request
        request = None
    where = f" ({_describe(request)})" if request is not None else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"the request timed out{where}: {type(exc).__name__}", request=request)
    return APIConnectionError(
        f"the request got no complete answer{where}: {type(exc).__name__}: {exc}", request=request
    )


def response_body(response: httpx.Response) -> Any:
    """The response's JSON body, or its text when it is not JSON."""
    try:
        return response.json()
    except ValueError:
        return response.text


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
        text = " ".join(body.split())
        return text[:200]
    return None


def parse_failure(response: httpx.Response, exc: Exception) -> ResponseValidationError:
    """The exception for a response body that does not parse as the spec says."""
    text = response.text
    return ResponseValidationError(
        f"{response.status_code} answer to {_describe(response.request)} did not parse "
        f"({type(exc).__name__}: {str(exc)[:200]}); body starts: {text[:120]!r}",
        response=response,
        text=text,
    )
