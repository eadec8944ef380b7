"""The Vectara client and its ``client.jobs`` (``AsyncVectara``, and its generated sync twin ``Vectara``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, Unpack

from mljobs_vectara import AuthenticatedClient
from mljobs_vectara.models import AdminJob
from mljobs_vectara.models import Job as V2Job

from .._keywords import spelled_out
from .._models import JobState
from .._pagination import ListOptions, Page, job_key
from .._waiting import Orders, Snapshot
from ..vendors.vectara import (
    APIS,
    MAX_PAGE_SIZE,
    VectaraApi,
    VectaraJob,
    VectaraState,
    VectaraV2State,
    VectaraVendor,
    _api,
    _customer_id,
    _Errors,
    _size,
)
from .client import CLIENT_DEFAULTS, AsyncBase, AsyncClientOptions
from .pagination import AsyncPaginator
from .waiting import AsyncJobsBase


class AsyncVectara(AsyncBase[AuthenticatedClient, "AsyncVectaraJobs", _Errors]):
    """A client for Vectara's jobs API: v2 (``GET /v2/jobs``) by default, or ``api="v1"`` (ListJobs, the document's).

    >>> client = mljobs.Vectara(api_key="zut_...")
    >>> for job in client.jobs.list(state="started"):
    ...     print(job.id, job.state)
    """

    vendor = VectaraVendor()

    @spelled_out(AsyncClientOptions, CLIENT_DEFAULTS)
    def __init__(
        self,
        *,
        customer_id: int | str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        api: VectaraApi = APIS[0],
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        """Connect with ``api_key`` (``VECTARA_API_KEY``), speaking ``api``.

        ``customer_id`` (``VECTARA_CUSTOMER_ID``) is needed by ``api="v1"`` only; v2 never sends it.
        ``base_url``: None reads ``VECTARA_BASE_URL``, else https://api.vectara.io.
        ``options``: timeout, max_retries, transport, http_client (see ``ClientOptions``).
        """
        self.vendor = VectaraVendor(api, "AsyncVectara")
        self.customer_id = _customer_id(customer_id, "AsyncVectara", api)
        self._api = _api(base_url, api_key, options.get("timeout"), self._transport(options), "AsyncVectara")
        self._jobs = AsyncVectaraJobs(self)


class AsyncVectaraJobs(AsyncJobsBase[V2Job | AdminJob]):
    """``client.jobs`` of :class:`Vectara` (and of :class:`AsyncVectara`)."""

    def __init__(self, client: AsyncVectara) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor

    @spelled_out(ListOptions)
    def list(
        self,
        *,
        state: VectaraV2State
        | VectaraState
        | JobState
        | Iterable[VectaraV2State | VectaraState | JobState]
        | None = None,
        corpus_key: str | Iterable[str] | None = None,
        created_after: dt.datetime | None = None,
        corpus_id: int | Iterable[int] | None = None,
        created_since: dt.datetime | float | None = None,
        job_id: str | None = None,
        **options: Unpack[ListOptions],
    ) -> AsyncPaginator[VectaraJob]:
        """Every job matching the filters (all states unless ``state`` is given), newest first, page by page.

        v2 filters: ``state`` (v2 names), ``corpus_key``, ``created_after``. v1 filters: ``state`` (``JOB_STATE__*``),
        ``corpus_id``, ``created_since``, ``job_id``. A filter of the other generation is an InvalidArgumentError.
        ``options``: page_size, max_items, cursor, timeout (see ``ListOptions``).
        """
        vendor = self._vendor
        filters = vendor.list_filters(state, corpus_id, created_since, job_id, corpus_key, created_after)
        size, customer = _size(options.get("page_size")), self._client.customer_id

        async def fetch(cur: str | None, n: int, deadline: float | None = None) -> Page[VectaraJob]:
            page: Page[VectaraJob] = (await self._client._run(vendor.listing(customer, filters, cur, n), deadline))[1]
            return page

        return AsyncPaginator.listing(fetch, options, page_size=size, key=job_key, filters=filters)

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[VectaraJob, float | None]:
        call = self._vendor.reading(self._client.customer_id, job_id)
        return (await self._client._run(call, deadline))[1]  # type: ignore[no-any-return]

    async def _snapshot(
        self, pending: Sequence[str], deadline: float | None = None, orders: Orders | None = None
    ) -> Snapshot:
        def listing(state: Any) -> AsyncPaginator[VectaraJob]:
            return self.list(state=state, page_size=MAX_PAGE_SIZE)._bounded(deadline)

        ended = self._vendor.ended
        return await self._snapshot_narrowed(pending, listing, ended, orders, "", MAX_PAGE_SIZE, deadline)
