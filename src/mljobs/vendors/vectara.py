"""Vectara: ``mljobs.Vectara`` and ``mljobs.AsyncVectara``, speaking v2 (the default) or v1 (the document).

v2 (``api="v2"``): ``GET /v2/jobs`` lists, filtered by ``state``, ``corpus_key`` and ``after``, paging on
``metadata.page_key`` (the last page has none, or ``""``); ``GET /v2/jobs/{job_id}`` reads one job. Auth is
``x-api-key``; there is no customer id. ``failed_will_retry`` is not terminal (the server retries).

v1 (``api="v1"``, retired upstream on 2025-08-16) has one jobs operation, ``POST /v1/list-jobs``. ``get``
lists with ``{"jobId": id, "state": [all six real states]}`` (an empty answer is
:class:`~mljobs.NotFoundError`); there is no cancel (nor in v2). The list call only reads, so it is
retried like a GET. Without a state filter every real state is sent, because the server's default may
be only QUEUED and STARTED, which would hide finished jobs. An HTTP 200 can carry a non-OK code in
``status[]``: it raises the matching mljobs error. The cursor is Vectara's ``pageKey``, which carries
the filters and the page size of the first request: a resumed listing keeps them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any, Literal

import httpx
from mljobs_vectara import AuthenticatedClient
from mljobs_vectara.api.jobs import get_job_v2, list_jobs, list_jobs_v2
from mljobs_vectara.models import (
    AdminJob,
    AdminJobState,
    AdminListJobsRequest,
    AdminListJobsResponse,
    GooglerpcStatus,
    ListJobsResponse,
)
from mljobs_vectara.models import BadRequestError as V2BadRequest
from mljobs_vectara.models import Error as V2Error
from mljobs_vectara.models import Job as V2Job
from mljobs_vectara.models import JobState as V2JobState
from mljobs_vectara.models import NotFoundError as V2NotFound

from .. import _constants as C
from .._base import Call
from .._errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InvalidArgumentError,
    MljobsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from .._http import NOT_JSON, json_of, parse_retry_after, setting, status_error
from .._lazy import lazy_names, twin_clients
from .._models import Job, JobState
from .._pagination import Page
from .._waiting import ended_filters
from . import _common as common
from ._common import job_id as checked_id

__all__ = [
    "APIS",
    "STATES",
    "V2_STATES",
    "VectaraApi",
    "VectaraJob",
    "VectaraState",
    "VectaraV2State",
    "VectaraVendor",
]

#: Vectara's API generations: ``"v2"`` (the current service, the default) and ``"v1"`` (the seed document's).
VectaraApi = Literal["v2", "v1"]
#: The choices of ``api=``, the default first.
APIS: tuple[VectaraApi, ...] = ("v2", "v1")
#: A Vectara job: ``job.raw`` is the vendor's own model, v2's ``Job`` or v1's ``adminJob``.
VectaraJob = Job[V2Job | AdminJob]
#: What the spec's error answers parse to: ``client.call()`` raises for them, so never returns one.
_Errors = GooglerpcStatus | V2BadRequest | V2Error | V2NotFound

VectaraState = Literal[
    "JOB_STATE__UNKNOWN",
    "JOB_STATE__QUEUED",
    "JOB_STATE__STARTED",
    "JOB_STATE__COMPLETED",
    "JOB_STATE__FAILED",
    "JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT",
    "JOB_STATE__ABORTED",
]

#: Vectara job state (proto order) -> JobState. TRANSIENT_FAILURE_RETRY_IMMINENT is RUNNING: the server retries.
STATES: Mapping[str, JobState] = {
    "JOB_STATE__UNKNOWN": JobState.UNKNOWN,
    "JOB_STATE__QUEUED": JobState.QUEUED,
    "JOB_STATE__STARTED": JobState.RUNNING,
    "JOB_STATE__COMPLETED": JobState.SUCCEEDED,
    "JOB_STATE__FAILED": JobState.FAILED,
    "JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT": JobState.RUNNING,
    "JOB_STATE__ABORTED": JobState.CANCELLED,
}
VectaraV2State = Literal["unknown", "queued", "started", "completed", "failed", "failed_will_retry", "aborted"]
#: v2 job state -> JobState: the same seven as v1's, one for one (``failed_will_retry`` is RUNNING: it is retried).
V2_STATES: Mapping[str, JobState] = {
    "unknown": JobState.UNKNOWN,
    "queued": JobState.QUEUED,
    "started": JobState.RUNNING,
    "completed": JobState.SUCCEEDED,
    "failed": JobState.FAILED,
    "failed_will_retry": JobState.RUNNING,
    "aborted": JobState.CANCELLED,
}
#: Every state but UNKNOWN: sent when the caller filters on none, and by ``get``.
REAL_STATES: tuple[str, ...] = tuple(s for s in STATES if s != "JOB_STATE__UNKNOWN")
MAX_PAGE_SIZE = 100
DEFAULT_BASE_URL = "https://api.vectara.io"

#: In-band ``status[].code`` -> the mljobs error it raises (any other non-OK code: APIStatusError).
STATUS_ERRORS: Mapping[str, type[APIStatusError]] = {
    "UNAUTHENTICATED": AuthenticationError,
    "UNAUTHORIZED": AuthenticationError,
    "INVALID_API_KEY": AuthenticationError,
    "EXPIRED_API_KEY": AuthenticationError,
    "DISABLED_API_KEY": AuthenticationError,
    "INVALID_CUSTOMER_ID": AuthenticationError,
    "PERMISSION_DENIED": PermissionDeniedError,
    "FORBIDDEN": PermissionDeniedError,
    "DISABLED_CUSTOMER": PermissionDeniedError,
    "INVALID_ARGUMENT": BadRequestError,
    "BAD_REQUEST": BadRequestError,
    "OUT_OF_RANGE": BadRequestError,
    "FAILED_PRECONDITION": BadRequestError,
    "NOT_FOUND": NotFoundError,
    "ALREADY_EXISTS": ConflictError,
    "CONFLICT": ConflictError,
    "TOO_MANY_REQUESTS": RateLimitError,
    "RESOURCE_EXHAUSTED": RateLimitError,
    "FAILURE": ServerError,
    "UNKNOWN": ServerError,
    "INTERNAL": ServerError,
    "INTERNAL_SERVER_ERROR": ServerError,
    "UNAVAILABLE": ServerError,
    "SERVICE_UNAVAILABLE": ServerError,
    "DEADLINE_EXCEEDED": ServerError,
    "DATA_LOSS": ServerError,
}


class VectaraVendor(common.Generations):
    """How Vectara's answers map to mljobs (no I/O)."""

    name = "vectara"
    error_models = _Errors
    apis = APIS

    @property
    def ended(self) -> list[tuple[str, ...]]:
        """The ``state=`` of the listing that shows every ended job (both generations filter on several)."""
        return ended_filters(V2_STATES if self.api == "v2" else STATES, one_status_a_listing=False)

    def error_for(self, response: httpx.Response) -> MljobsError | None:
        """v1: a 200 whose ``status[]`` holds a code other than OK is an error; other statuses follow the code."""
        if response.status_code != 200 or self.api != "v1":
            return None
        body = json_of(response)
        if body is NOT_JSON:
            return None  # the generated parser reports what does not parse
        statuses = body.get("status") if isinstance(body, dict) else None
        if not isinstance(statuses, list):
            return None
        for entry in statuses:
            if not isinstance(entry, dict):
                continue
            code = entry.get("code", "OK")  # protobuf's zero value, OK, may be left out
            if code == "OK":
                continue
            detail = entry.get("statusDetail") or ""
            detail = detail if isinstance(detail, str) else repr(detail)[:200]
            message = f"Vectara answered 200 with status {code}" + (f": {detail}" if detail else "")
            return status_error(response, message, STATUS_ERRORS.get(str(code), APIStatusError))
        return None

    @staticmethod
    def to_job(raw: AdminJob) -> VectaraJob:
        """A Vectara ``adminJob`` as an mljobs Job (times are epoch-second strings, ``"0"`` when not set)."""
        common.expect("job[]", raw, AdminJob, "an adminJob object")
        times = (common.epoch("tsCreate", raw.ts_create, digits=True),
                 common.epoch("tsStart", raw.ts_start, digits=True),
                 common.epoch("tsComplete", raw.ts_complete, digits=True))  # fmt: skip
        return common.vendor_job("vectara", STATES, ("id", raw.id), common.text("state", raw.state), times, None, raw)

    @staticmethod
    def to_job_v2(raw: V2Job) -> VectaraJob:
        """A Vectara v2 ``Job`` as an mljobs Job (times absent until reached)."""
        common.expect("jobs[]", raw, V2Job, "a Job object")
        times = (common.aware("created_at", raw.created_at), common.aware("started_at", raw.started_at),
                 common.aware("completed_at", raw.completed_at))  # fmt: skip
        return common.vendor_job(
            "vectara", V2_STATES, ("id", raw.id), common.text("state", raw.state), times, None, raw
        )

    def list_filters(
        self, state: Any, corpus_id: Any, created_since: Any, job_id: str | None, corpus_key: Any, created_after: Any
    ) -> dict[str, Any]:
        """The list filters of this generation; a filter of the other one is an InvalidArgumentError naming it."""
        v1 = {"corpus_id": corpus_id, "created_since": created_since, "job_id": job_id}
        v2 = {"corpus_key": corpus_key, "created_after": created_after}
        other = [k for k, v in (v2 if self.api == "v1" else v1).items() if v is not None]
        if other:
            mine = "v2" if self.api == "v1" else "v1"
            raise InvalidArgumentError(f'{other[0]}= is a filter of api="{mine}"; this client speaks api="{self.api}"')
        if self.api == "v1":
            return self.filters(state, corpus_id, created_since, job_id)
        out: dict[str, Any] = {}
        states = common.raw_states("state", state, V2_STATES)
        if states:
            out["state"] = [V2JobState(s) for s in states]
        keys = _corpus_keys(corpus_key)
        if keys:
            out["corpus_key"] = keys
        if created_after is not None:
            out["after"] = _aware(created_after)
        return out

    def listing(self, customer_id: int | None, filters: Mapping[str, Any], cursor: str | None, size: int) -> Call:
        """The list call of this generation (v1 needs the customer id)."""
        if self.api == "v2":
            return self.list_call_v2(filters, cursor, size)
        assert customer_id is not None  # the v1 client refuses to be built without one
        return self.list_call(customer_id, filters, cursor, size)

    def reading(self, customer_id: int | None, job: str) -> Call:
        """The call that reads one job: v2's get, or v1's ListJobs by id."""
        if self.api == "v2":
            return self.get_call_v2(job)
        assert customer_id is not None
        return self.get_call(customer_id, job)

    def list_call_v2(self, filters: Mapping[str, Any], cursor: str | None, size: int) -> Call:
        """GET /v2/jobs: the filters on every page, as the official SDK sends them, and ``page_key`` after the first."""
        kwargs: dict[str, Any] = {**filters, "limit": size}
        if cursor is not None:
            kwargs["page_key"] = cursor
        return Call(list_jobs_v2, kwargs=kwargs, read=self.page_v2)

    def page_v2(self, response: httpx.Response, parsed: ListJobsResponse) -> Page[VectaraJob]:
        """A v2 list answer as a page; the next cursor is ``metadata.page_key`` until it is absent or empty."""
        common.expect("body", parsed, ListJobsResponse, "a list jobs answer")
        jobs = [self.to_job_v2(j) for j in common.items("jobs", parsed.jobs)]
        metadata = common.unset_to_none(parsed.metadata)
        key = None if metadata is None else common.text("metadata.page_key", metadata.page_key)
        return Page(items=jobs, next_cursor=key or None)

    def get_call_v2(self, job: str) -> Call:
        """GET /v2/jobs/{job_id}: one job, read directly."""
        return Call(get_job_v2, (checked_id(job),), read=self.got_v2)

    def got_v2(self, response: httpx.Response, parsed: V2Job) -> tuple[VectaraJob, float | None]:
        """A v2 get answer as a Job, with the answer's poll hint (Retry-After)."""
        return self.to_job_v2(parsed), parse_retry_after(response.headers)

    @staticmethod
    def filters(state: Any, corpus_id: Any, created_since: Any, job_id: str | None) -> dict[str, Any]:
        """v1: the first page's request fields for the public filters (every real state when none is given)."""
        states = common.raw_states("state", state, STATES) or list(REAL_STATES)
        out: dict[str, Any] = {"state": [AdminJobState(s) for s in states]}
        corpora = _corpora(corpus_id)
        if corpora:
            out["corpus_id"] = corpora
        if created_since is not None:
            out["epoch_secs"] = _epoch_secs(created_since)
        if job_id is not None:
            out["job_id"] = checked_id(job_id)
        return out

    def list_call(self, customer_id: int, filters: Mapping[str, Any], cursor: str | None, size: int) -> Call:
        """ListJobs: the filters on the first page, only the ``pageKey`` after that (the server ignores the rest).

        Marked idempotent: it only reads, so a 429, a 5xx or a dropped connection is retried like a GET.
        """
        if cursor is None:
            body = AdminListJobsRequest(**filters, num_results=size)
        else:
            body = AdminListJobsRequest(page_key=cursor)
        return Call(list_jobs, kwargs={"body": body, "customer_id": customer_id}, idempotent=True, read=self.page)

    def page(self, response: httpx.Response, parsed: AdminListJobsResponse) -> Page[VectaraJob]:
        """A ListJobs answer as a page; the next cursor is the ``pageKey`` until it is empty."""
        common.expect("body", parsed, AdminListJobsResponse, "a ListJobs answer")
        jobs = [self.to_job(j) for j in common.items("job", parsed.job)]
        return Page(items=jobs, next_cursor=common.text("pageKey", parsed.page_key) or None)

    def get_call(self, customer_id: int, job: str) -> Call:
        """v1's "get": ListJobs for one id in every real state."""
        body = AdminListJobsRequest(job_id=checked_id(job), state=[AdminJobState(s) for s in REAL_STATES])
        return Call(list_jobs, kwargs={"body": body, "customer_id": customer_id}, idempotent=True,
                    read=partial(self.got, job))  # fmt: skip

    def got(self, job: str, response: httpx.Response, parsed: Any) -> tuple[VectaraJob, float | None]:
        """The job a "get" listed, with the answer's poll hint; NotFoundError when the list is empty."""
        for found in self.page(response, parsed).items:
            if found.id == job:
                return found, parse_retry_after(response.headers)
        raise status_error(response, f"Vectara has no job {job!r} (ListJobs by jobId found none)", NotFoundError)


def _epoch_secs(value: dt.datetime | float) -> str:
    """``epochSecs`` for ``created_since``: a datetime (naive is UTC) or epoch seconds."""
    if isinstance(value, dt.datetime):
        utc = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        return str(int(utc.timestamp()))
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgumentError(f"created_since must be a datetime or epoch seconds, got {value!r}")
    return str(int(value))


def _aware(value: dt.datetime) -> dt.datetime:
    """``after`` for ``created_after``: a datetime (naive is UTC)."""
    if not isinstance(value, dt.datetime):
        raise InvalidArgumentError(f"created_after must be a datetime, got {value!r}")
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _corpus_keys(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    bad = [v for v in values if not isinstance(v, str) or not v]
    if bad:
        raise InvalidArgumentError(f"corpus_key must be corpus keys (non-empty strings), got {bad[0]!r}")
    return values


def _corpora(value: int | Iterable[int] | None) -> list[int]:
    if value is None:
        return []
    if isinstance(value, str | bytes):
        raise InvalidArgumentError(f"corpus_id must be a corpus id or a list of them, got {value!r}")
    values = [value] if isinstance(value, int) else list(value)
    bad = [v for v in values if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v < 2**32]
    if bad:
        raise InvalidArgumentError(f"corpus_id must be corpus ids (whole numbers >= 0), got {bad[0]!r}")
    return values


def _customer_id(value: int | str | None, client: str, api: VectaraApi = "v1") -> int | None:
    """The customer id from the argument or ``VECTARA_CUSTOMER_ID``: an int, or a string of digits.

    Only v1 needs one (ConfigurationError without it); v2 checks one that is given, and never sends it.
    """
    if value is None:
        value = setting(None, "customer_id", "VECTARA_CUSTOMER_ID", client, required=api == "v1")
        if value is None:
            return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    raise ConfigurationError(
        f"{client}: customer_id= (or VECTARA_CUSTOMER_ID) must be a whole number such as 1234567890, got {value!r}"
    )


#: The generated client, with the key from ``api_key`` or the environment.
_api = partial(
    common.token_client,
    AuthenticatedClient,
    url_env="VECTARA_BASE_URL",
    key_env="VECTARA_API_KEY",
    header="x-api-key",
    default_url=DEFAULT_BASE_URL,
)


def _size(page_size: int | None) -> int:
    return common.positive_int("page_size", page_size, MAX_PAGE_SIZE) or min(C.DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


#: The clients, handed out from their twins on first use (``mljobs.vendors.vectara.Vectara`` still works).
_CLIENTS = twin_clients("vectara", "Vectara")
__all__ += list(_CLIENTS)
__getattr__ = lazy_names(__name__, _CLIENTS)
