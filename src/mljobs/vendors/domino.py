"""Domino Data Lab: ``mljobs.Domino`` and ``mljobs.AsyncDomino``.

Domino lists jobs per project, with ``offset``/``limit``; stopping a job (``POST /v4/jobs/stop``) needs its
project too. The client remembers the project of every job it has started or read, so ``cancel(job_id)``
and ``wait_all`` cost no extra request for those; for others it reads the job once.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import Any, Literal

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
from .._base import Call, Vendor
from .._errors import CancelRejectedError, ConflictError, InvalidArgumentError, MljobsError
from .._http import (
    base_url_of,
    parse_retry_after,
    setting,
    timeout_of,
)
from .._lazy import lazy_names, twin_clients
from .._models import Job, JobState, state_from_table
from .._pagination import (
    Page,
    offset_cursor,
    read_offset_position,
    resume_at,
    unwrap_cursor,
)
from .._waiting import checked_ids
from ._common import BadField, aware, identifier, items, positive_int, raw_states, text, unset_to_none, whole
from ._common import job_id as checked_id

__all__ = ["STATES", "DominoJob", "DominoStatus"]

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


#: The clients, handed out from their twins on first use (``mljobs.vendors.domino.Domino`` still works).
_CLIENTS = twin_clients("domino", "Domino")
__all__ += list(_CLIENTS)
__getattr__ = lazy_names(__name__, _CLIENTS)
