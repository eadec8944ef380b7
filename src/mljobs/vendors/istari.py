"""Istari Digital: ``mljobs.Istari`` and ``mljobs.AsyncIstari``.

A job's state is the last entry of its ``status_history``. Cancelling sets the status ``Canceled``.
Lists page with ``page``/``size``; the cursor remembers both, and jobs added while paging (which push
older ones onto later pages) are never handed out twice.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import Any, Literal

import httpx
from mljobs_istari import AuthenticatedClient
from mljobs_istari.api.jobs import get_job, list_jobs, update_job_status
from mljobs_istari.models import (
    ArchiveStatusFilter,
    HTTPError,
    HTTPValidationError,
    JobStatusName,
    OptionalTotalPageJob,
)
from mljobs_istari.models import Job as IstariJobModel

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
from .._pagination import AsyncPaginator, Page, Paginator, job_key, resume_at, unwrap_cursor
from .._waiting import AsyncJobsBase, Snapshot, SyncJobsBase
from ._common import BadField, aware, identifier, items, positive_int, raw_states, text, whole
from ._common import job_id as checked_id

__all__ = ["STATES", "AsyncIstari", "AsyncIstariJobs", "Istari", "IstariJob", "IstariJobs", "IstariStatus"]

#: An Istari job: ``job.raw`` is the vendor's own model.
IstariJob = Job[IstariJobModel]
#: What the spec's error answers parse to: ``client.call()`` raises for them, so never returns one.
_Errors = HTTPError | HTTPValidationError | None

IstariStatus = Literal[
    "Created", "Pending", "Claimed", "Validating", "Running", "Uploading", "Completed", "Failed", "Canceled", "Unknown"
]
#: Istari status -> JobState.
STATES: Mapping[str, JobState] = {
    "Created": JobState.QUEUED,
    "Pending": JobState.QUEUED,
    "Claimed": JobState.QUEUED,
    "Validating": JobState.RUNNING,
    "Running": JobState.RUNNING,
    "Uploading": JobState.RUNNING,
    "Completed": JobState.SUCCEEDED,
    "Failed": JobState.FAILED,
    "Canceled": JobState.CANCELLED,
    "Unknown": JobState.UNKNOWN,
}
MAX_PAGE_SIZE = 100


def _cursor(listing: int, page: int, size: int, total: int | None = None) -> str:
    data = {"listing": listing, "page": page, "size": size}
    if total is not None:
        data["total"] = total
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _read_cursor(cursor: str) -> tuple[int, int, int, int | None]:
    """(listing, page, size, total) from a cursor; ``listing`` counts the statuses of a multi-status list.

    ``total`` is the count the last page answered (to notice jobs removed meanwhile), or None.
    """
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        listing, page, size, total = data["listing"], data["page"], data["size"], data.get("total", 0)
    except (binascii.Error, ValueError, KeyError, TypeError, AttributeError):
        raise InvalidArgumentError(f"cursor {cursor!r} is not a cursor Istari's list() made") from None
    if (
        not all(isinstance(v, int) and not isinstance(v, bool) for v in (listing, page, size, total))
        or min(listing + 1, page, size, total + 1) < 1
    ):
        raise InvalidArgumentError(f"cursor {cursor!r} is not a cursor Istari's list() made")
    return listing, page, size, data.get("total")


class IstariVendor(Vendor):
    """How Istari's answers map to mljobs (no I/O)."""

    name = "istari"
    error_models = _Errors

    @staticmethod
    def to_job(raw: IstariJobModel) -> IstariJob:
        """An Istari Job as an mljobs Job: the state is the last status in its history."""
        if not isinstance(raw, IstariJobModel):
            raise BadField("items[]", raw, "a Job object")
        history = [
            (text("status_history[].name", s.name), aware("status_history[].created", s.created), s)
            for s in items("status_history", raw.status_history)
        ]
        last = history[-1] if history else None
        raw_state = None if last is None else last[0]
        started = next((created for name, created, _ in history if name == "Running"), None)
        ended = last[1] if last is not None and STATES.get(str(last[0]), JobState.UNKNOWN).is_terminal else None
        return Job(
            vendor="istari",
            id=identifier("id", raw.id),
            state=state_from_table(STATES, raw_state),
            raw_state=raw_state,
            created_at=aware("created", raw.created),
            started_at=started,
            finished_at=ended,
            message=None if last is None else text("status_history[].message", last[2].message),
            raw=raw,
        )

    def got(self, response: httpx.Response, parsed: IstariJobModel) -> tuple[IstariJob, float | None]:
        """A GET answer as a Job, with the answer's poll hint (Retry-After)."""
        return self.to_job(parsed), parse_retry_after(response.headers)

    def get_call(self, job: str) -> Call:
        """GET /api/v2/jobs/{job_id}."""
        return Call(get_job, (checked_id(job),), read=self.got)

    def list_call(self, listings: Sequence[Mapping[str, Any]], cursor: str | None,
                  first: tuple[int, int, int]) -> Call:  # fmt: skip
        """GET /api/v2/jobs for the page the cursor names, with the total counted (to notice removals)."""
        listing, page, size, total = (*first, None) if cursor is None else _read_cursor(cursor)
        read = partial(self.page, page=page, size=size, count=len(listings), listing=listing, total_before=total)
        kwargs = {**listings[listing], "page": page, "size": size, "include_total": True}
        return Call(list_jobs, kwargs=kwargs, read=read)

    def page(self, response: httpx.Response, parsed: OptionalTotalPageJob, *, page: int, size: int, count: int,
             listing: int, total_before: int | None) -> Page[IstariJob]:  # fmt: skip
        """A page; the next cursor while ``pages`` (or a full page) says there are more, then the next listing.

        When the total fell since the last page, jobs were removed and unseen ones shifted onto pages
        already read: the listing steps back to read them (see :func:`~mljobs._pagination.resume_at`).
        """
        if not isinstance(parsed, OptionalTotalPageJob):
            raise BadField("body", parsed, "a page of jobs")
        jobs = [self.to_job(j) for j in items("items", parsed.items)]
        pages, total = whole("pages", parsed.pages), whole("total", parsed.total)
        more = page < pages if pages is not None else len(jobs) >= size
        if more and jobs:
            start = resume_at((page - 1) * size, page * size, total_before, total)
            return Page(items=jobs, next_cursor=_cursor(listing, start // size + 1, size, total))
        if listing + 1 < count:
            return Page(items=jobs, next_cursor=_cursor(listing + 1, 1, size))
        return Page(items=jobs, next_cursor=None)

    @staticmethod
    def listings(status: Any, model_id: str | None, name: str | None,
                 archive_status: Literal["active", "archived", "all"]) -> list[dict[str, Any]]:  # fmt: skip
        """The list query arguments: one listing per status (Istari filters on one status at a time)."""
        if archive_status not in ("active", "archived", "all"):
            raise InvalidArgumentError(f"archive_status must be 'active', 'archived' or 'all', got {archive_status!r}")
        base: dict[str, Any] = {"archive_status": ArchiveStatusFilter(archive_status)}
        if model_id is not None:
            base["model_id"] = model_id
        if name is not None:
            base["name"] = name
        statuses = raw_states("status", status, STATES)
        return [{**base, "status_name": JobStatusName(s)} for s in statuses] or [base]

    @staticmethod
    def selection(listings: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """What selects a listing's jobs (a cursor remembers it): its statuses and the other filters."""
        shared = {k: v for k, v in listings[0].items() if k != "status_name"}
        return {"status": [listing.get("status_name") for listing in listings], **shared}

    @staticmethod
    def cancel_call(job: str) -> Call:
        """Set the status Canceled (safe to repeat: a second time is refused, not doubled)."""
        return Call(update_job_status, (checked_id(job),), {"status_name": JobStatusName.CANCELED}, idempotent=True)

    @staticmethod
    def cancel_rejected(job: str, exc: MljobsError) -> MljobsError:
        """409: the job has already ended."""
        if isinstance(exc, ConflictError):
            return CancelRejectedError(f"Istari refused to cancel job {job}: {exc}", job_id=job, response=exc.response)
        return exc


def _api(base_url: str | None, api_key: str | None, timeout: float | httpx.Timeout | None, transport: Any,
         name: str) -> AuthenticatedClient:  # fmt: skip
    url = base_url_of(base_url, "base_url", "ISTARI_REGISTRY_URL", name)
    key = setting(api_key, "api_key", "ISTARI_REGISTRY_AUTH_TOKEN", name)
    assert key is not None
    return AuthenticatedClient(
        base_url=url, token=key, timeout=timeout_of(timeout), httpx_args={"transport": transport}
    )


def _start(cursor: str | None, page_size: int | None) -> tuple[int, int, int]:
    if cursor is not None:
        return _read_cursor(cursor)[:3]
    return 0, 1, positive_int("page_size", page_size, MAX_PAGE_SIZE) or MAX_PAGE_SIZE


class Istari(SyncBase[AuthenticatedClient, "IstariJobs", _Errors]):
    """A client for Istari Digital's jobs.

    >>> client = mljobs.Istari(base_url="https://registry.example.com", api_key="...")
    >>> job = client.jobs.wait("5b1f0c3e-...")
    """

    vendor = IstariVendor()

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
        """Connect to ``base_url`` (``ISTARI_REGISTRY_URL``) with a token (``ISTARI_REGISTRY_AUTH_TOKEN``)."""
        self._api = _api(base_url, api_key, timeout, sync_transport(transport, http_client, max_retries), "Istari")
        self._jobs = IstariJobs(self)


class IstariJobs(SyncJobsBase[IstariJobModel]):
    """``client.jobs`` of :class:`Istari`."""

    def __init__(self, client: Istari) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor

    def list(
        self,
        *,
        status: IstariStatus | JobState | Iterable[IstariStatus | JobState] | None = None,
        model_id: str | None = None,
        name: str | None = None,
        archive_status: Literal["active", "archived", "all"] = "active",
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> Paginator[IstariJob]:
        """The jobs matching the filters, newest first (status by status when several), page by page.

        ``cursor`` resumes a listing with the same filters; ``timeout``: seconds for each page's request.
        """
        listings = self._vendor.listings(status, model_id, name, archive_status)
        selection = self._vendor.selection(listings)
        first = _start(unwrap_cursor(cursor, selection), page_size)

        def fetch(cur: str | None, n: int, deadline: float | None = None) -> Page[IstariJob]:
            page: Page[IstariJob] = self._client._run(self._vendor.list_call(listings, cur, first), deadline)[1]
            return page

        return Paginator(
            fetch, page_size=first[2], max_items=max_items, cursor=cursor, key=job_key, timeout=timeout,
            filters=selection,
        )  # fmt: skip

    def _poll(self, job_id: str, deadline: float | None = None) -> tuple[IstariJob, float | None]:
        return self._client._run(self._vendor.get_call(job_id), deadline)[1]  # type: ignore[no-any-return]

    def cancel(self, job_id: str, *, timeout: float | None = None) -> None:
        """Set the job's status to Canceled; :class:`~mljobs.CancelRejectedError` if it has ended."""
        refused = partial(self._vendor.cancel_rejected, job_id)
        self._client._run_refusable(self._vendor.cancel_call(job_id), refused, deadline_for(timeout))

    def _snapshot(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        # All jobs newest first, 100 a page, read only as far as the oldest pending job.
        return self._snapshot_from(pending, self.list(page_size=MAX_PAGE_SIZE)._bounded(deadline), deadline)


class AsyncIstari(AsyncBase[AuthenticatedClient, "AsyncIstariJobs", _Errors]):
    """The async twin of :class:`Istari`."""

    vendor = IstariVendor()

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
        """Connect to ``base_url`` (``ISTARI_REGISTRY_URL``) with a token (``ISTARI_REGISTRY_AUTH_TOKEN``)."""
        self._api = _api(
            base_url, api_key, timeout, async_transport(transport, http_client, max_retries), "AsyncIstari"
        )
        self._jobs = AsyncIstariJobs(self)


class AsyncIstariJobs(AsyncJobsBase[IstariJobModel]):
    """``client.jobs`` of :class:`AsyncIstari`."""

    def __init__(self, client: AsyncIstari) -> None:
        """Bind to ``client``."""
        self._client = client
        self._vendor = client.vendor

    def list(
        self,
        *,
        status: IstariStatus | JobState | Iterable[IstariStatus | JobState] | None = None,
        model_id: str | None = None,
        name: str | None = None,
        archive_status: Literal["active", "archived", "all"] = "active",
        page_size: int | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> AsyncPaginator[IstariJob]:
        """The jobs matching the filters, newest first (status by status when several), page by page.

        ``cursor`` resumes a listing with the same filters; ``timeout``: seconds for each page's request.
        """
        listings = self._vendor.listings(status, model_id, name, archive_status)
        selection = self._vendor.selection(listings)
        first = _start(unwrap_cursor(cursor, selection), page_size)

        async def fetch(cur: str | None, n: int, deadline: float | None = None) -> Page[IstariJob]:
            page: Page[IstariJob] = (await self._client._run(self._vendor.list_call(listings, cur, first), deadline))[1]
            return page

        return AsyncPaginator(
            fetch, page_size=first[2], max_items=max_items, cursor=cursor, key=job_key, timeout=timeout,
            filters=selection,
        )  # fmt: skip

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[IstariJob, float | None]:
        return (await self._client._run(self._vendor.get_call(job_id), deadline))[1]  # type: ignore[no-any-return]

    async def cancel(self, job_id: str, *, timeout: float | None = None) -> None:
        """Set the job's status to Canceled; :class:`~mljobs.CancelRejectedError` if it has ended."""
        refused = partial(self._vendor.cancel_rejected, job_id)
        await self._client._run_refusable(self._vendor.cancel_call(job_id), refused, deadline_for(timeout))

    async def _snapshot(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        return await self._snapshot_from(pending, self.list(page_size=MAX_PAGE_SIZE)._bounded(deadline), deadline)
