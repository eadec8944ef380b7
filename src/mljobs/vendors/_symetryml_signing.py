"""SymetryML's HMAC-SHA256 request signing, as pure functions (the client signs, the simulator checks).

StringToSign is these lines, each ending in a newline: the verb, ``content-md5``, the secret key (its
Base64 text), ``sym-date``, the customer id, the body (only when there is one), the canonicalized
resource, the query string (only when there is one). The signature is
``Base64(HMAC-SHA256(Base64Decode(secret key), StringToSign))``, sent bare in ``Authorization``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
SYM_VERSION = "6.3"


def sym_date(now: dt.datetime) -> str:
    """``yyyy-MM-dd HH:mm:ss;nanoseconds`` in UTC, the ``sym-date`` header."""
    utc = now.astimezone(dt.UTC)
    return f"{utc.strftime(DATE_FORMAT)};{utc.microsecond * 1000}"


def parse_sym_date(value: str) -> dt.datetime:
    """The time in a ``sym-date`` header (ValueError if it is not in that format)."""
    stamp, _, nanos = value.partition(";")
    when = dt.datetime.strptime(stamp, DATE_FORMAT).replace(tzinfo=dt.UTC)
    if nanos:
        if not nanos.isdigit():
            raise ValueError(f"invalid nanoseconds in sym-date: {value!r}")
        when += dt.timedelta(microseconds=int(nanos) // 1000)
    return when


def content_md5(body: bytes) -> str:
    """Base64 of the body's MD5 digest; empty for no body."""
    return base64.b64encode(hashlib.md5(body).digest()).decode() if body else ""


def decode_secret(secret_key: str) -> bytes:
    """The HMAC key: the secret key Base64-decoded (ValueError if it is not Base64)."""
    try:
        return base64.b64decode(secret_key, validate=True)
    except binascii.Error as exc:
        raise ValueError("the SymetryML secret key is not valid Base64") from exc


def string_to_sign(
    *, verb: str, md5: str, secret_key: str, date: str, customer_id: str, body: bytes, resource: str, query: str
) -> str:
    """The string SymetryML signs."""
    lines = [verb.upper(), md5, secret_key, date, customer_id]
    if body:
        lines.append(body.decode("utf-8", "replace"))
    lines.append(resource)
    if query:
        lines.append(query)
    return "".join(f"{line}\n" for line in lines)


def signature(secret_key: str, text: str) -> str:
    """``Base64(HMAC-SHA256(Base64Decode(secret_key), text))``."""
    digest = hmac.new(decode_secret(secret_key), text.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()
