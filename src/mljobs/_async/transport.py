"""The retry loop around a transport, and the transport a client sends through.

The decisions are :class:`~mljobs._http.RetryPolicy` and :class:`~mljobs._http.Attempts` (no I/O); this
is the short loop that runs them, the body read inside it, so a connection that drops mid-body is retried.
"""

from __future__ import annotations

import httpx

from .._errors import ConfigurationError
from .._http import (
    NO_RETRIES,
    AsyncSleep,
    Attempts,
    RetryPolicy,
    async_deadline,
    async_sleep,
    default_async_transport,
    identify,
    rebuilt_response,
    retries_of,
)

__all__ = ["AsyncBorrowedTransport", "AsyncClientTransport", "AsyncRetryTransport", "async_transport"]


async def _read(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """``response`` with its raw body read into memory, so a drop mid-body fails inside the retry loop.

    httpx decodes the content (gzip, ...) later, once, as usual. A response already in memory (a mock, a
    cassette) is returned as it is.
    """
    if response.is_stream_consumed:
        return response
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return rebuilt_response(response, raw, request)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps a transport and retries what :class:`RetryPolicy` says is worth retrying, within the deadline."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        sleep: AsyncSleep = async_sleep,
    ) -> None:
        """Retry requests sent through ``transport``; ``sleep`` is injectable for tests."""
        self.transport = transport
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` (as mljobs) and read its body, retrying per the policy."""
        identify(request)
        attempts = Attempts(self.policy, request)
        while True:
            try:
                async with async_deadline(attempts.begin(), request):
                    response = await _read(await self.transport.handle_async_request(request), request)
            except Exception as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    raise
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return response
            await self.sleep(delay)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.transport.aclose()


class AsyncBorrowedTransport(httpx.AsyncBaseTransport):
    """Another client's transport (its connection pool), used but never closed: ``with_options`` copies."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        """Send through ``transport``, which its owner closes."""
        self.transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the owner's transport."""
        return await self.transport.handle_async_request(request)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's ``httpx.Client`` as it is (its transport, proxies, hooks), unwrapped."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        """Send every request through ``client``."""
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the caller's client, bounded by the request's deadline (no retries)."""
        identify(request)
        async with async_deadline(Attempts(NO_RETRIES, request).begin(), request):
            return await self.client.send(request)


def async_transport(
    transport: httpx.AsyncBaseTransport | None, http_client: httpx.AsyncClient | None, max_retries: int
) -> httpx.AsyncBaseTransport:
    """The async twin of :func:`sync_transport`."""
    if http_client is not None:
        if transport is not None:
            raise ConfigurationError("pass either transport= or http_client=, not both")
        return AsyncClientTransport(http_client)
    return AsyncRetryTransport(transport or default_async_transport(), RetryPolicy(max_retries=retries_of(max_retries)))
