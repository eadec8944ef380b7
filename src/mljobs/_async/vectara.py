"""The Vectara client and its ``client.jobs`` (``AsyncVectara``, and its generated sync twin ``Vectara``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import httpx
from mljobs_vectara import AuthenticatedClient
from mljobs_vectara.models import AdminJob

from .. import _constants as C
from .._models import JobState
from .._pagination import Page, job_key
from .._waiting import Snapshot
from ..vendors.vectara import (
    MAX_PAGE_SIZE,
    VectaraJob,
    VectaraState,
    VectaraVendor,
    _api,
    _customer_id,
    _Errors,
    _size,
)
from .client import AsyncBase
from .pagination import AsyncPaginator
from .transport import async_transport
from .waiting import AsyncJobsBase


class AsyncVectara(AsyncBase[AuthenticatedClient, "AsyncVectaraJobs", _Errors]):
    """A client for Vectara's v1 jobs API (ListJobs).

    >>> client = mljobs.Vectara(customer_id=1234567890, api_key="zut_...")
    >>> for job in client.jobs.list(state="JOB_STATE__STARTED"):
    ...     print(job.id, job.state)
    """

    vendor = VectaraVendor()

    def __init__(
        self,
        *,
        customer_id: int | str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Connect as ``customer_id`` (``VECTARA_CUSTOMER_ID``) with a personal ``api_key`` (``VECTARA_API_KEY``).

        ``base_url``: None reads ``VECTARA_BASE_URL``, else https://api.vectara.io.
        """
        self.customer_id = _customer_id(customer_id, "AsyncVectara")
        self._api = _api(
            base_url, api_key, timeout, async_transport(transport, http_client, max_retries), "AsyncVectara"
        )
        self._jobs = AsyncVectaraJobs(self)


class AsyncVectaraJobs(AsyncJobsBase[AdminJob]):
    """``client.jobs`` of :class:`Vectara` (and of :class:`AsyncVectara`)."""

    def __init__(self, client: AsyncVectara) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor

    def list(
        self,
        *,
        state: VectaraState | JobState | Iterable[VectaraState | JobState] | None = None,
        corpus_id: int | Iterable[int] | None = None,
        created_since: dt.datetime | float | None = None,
        job_id: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> AsyncPaginator[VectaraJob]:
        """Every job matching the filters (all states unless ``state`` is given), newest first, page by page.

        ``cursor`` resumes a listing with the same filters; ``timeout``: seconds for each page's request.
        """
        filters = self._vendor.filters(state, corpus_id, created_since, job_id)
        size, customer = _size(page_size), self._client.customer_id

        async def fetch(cur: str | None, n: int, deadline: float | None = None) -> Page[VectaraJob]:
            page: Page[VectaraJob] = (
                await self._client._run(self._vendor.list_call(customer, filters, cur, n), deadline)
            )[1]
            return page

        return AsyncPaginator(
            fetch, page_size=size, max_items=max_items, cursor=cursor, key=job_key, timeout=timeout, filters=filters
        )

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[VectaraJob, float | None]:
        call = self._vendor.get_call(self._client.customer_id, job_id)
        return (await self._client._run(call, deadline))[1]  # type: ignore[no-any-return]

    async def _snapshot(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        return await self._snapshot_from(pending, self.list(page_size=MAX_PAGE_SIZE)._bounded(deadline), deadline)
