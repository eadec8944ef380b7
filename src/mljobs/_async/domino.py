"""The Domino client and its ``client.jobs`` (``AsyncDomino``, and its generated sync twin ``Domino``)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Unpack

from mljobs_domino import AuthenticatedClient

from .. import _constants as C
from .._errors import check_keywords
from .._http import deadline_for
from .._keywords import spelled_out
from .._models import JobState
from .._pagination import ListOptions, Page, Unparsed, job_key, offset_after, whole_number
from .._waiting import GROUP_WAIT_DEFAULTS, GroupWaitOptions, Orders, Snapshot
from ..vendors._common import group_by
from ..vendors.domino import (
    APIS,
    MAX_PAGE_SIZE,
    DominoApi,
    DominoStatus,
    DominoVendor,
    _api,
    _Errors,
)
from .client import CLIENT_DEFAULTS, AsyncBase, AsyncClientOptions
from .pagination import AsyncPaginator
from .waiting import AsyncJobsBase

if TYPE_CHECKING:
    from mljobs_domino.models import Job as DominoJobModel
    from mljobs_domino.models import JobV1

    from ..vendors.domino import DominoJob

    _Raw = DominoJobModel | JobV1
else:
    # The job models load with the first job (not with the client class), so at run time the hints that
    # name them read as an mljobs Job of any raw model (``mljobs.vendors.domino.DominoJob`` is the exact one).
    from .._models import Job as DominoJob

    _Raw = Any


class AsyncDomino(AsyncBase[AuthenticatedClient, "AsyncDominoJobs", _Errors]):
    """A client for Domino's Jobs API.

    >>> client = mljobs.Domino(base_url="https://domino.example.com", api_key="...")
    >>> job = client.jobs.start(project_id="p-1", command="python train.py", hardware_tier_id="small-k8s")
    >>> client.jobs.wait(job.id)

    ``api="public"`` (the default) sends Domino's Public API requests; ``api="document"`` sends seed
    document 001's. Answers of either are read whatever ``api=`` says.
    """

    vendor: DominoVendor

    @spelled_out(AsyncClientOptions, CLIENT_DEFAULTS)
    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        api: DominoApi = APIS[0],
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        """Connect to ``base_url`` (``DOMINO_API_HOST``) with ``api_key`` (``DOMINO_USER_API_KEY``) in ``api``.

        ``options``: timeout, max_retries, transport, http_client (see ``ClientOptions``).
        """
        self.vendor = DominoVendor(api, "AsyncDomino")
        self._api = _api(base_url, api_key, options.get("timeout"), self._transport(options), "AsyncDomino")
        self._jobs = AsyncDominoJobs(self)


class AsyncDominoJobs(AsyncJobsBase[_Raw]):
    """``client.jobs`` of :class:`Domino` (and of :class:`AsyncDomino`)."""

    def __init__(self, client: AsyncDomino) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor
        self._projects = self._vendor.projects()

    def _carry_over(self, other: object) -> None:
        super()._carry_over(other)
        if isinstance(other, type(self)):
            other._projects.update(self._projects)  # a copy of what it learnt, not shared

    @spelled_out(ListOptions)
    def list(
        self,
        *,
        project_id: str,
        status: DominoStatus | JobState | Iterable[DominoStatus | JobState] | None = None,
        prefetch: int = C.DEFAULT_PREFETCH,
        **options: Unpack[ListOptions],
    ) -> AsyncPaginator[DominoJob]:
        """The project's jobs, newest first (status by status when several on ``api="document"``), page by page.

        ``options``: page_size, max_items, cursor, timeout (see ``ListOptions``); ``cursor`` resumes a listing
        with the same project and status. ``prefetch``: pages kept in flight once the first has given the
        total (1: one at a time).
        """
        cursor, max_items = options.get("cursor"), options.get("max_items")
        project, listings, size, selection = self._vendor.listing(project_id, status, options.get("page_size"), cursor)
        ahead = whole_number("prefetch", prefetch, 1)

        async def pages(deadline: float | None) -> AsyncIterator[Page[DominoJob]]:
            left = max_items
            for sent, wanted in listings:
                # Capped where every job listed is handed out, so no page past the cap is fetched ahead.
                each: ListOptions = {**options, "max_items": left if wanted is None else None}
                fetch = partial(self._fetch, project, sent)
                capped: AsyncPaginator[DominoJob] = AsyncPaginator.listing(
                    fetch, each, page_size=size, key=job_key, filters=selection, prefetch=ahead, after=offset_after
                )
                listing = capped._bounded(deadline).pages()
                try:
                    async for page in listing:
                        self._vendor.learn(self._projects, page.items, project)
                        kept = self._vendor.kept(page, wanted)
                        left = None if left is None else left - len(kept.items)
                        yield kept
                        del page, kept  # not kept while the next is fetched
                finally:
                    await listing.aclose()  # type: ignore[attr-defined]  # its fetches in flight stop now

        check_keywords("list", options, ListOptions.__annotations__)  # now, not when iterating
        return AsyncPaginator.of_pages(pages, max_items=max_items, page_size=size)

    async def _fetch(
        self, project: str, status: str | None, cursor: str | None, size: int, deadline: float | None = None
    ) -> Unparsed[DominoJob]:
        return await self._client._received(self._vendor.list_call(project, status, cursor, size), deadline)

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[DominoJob, float | None]:
        job, hint = (await self._client._run(self._vendor.get_call(job_id), deadline))[1]
        self._vendor.learn(self._projects, [job])
        return job, hint

    async def logs(self, job_id: str, *, timeout: float | None = None) -> str:
        """The job's log, as text (``timeout``: seconds for the call, retries included)."""
        log: str = (await self._client._run(self._vendor.logs_call(job_id), deadline_for(timeout)))[1]
        return log

    async def start(
        self,
        *,
        project_id: str,
        command: str,
        hardware_tier_id: str,
        environment_id: str | None = None,
        commit_id: str | None = None,
        title: str | None = None,
        is_direct_hardware_tier_id: bool | None = None,
        timeout: float | None = None,
    ) -> DominoJob:
        """Start a job. It is never retried once it may have reached Domino (it could start twice)."""
        call = self._vendor.start_call(
            project_id, command, hardware_tier_id, environment_id, commit_id, title, is_direct_hardware_tier_id
        )
        job: DominoJob = (await self._client._run(call, deadline_for(timeout)))[1][0]
        self._vendor.learn(self._projects, [job], project_id)
        return job

    async def cancel(
        self, job_id: str, *, project_id: str | None = None, commit_results: bool = True, timeout: float | None = None
    ) -> None:
        """Stop the job; CancelRejectedError if it has ended.

        The stop needs the job's project: ``project_id``, else the one this client listed or started the job
        in, else the one the job's answer names (read once; the Public API's names none, so an
        InvalidArgumentError asks for ``project_id``). ``timeout``: seconds for the call (both requests, when
        the job is read first), retries included.
        """
        deadline = deadline_for(timeout)
        project = project_id or self._projects.get(job_id)
        if not project:
            project = self._vendor.stop_project((await self._poll(job_id, deadline))[0])
        refused = partial(self._vendor.stop_rejected, job_id)
        await self._client._run_refusable(self._vendor.stop_call(project, job_id, commit_results), refused, deadline)

    @spelled_out(GroupWaitOptions, GROUP_WAIT_DEFAULTS)
    async def as_completed(
        self, job_ids: Iterable[str], *, project_id: str | None = None, **options: Unpack[GroupWaitOptions]
    ) -> AsyncIterator[DominoJob]:
        """Yield each job as it ends (``project_id``: the jobs' project, if this client has not seen them)."""
        async for job in super().as_completed(self._vendor.know(self._projects, job_ids, project_id), **options):
            yield job

    @spelled_out(GroupWaitOptions, GROUP_WAIT_DEFAULTS)
    async def wait_all(
        self, job_ids: Iterable[str], *, project_id: str | None = None, **options: Unpack[GroupWaitOptions]
    ) -> builtins.list[DominoJob]:
        """Wait for every job and return them in input order (``project_id`` as for :meth:`as_completed`)."""
        return await super().wait_all(self._vendor.know(self._projects, job_ids, project_id), **options)

    async def _snapshot(
        self, pending: Sequence[str], deadline: float | None = None, orders: Orders | None = None
    ) -> Snapshot:
        snapshot = await self._read_each([i for i in pending if i not in self._projects], deadline)
        for project, ids in group_by(pending, self._projects, snapshot).items():
            listing = partial(self._listing, project, deadline)
            ended = self._vendor.ended
            snapshot.merge(await self._snapshot_narrowed(ids, listing, ended, orders, project, MAX_PAGE_SIZE, deadline))
        return snapshot

    def _listing(self, project: str, deadline: float | None, status: Any) -> AsyncPaginator[DominoJob]:
        """A group wait's listing of the project: every job (``status`` None), or those in ``status``.

        One page at a time: a snapshot stops reading early, and pages fetched ahead would be requests wasted.
        """
        return self.list(project_id=project, status=status, page_size=MAX_PAGE_SIZE, prefetch=1)._bounded(deadline)
