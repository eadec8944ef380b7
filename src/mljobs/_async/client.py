"""The base every client shares: running a :class:`~mljobs._base.Call`, ``call()``, and the lifecycle."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from types import TracebackType
from typing import Any, Generic, Self, TypedDict

import httpx

from .. import _constants as C
from .._base import (
    ApiT,
    Call,
    ErrT,
    JobsT,
    Operation,
    P,
    T,
    Vendor,
    _Client,
    _finish,
    _operation_call,
    _raise_for_error,
    _read,
    _request_kwargs,
)
from .._errors import MljobsError, check_keywords
from .._http import UrlJoin, connection_error
from .._pagination import Unparsed
from .transport import AsyncBorrowedTransport, AsyncRetryTransport, async_transport

__all__ = ["CLIENT_DEFAULTS", "AsyncBase", "AsyncClientOptions"]


class AsyncClientOptions(TypedDict, total=False):
    """How every client sends its requests, besides where and as whom (typed once, see ``Unpack``)."""

    #: Seconds for each attempt, or an ``httpx.Timeout`` (default 10 s to connect, 60 s for the rest).
    timeout: float | httpx.Timeout | None
    #: Retries of a request that failed in a way worth retrying and is safe to repeat (default 2; 0: none).
    max_retries: int
    #: The httpx transport to send through (mljobs' retries wrap it), e.g. ``httpx.MockTransport``.
    transport: httpx.AsyncBaseTransport | None
    #: An httpx client of your own, used as it is (its settings; no mljobs retries). Not with ``transport``.
    http_client: httpx.AsyncClient | None


#: The defaults of ``ClientOptions`` that are not None (``timeout=None``: 10 s to connect, 60 s for the rest).
CLIENT_DEFAULTS: Mapping[str, object] = {"max_retries": C.DEFAULT_MAX_RETRIES}


class AsyncBase(_Client[ApiT, JobsT], Generic[ApiT, JobsT, ErrT]):
    """Base of every client (``SyncBase``; ``AsyncBase``): runs calls, closes connections, never shows a secret."""

    vendor: Vendor

    def _transport(self, options: AsyncClientOptions) -> httpx.AsyncBaseTransport:
        """The transport for a constructor's ``options`` (a keyword it does not take is an error naming it)."""
        check_keywords(type(self).__name__, options, AsyncClientOptions.__annotations__)
        max_retries = options.get("max_retries", C.DEFAULT_MAX_RETRIES)
        return async_transport(options.get("transport"), options.get("http_client"), max_retries)

    def _http(self) -> httpx.AsyncClient:
        return self._api.get_async_httpx_client()

    def _borrowed_pool(self) -> httpx.AsyncBaseTransport | None:
        old = getattr(self._http(), "_transport", None)
        if not isinstance(old, AsyncRetryTransport):
            return None
        pool = old.transport  # a copy of a copy borrows from the owner, not from the copy
        return AsyncBorrowedTransport(pool.transport if isinstance(pool, AsyncBorrowedTransport) else pool)

    def _share_sleep(self, copy: Self) -> None:
        old, new = getattr(self._http(), "_transport", None), getattr(copy._http(), "_transport", None)
        if isinstance(old, AsyncRetryTransport) and isinstance(new, AsyncRetryTransport):
            new.sleep = old.sleep

    async def _run(self, call: Call, deadline: float | None = None) -> tuple[httpx.Response, Any]:
        """Send ``call``, done by ``deadline`` (a ``time.monotonic()``) if given: the response and its reading."""
        response = await self._send(call, deadline)
        return response, _finish(self._api, self.vendor, call, response)

    async def _received(self, call: Call, deadline: float | None = None) -> Unparsed[Any]:
        """:meth:`_run`'s reading, read where :meth:`~mljobs._pagination.Unparsed.read` is called (a list page's).

        An error answer raises here, as :meth:`_run` does: only a success's reading waits.
        """
        response = await self._send(call, deadline)
        _raise_for_error(self.vendor, call, response)
        return Unparsed(partial(_read, self._api, self.vendor, call, response))

    async def _send(self, call: Call, deadline: float | None) -> httpx.Response:
        http = self._api.get_async_httpx_client()
        kwargs = _request_kwargs(call, deadline)
        join = self._join
        if join is None or join.base is not http.base_url:  # the base URL is settable on the httpx client
            join = self._join = UrlJoin(http.base_url)
        kwargs["url"] = join(kwargs["url"])
        try:
            response = await http.request(**kwargs)
        except (httpx.TransportError, httpx.DecodingError) as exc:  # no answer, or one whose body cannot be decoded
            raise connection_error(exc) from exc
        self._note(response)
        return response

    async def call(self, operation: Operation[P, T | ErrT], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run any generated operation through this client: its transport, retries, path checks and errors.

        Returns what the operation answers on success, typed; an error status raises the mljobs error
        (``NotFoundError``, ...), as ``client.jobs`` does, where the generated ``sync()`` would return the
        error model. A status the spec does not list for the operation is a ResponseValidationError.

        >>> from mljobs_domino.api.jobs import add_job_tag
        >>> from mljobs_domino.models import NewJobTag
        >>> tag = client.call(add_job_tag, job.id, body=NewJobTag(name="best-model"))
        """
        return (await self._run(_operation_call(operation, args, kwargs)))[1]  # type: ignore[no-any-return]

    async def _run_refusable(
        self, call: Call, refused: Callable[[MljobsError], MljobsError], deadline: float | None = None
    ) -> tuple[httpx.Response, Any]:
        """Run ``call``; an error ``refused`` turns into another (e.g. CancelRejectedError) is raised as that."""
        try:
            return await self._run(call, deadline)
        except MljobsError as exc:
            raised = refused(exc)
            if raised is exc:
                raise
            raise raised from exc

    async def close(self) -> None:
        """Close the client's connections."""
        await self._api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        """Use the client in an ``async with`` block; it is closed at the end."""
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the client."""
        await self.close()
