"""Domino Data Lab: ``mljobs.Domino`` and ``mljobs.AsyncDomino``.

Domino lists jobs per project, with ``offset``/``limit``; stopping a job (``POST /v4/jobs/stop``) needs its
project too. The client remembers the project of every job it has started or read, so ``cancel(job_id)``
and ``wait_all`` cost no extra request for those; for others it reads the job once.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any, Literal

import httpx
from mljobs_domino import AuthenticatedClient
from mljobs_domino.api.jobs import get_job, get_job_logs, list_jobs, start_job, stop_job
from mljobs_domino.models import Job as DominoJob
from mljobs_domino.models import JobList, JobStatus, StartJobRequest, StopJobRequest

from .. import _constants as C
from .._base import AsyncBase, Call, SyncBase, Vendor
from .._errors import CancelRejectedError, ConflictError, InvalidArgumentError, MljobsError
from .._http import async_transport, base_url_of, parse_retry_after, setting, sync_transport, timeout_of
from .._models import Job, JobState, state_from_table
from .._pagination import AsyncPaginator, Page, Paginator, offset_cursor, read_offset_cursor
from .._waiting import AsyncJobsBase, ProgressCallback, SyncJobsBase
from ._common import aware, positive_int, raw_states, unset_to_none
from ._common import job_id as checked_id

__all__ = ["STATES", "AsyncDomino", "AsyncDominoJobs", "Domino", "DominoJobs", "DominoStatus"]

DominoStatus = Literal[
    "Pending", "Queued", "Scheduled", "Preparing", "Building", "Pulling", "Running", "Serving", "StopRequested",
    "StopAndDiscardRequested", "Stopping", "Finishing", "Succeeded", "Failed", "Error", "Stopped",
]  # fmt: skip
#: Domino status -> JobState. A stop in progress is still RUNNING: the job has not ended yet.
STATES: Mapping[str, JobState] = {
    "Pending": JobState.QUEUED,
    "Queued": JobState.QUEUED,
    "Scheduled": JobState.QUEUED,
    "Preparing": JobState.QUEUED,
    "Building": JobState.QUEUED,
    "Pulling": JobState.QUEUED,
    "Running": JobState.RUNNING,
    "Serving": JobState.RUNNING,
    "StopRequested": JobState.RUNNING,
    "StopAndDiscardRequested": JobState.RUNNING,
    "Stopping": JobState.RUNNING,
    "Finishing": JobState.RUNNING,
    "Succeeded": JobState.SUCCEEDED,
    "Failed": JobState.FAILED,
    "Error": JobState.FAILED,
    "Stopped": JobState.CANCELLED,
}
MAX_PAGE_SIZE = 100


class DominoVendor(Vendor):
    """How Domino's answers map to mljobs (no I/O)."""

    name = "domino"

    @staticmethod
    def to_job(raw: DominoJob) -> Job:
        """A Domino job as an mljobs Job."""
        status = unset_to_none(raw.status)
        raw_state = None if status is None else str(status)
        return Job(
            vendor="domino",
            id=raw.id,
            state=state_from_table(STATES, raw_state),
            raw_state=raw_state,
            started_at=aware(raw.started_at),
            finished_at=aware(raw.ended_at),
            message=unset_to_none(raw.title),
            raw=raw,
        )

    @staticmethod
    def list_call(project_id: str, status: str | None, cursor: str | None, size: int) -> Call:
        """GET /api/jobs/beta/jobs for one page."""
        kwargs: dict[str, Any] = {"project_id": project_id, "offset": read_offset_cursor(cursor), "limit": size}
        if status is not None:
            kwargs["status"] = JobStatus(status)
        return Call(list_jobs, kwargs=kwargs)

    def page(self, parsed: JobList, call: Call) -> Page[Job]:
        """A page; the next cursor while ``totalCount`` says there are more."""
        jobs = [self.to_job(j) for j in parsed.data]
        offset = call.kwargs["offset"] + len(jobs)
        more = bool(jobs) and offset < parsed.total_count
        return Page(items=jobs, next_cursor=offset_cursor(offset) if more else None)

    @staticmethod
    def status_filter(status: Any) -> list[str | None]:
        """One listing per status (the list filters on one status at a time), or one unfiltered."""
        found = raw_states("status", status, STATES)
        return list(found) or [None]

    @staticmethod
    def stop_call(project_id: str, job: str, commit_results: bool) -> Call:
        """POST /v4/jobs/stop (safe to repeat: stopping twice is refused, not doubled)."""
        body = StopJobRequest(project_id=project_id, job_id=checked_id(job), commit_results=commit_results)
        return Call(stop_job, kwargs={"body": body}, idempotent=True)

    @staticmethod
    def stop_rejected(job: str, exc: MljobsError) -> MljobsError:
        """409: the job has already ended."""
        if isinstance(exc, ConflictError):
            return CancelRejectedError(f"Domino refused to stop job {job}: {exc}", job_id=job, response=exc.response)
        return exc

    @staticmethod
    def start_call(
        project_id: str, command: str, hardware_tier_id: str, environment_id: str | None, commit_id: str | None,
        title: str | None, is_direct_hardware_tier_id: bool | None,
    ) -> Call:  # fmt: skip
        """POST /api/jobs/v1/jobs: never retried once it may have reached the server."""
        for name, value in (("project_id", project_id), ("command", command), ("hardware_tier_id", hardware_tier_id)):
            if not isinstance(value, str) or not value:
                raise InvalidArgumentError(f"{name} must be a non-empty string, got {value!r}")
        body = StartJobRequest(project_id=project_id, command_to_run=command, hardware_tier_id=hardware_tier_id)
        if environment_id is not None:
            body.environment_id = environment_id
        if commit_id is not None:
            body.commit_id = commit_id
        if title is not None:
            body.title = title
        if is_direct_hardware_tier_id is not None:
            body.is_direct_hardware_tier_id = is_direct_hardware_tier_id
        return Call(start_job, kwargs={"body": body}, idempotent=False)


def _api(base_url: str | None, api_key: str | None, timeout: float | httpx.Timeout | None, transport: Any,
         name: str) -> AuthenticatedClient:  # fmt: skip
    url = base_url_of(base_url, "base_url", "DOMINO_API_HOST", name)
    key = setting(api_key, "api_key", "DOMINO_USER_API_KEY", name)
    assert key is not None
    return AuthenticatedClient(
        base_url=url,
        token=key,
        prefix="",
        auth_header_name="X-Domino-Api-Key",
        timeout=timeout_of(timeout),
        httpx_args={"transport": transport},
    )


def _project(project_id: str) -> str:
    if not isinstance(project_id, str) or not project_id:
        raise InvalidArgumentError(f"project_id must be a non-empty string, got {project_id!r}")
    return project_id


class Domino(SyncBase):
    """A client for Domino's Jobs API.

    >>> client = mljobs.Domino(base_url="https://domino.example.com", api_key="...")
    >>> job = client.jobs.start(project_id="p-1", command="python train.py", hardware_tier_id="small-k8s")
    >>> client.jobs.wait(job.id)
    """

    vendor = DominoVendor()

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Connect to ``base_url`` (``DOMINO_API_HOST``) with ``api_key`` (``DOMINO_USER_API_KEY``)."""
        self.api: AuthenticatedClient = _api(
            base_url, api_key, timeout, sync_transport(transport, http_client, max_retries), "Domino"
        )
        self.jobs = DominoJobs(self)


class DominoJobs(SyncJobsBase):
    """``client.jobs`` of :class:`Domino`."""

    def __init__(self, client: Domino) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor
        self._projects: dict[str, str] = {}

    def _seen(self, job: Job) -> Job:
        project = unset_to_none(job.raw.project_id) if job.raw is not None else None
        if project:
            self._projects[job.id] = project
        return job

    def list(
        self,
        *,
        project_id: str,
        status: DominoStatus | JobState | Iterable[DominoStatus | JobState] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
    ) -> Paginator[Job]:
        """The project's jobs, newest first (status by status when several), page by page."""
        project, statuses = _project(project_id), self._vendor.status_filter(status)
        size = positive_int("page_size", page_size, MAX_PAGE_SIZE) or C.DEFAULT_PAGE_SIZE
        read_offset_cursor(cursor)
        if len(statuses) > 1 and cursor is not None:
            raise InvalidArgumentError("cursor= resumes a list of one status at a time")

        def pages() -> Iterator[Page[Job]]:
            for state in statuses:
                yield from Paginator(
                    lambda cur, n, state=state: self._fetch(project, state, cur, n),  # type: ignore[misc]
                    page_size=size,
                    cursor=cursor,
                    key=lambda job: job.id,
                ).pages()

        return Paginator.of_pages(pages, max_items=max_items)

    def _fetch(self, project: str, status: str | None, cursor: str | None, size: int) -> Page[Job]:
        call = self._vendor.list_call(project, status, cursor, size)
        page = self._vendor.page(self._client._run(call)[1], call)
        for job in page.items:
            self._seen(job)
        return page

    def get(self, job_id: str) -> Job:
        """The job ``job_id``."""
        return self._poll(job_id)[0]

    def _poll(self, job_id: str) -> tuple[Job, float | None]:
        response, parsed = self._client._run(Call(get_job, (checked_id(job_id),)))
        return self._seen(self._vendor.to_job(parsed)), parse_retry_after(response.headers)

    def logs(self, job_id: str) -> str:
        """The job's log, as text."""
        return str(self._client._run(Call(get_job_logs, (checked_id(job_id),)))[1])

    def start(
        self,
        *,
        project_id: str,
        command: str,
        hardware_tier_id: str,
        environment_id: str | None = None,
        commit_id: str | None = None,
        title: str | None = None,
        is_direct_hardware_tier_id: bool | None = None,
    ) -> Job:
        """Start a job. It is never retried once it may have reached Domino (it could start twice)."""
        call = self._vendor.start_call(
            project_id, command, hardware_tier_id, environment_id, commit_id, title, is_direct_hardware_tier_id
        )
        return self._seen(self._vendor.to_job(self._client._run(call)[1]))

    def cancel(self, job_id: str, *, project_id: str | None = None, commit_results: bool = True) -> None:
        """Stop the job (reading it first if its project is not known); CancelRejectedError if it has ended."""
        project = project_id or self._projects.get(job_id) or unset_to_none(self.get(job_id).raw.project_id)
        self._client._run_refusable(
            self._vendor.stop_call(str(project), job_id, commit_results),
            partial(self._vendor.stop_rejected, job_id),
        )

    def as_completed(
        self,
        job_ids: Iterable[str],
        *,
        project_id: str | None = None,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
    ) -> Iterator[Job]:
        """Yield each job as it ends (``project_id``: the jobs' project, if this client has not seen them)."""
        ids = list(job_ids)
        if project_id is not None:
            self._projects.update(dict.fromkeys(ids, _project(project_id)))
        return super().as_completed(
            ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
        )

    def wait_all(
        self,
        job_ids: Iterable[str],
        *,
        project_id: str | None = None,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
    ) -> builtins.list[Job]:
        """Wait for every job and return them in input order (``project_id`` as for :meth:`as_completed`)."""
        ids = list(job_ids)
        if project_id is not None:
            self._projects.update(dict.fromkeys(ids, _project(project_id)))
        return super().wait_all(
            ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
        )

    def _snapshot(self, pending: Sequence[str]) -> dict[str, Job]:
        # Jobs whose project is unknown are read once (which learns it); the rest come off one listing per
        # project, newest first, read only as far as the oldest pending job.
        seen = {i: self.get(i) for i in pending if i not in self._projects}
        by_project: dict[str, set[str]] = {}
        for job_id in pending:
            if job_id not in seen:
                by_project.setdefault(self._projects[job_id], set()).add(job_id)
        for project, ids in by_project.items():
            seen.update(self._snapshot_from(sorted(ids), self.list(project_id=project, page_size=MAX_PAGE_SIZE)))
        return seen


class AsyncDomino(AsyncBase):
    """The async twin of :class:`Domino`."""

    vendor = DominoVendor()

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
        """Connect to ``base_url`` (``DOMINO_API_HOST``) with ``api_key`` (``DOMINO_USER_API_KEY``)."""
        self.api: AuthenticatedClient = _api(
            base_url, api_key, timeout, async_transport(transport, http_client, max_retries), "AsyncDomino"
        )
        self.jobs = AsyncDominoJobs(self)


class AsyncDominoJobs(AsyncJobsBase):
    """``client.jobs`` of :class:`AsyncDomino`."""

    def __init__(self, client: AsyncDomino) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor
        self._projects: dict[str, str] = {}

    def _seen(self, job: Job) -> Job:
        project = unset_to_none(job.raw.project_id) if job.raw is not None else None
        if project:
            self._projects[job.id] = project
        return job

    def list(
        self,
        *,
        project_id: str,
        status: DominoStatus | JobState | Iterable[DominoStatus | JobState] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
    ) -> AsyncPaginator[Job]:
        """The project's jobs, newest first (status by status when several), page by page."""
        project, statuses = _project(project_id), self._vendor.status_filter(status)
        size = positive_int("page_size", page_size, MAX_PAGE_SIZE) or C.DEFAULT_PAGE_SIZE
        read_offset_cursor(cursor)
        if len(statuses) > 1 and cursor is not None:
            raise InvalidArgumentError("cursor= resumes a list of one status at a time")

        async def pages() -> AsyncIterator[Page[Job]]:
            for state in statuses:

                async def fetch(cur: str | None, n: int, state: str | None = state) -> Page[Job]:
                    return await self._fetch(project, state, cur, n)

                async for page in AsyncPaginator(fetch, page_size=size, cursor=cursor, key=lambda j: j.id).pages():
                    yield page

        return AsyncPaginator.of_pages(pages, max_items=max_items)

    async def _fetch(self, project: str, status: str | None, cursor: str | None, size: int) -> Page[Job]:
        call = self._vendor.list_call(project, status, cursor, size)
        page = self._vendor.page((await self._client._run(call))[1], call)
        for job in page.items:
            self._seen(job)
        return page

    async def get(self, job_id: str) -> Job:
        """The job ``job_id``."""
        return (await self._poll(job_id))[0]

    async def _poll(self, job_id: str) -> tuple[Job, float | None]:
        response, parsed = await self._client._run(Call(get_job, (checked_id(job_id),)))
        return self._seen(self._vendor.to_job(parsed)), parse_retry_after(response.headers)

    async def logs(self, job_id: str) -> str:
        """The job's log, as text."""
        return str((await self._client._run(Call(get_job_logs, (checked_id(job_id),))))[1])

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
    ) -> Job:
        """Start a job. It is never retried once it may have reached Domino (it could start twice)."""
        call = self._vendor.start_call(
            project_id, command, hardware_tier_id, environment_id, commit_id, title, is_direct_hardware_tier_id
        )
        return self._seen(self._vendor.to_job((await self._client._run(call))[1]))

    async def cancel(self, job_id: str, *, project_id: str | None = None, commit_results: bool = True) -> None:
        """Stop the job (reading it first if its project is not known); CancelRejectedError if it has ended."""
        project = project_id or self._projects.get(job_id) or unset_to_none((await self.get(job_id)).raw.project_id)
        await self._client._run_refusable(
            self._vendor.stop_call(str(project), job_id, commit_results),
            partial(self._vendor.stop_rejected, job_id),
        )

    async def as_completed(
        self,
        job_ids: Iterable[str],
        *,
        project_id: str | None = None,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
    ) -> AsyncIterator[Job]:
        """Yield each job as it ends (``project_id``: the jobs' project, if this client has not seen them)."""
        ids = list(job_ids)
        if project_id is not None:
            self._projects.update(dict.fromkeys(ids, _project(project_id)))
        async for job in super().as_completed(
            ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
        ):
            yield job

    async def wait_all(
        self,
        job_ids: Iterable[str],
        *,
        project_id: str | None = None,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
    ) -> builtins.list[Job]:
        """Wait for every job and return them in input order (``project_id`` as for :meth:`as_completed`)."""
        ids = list(job_ids)
        if project_id is not None:
            self._projects.update(dict.fromkeys(ids, _project(project_id)))
        return await super().wait_all(
            ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
        )

    async def _snapshot(self, pending: Sequence[str]) -> dict[str, Job]:
        seen = {i: await self.get(i) for i in pending if i not in self._projects}
        by_project: dict[str, set[str]] = {}
        for job_id in pending:
            if job_id not in seen:
                by_project.setdefault(self._projects[job_id], set()).add(job_id)
        for project, ids in by_project.items():
            listing = aiter(self.list(project_id=project, page_size=MAX_PAGE_SIZE))
            seen.update(await self._snapshot_from(sorted(ids), listing))
        return seen
