"""Domino Data Lab: ``mljobs.Domino`` and ``mljobs.AsyncDomino``.

Domino lists jobs per project, with ``offset``/``limit``; stopping a job (``POST /v4/jobs/stop``) needs its
project too. The client remembers the project of every job it has started or read, so ``cancel(job_id)``
and ``wait_all`` cost no extra request for those; for others it reads the job once.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any, Literal, Unpack

import httpx
from mljobs_domino import AuthenticatedClient
from mljobs_domino.api.jobs import get_job, get_job_logs, list_jobs, start_job, stop_job
from mljobs_domino.models import (
    FailureEnvelopeV1,
    InvalidBodyEnvelopeV1,
    JobList,
    JobStatus,
    StageTimesV1,
    StartJobRequest,
    StopJobRequest,
    V4ErrorBody,
)
from mljobs_domino.models import Job as DominoJobModel

from .. import _constants as C
from .._base import AsyncBase, Call, SyncBase, Vendor
from .._errors import CancelRejectedError, ConflictError, InvalidArgumentError, MljobsError
from .._http import (
    async_transport,
    base_url_of,
    deadline_for,
    parse_retry_after,
    setting,
    sync_transport,
    timeout_of,
)
from .._models import Job, JobState, state_from_table
from .._pagination import (
    AsyncPaginator,
    Page,
    Paginator,
    job_key,
    offset_cursor,
    read_offset_position,
    resume_at,
    unwrap_cursor,
)
from .._waiting import AsyncJobsBase, GroupWaitOptions, Snapshot, SyncJobsBase, checked_ids
from ._common import BadField, aware, identifier, items, positive_int, raw_states, text, unset_to_none, whole
from ._common import job_id as checked_id

__all__ = ["STATES", "AsyncDomino", "AsyncDominoJobs", "Domino", "DominoJob", "DominoJobs", "DominoStatus"]

#: A Domino job: ``job.raw`` is the vendor's own model.
DominoJob = Job[DominoJobModel]
#: What the spec's error answers parse to: ``client.call()`` raises for them, so never returns one.
_Errors = FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | V4ErrorBody | None

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


def _submitted(raw: DominoJobModel) -> dt.datetime | None:
    """When the job was submitted: ``stageTimes.submissionTime`` (the service's JobV1 times), if sent."""
    times = unset_to_none(raw.stage_times)
    if times is None:
        return None
    if not isinstance(times, StageTimesV1):
        raise BadField("stageTimes", times, "an object")
    return aware("stageTimes.submissionTime", times.submission_time)


class DominoVendor(Vendor):
    """How Domino's answers map to mljobs (no I/O)."""

    name = "domino"
    error_models = _Errors

    @staticmethod
    def to_job(raw: DominoJobModel) -> DominoJob:
        """A Domino job as an mljobs Job (its ``projectId``, which a stop needs, is checked too)."""
        if not isinstance(raw, DominoJobModel):
            raise BadField("data[]", raw, "a Job object")
        raw_state = text("status", raw.status)
        text("projectId", raw.project_id)
        return Job(
            vendor="domino",
            id=identifier("id", raw.id),
            state=state_from_table(STATES, raw_state),
            raw_state=raw_state,
            created_at=_submitted(raw),
            started_at=aware("startedAt", raw.started_at),
            finished_at=aware("endedAt", raw.ended_at),
            message=text("title", raw.title),
            raw=raw,
        )

    def got(self, response: httpx.Response, parsed: DominoJobModel) -> tuple[DominoJob, float | None]:
        """A GET or start answer as a Job, with the answer's poll hint (Retry-After)."""
        return self.to_job(parsed), parse_retry_after(response.headers)

    def list_call(self, project_id: str, status: str | None, cursor: str | None, size: int) -> Call:
        """GET /api/jobs/beta/jobs for one page."""
        offset, total = read_offset_position(cursor)
        kwargs: dict[str, Any] = {"project_id": project_id, "offset": offset, "limit": size}
        if status is not None:
            kwargs["status"] = JobStatus(status)
        return Call(list_jobs, kwargs=kwargs, read=partial(self.page, offset=offset, total_before=total))

    def page(
        self, response: httpx.Response, parsed: JobList, *, offset: int, total_before: int | None
    ) -> Page[DominoJob]:
        """A page; the next cursor while ``totalCount`` says there are more.

        When the total fell since the last page, jobs were removed and unseen ones shifted onto pages
        already read: the next page starts that many places earlier (see :func:`resume_at`).
        """
        if not isinstance(parsed, JobList):
            raise BadField("body", parsed, "a JobList object")
        jobs = [self.to_job(j) for j in items("data", parsed.data)]
        total = whole("totalCount", parsed.total_count)
        if total is None:
            raise BadField("totalCount", None, "a whole number")
        end = offset + len(jobs)
        more = bool(jobs) and end < total
        if not more:
            return Page(items=jobs, next_cursor=None)
        return Page(items=jobs, next_cursor=offset_cursor(resume_at(offset, end, total_before, total), total))

    @staticmethod
    def listing(
        project_id: str, status: Any, page_size: int | None, cursor: str | None
    ) -> tuple[str, list[str | None], int, dict[str, Any]]:
        """A list call's project, statuses, page size and selection (what a cursor remembers), all checked.

        One listing per status (the list filters on one at a time), or one unfiltered.
        """
        project, statuses = _project(project_id), raw_states("status", status, STATES)
        size = positive_int("page_size", page_size, MAX_PAGE_SIZE) or C.DEFAULT_PAGE_SIZE
        selection: dict[str, Any] = {"project_id": project, "status": statuses}
        if cursor is not None:
            if len(statuses) > 1:
                raise InvalidArgumentError("cursor= resumes a list of one status at a time")
            read_offset_position(unwrap_cursor(cursor, selection))
        return project, list(statuses) or [None], size, selection

    @staticmethod
    def stop_call(project_id: str, job: str, commit_results: bool) -> Call:
        """POST /v4/jobs/stop (safe to repeat: stopping twice is refused, not doubled)."""
        body = StopJobRequest(project_id=project_id, job_id=checked_id(job), commit_results=commit_results)
        return Call(stop_job, kwargs={"body": body}, idempotent=True)

    @staticmethod
    def project_of(job: DominoJob) -> str:
        """The project of a job read from Domino (a stop needs it)."""
        return str(unset_to_none(job.raw.project_id))

    @staticmethod
    def learn(projects: dict[str, str], jobs: Iterable[DominoJob]) -> None:
        """Remember the project of every job in ``jobs`` (a stop needs it)."""
        for job in jobs:
            project = None if job.raw is None else text("projectId", job.raw.project_id)
            if project:
                projects[job.id] = project

    @staticmethod
    def know(projects: dict[str, str], job_ids: Iterable[str], project_id: str | None) -> builtins.list[str]:
        """The ids of a group wait, checked; with ``project_id``, each is remembered to be in that project."""
        ids = checked_ids(job_ids)
        if project_id is not None:
            projects.update(dict.fromkeys(ids, _project(project_id)))
        return ids

    @staticmethod
    def by_project(
        pending: Sequence[str], projects: Mapping[str, str], seen: Mapping[str, DominoJob]
    ) -> dict[str, list[str]]:
        """The pending jobs not ``seen`` yet whose project is known, by project (one listing each)."""
        out: dict[str, list[str]] = {}
        for job_id in pending:
            if job_id not in seen and job_id in projects:
                out.setdefault(projects[job_id], []).append(job_id)
        return out

    def get_call(self, job: str) -> Call:
        """GET /api/jobs/beta/jobs/{jobId}."""
        return Call(get_job, (checked_id(job),), read=self.got)

    @staticmethod
    def logs_call(job: str) -> Call:
        """GET /api/jobs/beta/jobs/{jobId}/logs: the log as text."""
        return Call(get_job_logs, (checked_id(job),), read=lambda response, parsed: _log_text(parsed))

    @staticmethod
    def stop_rejected(job: str, exc: MljobsError) -> MljobsError:
        """409: the job has already ended."""
        if isinstance(exc, ConflictError):
            return CancelRejectedError(f"Domino refused to stop job {job}: {exc}", job_id=job, response=exc.response)
        return exc

    def start_call(
        self, project_id: str, command: str, hardware_tier_id: str, environment_id: str | None,
        commit_id: str | None, title: str | None, is_direct_hardware_tier_id: bool | None,
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
        return Call(start_job, kwargs={"body": body}, idempotent=False, read=self.got)


def _log_text(parsed: Any) -> str:
    if not isinstance(parsed, str):
        raise BadField("log", parsed, "text")
    return parsed


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


class Domino(SyncBase[AuthenticatedClient, "DominoJobs", _Errors]):
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
        self._api = _api(base_url, api_key, timeout, sync_transport(transport, http_client, max_retries), "Domino")
        self._jobs = DominoJobs(self)


class DominoJobs(SyncJobsBase[DominoJobModel]):
    """``client.jobs`` of :class:`Domino`."""

    def __init__(self, client: Domino) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor
        self._projects: dict[str, str] = {}

    def _carry_over(self, other: object) -> None:
        super()._carry_over(other)
        if isinstance(other, type(self)):
            other._projects.update(self._projects)  # a copy of what it learnt, not shared

    def list(
        self,
        *,
        project_id: str,
        status: DominoStatus | JobState | Iterable[DominoStatus | JobState] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> Paginator[DominoJob]:
        """The project's jobs, newest first (status by status when several), page by page.

        ``cursor`` resumes a listing with the same project and status; ``timeout``: seconds for each page's
        request.
        """
        project, statuses, size, selection = self._vendor.listing(project_id, status, page_size, cursor)
        paging: dict[str, Any] = {
            "page_size": size,
            "cursor": cursor,
            "key": job_key,
            "timeout": timeout,
            "filters": selection,
        }

        def pages(deadline: float | None) -> Iterator[Page[DominoJob]]:
            for state in statuses:
                yield from Paginator(partial(self._fetch, project, state), **paging)._bounded(deadline).pages()

        return Paginator.of_pages(pages, max_items=max_items)

    def _fetch(
        self, project: str, status: str | None, cursor: str | None, size: int, deadline: float | None = None
    ) -> Page[DominoJob]:
        page: Page[DominoJob] = self._client._run(self._vendor.list_call(project, status, cursor, size), deadline)[1]
        self._vendor.learn(self._projects, page.items)
        return page

    def _poll(self, job_id: str, deadline: float | None = None) -> tuple[DominoJob, float | None]:
        job, hint = self._client._run(self._vendor.get_call(job_id), deadline)[1]
        self._vendor.learn(self._projects, [job])
        return job, hint

    def logs(self, job_id: str, *, timeout: float | None = None) -> str:
        """The job's log, as text (``timeout``: seconds for the call, retries included)."""
        log: str = self._client._run(self._vendor.logs_call(job_id), deadline_for(timeout))[1]
        return log

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
        timeout: float | None = None,
    ) -> DominoJob:
        """Start a job. It is never retried once it may have reached Domino (it could start twice)."""
        call = self._vendor.start_call(
            project_id, command, hardware_tier_id, environment_id, commit_id, title, is_direct_hardware_tier_id
        )
        job: DominoJob = self._client._run(call, deadline_for(timeout))[1][0]
        self._vendor.learn(self._projects, [job])
        return job

    def cancel(
        self, job_id: str, *, project_id: str | None = None, commit_results: bool = True, timeout: float | None = None
    ) -> None:
        """Stop the job (reading it first if its project is not known); CancelRejectedError if it has ended.

        ``timeout``: seconds for the call (both requests, when the job is read first), retries included.
        """
        deadline = deadline_for(timeout)
        project = project_id or self._projects.get(job_id) or self._vendor.project_of(self._poll(job_id, deadline)[0])
        refused = partial(self._vendor.stop_rejected, job_id)
        self._client._run_refusable(self._vendor.stop_call(project, job_id, commit_results), refused, deadline)

    def as_completed(
        self, job_ids: Iterable[str], *, project_id: str | None = None, **options: Unpack[GroupWaitOptions]
    ) -> Iterator[DominoJob]:
        """Yield each job as it ends (``project_id``: the jobs' project, if this client has not seen them)."""
        return super().as_completed(self._vendor.know(self._projects, job_ids, project_id), **options)

    def wait_all(
        self, job_ids: Iterable[str], *, project_id: str | None = None, **options: Unpack[GroupWaitOptions]
    ) -> builtins.list[DominoJob]:
        """Wait for every job and return them in input order (``project_id`` as for :meth:`as_completed`)."""
        return super().wait_all(self._vendor.know(self._projects, job_ids, project_id), **options)

    def _snapshot(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        # Jobs whose project is unknown are read once (which learns it); the rest come off one listing per
        # project, newest first, read only as far as the oldest pending job.
        snapshot = self._read_each([i for i in pending if i not in self._projects], deadline)
        for project, ids in self._vendor.by_project(pending, self._projects, snapshot).items():
            listing = self.list(project_id=project, page_size=MAX_PAGE_SIZE)._bounded(deadline)
            snapshot.merge(self._snapshot_from(ids, listing, deadline))
        return snapshot


class AsyncDomino(AsyncBase[AuthenticatedClient, "AsyncDominoJobs", _Errors]):
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
        self._api = _api(
            base_url, api_key, timeout, async_transport(transport, http_client, max_retries), "AsyncDomino"
        )
        self._jobs = AsyncDominoJobs(self)


class AsyncDominoJobs(AsyncJobsBase[DominoJobModel]):
    """``client.jobs`` of :class:`AsyncDomino`."""

    def __init__(self, client: AsyncDomino) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor
        self._projects: dict[str, str] = {}

    def _carry_over(self, other: object) -> None:
        super()._carry_over(other)
        if isinstance(other, type(self)):
            other._projects.update(self._projects)  # a copy of what it learnt, not shared

    def list(
        self,
        *,
        project_id: str,
        status: DominoStatus | JobState | Iterable[DominoStatus | JobState] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> AsyncPaginator[DominoJob]:
        """The project's jobs, newest first, page by page; see :meth:`DominoJobs.list`."""
        project, statuses, size, selection = self._vendor.listing(project_id, status, page_size, cursor)
        paging: dict[str, Any] = {
            "page_size": size,
            "cursor": cursor,
            "key": job_key,
            "timeout": timeout,
            "filters": selection,
        }

        async def pages(deadline: float | None) -> AsyncIterator[Page[DominoJob]]:
            for state in statuses:
                listing = AsyncPaginator(partial(self._fetch, project, state), **paging)
                async for page in listing._bounded(deadline).pages():
                    yield page

        return AsyncPaginator.of_pages(pages, max_items=max_items)

    async def _fetch(
        self, project: str, status: str | None, cursor: str | None, size: int, deadline: float | None = None
    ) -> Page[DominoJob]:
        page: Page[DominoJob] = (
            await self._client._run(self._vendor.list_call(project, status, cursor, size), deadline)
        )[1]
        self._vendor.learn(self._projects, page.items)
        return page

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
        self._vendor.learn(self._projects, [job])
        return job

    async def cancel(
        self, job_id: str, *, project_id: str | None = None, commit_results: bool = True, timeout: float | None = None
    ) -> None:
        """Stop the job (reading it first if its project is not known); see :meth:`DominoJobs.cancel`."""
        deadline = deadline_for(timeout)
        project = project_id or self._projects.get(job_id)
        if not project:
            project = self._vendor.project_of((await self._poll(job_id, deadline))[0])
        refused = partial(self._vendor.stop_rejected, job_id)
        await self._client._run_refusable(self._vendor.stop_call(project, job_id, commit_results), refused, deadline)

    async def as_completed(
        self, job_ids: Iterable[str], *, project_id: str | None = None, **options: Unpack[GroupWaitOptions]
    ) -> AsyncIterator[DominoJob]:
        """Yield each job as it ends (``project_id``: the jobs' project, if this client has not seen them)."""
        async for job in super().as_completed(self._vendor.know(self._projects, job_ids, project_id), **options):
            yield job

    async def wait_all(
        self, job_ids: Iterable[str], *, project_id: str | None = None, **options: Unpack[GroupWaitOptions]
    ) -> builtins.list[DominoJob]:
        """Wait for every job and return them in input order (``project_id`` as for :meth:`as_completed`)."""
        return await super().wait_all(self._vendor.know(self._projects, job_ids, project_id), **options)

    async def _snapshot(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        snapshot = await self._read_each([i for i in pending if i not in self._projects], deadline)
        for project, ids in self._vendor.by_project(pending, self._projects, snapshot).items():
            listing = self.list(project_id=project, page_size=MAX_PAGE_SIZE)._bounded(deadline)
            snapshot.merge(await self._snapshot_from(ids, listing, deadline))
        return snapshot
