"""The Rime client and its ``client.jobs`` (``AsyncRime``, and its generated sync twin ``Rime``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Literal

import httpx
from mljobs_rime import AuthenticatedClient
from mljobs_rime.models import (
    RimeJobMetadata,
)

from .. import _constants as C
from .._http import deadline_for
from .._models import JobState
from .._pagination import Page, job_key
from .._waiting import Snapshot
from ..vendors._common import (
    positive_int,
)
from ..vendors.rime import (
    MAX_PAGE_SIZE,
    RimeJob,
    RimeJobTypeName,
    RimeStatus,
    RimeVendor,
    _api,
    _Errors,
)
from .client import AsyncBase
from .pagination import AsyncPaginator
from .transport import async_transport
from .waiting import AsyncJobsBase


class AsyncRime(AsyncBase[AuthenticatedClient, "AsyncRimeJobs", _Errors]):
    """A client for RIME's jobs API.

    >>> client = mljobs.Rime(base_url="https://rime.example.com", api_key="...")
    >>> for job in client.jobs.list(status="JOB_STATUS_RUNNING"):
    ...     print(job.id, job.state)
    """

    vendor = RimeVendor()

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Connect to ``base_url`` (or ``RIME_API_URL``) with ``api_key`` (or ``RIME_API_KEY``)."""
        self._api = _api(base_url, api_key, timeout, async_transport(transport, http_client, max_retries), "AsyncRime")
        self._jobs = AsyncRimeJobs(self)


class AsyncRimeJobs(AsyncJobsBase[RimeJobMetadata]):
    """``client.jobs`` of :class:`Rime` (and of :class:`AsyncRime`)."""

    def __init__(self, client: AsyncRime) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor

    def list(
        self,
        *,
        status: RimeStatus | JobState | Iterable[RimeStatus | JobState] | None = None,
        job_type: RimeJobTypeName | Iterable[RimeJobTypeName] | None = None,
        object_id: str | None = None,
        view: Literal["basic", "full"] = "basic",
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> AsyncPaginator[RimeJob]:
        """Every job matching the filters, newest first, fetched lazily page by page.

        ``cursor`` resumes a listing with the same filters, or with none (RIME's cursor carries them);
        ``timeout``: seconds for each page's request.
        """
        filters = self._vendor.filters(status, job_type, object_id, view)
        size = positive_int("page_size", page_size, MAX_PAGE_SIZE) or C.DEFAULT_PAGE_SIZE

        async def fetch(cur: str | None, n: int, deadline: float | None = None) -> Page[RimeJob]:
            page: Page[RimeJob] = (await self._client._run(self._vendor.list_call(filters, cur, n), deadline))[1]
            return page

        return AsyncPaginator(
            fetch, page_size=size, max_items=max_items, cursor=cursor, key=job_key, timeout=timeout,
            filters=self._vendor.selection(filters), filters_in_cursor=True,
        )  # fmt: skip

    async def get(
        self, job_id: str, *, view: Literal["basic", "full"] = "full", timeout: float | None = None
    ) -> RimeJob:
        """The job ``job_id`` (``timeout``: seconds for the call, retries included)."""
        return (await self._client._run(self._vendor.get_call(job_id, view), deadline_for(timeout)))[1][0]  # type: ignore[no-any-return]

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[RimeJob, float | None]:
        return (await self._client._run(self._vendor.get_call(job_id, "full"), deadline))[1]  # type: ignore[no-any-return]

    async def _snapshot(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        return await self._snapshot_from(pending, self.list(page_size=MAX_PAGE_SIZE)._bounded(deadline), deadline)

    async def cancel(self, job_id: str, *, timeout: float | None = None) -> None:
        """Ask RIME to cancel the job; it becomes CANCELLED shortly after (``wait`` for it)."""
        refused = partial(self._vendor.cancel_rejected, job_id)
        await self._client._run_refusable(self._vendor.cancel_call(job_id), refused, deadline_for(timeout))
