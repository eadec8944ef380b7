"""Istari Digital: ``mljobs.Istari`` and ``mljobs.AsyncIstari``.

A job's state is the last entry of its ``status_history``. Cancelling sets the status ``Canceled``.
Lists page with ``page``/``size``; the cursor remembers both, and jobs added while paging (which push
older ones onto later pages) are never handed out twice.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
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

from .._base import Call, Vendor
from .._errors import InvalidArgumentError
from .._http import (
    parse_retry_after,
)
from .._lazy import lazy_names, twin_clients
from .._models import Job, JobState
from .._pagination import Page, resume_at
from .._waiting import ended_filters
from . import _common as common
from ._common import job_id as checked_id

__all__ = ["STATES", "IstariJob", "IstariStatus"]

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


def cursor_after(cursor: str | None, size: int) -> str | None:
    """The cursor of the page after the one ``cursor`` names, while its total says there are more.

    None for the first page's (no total yet), and at the end of a listing: what comes after is known
    only when that page answers. ``size`` is the paginator's; Istari's pages are the cursor's size.
    """
    if cursor is None:
        return None
    listing, page, per_page, total = _read_cursor(cursor)
    if total is None or page * per_page >= total:
        return None
    return _cursor(listing, page + 1, per_page, total)


class IstariVendor(Vendor):
    """How Istari's answers map to mljobs (no I/O)."""

    name = "istari"
    error_models = _Errors
    #: The ``status=`` of the listings that show every ended job (one a status, as Istari filters).
    ended = ended_filters(STATES, one_status_a_listing=True)

    @staticmethod
    def to_job(raw: IstariJobModel) -> IstariJob:
        """An Istari Job as an mljobs Job: the state is the last status in its history."""
        common.expect("items[]", raw, IstariJobModel, "a Job object")
        history = [
            (
                common.text("status_history[].name", s.name),
                common.aware("status_history[].created", s.created),
                s.message,
            )
            for s in common.items("status_history", raw.status_history)
        ]  # fmt: skip
        return _job(("id", raw.id), common.aware("created", raw.created), history, raw)

    @staticmethod
    def listed_job(response: httpx.Response, data: Any) -> IstariJob:
        """A listed Job's JSON as a Job, checked as :meth:`to_job` does; ``raw`` is built on first use."""
        data = common.json_object("items[]", data)
        history = []
        for status in common.json_list("status_history", data, "status_history"):
            status = common.json_object("status_history[]", status)
            history.append((
                common.json_enum("status_history[].name", status, "name", required=True),
                common.json_time("status_history[].created", status, "created", required=True),
                status.get("message"),
            ))  # fmt: skip
        created = common.json_time("created", data, "created", required=True)
        return _job(("id", common.json_required("id", data, "id")), created, history, (IstariJobModel, data, response))

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
        where: dict[str, Any] = {
            "page": page,
            "size": size,
            "count": len(listings),
            "listing": listing,
            "total_before": total,
        }
        kwargs = {**listings[listing], "page": page, "size": size, "include_total": True}
        return Call(
            list_jobs, kwargs=kwargs, read=partial(self.page, **where), read_json=partial(self.json_page, **where)
        )

    def page(self, response: httpx.Response, parsed: OptionalTotalPageJob, **where: Any) -> Page[IstariJob]:
        """A page; the next cursor while ``pages`` (or a full page) says there are more, then the next listing.

        When the total fell since the last page, jobs were removed and unseen ones shifted onto pages
        already read: the listing steps back to read them (see :func:`~mljobs._pagination.resume_at`).
        ``where``: the page's place (see :func:`_paged`).
        """
        common.expect("body", parsed, OptionalTotalPageJob, "a page of jobs")
        return _paged([self.to_job(j) for j in common.items("items", parsed.items)], parsed, **where)

    def json_page(self, response: httpx.Response, body: Any, **where: Any) -> Page[IstariJob]:
        """:meth:`page` from the answer's JSON: the envelope by its generated model, each job's model on first use."""
        body = common.json_object("body", body)
        jobs = common.json_list("items", body, "items")
        envelope = OptionalTotalPageJob.from_dict({**body, "items": []} if "items" in body else body)
        return _paged([self.listed_job(response, j) for j in jobs], envelope, **where)

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
        statuses = common.raw_states("status", status, STATES)
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

    #: 409: the job has already ended.
    cancel_rejected = staticmethod(common.refused_when_ended("Istari", "cancel"))


def _job(
    job_id: tuple[str, Any],
    created: Any,
    history: list[tuple[str | None, Any, Any]],
    raw: Any,
) -> IstariJob:
    """The Job of a history of (status name, time, message as it came): the state is the last status."""
    last = history[-1] if history else None
    raw_state = None if last is None else last[0]
    started = next((at for name, at, _ in history if name == "Running"), None)
    ended = last[1] if last is not None and STATES.get(str(last[0]), JobState.UNKNOWN).is_terminal else None
    message = None if last is None else common.text("status_history[].message", last[2])
    return common.vendor_job("istari", STATES, job_id, raw_state, (created, started, ended), message, raw)


def _paged(jobs: list[IstariJob], parsed: OptionalTotalPageJob, *, page: int, size: int, count: int, listing: int,
           total_before: int | None) -> Page[IstariJob]:  # fmt: skip
    """The page at ``page`` of ``listing`` (of ``count``), with the cursor after it."""
    pages, total = common.whole("pages", parsed.pages), common.whole("total", parsed.total)
    more = page < pages if pages is not None else len(jobs) >= size
    if more and jobs:
        start = resume_at((page - 1) * size, page * size, total_before, total)
        return Page(items=jobs, next_cursor=_cursor(listing, start // size + 1, size, total))
    if listing + 1 < count:
        return Page(items=jobs, next_cursor=_cursor(listing + 1, 1, size))
    return Page(items=jobs, next_cursor=None)


#: The generated client, with the key from ``api_key`` or the environment.
_api = partial(
    common.token_client, AuthenticatedClient, url_env="ISTARI_REGISTRY_URL", key_env="ISTARI_REGISTRY_AUTH_TOKEN"
)


def _start(cursor: str | None, page_size: int | None) -> tuple[int, int, int]:
    if cursor is not None:
        return _read_cursor(cursor)[:3]
    return 0, 1, common.positive_int("page_size", page_size, MAX_PAGE_SIZE) or MAX_PAGE_SIZE


#: The clients, handed out from their twins on first use (``mljobs.vendors.istari.Istari`` still works).
_CLIENTS = twin_clients("istari", "Istari")
__all__ += list(_CLIENTS)
__getattr__ = lazy_names(__name__, _CLIENTS)
