"""The SymetryML client and its ``client.jobs`` (``AsyncSymetryML``, and its generated sync twin ``SymetryML``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from mljobs_symetryml import Client
from mljobs_symetryml.models import JobInfo, JobResponse

from .._http import deadline_for, timeout_of
from .._keywords import spelled_out
from .._pagination import Page, job_key
from .._waiting import TRANSIENT, Orders, Snapshot
from ..vendors.symetryml import (
    SymetryAuth,
    SymetryMLJob,
    SymetryMLVendor,
    _Errors,
    _settings,
)
from .client import CLIENT_DEFAULTS, AsyncBase, AsyncClientOptions
from .pagination import AsyncPaginator
from .waiting import AsyncJobsBase


class AsyncSymetryML(AsyncBase[Client, "AsyncSymetryMLJobs", _Errors]):
    """A client for SymetryML's job API.

    >>> client = mljobs.SymetryML(base_url="http://symetry:8080", customer_id="c1", secret_key="...")
    >>> job = client.jobs.wait("5")
    """

    vendor = SymetryMLVendor()

    @spelled_out(AsyncClientOptions, CLIENT_DEFAULTS)
    def __init__(
        self,
        *,
        base_url: str | None = None,
        customer_id: str | None = None,
        secret_key: str | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        """Connect with ``SYMETRYML_URL``, ``SYMETRYML_CUSTOMER_ID`` and ``SYMETRYML_SECRET_KEY`` as fallbacks.

        ``options``: timeout, max_retries, transport, http_client (see ``ClientOptions``).
        """
        url, self.customer_id, key = _settings(base_url, customer_id, secret_key, "AsyncSymetryML")
        self._api = Client(base_url=url, timeout=timeout_of(options.get("timeout")), httpx_args={
            "transport": self._transport(options),
            "auth": SymetryAuth(self.customer_id, key)})  # fmt: skip
        self._jobs = AsyncSymetryMLJobs(self)

    _repr_fields = ("customer_id",)


class AsyncSymetryMLJobs(AsyncJobsBase[JobInfo | JobResponse]):
    """``client.jobs`` of :class:`SymetryML` (and of :class:`AsyncSymetryML`)."""

    def __init__(self, client: AsyncSymetryML) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor
        self._cid = client.customer_id

    def list(self, *, max_items: int | None = None, timeout: float | None = None) -> AsyncPaginator[SymetryMLJob]:
        """Every current job (SymetryML answers them all at once). Done jobs are ``UNKNOWN`` until a get.

        ``timeout``: seconds for the request, retries included (default: the client's).
        """

        async def fetch(cursor: str | None, size: int, deadline: float | None = None) -> Page[SymetryMLJob]:
            page: Page[SymetryMLJob] = (await self._client._run(self._vendor.list_call(self._cid), deadline))[1]
            return page

        return AsyncPaginator(fetch, page_size=1, max_items=max_items, key=job_key, timeout=timeout)

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[SymetryMLJob, float | None]:
        return (await self._client._run(self._vendor.get_call(self._cid, job_id), deadline))[1]  # type: ignore[no-any-return]

    async def cancel(self, job_id: str, *, timeout: float | None = None) -> None:
        """Kill the job; :class:`~mljobs.CancelRejectedError` if SymetryML answers it cannot be killed."""
        await self._client._run(self._vendor.kill_call(self._cid, job_id), deadline_for(timeout))

    async def _snapshot(
        self, pending: Sequence[str], deadline: float | None = None, orders: Orders | None = None
    ) -> Snapshot:
        """One listing (unfiltered: SymetryML's answers every job at once), then a GET of each done or unlisted job.

        A done job is ``UNKNOWN`` in the listing; only a GET says how it ended.
        """
        try:
            listed = self._vendor.settled(pending, [j async for j in self.list()._bounded(deadline)])
        except TRANSIENT as exc:
            listed = Snapshot()
            listed.failed(exc)
            return listed
        return listed.merge(await self._read_each([i for i in pending if i not in listed], deadline))
