"""Robust Intelligence (RIME): ``mljobs.Rime`` and ``mljobs.AsyncRime``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any, Literal

import attrs
import httpx
from mljobs_rime import AuthenticatedClient
from mljobs_rime.api.jobs import (
    cancel_job,
    cancel_job_v1,
    get_job,
    get_job_project_id,
    get_job_project_id_v1,
    get_job_test_run_id,
    get_job_test_run_id_v1,
    get_job_v1,
    list_jobs,
    list_jobs_for_project,
)
from mljobs_rime.models import (
    GooglerpcStatus,
    RimeGetJobResponse,
    RimeGetProjectIDResponse,
    RimeGetTestRunIDResponse,
    RimeJobMetadata,
    RimeJobType,
    RimeJobView,
    RimeListJobsForProjectResponse,
    RimeListJobsResponse,
    StatedbJobStatus,
)

from .._base import Call
from .._errors import CancelRejectedError, InvalidArgumentError, MljobsError
from .._http import parse_retry_after
from .._lazy import lazy_names, twin_clients
from .._models import Job, JobState, build_job
from .._pagination import Page
from .._waiting import ended_filters
from . import _common as common
from ._common import ABSENT, UNKNOWN, moment

__all__ = ["APIS", "STATES", "RimeApi", "RimeJob", "RimeStatus"]

#: RIME's REST generations: ``"v1"`` is what rime-sdk 2.x calls (the default), ``"v1-beta"`` the seed document's.
RimeApi = Literal["v1", "v1-beta"]
#: The choices of ``api=``, the default first.
APIS: tuple[RimeApi, ...] = ("v1", "v1-beta")

#: A RIME job: ``job.raw`` is the vendor's own model.
RimeJob = Job[RimeJobMetadata]
#: What the spec's error answers parse to: ``client.call()`` raises for them, so never returns one.
_Errors = GooglerpcStatus | str

RimeStatus = Literal[
    "JOB_STATUS_UNSPECIFIED",
    "JOB_STATUS_REQUESTED",
    "JOB_STATUS_PENDING",
    "JOB_STATUS_RUNNING",
    "JOB_STATUS_SUCCEEDED",
    "JOB_STATUS_FAILED",
    "JOB_STATUS_CANCELLED",
    "JOB_STATUS_RECONCILING",
]
RimeJobTypeName = Literal[
    "JOB_TYPE_UNSPECIFIED",
    "JOB_TYPE_MODEL_STRESS_TEST",
    "JOB_TYPE_IMAGE_BUILDER",
    "JOB_TYPE_FIREWALL_BATCH_TEST",
    "JOB_TYPE_FIREWALL_TEST_FROM_REFERENCE",
    "JOB_TYPE_FILE_SCAN",
    "JOB_TYPE_CROSS_PLANE_TASK",
    "JOB_TYPE_GENERATIVE_MODEL_TEST",
]

#: RIME status -> JobState. UNSPECIFIED says nothing; RECONCILING is an operator step of a live job.
STATES: Mapping[str, JobState] = {
    "JOB_STATUS_UNSPECIFIED": JobState.UNKNOWN,
    "JOB_STATUS_REQUESTED": JobState.QUEUED,
    "JOB_STATUS_PENDING": JobState.QUEUED,
    "JOB_STATUS_RUNNING": JobState.RUNNING,
    "JOB_STATUS_RECONCILING": JobState.RUNNING,
    "JOB_STATUS_SUCCEEDED": JobState.SUCCEEDED,
    "JOB_STATUS_FAILED": JobState.FAILED,
    "JOB_STATUS_CANCELLED": JobState.CANCELLED,
}
MAX_PAGE_SIZE = 1000


class RimeVendor(common.Generations):
    """How RIME's answers map to mljobs (no I/O), and the request shapes of API generation ``api``.

    ``"v1"`` (rime-sdk 2.x) lists the jobs of one project (``/v1/jobs/project/{uuid}``); ``"v1-beta"``
    (the seed document) lists every job (``/v1-beta/jobs``). Both answer the same job model.
    """

    name = "rime"
    error_models = _Errors
    apis = APIS
    #: The ``status=`` of the listing that shows every ended job (``selectedStatuses`` takes several).
    ended = ended_filters(STATES, one_status_a_listing=False)

    @property
    def per_project(self) -> bool:
        """Whether this generation lists jobs one project at a time (v1)."""
        return self.api == "v1"

    @staticmethod
    def to_job(raw: RimeJobMetadata) -> RimeJob:
        """A RIME ``JobMetadata`` as an mljobs Job."""
        common.expect("jobs[]", raw, RimeJobMetadata, "a JobMetadata object")
        times = (common.aware("creationTime", raw.creation_time), common.aware("startTime", raw.start_time),
                 common.aware("completionTime", raw.completion_time))  # fmt: skip
        message = common.text("errorMsg", raw.error_msg)
        return common.vendor_job(
            "rime", STATES, ("jobId", raw.job_id), common.text("status", raw.status), times, message, raw
        )

    @staticmethod
    def listed_job(response: httpx.Response, data: Any) -> RimeJob:
        """A listed ``JobMetadata``'s JSON as a Job, checked as :meth:`to_job` does; ``raw`` built on first use.

        The common case (every field of the type the spec says) is read at once; any other goes through the
        field readers, which raise the BadField naming what is wrong.
        """
        if type(data) is dict:
            get = data.get
            job_id, status, message = get("jobId"), get("status"), get("errorMsg")
            if type(job_id) is str and job_id and type(status) is str and (message is None or type(message) is str):
                try:
                    created, started = moment(get("creationTime", ABSENT)), moment(get("startTime", ABSENT))
                    finished = moment(get("completionTime", ABSENT))
                except ValueError:
                    pass
                else:
                    state, raw = STATES.get(status, UNKNOWN), (RimeJobMetadata, data, response)
                    return build_job("rime", job_id, state, status, created, started, finished, message, None, raw)
        data = common.json_object("jobs[]", data)
        raw_state = common.json_enum("status", data, "status")
        times = (common.json_time("creationTime", data, "creationTime"),
                 common.json_time("startTime", data, "startTime"),
                 common.json_time("completionTime", data, "completionTime"))  # fmt: skip
        message, raw = common.text("errorMsg", data.get("errorMsg")), (RimeJobMetadata, data, response)
        return common.vendor_job("rime", STATES, ("jobId", data.get("jobId")), raw_state, times, message, raw)

    def scope(self, project_id: str | None, object_id: str | None) -> str | None:
        """The project a listing is scoped to: required on v1 (which has no ``object_id``), refused on v1-beta."""
        if not self.per_project:
            if project_id is not None:
                raise InvalidArgumentError(
                    'project_id= is a filter of api="v1" (ListJobsForProject); api="v1-beta" lists every job '
                    "and filters with object_id="
                )
            return None
        if project_id is None:
            raise InvalidArgumentError(
                'RIME v1 lists jobs per project: pass project_id="<project uuid>", or use api="v1-beta" to list all'
            )
        if object_id is not None:
            raise InvalidArgumentError('object_id= is a filter of api="v1-beta"; v1 lists one project (project_id=)')
        return project_id if isinstance(project_id, str) and project_id else _bad_project(project_id)

    def list_call(self, filters: Mapping[str, Any], cursor: str | None, size: int, project: str | None = None) -> Call:
        """ListJobs (v1-beta) or ListJobsForProject (v1): the filters on the first page, then only the token."""
        operation, args = (list_jobs, ()) if project is None else (list_jobs_for_project, (project,))
        if cursor is None:
            kwargs = {**filters, "page_size": str(size)}
        else:
            kwargs = {"page_token": cursor, "page_size": str(size), "view": filters.get("view")}
        answer = RimeListJobsResponse if project is None else RimeListJobsForProjectResponse
        return Call(operation, args, kwargs, read=self.page, read_json=partial(self.json_page, answer=answer))

    def page(
        self, response: httpx.Response, parsed: RimeListJobsResponse | RimeListJobsForProjectResponse
    ) -> Page[RimeJob]:
        """A list answer as a page; the next cursor is the token while ``hasMore`` is true."""
        common.expect("body", parsed, (RimeListJobsResponse, RimeListJobsForProjectResponse), "a ListJobs answer")
        return _paged(parsed, [self.to_job(j) for j in common.items("jobs", parsed.jobs)])

    def json_page(
        self, response: httpx.Response, body: Any,
        answer: type[RimeListJobsResponse] | type[RimeListJobsForProjectResponse] = RimeListJobsResponse,
    ) -> Page[RimeJob]:  # fmt: skip
        """A list answer's JSON as a page: the envelope by its generated model, each job's model built on first use."""
        body = common.json_object("body", body)
        jobs = common.json_list("jobs", body, "jobs")
        envelope = answer.from_dict({**body, "jobs": []} if "jobs" in body else body)
        listed_job = self.listed_job
        return Page(items=[listed_job(response, j) for j in jobs], next_cursor=_next_token(envelope))

    def filters(
        self, status: Any, job_type: Any, object_id: str | None, view: Literal["basic", "full"]
    ) -> dict[str, Any]:
        """The list query arguments for the public filters."""
        statuses = [StatedbJobStatus(s) for s in common.raw_states("status", status, STATES)]
        types = [RimeJobType(t) for t in _job_types(job_type)]
        out: dict[str, Any] = {"view": _view(view)}
        if statuses:
            out["first_page_query_selected_statuses"] = statuses
        if types:
            out["first_page_query_selected_types"] = types
        if object_id is not None:
            out["first_page_query_object_id"] = object_id
        return out

    @staticmethod
    def selection(filters: Mapping[str, Any]) -> dict[str, Any]:
        """What selects a listing's jobs (a cursor remembers it): the filters, not the view."""
        return {
            "status": filters.get("first_page_query_selected_statuses"),
            "job_type": filters.get("first_page_query_selected_types"),
            "object_id": filters.get("first_page_query_object_id"),
        }

    def get_call(self, job: str, view: Literal["basic", "full"]) -> Call:
        """GetJob."""
        operation = get_job_v1 if self.per_project else get_job
        return Call(operation, (common.job_id(job),), {"view": _view(view)}, read=self.got)

    def got(self, response: httpx.Response, parsed: RimeGetJobResponse) -> tuple[RimeJob, float | None]:
        """A GetJob answer as a Job, with the answer's poll hint (Retry-After)."""
        job = common.unset_to_none(parsed.job)
        if job is None:
            raise common.BadField("job", None, "a JobMetadata object")
        return self.to_job(job), parse_retry_after(response.headers)

    def cancel_call(self, job: str) -> Call:
        """CancelJob: a POST that is safe to repeat (cancelling twice is cancelling once)."""
        from mljobs_rime.models import RimeCancelJobRequest

        operation = cancel_job_v1 if self.per_project else cancel_job
        return Call(operation, (common.job_id(job),), {"body": RimeCancelJobRequest()}, idempotent=True)

    def project_id_call(self, job: str) -> Call:
        """GetProjectID: the uuid of the project the job's data names."""
        operation = get_job_project_id_v1 if self.per_project else get_job_project_id
        return Call(operation, (common.job_id(job),), read=_project_of_answer)

    def test_run_id_call(self, job: str) -> Call:
        """GetTestRunID: the test run of a completed stress test job."""
        operation = get_job_test_run_id_v1 if self.per_project else get_job_test_run_id
        return Call(operation, (common.job_id(job),), read=_test_run_of_answer)

    @staticmethod
    def project_of(job: RimeJob) -> str | None:
        """The project uuid the job's data names (``jobData.<kind>.projectId``), or None (e.g. a generative test).

        Only a hint for the group waits: a value of another type is no project, never an error.
        """
        data = common.unset_to_none(job.raw.job_data)
        if data is None or not attrs.has(type(data)):
            return None
        for value in attrs.asdict(data, recurse=False).values():
            uuid = getattr(common.unset_to_none(getattr(value, "project_id", None)), "uuid", None)
            if isinstance(uuid, str) and uuid:
                return uuid
        return None

    @staticmethod
    def cancel_rejected(job: str, exc: MljobsError) -> MljobsError:
        """RIME refuses to cancel an ended job with FAILED_PRECONDITION (grpc code 9, HTTP 400)."""
        from .._errors import BadRequestError

        if isinstance(exc, BadRequestError) and isinstance(exc.body, dict) and exc.body.get("code") == 9:
            return CancelRejectedError(
                f"RIME refused to cancel job {job}: {exc.body.get('message')}", job_id=job, response=exc.response
            )
        return exc


def _paged(envelope: RimeListJobsResponse | RimeListJobsForProjectResponse, jobs: list[RimeJob]) -> Page[RimeJob]:
    return Page(items=jobs, next_cursor=_next_token(envelope))


def _next_token(envelope: RimeListJobsResponse | RimeListJobsForProjectResponse) -> str | None:
    """The token of the page after this one: ``nextPageToken`` while ``hasMore`` is true (None: the last page)."""
    token = common.text("nextPageToken", envelope.next_page_token)
    more = common.flag("hasMore", envelope.has_more)
    return token if more and token else None


def _project_of_answer(response: httpx.Response, parsed: RimeGetProjectIDResponse) -> str:
    project = common.unset_to_none(parsed.project_id)
    uuid = None if project is None else common.text("projectId.uuid", project.uuid)
    if not uuid:
        raise common.BadField("projectId.uuid", uuid, "a project uuid")
    return uuid


def _test_run_of_answer(response: httpx.Response, parsed: RimeGetTestRunIDResponse) -> str:
    run = common.text("testRunId", parsed.test_run_id)
    if not run:
        raise common.BadField("testRunId", run, "a test run id")
    return run


def _bad_project(value: Any) -> str:
    raise InvalidArgumentError(f"project_id must be a project uuid (a non-empty string), got {value!r}")


def _view(view: Literal["basic", "full"]) -> RimeJobView:
    if view == "full":
        return RimeJobView.JOB_VIEW_FULL
    if view == "basic":
        return RimeJobView.JOB_VIEW_BASIC
    raise InvalidArgumentError(f"view must be 'basic' or 'full', got {view!r}")


def _job_types(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    known = {t.value for t in RimeJobType}
    bad = [v for v in values if v not in known]
    if bad:
        raise InvalidArgumentError(f"job_type={bad[0]!r} is not a RIME job type; use one of {sorted(known)}")
    return values


#: The generated client, with the key from ``api_key`` or the environment.
_api = partial(
    common.token_client, AuthenticatedClient, url_env="RIME_API_URL", key_env="RIME_API_KEY", header="rime-api-key"
)


#: The clients, handed out from their twins on first use (``mljobs.vendors.rime.Rime`` still works).
_CLIENTS = twin_clients("rime", "Rime")
__all__ += list(_CLIENTS)
__getattr__ = lazy_names(__name__, _CLIENTS)
