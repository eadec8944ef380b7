"""The Istari client and its ``client.jobs`` (``AsyncIstari``, and its generated sync twin ``Istari``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any, Literal, Unpack

from mljobs_istari import AuthenticatedClient
from mljobs_istari.models import Job as IstariJobModel

from .. import _constants as C
from .._http import deadline_for
from .._keywords import spelled_out
from .._models import JobState
from .._pagination import ListOptions, Unparsed, job_key, unwrap_cursor
from .._waiting import Orders, Snapshot
from ..vendors.istari import (
    MAX_PAGE_SIZE,
    IstariJob,
    IstariStatus,
    IstariVendor,
    _api,
    _Errors,
    _start,
    cursor_after,
)
from .client import CLIENT_DEFAULTS, AsyncBase, AsyncClientOptions
from .pagination import AsyncPaginator
from .waiting import AsyncJobsBase


class AsyncIstari(AsyncBase[AuthenticatedClient, "AsyncIstariJobs", _Errors]):
    """A client for Istari Digital's jobs.

    >>> client = mljobs.Istari(base_url="https://registry.example.com", api_key="...")
    >>> job = client.jobs.wait("5b1f0c3e-...")
    """

    vendor = IstariVendor()

    @spelled_out(AsyncClientOptions, CLIENT_DEFAULTS)
    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        """Connect to ``base_url`` (``ISTARI_REGISTRY_URL``) with a token (``ISTARI_REGISTRY_AUTH_TOKEN``).

        ``options``: timeout, max_retries, transport, http_client (see ``ClientOptions``).
        """
        self._api = _api(base_url, api_key, options.get("timeout"), self._transport(options), "AsyncIstari")
        self._jobs = AsyncIstariJobs(self)


class AsyncIstariJobs(AsyncJobsBase[IstariJobModel]):
    """``client.jobs`` of :class:`Istari` (and of :class:`AsyncIstari`)."""

    def __init__(self, client: AsyncIstari) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor

    @spelled_out(ListOptions)
    def list(
        self,
        *,
        status: IstariStatus | JobState | Iterable[IstariStatus | JobState] | None = None,
        model_id: str | None = None,
        name: str | None = None,
        archive_status: Literal["active", "archived", "all"] = "active",
        prefetch: int = C.DEFAULT_PREFETCH,
        **options: Unpack[ListOptions],
    ) -> AsyncPaginator[IstariJob]:
        """The jobs matching the filters, newest first (status by status when several), page by page.

        ``options``: page_size, max_items, cursor, timeout (see ``ListOptions``). ``prefetch``: pages kept in
        flight once the first has given the total (1: one at a time).
        """
        listings = self._vendor.listings(status, model_id, name, archive_status)
        selection = self._vendor.selection(listings)
        first = _start(unwrap_cursor(options.get("cursor"), selection), options.get("page_size"))

        async def fetch(cur: str | None, n: int, deadline: float | None = None) -> Unparsed[IstariJob]:
            return await self._client._received(self._vendor.list_call(listings, cur, first), deadline)

        return AsyncPaginator.listing(
            fetch, options, page_size=first[2], key=job_key, filters=selection, prefetch=prefetch, after=cursor_after
        )

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[IstariJob, float | None]:
        return (await self._client._run(self._vendor.get_call(job_id), deadline))[1]  # type: ignore[no-any-return]

    async def cancel(self, job_id: str, *, timeout: float | None = None) -> None:
        """Set the job's status to Canceled; :class:`~mljobs.CancelRejectedError` if it has ended."""
        refused = partial(self._vendor.cancel_rejected, job_id)
        await self._client._run_refusable(self._vendor.cancel_call(job_id), refused, deadline_for(timeout))

    async def _snapshot(
        self, pending: Sequence[str], deadline: float | None = None, orders: Orders | None = None
    ) -> Snapshot:
        def listing(status: Any) -> AsyncPaginator[IstariJob]:
            return self.list(status=status, page_size=MAX_PAGE_SIZE, prefetch=1)._bounded(deadline)

        ended = self._vendor.ended
        return await self._snapshot_narrowed(pending, listing, ended, orders, "", MAX_PAGE_SIZE, deadline)
