"""The Rime client and its ``client.jobs`` (``AsyncRime``, and its generated sync twin ``Rime``)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Sequence
from functools import partial
from typing import Any, Literal, Unpack

from mljobs_rime import AuthenticatedClient
from mljobs_rime.models import (
    RimeJobMetadata,
)

from .. import _constants as C
from .._http import deadline_for
from .._keywords import spelled_out
from .._models import JobState
from .._pagination import ListOptions, Page, job_key
from .._waiting import GROUP_WAIT_DEFAULTS, GroupWaitOptions, Orders, Snapshot, checked_ids
from ..vendors._common import group_by, positive_int
from ..vendors.rime import (
    APIS,
    MAX_PAGE_SIZE,
    RimeApi,
    RimeJob,
    RimeJobTypeName,
    RimeStatus,
    RimeVendor,
    _api,
    _Errors,
)
from .client import CLIENT_DEFAULTS, AsyncBase, AsyncClientOptions
from .pagination import AsyncPaginator
from .waiting import AsyncJobsBase


class AsyncRime(AsyncBase[AuthenticatedClient, "AsyncRimeJobs", _Errors]):
    """A client for RIME's jobs API.

    ``api="v1"`` (the default) speaks the ``/v1/jobs`` paths rime-sdk 2.x calls, which list the jobs of one
    project; ``api="v1-beta"`` speaks the seed document's ``/v1-beta/jobs``, which list every job.

    >>> client = mljobs.Rime(base_url="https://rime.example.com", api_key="...")
    >>> for job in client.jobs.list(project_id="<project uuid>", status="JOB_STATUS_RUNNING"):
    ...     print(job.id, job.state)
    """

    vendor = RimeVendor()

    @spelled_out(AsyncClientOptions, CLIENT_DEFAULTS)
    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        api: RimeApi = APIS[0],
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        """Connect to ``base_url`` (or ``RIME_API_URL``) with ``api_key`` (or ``RIME_API_KEY``), speaking ``api``.

        ``options``: timeout, max_retries, transport, http_client (see ``ClientOptions``).
        """
        self.vendor = RimeVendor(api, "AsyncRime")
        self._api = _api(base_url, api_key, options.get("timeout"), self._transport(options), "AsyncRime")
        self._jobs = AsyncRimeJobs(self)


class AsyncRimeJobs(AsyncJobsBase[RimeJobMetadata]):
    """``client.jobs`` of :class:`Rime` (and of :class:`AsyncRime`)."""

    def __init__(self, client: AsyncRime) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor
        #: The project of each job seen (v1 lists per project, so the group waits need it).
        self._projects: dict[str, str] = {}

    @spelled_out(ListOptions)
    def list(
        self,
        *,
        project_id: str | None = None,
        status: RimeStatus | JobState | Iterable[RimeStatus | JobState] | None = None,
        job_type: RimeJobTypeName | Iterable[RimeJobTypeName] | None = None,
        object_id: str | None = None,
        view: Literal["basic", "full"] = "basic",
        **options: Unpack[ListOptions],
    ) -> AsyncPaginator[RimeJob]:
        """Every job matching the filters, newest first, fetched lazily page by page.

        v1 lists one project's jobs (``project_id``, required); v1-beta lists every job (``object_id`` filters).
        ``options``: page_size, max_items, cursor, timeout (see ``ListOptions``). ``cursor`` resumes a
        listing: filters left out carry on from it (RIME's cursor holds them).
        """
        project = self._vendor.scope(project_id, object_id)
        filters = self._vendor.filters(status, job_type, object_id, view)
        size = positive_int("page_size", options.get("page_size"), MAX_PAGE_SIZE) or C.DEFAULT_PAGE_SIZE

        async def fetch(cur: str | None, n: int, deadline: float | None = None) -> Page[RimeJob]:
            call = self._vendor.list_call(filters, cur, n, project)
            page: Page[RimeJob] = (await self._client._run(call, deadline))[1]
            if project is not None:
                self._learn(project, page.items)
            return page

        return AsyncPaginator.listing(
            fetch, options, page_size=size, key=job_key, filters_in_cursor=True,
            filters={**self._vendor.selection(filters), "project_id": project},
        )  # fmt: skip

    def _learn(self, project: str, jobs: builtins.list[RimeJob]) -> None:
        """Remember that each of ``jobs`` (a page listed in ``project``) is in it."""
        self._projects.update(dict.fromkeys((job.id for job in jobs), project))

    async def get(
        self, job_id: str, *, view: Literal["basic", "full"] = "full", timeout: float | None = None
    ) -> RimeJob:
        """The job ``job_id`` (``timeout``: seconds for the call, retries included)."""
        return (await self._read(job_id, view, deadline_for(timeout)))[0]

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[RimeJob, float | None]:
        return await self._read(job_id, "full", deadline)

    async def _read(
        self, job_id: str, view: Literal["basic", "full"], deadline: float | None
    ) -> tuple[RimeJob, float | None]:
        job, hint = (await self._client._run(self._vendor.get_call(job_id, view), deadline))[1]
        project = self._vendor.project_of(job)
        if project is not None:
            self._projects[job.id] = project
        return job, hint

    async def project_id(self, job_id: str) -> str:
        """The uuid of the project the job belongs to (GetProjectID); a job of no project is a BadRequestError."""
        project: str = (await self._client._run(self._vendor.project_id_call(job_id)))[1]
        self._projects[job_id] = project
        return project

    async def test_run_id(self, job_id: str) -> str:
        """The test run id of a completed stress test job (GetTestRunID); any other job is a BadRequestError."""
        run: str = (await self._client._run(self._vendor.test_run_id_call(job_id)))[1]
        return run

    @spelled_out(GroupWaitOptions, GROUP_WAIT_DEFAULTS)
    async def as_completed(
        self, job_ids: Iterable[str], *, project_id: str | None = None, **options: Unpack[GroupWaitOptions]
    ) -> AsyncIterator[RimeJob]:
        """Yield each job as it ends (``project_id``: the jobs' project on v1, if this client has not seen them)."""
        async for job in super().as_completed(self._know(job_ids, project_id), **options):
            yield job

    @spelled_out(GroupWaitOptions, GROUP_WAIT_DEFAULTS)
    async def wait_all(
        self, job_ids: Iterable[str], *, project_id: str | None = None, **options: Unpack[GroupWaitOptions]
    ) -> builtins.list[RimeJob]:
        """Wait for every job and return them in input order (``project_id`` as for :meth:`as_completed`)."""
        return await super().wait_all(self._know(job_ids, project_id), **options)

    def _know(self, job_ids: Iterable[str], project_id: str | None) -> builtins.list[str]:
        ids = checked_ids(job_ids)
        if project_id is not None:
            self._projects.update(dict.fromkeys(ids, self._vendor.scope(project_id, None) or project_id))
        return ids

    async def _snapshot(
        self, pending: Sequence[str], deadline: float | None = None, orders: Orders | None = None
    ) -> Snapshot:
        ended = self._vendor.ended
        if not self._vendor.per_project:
            listing = partial(self._listing, None, deadline)
            return await self._snapshot_narrowed(pending, listing, ended, orders, "", MAX_PAGE_SIZE, deadline)
        # v1 lists per project: read the jobs whose project is not known yet, then list each known project once.
        snapshot = await self._read_each([i for i in pending if i not in self._projects], deadline)
        for project, ids in group_by(pending, self._projects, snapshot).items():
            listing = partial(self._listing, project, deadline)
            snapshot.merge(await self._snapshot_narrowed(ids, listing, ended, orders, project, MAX_PAGE_SIZE, deadline))
        return snapshot

    def _listing(self, project: str | None, deadline: float | None, status: Any) -> AsyncPaginator[RimeJob]:
        """A group wait's listing (of ``project`` on v1): every job (``status`` None), or those in ``status``."""
        return self.list(project_id=project, status=status, page_size=MAX_PAGE_SIZE)._bounded(deadline)

    async def cancel(self, job_id: str, *, timeout: float | None = None) -> None:
        """Ask RIME to cancel the job; it becomes CANCELLED shortly after (``wait`` for it)."""
        refused = partial(self._vendor.cancel_rejected, job_id)
        await self._client._run_refusable(self._vendor.cancel_call(job_id), refused, deadline_for(timeout))
