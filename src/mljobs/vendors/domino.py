"""Domino Data Lab: ``mljobs.Domino`` and ``mljobs.AsyncDomino``.

Two API generations share the Jobs API's paths: ``api="public"`` (the default: Domino's Public API, as
python-domino 2.x and Domino 5.x/6.x speak it, answering ``{jobs, metadata}``, ``{job, metadata}`` and
``JobV1``) and ``api="document"`` (seed document 001: ``{data, offset, limit, totalCount}`` and the bare
``Job``). Requests go in the shape of ``api=``; answers of either generation are read whatever ``api=``
says, told apart by their shape, so a wrong ``api=`` never breaks a read.

Domino lists jobs per project, with ``offset``/``limit``; stopping a job (``POST /v4/jobs/stop``, in both
generations) needs its project too. The client remembers the project of every job it has started or
listed, so ``cancel(job_id)`` and ``wait_all`` cost no extra request for those. For others it reads the
job once; the Public API's ``JobV1`` does not say its project, so there ``project_id=`` is needed.
"""

from __future__ import annotations

import builtins
import datetime as dt
import functools
import importlib
import json
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, get_args

import httpx
from mljobs_domino import AuthenticatedClient, models

from .. import _constants as C
from .._base import Call
from .._errors import InvalidArgumentError, MljobsError
from .._http import (
    json_of,
    parse_retry_after,
    status_error,
)
from .._lazy import LazyUnion, lazy_names, twin_clients
from .._models import Job, JobState, build_job, unbuilt
from .._pagination import (
    Page,
    offset_cursor,
    read_offset_position,
    resume_at,
    unwrap_cursor,
)
from .._waiting import checked_ids, ended_filters
from . import _common as common
from ._common import ABSENT, UNKNOWN, moment
from ._common import job_id as checked_id

if TYPE_CHECKING:
    from types import ModuleType

    from mljobs_domino.models import (
        FailureEnvelopeV1,
        InvalidBodyEnvelopeV1,
        JobEnvelopeV1,
        JobList,
        JobV1,
        LogsEnvelopeV1,
        NewJobV1,
        PaginatedJobEnvelopeV1,
        V4ErrorBody,
    )
    from mljobs_domino.models import Job as DominoJobModel

__all__ = ["APIS", "STATES", "DominoApi", "DominoJob", "DominoStatus"]

#: Domino's API generations: the Public API (the default) and seed document 001's.
DominoApi = Literal["public", "document"]
APIS: tuple[DominoApi, ...] = get_args(DominoApi)
if TYPE_CHECKING:
    #: A Domino job: ``job.raw`` is the vendor's own model (``JobV1`` from the Public API, ``Job`` from the
    #: document's). At run time it is made on first use (see ``__getattr__``), with the job models.
    DominoJob = Job[DominoJobModel | JobV1]
    #: What the spec's error answers parse to: ``client.call()`` raises for them, so never returns one.
    _Errors = FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | V4ErrorBody | None
else:
    _Errors = Any  # at run time, the clients' type argument; the models load when error_models is first read

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
#: The models of ``_Errors``, by name (what ``error_models`` reads).
_ERROR_MODELS = ("FailureEnvelopeV1", "InvalidBodyEnvelopeV1", "V4ErrorBody")
#: The Public API's ``statusFilter`` values a status filter maps onto, and the JobStates each lists; the
#: client keeps the statuses asked for out of what it answers. ``queued``/``running`` are not used: which
#: of Domino's many starting statuses they list is not documented.
#: (Their ``GetJobsStatusFilter`` values: the list call's module and models load on its first use.)
COARSE_FILTERS: tuple[tuple[str, frozenset[JobState]], ...] = (
    ("active", frozenset({JobState.QUEUED, JobState.RUNNING})),
    ("completed", frozenset({JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED})),
)
#: One listing: the filter sent (``status``, or ``statusFilter``), and the statuses kept (None: all).
Listing = tuple[str | None, frozenset[str] | None]


def _submitted(raw: DominoJobModel) -> dt.datetime | None:
    """When the job was submitted: ``stageTimes.submissionTime`` (the service's JobV1 times), if sent."""
    times = common.unset_to_none(raw.stage_times)
    if times is None:
        return None
    common.expect("stageTimes", times, models.StageTimesV1, "an object")
    return common.aware("stageTimes.submissionTime", times.submission_time)


#: How many jobs' projects a client remembers: the most recently listed, started, read or waited for.
KNOWN_PROJECTS = 10_000


class _Projects(OrderedDict[str, str]):
    """Job id -> project, for the last :data:`KNOWN_PROJECTS` jobs set (an LRU: the oldest is forgotten first).

    A listing of any length keeps no more than that; a job forgotten costs a read (or, on the Public API,
    whose jobs do not name their project, a ``project_id=``) when it is cancelled or waited for. A job set
    again is moved to the newest end, and the oldest are dropped: an OrderedDict does both in constant time (a
    dict kept in that order by deleting and setting again took ~1.5x as long to keep up, a page).
    """

    def __init__(self, size: int | None = None) -> None:
        super().__init__()
        self.size = KNOWN_PROJECTS if size is None else size

    def __setitem__(self, job_id: str, project: str) -> None:
        self.remember({job_id: project})

    def update(self, *others: Any, **more: str) -> None:
        """Set each pair, as ``__setitem__`` does (a listed page's in one go: see :meth:`remember`)."""
        one = len(others) == 1 and not more and type(others[0]) is dict
        self.remember(others[0] if one else dict(*others, **more))

    def remember(self, pairs: Mapping[str, str]) -> None:
        """Set every pair (a page's jobs), each moved to the newest end in order; forget the oldest past the size."""
        set_item, to_end = OrderedDict.__setitem__, self.move_to_end
        for job_id, project in pairs.items():
            set_item(self, job_id, project)
            to_end(job_id)
        forget = self.popitem
        for _ in range(len(self) - self.size):
            forget(last=False)


class DominoVendor(common.Generations):
    """How Domino's answers map to mljobs (no I/O)."""

    name = "domino"
    error_models = LazyUnion("mljobs_domino.models", *_ERROR_MODELS, optional=True)
    apis = APIS

    @property
    def public(self) -> bool:
        """Whether requests go in the Public API's shapes."""
        return self.api == "public"

    @property
    def ended(self) -> list[tuple[str, ...]]:
        """The ``status=`` of the listings that show every ended job (a group wait's narrow reads).

        The Public API's: one (its ``completed`` filter); the document's: one a status, as it filters.
        """
        return ended_filters(STATES, one_status_a_listing=not self.public)

    def error_for(self, response: httpx.Response) -> MljobsError | None:
        """An error answer's ``requestId`` (``FailureEnvelopeV1``, both generations) on the error and in its message."""
        if response.status_code < 400:
            return None
        body = json_of(response)
        request_id = body.get("requestId") if isinstance(body, dict) else None
        if not isinstance(request_id, str) or not request_id:
            return None
        plain = status_error(response)
        error = status_error(response, f"{plain} (Domino request id {request_id[:100]})", type(plain))
        error.request_id = request_id
        return error

    @staticmethod
    def to_job(raw: DominoJobModel | JobV1) -> DominoJob:
        """A Domino job as an mljobs Job, from either generation (a document job's ``projectId`` is checked too)."""
        if isinstance(raw, models.JobV1):
            return _public_job(raw)
        common.expect("data[]", raw, models.Job, "a Job object")
        raw_state = common.text("status", raw.status)
        common.text("projectId", raw.project_id)
        times = (_submitted(raw), common.aware("startedAt", raw.started_at), common.aware("endedAt", raw.ended_at))
        return common.vendor_job(
            "domino", STATES, ("id", raw.id), raw_state, times, common.text("title", raw.title), raw
        )

    @staticmethod
    def listed_job(response: httpx.Response, data: Any, public: bool) -> DominoJob:
        """A listed job's JSON (``public``: a Public API ``JobV1``) as a Job, checked as :meth:`to_job` does.

        Its ``raw`` is built on first use. A job of the common case (every field of the type the spec says) is
        read at once; any other goes through the field readers, which raise the BadField naming what is wrong.
        """
        if type(data) is dict:
            get: Callable[..., Any] = data.get
            job_id, title, status, stages = get("id"), get("title"), get("status"), get("stageTimes")
            if type(job_id) is str and job_id and (title is None or type(title) is str):
                try:
                    if public:  # status and stageTimes objects; a submissionTime; the other times absent or set
                        status = status["executionStatus"]
                        created = moment(stages["submissionTime"])
                        started = moment(stages.get("startTime", ABSENT))
                        ended = moment(stages.get("completedTime", ABSENT))
                    else:  # no stageTimes, or one with a submissionTime; the other times null, absent or set
                        created = None if stages is None else moment(stages["submissionTime"])
                        started, ended = moment(get("startedAt"), None), moment(get("endedAt"), None)
                        if type(get("projectId")) is not str:
                            raise ValueError("not a project id")
                except (ValueError, TypeError, KeyError, AttributeError):  # not objects, or a key missing
                    pass
                else:
                    if type(status) is str:
                        lazy = (models.JobV1 if public else models.Job, data, response)
                        state = STATES.get(status, UNKNOWN)
                        return build_job("domino", job_id, state, status, created, started, ended, title, None, lazy)
        data = common.json_object("jobs[]" if public else "data[]", data)
        if public:
            status = common.json_object("status", common.json_required("status", data, "status"))
            stages = common.json_object("stageTimes", common.json_required("stageTimes", data, "stageTimes"))
            raw_state = common.json_enum("status.executionStatus", status, "executionStatus", required=True)
            times = (
                common.json_time("stageTimes.submissionTime", stages, "submissionTime", required=True),
                common.json_time("stageTimes.startTime", stages, "startTime"),
                common.json_time("stageTimes.completedTime", stages, "completedTime"),
            )
        else:
            raw_state = common.json_enum("status", data, "status", required=True)
            if type(data.get("projectId")) is not str:  # what every listed job sends: nothing more to check
                common.text("projectId", common.json_required("projectId", data, "projectId"))
            stages = data.get("stageTimes")
            times = (
                None if stages is None else common.json_time(
                    "stageTimes.submissionTime", common.json_object("stageTimes", stages), "submissionTime",
                    required=True,
                ),
                common.json_time("startedAt", data, "startedAt", nullable=True),
                common.json_time("endedAt", data, "endedAt", nullable=True),
            )  # fmt: skip
        raw = (models.JobV1 if public else models.Job, data, response)
        job_id = ("id", common.json_required("id", data, "id"))
        return common.vendor_job(
            "domino", STATES, job_id, raw_state, times, common.text("title", data.get("title")), raw
        )

    def got(self, response: httpx.Response, parsed: DominoJobModel | JobEnvelopeV1) -> tuple[DominoJob, float | None]:
        """A GET or start answer (a bare job, or the Public API's ``{job, metadata}``) as a Job, and its poll hint."""
        raw = parsed.job if isinstance(parsed, models.JobEnvelopeV1) else parsed
        with _RequestNoted(parsed):
            return self.to_job(raw), parse_retry_after(response.headers)

    def got_json(self, response: httpx.Response, body: Any) -> tuple[DominoJob, float | None]:
        """:meth:`got` from the answer's JSON: a document ``Job`` read from it, its model built on first use.

        Any other answer is read as the generated parse reads it (the same model, or the same error); see
        :func:`_document_job`.
        """
        job = _document_job(response, body)
        if job is None:
            return self.got(response, _first_shape(body, (models.Job, models.JobEnvelopeV1)))
        return job, parse_retry_after(response.headers)

    def list_call(self, project_id: str, status: str | None, cursor: str | None, size: int) -> Call:
        """GET /api/jobs/beta/jobs for one page (``status``: the filter of :meth:`listings`)."""
        offset, total = read_offset_position(cursor)
        kwargs: dict[str, Any] = {"project_id": project_id, "offset": offset, "limit": size}
        if status is not None:
            kwargs["status_filter" if self.public else "status"] = (
                models.GetJobsStatusFilter(status) if self.public else models.JobStatus(status)
            )
        page = partial(self.page, offset=offset, total_before=total, size=size)
        json_page = partial(self.json_page, offset=offset, total_before=total, size=size)
        return Call(_operation("list_jobs"), kwargs=kwargs, read=page, read_json=json_page)

    def page(
        self, response: httpx.Response, parsed: JobList | PaginatedJobEnvelopeV1, *, offset: int,
        total_before: int | None, size: int | None = None,
    ) -> Page[DominoJob]:  # fmt: skip
        """A page of either generation; the next cursor while ``totalCount`` says there are more.

        The Public API's ``metadata.totalCount`` is optional: without it, a full page (``size`` jobs) means
        there may be more. When the total fell since the last page, jobs were removed and unseen ones
        shifted onto pages already read: the next page starts that many places earlier (see :func:`resume_at`).
        """
        raws, total = _listed(parsed)
        with _RequestNoted(parsed):
            jobs = [self.to_job(j) for j in raws]
        return _paged(jobs, offset, total_before, total, size)

    def json_page(
        self, response: httpx.Response, body: Any, *, offset: int, total_before: int | None, size: int | None = None
    ) -> Page[DominoJob]:
        """:meth:`page` from the answer's JSON: the envelope by its generated model, each job's model on first use."""
        envelope, raws = _envelope(body)
        total = _listed(envelope)[1]
        with _RequestNoted(envelope):
            public = isinstance(envelope, models.PaginatedJobEnvelopeV1)
            jobs = [self.listed_job(response, j, public) for j in raws]
        return _paged(jobs, offset, total_before, total, size)

    def listing(
        self, project_id: str, status: Any, page_size: int | None, cursor: str | None
    ) -> tuple[str, list[Listing], int, dict[str, Any]]:
        """A list call's project, listings (:meth:`listings`), page size and selection (a cursor remembers it)."""
        project, listings = _project(project_id), self.listings(status)
        size = common.positive_int("page_size", page_size, MAX_PAGE_SIZE) or C.DEFAULT_PAGE_SIZE
        selection: dict[str, Any] = {"project_id": project, "status": common.raw_states("status", status, STATES)}
        if cursor is not None:
            if len(listings) > 1:
                raise InvalidArgumentError("cursor= resumes a list of one status at a time")
            read_offset_position(unwrap_cursor(cursor, selection))
        return project, listings, size, selection

    def listings(self, status: Any) -> list[Listing]:
        """The listings a ``status=`` filter takes.

        The document's list filters on one status at a time: one listing per status (or one unfiltered).
        The Public API's ``statusFilter`` is coarser: one listing with the narrowest of
        :data:`COARSE_FILTERS` that holds every status asked for (or none), whose jobs the client keeps
        only when their status is one asked for.
        """
        found = common.raw_states("status", status, STATES)
        if not self.public:
            return [(s, None) for s in found] or [(None, None)]
        if not found:
            return [(None, None)]
        states = {STATES[s] for s in found}
        coarse = next((f for f, covers in COARSE_FILTERS if states <= covers), None)
        return [(coarse, frozenset(found))]

    @staticmethod
    def kept(page: Page[DominoJob], wanted: frozenset[str] | None) -> Page[DominoJob]:
        """The page with only the jobs whose status is ``wanted`` (all when None)."""
        if wanted is None:
            return page
        return Page(items=[j for j in page.items if j.raw_state in wanted], next_cursor=page.next_cursor)

    @staticmethod
    def stop_call(project_id: str, job: str, commit_results: bool) -> Call:
        """POST /v4/jobs/stop (safe to repeat: stopping twice is refused, not doubled)."""
        body = models.StopJobRequest(project_id=project_id, job_id=checked_id(job), commit_results=commit_results)
        return Call(_operation("stop_job"), kwargs={"body": body}, idempotent=True)

    @staticmethod
    def projects() -> dict[str, str]:
        """A client's job -> project memory: the last :data:`KNOWN_PROJECTS` jobs it saw (:class:`_Projects`)."""
        return _Projects()

    def learn(self, projects: dict[str, str], jobs: Iterable[DominoJob], project_id: str | None = None) -> None:
        """Remember the project of every job in ``jobs`` (a stop needs it): its own, else ``project_id``.

        ``project_id`` is the project the jobs were listed or started in (a ``JobV1`` does not say it, so on the
        Public API every job is in it: a page's jobs are learnt in one step).
        """
        if self.public and project_id is not None:
            projects.update(dict.fromkeys([job.id for job in jobs], project_id))
        else:
            projects.update({job.id: project for job in jobs if (project := _project_of(job) or project_id)})

    @staticmethod
    def stop_project(job: DominoJob) -> str:
        """The project to stop a job read by id in (InvalidArgumentError when the answer does not say it)."""
        project = _project_of(job)
        if project is None:
            raise InvalidArgumentError(
                f"cancel({job.id!r}): Domino's Public API does not say which project a job is in, and this client "
                "has not listed or started it; pass project_id="
            )
        return project

    @staticmethod
    def know(projects: dict[str, str], job_ids: Iterable[str], project_id: str | None) -> builtins.list[str]:
        """The ids of a group wait, checked; with ``project_id``, each is remembered to be in that project."""
        ids = checked_ids(job_ids)
        if project_id is not None:
            projects.update(dict.fromkeys(ids, _project(project_id)))
        return ids

    def get_call(self, job: str) -> Call:
        """GET /api/jobs/beta/jobs/{jobId}."""
        return Call(_operation("get_job"), (checked_id(job),), read=self.got, read_json=self.got_json)

    @staticmethod
    def logs_call(job: str) -> Call:
        """GET /api/jobs/beta/jobs/{jobId}/logs: the log as text (the document's text, or the Public API's lines)."""
        return Call(_operation("get_job_logs"), (checked_id(job),), read=lambda response, parsed: _log_text(parsed))

    #: 409: the job has already ended.
    stop_rejected = staticmethod(common.refused_when_ended("Domino", "stop"))

    def start_call(
        self, project_id: str, command: str, hardware_tier_id: str, environment_id: str | None,
        commit_id: str | None, title: str | None, is_direct_hardware_tier_id: bool | None,
    ) -> Call:  # fmt: skip
        """POST /api/jobs/v1/jobs: never retried once it may have reached the server."""
        for name, value in (("project_id", project_id), ("command", command), ("hardware_tier_id", hardware_tier_id)):
            if not isinstance(value, str) or not value:
                raise InvalidArgumentError(f"{name} must be a non-empty string, got {value!r}")
        if self.public:
            return Call(_operation("start_job"), kwargs={"body": _new_job(
                project_id, command, hardware_tier_id, environment_id, commit_id, title, is_direct_hardware_tier_id
            )}, idempotent=False, read=self.got)  # fmt: skip
        body = models.StartJobRequest(project_id=project_id, command_to_run=command, hardware_tier_id=hardware_tier_id)
        if environment_id is not None:
            body.environment_id = environment_id
        if commit_id is not None:
            body.commit_id = commit_id
        if title is not None:
            body.title = title
        if is_direct_hardware_tier_id is not None:
            body.is_direct_hardware_tier_id = is_direct_hardware_tier_id
        return Call(_operation("start_job"), kwargs={"body": body}, idempotent=False, read=self.got)


def _public_job(raw: JobV1) -> DominoJob:
    """A Public API ``JobV1``: state from ``status.executionStatus``, times from ``stageTimes``."""
    status, times = raw.status, raw.stage_times
    common.expect("status", status, models.JobStatusV1, "a JobStatusV1 object")
    common.expect("stageTimes", times, models.StageTimesV1, "a StageTimesV1 object")
    raw_state = common.text("status.executionStatus", status.execution_status)
    when = (common.aware("stageTimes.submissionTime", times.submission_time),
            common.aware("stageTimes.startTime", times.start_time),
            common.aware("stageTimes.completedTime", times.completed_time))  # fmt: skip
    return common.vendor_job("domino", STATES, ("id", raw.id), raw_state, when, common.text("title", raw.title), raw)


def _listed(parsed: JobList | PaginatedJobEnvelopeV1) -> tuple[list[Any], int | None]:
    """A list answer's jobs and total (None: the Public API did not say)."""
    if isinstance(parsed, models.PaginatedJobEnvelopeV1):
        return common.items("jobs", parsed.jobs), common.whole("metadata.totalCount", parsed.metadata.total_count)
    if isinstance(parsed, models.JobList):
        total = common.whole("totalCount", parsed.total_count)
        if total is None:
            raise common.BadField("totalCount", None, "a whole number")
        return common.items("data", parsed.data), total
    raise common.BadField("body", parsed, "a JobList or PaginatedJobEnvelopeV1 object")


def _shapes() -> tuple[tuple[type[JobList] | type[PaginatedJobEnvelopeV1], str], ...]:
    """The shapes a list answer takes, in the order the generated parser tries them, and the key of their jobs."""
    return ((models.JobList, "data"), (models.PaginatedJobEnvelopeV1, "jobs"))


def _envelope(body: Any) -> tuple[JobList | PaginatedJobEnvelopeV1, list[Any]]:
    """A list answer's envelope, parsed by its generated model without its jobs, and the jobs' JSON."""
    body = common.json_object("body", body)
    keys = dict(_shapes())

    def without_jobs(model: Any) -> tuple[Any, list[Any]]:
        key = keys[model]
        if key not in body:
            raise KeyError(key)
        return model.from_dict({**body, key: []}), common.json_list(key, body, key)

    return _first_shape(body, tuple(keys), without_jobs)  # type: ignore[no-any-return]


def _first_shape(body: Any, shapes: tuple[type[Any], ...], read: Callable[[Any], Any] | None = None) -> Any:
    """``body`` as the first of ``shapes`` whose ``from_dict`` takes it, as a generated union parse reads it.

    The same model, or the same ValueError naming why each shape refused it. ``read(model)``, if given, reads
    the body as ``model`` instead of ``model.from_dict(body)``.
    """
    errors = []
    for model in shapes:
        try:
            if not isinstance(body, dict):
                raise TypeError()
            return model.from_dict(body) if read is None else read(model)
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            errors.append(f"{model.__name__} ({type(error).__name__}: {error})")
    raise ValueError("fits none of the shapes it may take: " + "; ".join(errors))


#: The keys the document ``Job`` requires (``Job.from_dict`` raises KeyError without one).
_JOB_KEYS = frozenset({"id", "projectId", "status", "command"})
#: ``stageTimes``' date-times (``StageTimesV1.from_dict`` parses each present one, and needs the first).
_STAGE_TIMES = ("submissionTime", "startTime", "completedTime")


def _document_job(response: httpx.Response, body: Any) -> DominoJob | None:
    """A GET answer the generated parse reads as a document ``Job``, read from its JSON as a listed job is.

    Its model is built on first use; None for any other answer, which the generated parse then reads.

    ``Job.from_dict`` refuses only an answer without a key of :data:`_JOB_KEYS`, a ``status`` that is not a
    string, or ``stageTimes`` that is not an object with a ``submissionTime`` whose date-times all parse: all
    of those, and every answer with a field :meth:`DominoVendor.listed_job` refuses, go the generated way,
    so each error is the one the generated parse and :meth:`DominoVendor.to_job` give; the model this job
    builds later is the one they would have built.
    """
    if type(body) is not dict or not body.keys() >= _JOB_KEYS or type(body["status"]) is not str:
        return None
    stages = body.get("stageTimes", _JOB_KEYS)  # (a marker for absent: no JSON value is a frozenset)
    if stages is not _JOB_KEYS:
        if type(stages) is not dict or "submissionTime" not in stages:
            return None
        try:
            for key in _STAGE_TIMES:
                if key in stages:
                    dt.datetime.fromisoformat(stages[key])
        except (TypeError, ValueError):
            return None
    try:
        return DominoVendor.listed_job(response, body, False)
    except common.BadField:
        return None


def _paged(
    jobs: list[DominoJob], offset: int, total_before: int | None, total: int | None, size: int | None
) -> Page[DominoJob]:
    end = offset + len(jobs)
    more = bool(jobs) and (end < total if total is not None else size is not None and len(jobs) >= size)
    if not more:
        return Page(items=jobs, next_cursor=None)
    return Page(items=jobs, next_cursor=offset_cursor(resume_at(offset, end, total_before, total), total))


@functools.cache
def _operation(name: str) -> ModuleType:
    """The generated operation ``mljobs_domino.api.jobs.<name>``, imported on its first call (not with the client)."""
    return importlib.import_module(f"mljobs_domino.api.jobs.{name}")


class _RequestNoted:
    """A wrong field of a Public API answer: its message names the answer's ``metadata.requestId`` too.

    A context manager as a class, not a generator: every read of an answer (each ``get()``) enters one.
    """

    __slots__ = ("parsed",)

    def __init__(self, parsed: Any) -> None:
        self.parsed = parsed

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, common.BadField):
            request_id = getattr(getattr(self.parsed, "metadata", None), "request_id", None)
            if isinstance(request_id, str) and request_id:
                exc.args = (f"{exc.args[0]} (Domino request id {request_id[:100]})",)


def _project_of(job: DominoJob) -> str | None:
    """The project a job's answer names (a document ``Job``'s ``projectId``; a ``JobV1`` names none).

    A listed job's is read from its JSON (checked when it was listed), so learning it builds no model.
    """
    lazy = unbuilt(job)
    if lazy is not None:  # a document job's projectId was checked when it was listed: a string, or null
        model, data, _ = lazy
        return data.get("projectId") if model is models.Job else None
    return common.text("projectId", job.raw.project_id) if isinstance(job.raw, models.Job) else None


def _new_job(
    project_id: str, command: str, hardware_tier_id: str, environment_id: str | None, commit_id: str | None,
    title: str | None, is_direct_hardware_tier_id: bool | None,
) -> NewJobV1:  # fmt: skip
    """The Public API's start body; what is not given stays out (``NewJobV1`` refuses null anywhere)."""
    if is_direct_hardware_tier_id is not None:
        raise InvalidArgumentError(
            "is_direct_hardware_tier_id is a field of the document's start body only; "
            "leave it out, or use api='document'"
        )
    body = models.NewJobV1(project_id=project_id, run_command=command, hardware_tier=hardware_tier_id)
    for name, value in (("environment_id", environment_id), ("commit_id", commit_id), ("title", title)):
        if value is not None:
            setattr(body, name, value)
    return body


def _log_text(parsed: Any) -> str:
    """The log as text: the document's as it came; the Public API's ``logContent`` lines, one a line."""
    if not isinstance(parsed, str):  # narrowed for the type checker, as expect() cannot
        raise common.BadField("log", parsed, "text")
    envelope = _logs_envelope(parsed)
    if envelope is None:
        return parsed
    lines = []
    for entry in common.items("logs.logContent", envelope.logs.log_content):
        line = common.text("logs.logContent[].log", entry.log) or ""
        lines.append(line if line.endswith("\n") else line + "\n")
    return "".join(lines)


def _logs_envelope(body: str) -> LogsEnvelopeV1 | None:
    """The Public API's ``LogsEnvelopeV1`` if ``body`` is one (a JSON object with a top-level ``logs``), else None."""
    if not body.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict) or "logs" not in data:
        return None
    return models.LogsEnvelopeV1.from_dict(data)


#: The generated client, with the key from ``api_key`` or the environment.
_api = partial(
    common.token_client,
    AuthenticatedClient,
    url_env="DOMINO_API_HOST",
    key_env="DOMINO_USER_API_KEY",
    header="X-Domino-Api-Key",
)


def _project(project_id: str) -> str:
    if not isinstance(project_id, str) or not project_id:
        raise InvalidArgumentError(f"project_id must be a non-empty string, got {project_id!r}")
    return project_id


#: The clients, handed out from their twins on first use (``mljobs.vendors.domino.Domino`` still works).
_CLIENTS = twin_clients("domino", "Domino")
__all__ += list(_CLIENTS)
_client_names = lazy_names(__name__, _CLIENTS)


def __getattr__(name: str) -> Any:
    """The clients (from their twins) and ``DominoJob``, made on first use: it loads the job models."""
    if name == "DominoJob":
        value = Job[models.Job | models.JobV1]
        globals()[name] = value
        return value
    return _client_names(name)
