"""What every vendor client shares: running one generated operation, and the client lifecycle.

A vendor describes an operation as a :class:`Call` (the generated module, its arguments, and how to read
the answer). The sync and async clients send it through the generated client's httpx client, turn
failures and error statuses into mljobs exceptions, parse the answer with the generated code and read it
with the call's ``read``. Everything that can go wrong on the way is an mljobs exception, and none of
them hands out a credential.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Self

import attrs
import httpx

from ._errors import InvalidArgumentError, MljobsError
from ._headers import scrub_response
from ._http import DEADLINE, IDEMPOTENT, PARSE_ERRORS, connection_error, parse_failure, status_error

#: Path segments a URL resolver folds away or that name no resource: never sent as a path parameter.
_NOT_A_SEGMENT = frozenset({"", ".", ".."})


@attrs.frozen
class Call:
    """One generated operation to run: ``module`` is ``mljobs_<vendor>.api.jobs.<operation>``.

    ``args`` are the operation's path parameters, in order; ``read(response, parsed)`` turns the generated
    code's parse into what the caller gets (a wrong value it meets becomes ResponseValidationError).
    """

    module: Any
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = attrs.field(factory=dict)
    #: True or False overrides the method's default (GET/PUT/DELETE retry, POST does not).
    idempotent: bool | None = None
    read: Callable[[httpx.Response, Any], Any] | None = None


class Vendor:
    """A vendor's knowledge that is not I/O: which responses are errors beyond the status code."""

    name: ClassVar[str]

    def error_for(self, response: httpx.Response) -> MljobsError | None:
        """A vendor-specific exception for ``response``, or None to use the status code."""
        return None


@functools.cache
def _path_parameters(get_kwargs: Callable[..., Any]) -> tuple[str, ...]:
    """The names of a generated operation's path parameters (its positional parameters)."""
    return tuple(p.name for p in inspect.signature(get_kwargs).parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD)


def check_path(call: Call) -> None:
    """Refuse a path parameter that would make the URL name another resource (or none).

    httpx folds the dot segments ``.`` and ``..`` out of a URL (RFC 3986), so ``cancel("..")`` would act on
    the parent resource; an empty one names the collection; and a ``/``, although sent percent-encoded,
    is decoded into a separator by many servers and proxies before they route. Anything else is sent as
    one percent-encoded segment.
    """
    names = _path_parameters(call.module._get_kwargs)
    for name, value in zip(names, call.args, strict=False):
        if isinstance(value, str) and (value in _NOT_A_SEGMENT or "/" in value):
            raise InvalidArgumentError(
                f"{name}={value!r} cannot be sent: as a path segment it would name another resource "
                "(empty, '.', '..' or containing '/')"
            )


def _request_kwargs(call: Call, deadline: float | None = None) -> dict[str, Any]:
    check_path(call)
    kwargs: dict[str, Any] = call.module._get_kwargs(*call.args, **call.kwargs)
    extensions = dict(kwargs.get("extensions", {}))
    if call.idempotent is not None:
        extensions[IDEMPOTENT] = call.idempotent
    if deadline is not None:
        extensions[DEADLINE] = deadline
    if extensions:
        kwargs["extensions"] = extensions
    return kwargs


def _finish(api: Any, vendor: Vendor, call: Call, response: httpx.Response) -> Any:
    """Raise for an error answer; otherwise the call's reading of the generated code's parse."""
    scrub_response(response)
    error = vendor.error_for(response)
    if error is not None:
        raise error
    if response.status_code >= 400:
        raise status_error(response)
    try:
        parsed = call.module._parse_response(client=api, response=response)
        return parsed if call.read is None else call.read(response, parsed)
    except MljobsError:
        raise
    except PARSE_ERRORS as exc:
        raise parse_failure(response, exc) from exc


class _Repr:
    """``Client(base_url=...)`` plus the names in ``_repr_fields``; a secret is never one of them."""

    api: Any
    _repr_fields: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        """Show where the client connects (and as whom, for vendors that name a customer), never a secret."""
        fields = {"base_url": self.api._base_url, **{name: getattr(self, name) for name in self._repr_fields}}
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in fields.items())})"


class SyncBase(_Repr):
    """Base of every sync client: runs calls, closes connections, never shows a secret in its repr."""

    vendor: Vendor
    api: Any

    def _run(self, call: Call, deadline: float | None = None) -> tuple[httpx.Response, Any]:
        """Send ``call``, done by ``deadline`` (a ``time.monotonic()``) if given: the response and its reading."""
        try:
            response = self.api.get_httpx_client().request(**_request_kwargs(call, deadline))
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        return response, _finish(self.api, self.vendor, call, response)

    def _run_refusable(
        self, call: Call, refused: Callable[[MljobsError], MljobsError], deadline: float | None = None
    ) -> tuple[httpx.Response, Any]:
        """Run ``call``; an error ``refused`` turns into another (e.g. CancelRejectedError) is raised as that."""
        try:
            return self._run(call, deadline)
        except MljobsError as exc:
            raised = refused(exc)
            if raised is exc:
                raise
            raise raised from exc

    def close(self) -> None:
        """Close the client's connections."""
        self.api.get_httpx_client().close()

    def __enter__(self) -> Self:
        """Use the client in a ``with`` block; it is closed at the end."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the client."""
        self.close()


class AsyncBase(_Repr):
    """Base of every async client: the async twin of :class:`SyncBase`."""

    vendor: Vendor
    api: Any

    async def _run(self, call: Call, deadline: float | None = None) -> tuple[httpx.Response, Any]:
        """Send ``call``, done by ``deadline`` (a ``time.monotonic()``) if given: the response and its reading."""
        try:
            response = await self.api.get_async_httpx_client().request(**_request_kwargs(call, deadline))
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        return response, _finish(self.api, self.vendor, call, response)

    async def _run_refusable(
        self, call: Call, refused: Callable[[MljobsError], MljobsError], deadline: float | None = None
    ) -> tuple[httpx.Response, Any]:
        """The async twin of :meth:`SyncBase._run_refusable`."""
        try:
            return await self._run(call, deadline)
        except MljobsError as exc:
            raised = refused(exc)
            if raised is exc:
                raise
            raise raised from exc

    async def close(self) -> None:
        """Close the client's connections."""
        await self.api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        """Use the client in an ``async with`` block; it is closed at the end."""
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the client."""
        await self.close()
