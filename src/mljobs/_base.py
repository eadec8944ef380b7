"""What every vendor client shares: running one generated operation, and the client lifecycle.

A vendor describes an operation as a :class:`Call` (the generated module and its arguments). The
sync and async clients send it through the generated client's httpx client, turn failures and error
statuses into mljobs exceptions, and parse the answer with the generated code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Self

import attrs
import httpx

from ._errors import MljobsError
from ._http import IDEMPOTENT, connection_error, parse_failure, status_error


@attrs.frozen
class Call:
    """One generated operation to run: ``module`` is ``mljobs_<vendor>.api.jobs.<operation>``."""

    module: Any
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = attrs.field(factory=dict)
    #: True or False overrides the method's default (GET/PUT/DELETE retry, POST does not).
    idempotent: bool | None = None


class Vendor:
    """A vendor's knowledge that is not I/O: which responses are errors beyond the status code."""

    name: ClassVar[str]

    def error_for(self, response: httpx.Response) -> MljobsError | None:
        """A vendor-specific exception for ``response``, or None to use the status code."""
        return None


def _request_kwargs(call: Call) -> dict[str, Any]:
    kwargs: dict[str, Any] = call.module._get_kwargs(*call.args, **call.kwargs)
    if call.idempotent is not None:
        kwargs["extensions"] = {**kwargs.get("extensions", {}), IDEMPOTENT: call.idempotent}
    return kwargs


def _finish(api: Any, vendor: Vendor, call: Call, response: httpx.Response) -> Any:
    """Raise for an error answer; otherwise the generated code's parse of it."""
    error = vendor.error_for(response)
    if error is not None:
        raise error
    if response.status_code >= 400:
        raise status_error(response)
    try:
        return call.module._parse_response(client=api, response=response)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
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

    def _run(self, call: Call) -> tuple[httpx.Response, Any]:
        """Send ``call`` and return the response with its parsed body."""
        try:
            response = self.api.get_httpx_client().request(**_request_kwargs(call))
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        return response, _finish(self.api, self.vendor, call, response)

    def _run_refusable(self, call: Call, refused: Callable[[MljobsError], MljobsError]) -> tuple[httpx.Response, Any]:
        """Run ``call``; an error ``refused`` turns into another (e.g. CancelRejectedError) is raised as that."""
        try:
            return self._run(call)
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

    async def _run(self, call: Call) -> tuple[httpx.Response, Any]:
        """Send ``call`` and return the response with its parsed body."""
        try:
            response = await self.api.get_async_httpx_client().request(**_request_kwargs(call))
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        return response, _finish(self.api, self.vendor, call, response)

    async def _run_refusable(
        self, call: Call, refused: Callable[[MljobsError], MljobsError]
    ) -> tuple[httpx.Response, Any]:
        """The async twin of :meth:`SyncBase._run_refusable`."""
        try:
            return await self._run(call)
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
