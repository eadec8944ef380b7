"""Robust Intelligence (RIME): ``mljobs.Rime`` and ``mljobs.AsyncRime``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import Any, Literal

import httpx
from mljobs_rime import AuthenticatedClient
from mljobs_rime.api.jobs import cancel_job, get_job, list_jobs
from mljobs_rime.models import (
    GooglerpcStatus,
    RimeGetJobResponse,
    RimeJobMetadata,
    RimeJobType,
    RimeJobView,
    RimeListJobsResponse,
    StatedbJobStatus,
)

from .. import _constants as C
from .._base import AsyncBase, Call, SyncBase, Vendor
from .._errors import CancelRejectedError, MljobsError
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
from .._pagination import AsyncPaginator, Page, Paginator, job_key
from .._waiting import AsyncJobsBase, Snapshot, SyncJobsBase
from ._common import BadField, aware, flag, identifier, items, job_id, positive_int, raw_states, text, unset_to_none

__all__ = ["STATES", "AsyncRime", "AsyncRimeJobs", "Rime", "RimeJob", "RimeJobs", "RimeStatus"]

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


class RimeVendor(Vendor):
    """How RIME's answers map to mljobs (no I/O)."""

    name = "rime"
    error_models = _Errors

    @staticmethod
    def to_job(raw: RimeJobMetadata) -> RimeJob:
        """A RIME ``JobMetadata`` as an mljobs Job."""
        if not isinstance(raw, RimeJobMetadata):
            raise BadField("jobs[]", raw, "a JobMetadata object")
        raw_state = text("status", raw.status)
        return Job(
            vendor="rime",
            id=identifier("jobId", raw.job_id),
            state=state_from_table(STATES, raw_state),
            raw_state=raw_state,
            created_at=aware("creationTime", raw.creation_time),
            started_at=aware("startTime", raw.start_time),
            finished_at=aware("completionTime", raw.completion_time),
            message=text("errorMsg", raw.error_msg),
            progress=None,
            raw=raw,
        )

    def list_call(self, filters: Mapping[str, Any], cursor: str | None, size: int) -> Call:
        """ListJobs: the filters on the first page, only the token after that (as RIME's SDK does)."""
        if cursor is None:
            return Call(list_jobs, kwargs={**filters, "page_size": str(size)}, read=self.page)
        kwargs = {"page_token": cursor, "page_size": str(size), "view": filters.get("view")}
        return Call(list_jobs, kwargs=kwargs, read=self.page)

    def page(self, response: httpx.Response, parsed: RimeListJobsResponse) -> Page[RimeJob]:
        """A ListJobs answer as a page; the next cursor is the token while ``hasMore`` is true."""
        jobs = [self.to_job(j) for j in items("jobs", parsed.jobs)]
        token = text("nextPageToken", parsed.next_page_token)
        more = flag("hasMore", parsed.has_more)
        return Page(items=jobs, next_cursor=token if more and token else None)

    @staticmethod
    def filters(status: Any, job_type: Any, object_id: str | None, view: Literal["basic", "full"]) -> dict[str, Any]:
        """The ListJobs query arguments for the public filters."""
        statuses = [StatedbJobStatus(s) for s in raw_states("status", status, STATES)]
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
        return Call(get_job, (job_id(job),), {"view": _view(view)}, read=self.got)

    def got(self, response: httpx.Response, parsed: RimeGetJobResponse) -> tuple[RimeJob, float | None]:
        """A GetJob answer as a Job, with the answer's poll hint (Retry-After)."""
        job = unset_to_none(parsed.job)
        if job is None:
            raise BadField("job", None, "a JobMetadata object")
        return self.to_job(job), parse_retry_after(response.headers)

    @staticmethod
    def cancel_call(job: str) -> Call:
        """CancelJob: a POST that is safe to repeat (cancelling twice is cancelling once)."""
        from mljobs_rime.models import RimeCancelJobRequest

        return Call(cancel_job, (job_id(job),), {"body": RimeCancelJobRequest()}, idempotent=True)

    @staticmethod
    def cancel_rejected(job: str, exc: MljobsError) -> MljobsError:
        """RIME refuses to cancel an ended job with FAILED_PRECONDITION (grpc code 9, HTTP 400)."""
        from .._errors import BadRequestError

        if isinstance(exc, BadRequestError) and isinstance(exc.body, dict) and exc.body.get("code") == 9:
            return CancelRejectedError(
                f"RIME refused to cancel job {job}: {exc.body.get('message')}", job_id=job, response=exc.response
            )
        return exc


def _view(view: Literal["basic", "full"]) -> RimeJobView:
    if view == "full":
        return RimeJobView.JOB_VIEW_FULL
    if view == "basic":
        return RimeJobView.JOB_VIEW_BASIC
    from .._errors import InvalidArgumentError

    raise InvalidArgumentError(f"view must be 'basic' or 'full', got {view!r}")


def _job_types(value: str | Iterable[str] | None) -> list[str]:
    from .._errors import InvalidArgumentError

    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    known = {t.value for t in RimeJobType}
    bad = [v for v in values if v not in known]
    if bad:
        raise InvalidArgumentError(f"job_type={bad[0]!r} is not a RIME job type; use one of {sorted(known)}")
    return values


def _api(
    base_url: str | None, api_key: str | None, timeout: float | httpx.Timeout | None, transport: Any, name: str
) -> AuthenticatedClient:
    url = base_url_of(base_url, "base_url", "RIME_API_URL", name)
    key = setting(api_key, "api_key", "RIME_API_KEY", name)
    assert key is not None
    return AuthenticatedClient(
        base_url=url,
        token=key,
        prefix="",
        auth_header_name="rime-api-key",
        timeout=timeout_of(timeout),
        httpx_args={"transport": transport},
    )


class Rime(SyncBase[AuthenticatedClient, "RimeJobs", _Errors]):
    """A client for RIME's jobs API.

    >>> client = mljobs.Rime(base_url="https://rime.example.com", api_key="...")
    >>> for job in client.jobs.list(status="JOB_STATUS_RUNNING"):
    ...     print(job.id, job.state)
    """

    vendor = RimeVendor()

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
        """Connect to ``base_url`` (or ``RIME_API_URL``) with ``api_key`` (or ``RIME_API_KEY``)."""
        self._api = _api(base_url, api_key, timeout, sync_transport(transport, http_client, max_retries), "Rime")
        self._jobs = RimeJobs(self)


class RimeJobs(SyncJobsBase[RimeJobMetadata]):
    """``client.jobs`` of :class:`Rime`."""

    def __init__(self, client: Rime) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor

    def list(
        self,
        *,
        status: RimeStatus | JobState | Iterable[RimeStatus | JobState] | None = None,
        job_type: RimeJobTypeName | Iterable[RimeJobTypeName] | None = None,
        object_id: str | None = None,
        view: Literal["basic", "full"] = "basic",
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> Paginator[RimeJob]:
        """Every job matching the filters, newest first, fetched lazily page by page.

        ``cursor`` resumes a listing with the same filters, or with none (RIME's cursor carries them);
        ``timeout``: seconds for each page's request.
        """
        filters = self._vendor.filters(status, job_type, object_id, view)
        size = positive_int("page_size", page_size, MAX_PAGE_SIZE) or C.DEFAULT_PAGE_SIZE

        def fetch(cur: str | None, n: int, deadline: float | None = None) -> Page[RimeJob]:
            page: Page[RimeJob] = self._client._run(self._vendor.list_call(filters, cur, n), deadline)[1]
            return page

        return Paginator(
            fetch, page_size=size, max_items=max_items, cursor=cursor, key=job_key, timeout=timeout,
            filters=self._vendor.selection(filters), filters_in_cursor=True,
        )  # fmt: skip

    def get(self, job_id: str, *, view: Literal["basic", "full"] = "full", timeout: float | None = None) -> RimeJob:
        """The job ``job_id`` (``timeout``: seconds for the call, retries included)."""
        return self._client._run(self._vendor.get_call(job_id, view), deadline_for(timeout))[1][0]  # type: ignore[no-any-return]

    def _poll(self, job_id: str, deadline: float | None = None) -> tuple[RimeJob, float | None]:
        return self._client._run(self._vendor.get_call(job_id, "full"), deadline)[1]  # type: ignore[no-any-return]

    def _snapshot(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        # One global list, newest first, read only as far as the oldest pending job.
        return self._snapshot_from(pending, self.list(page_size=MAX_PAGE_SIZE)._bounded(deadline), deadline)

    def cancel(self, job_id: str, *, timeout: float | None = None) -> None:
        """Ask RIME to cancel the job; it becomes CANCELLED shortly after (``wait`` for it)."""
        refused = partial(self._vendor.cancel_rejected, job_id)
        self._client._run_refusable(self._vendor.cancel_call(job_id), refused, deadline_for(timeout))


class AsyncRime(AsyncBase[AuthenticatedClient, "AsyncRimeJobs", _Errors]):
    """The async twin of :class:`Rime`."""

    vendor = RimeVendor()

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
        """Connect to ``base_url`` (or ``RIME_API_URL``) with ``api_key`` (or ``RIME_API_KEY``)."""
        self._api = _api(base_url, api_key, timeout, async_transport(transport, http_client, max_retries), "AsyncRime")
        self._jobs = AsyncRimeJobs(self)


class AsyncRimeJobs(AsyncJobsBase[RimeJobMetadata]):
    """``client.jobs`` of :class:`AsyncRime`."""

    def __init__(self, client: AsyncRime) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor

    def list(
        self,
        *,
        status: RimeStatus | JobState | Iterable[RimeStatus | JobState] | None = None,
        job_type: RimeJobTypeName | Iterable[RimeJobTypeName] | None = None,
        object_id: str | None = None,
        view: Literal["basic", "full"] = "basic",
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> AsyncPaginator[RimeJob]:
        """Every job matching the filters, newest first, fetched lazily page by page.

        ``cursor`` resumes a listing with the same filters, or with none (RIME's cursor carries them);
        ``timeout``: seconds for each page's request.
        """
        filters = self._vendor.filters(status, job_type, object_id, view)
        size = positive_int("page_size", page_size, MAX_PAGE_SIZE) or C.DEFAULT_PAGE_SIZE

        async def fetch(cur: str | None, n: int, deadline: float | None = None) -> Page[RimeJob]:
            page: Page[RimeJob] = (await self._client._run(self._vendor.list_call(filters, cur, n), deadline))[1]
            return page

        return AsyncPaginator(
            fetch, page_size=size, max_items=max_items, cursor=cursor, key=job_key, timeout=timeout,
            filters=self._vendor.selection(filters), filters_in_cursor=True,
        )  # fmt: skip

    async def get(
        self, job_id: str, *, view: Literal["basic", "full"] = "full", timeout: float | None = None
    ) -> RimeJob:
        """The job ``job_id`` (``timeout``: seconds for the call, retries included)."""
        return (await self._client._run(self._vendor.get_call(job_id, view), deadline_for(timeout)))[1][0]  # type: ignore[no-any-return]

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[RimeJob, float | None]:
        return (await self._client._run(self._vendor.get_call(job_id, "full"), deadline))[1]  # type: ignore[no-any-return]

    async def _snapshot(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        return await self._snapshot_from(pending, self.list(page_size=MAX_PAGE_SIZE)._bounded(deadline), deadline)

    async def cancel(self, job_id: str, *, timeout: float | None = None) -> None:
        """Ask RIME to cancel the job; it becomes CANCELLED shortly after (``wait`` for it)."""
        refused = partial(self._vendor.cancel_rejected, job_id)
        await self._client._run_refusable(self._vendor.cancel_call(job_id), refused, deadline_for(timeout))
