"""What mljobs reads from HTTP headers (a server's retry hint), and the credentials in them it never shows.

No I/O, and no import of the rest of mljobs: the errors, the retry policy and the clients all use it.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping

import httpx

__all__ = ["CREDENTIAL_HEADERS", "MASK", "parse_retry_after", "scrubbed"]

#: Header names whose values are credentials (or, like SymetryML's Authorization, a signature made with one),
#: in requests and responses of every vendor. Lower case.
CREDENTIAL_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "rime-api-key",
        "x-firewall-auth-token",
        "x-domino-api-key",
        "x-api-key",
    }
)
#: What a credential's value is replaced with (httpx shows its own masked Authorization the same way).
MASK = "[secure]"


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds a response asks to wait: ``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP date."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return _seconds(float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _seconds(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    return _seconds(when.timestamp() - (time.time() if now is None else now))


def _seconds(value: float) -> float:
    if value != value:  # NaN
        raise ValueError("not a number of seconds")
    return max(0.0, value)


def _scrub(headers: httpx.Headers) -> httpx.Headers:
    return httpx.Headers(
        [(name, MASK if name.lower() in CREDENTIAL_HEADERS else value) for name, value in headers.multi_items()]
    )


def scrubbed(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` (method, URL, headers, body) with every credential header's value masked.

    What an mljobs error hands out, so that neither its repr nor its ``.headers`` shows a secret.
    """
    try:
        body = request.content  # the body as sent (every mljobs request is read before it is sent)
    except httpx.RequestNotRead:
        body = b""
    return httpx.Request(
        request.method, request.url, headers=_scrub(request.headers), content=body, extensions=request.extensions
    )


def scrub_response(response: httpx.Response) -> httpx.Response:
    """Mask ``response``'s own credential headers (Set-Cookie) and put a scrubbed copy of its request on it."""
    if any(name.lower() in CREDENTIAL_HEADERS for name in response.headers):
        response.headers = _scrub(response.headers)
    try:
        request = response.request
    except RuntimeError:
        return response
    response.request = scrubbed(request)
    return response
