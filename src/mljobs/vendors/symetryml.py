"""SymetryML: ``mljobs.SymetryML`` and ``mljobs.AsyncSymetryML``.

Every request is signed with HMAC-SHA256 by :class:`SymetryAuth`, an ``httpx.Auth``. A job's state comes
from the answer to a GET: 202 "Job still running" (its JobInfo says whether it has started), 200 "Job is
finished", "Job was killed" or "Job failed". The list answers JobInfo only, which says whether a job is
done and how much of its work it did: a done job that did all of it (``current >= maximum``) is
SUCCEEDED; one that stopped short is ``UNKNOWN`` (``raw_state`` "done early") until a ``get`` reads
how it ended (``wait_all`` and ``as_completed`` do that for you, for those jobs only).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from functools import partial
from typing import Any, Never

import httpx
from mljobs_symetryml.api.jobs import get_job, kill_job, list_jobs
from mljobs_symetryml.models import JobInfo, JobListResponse, JobResponse

from .._base import Call, Vendor
from .._errors import CancelRejectedError, ConfigurationError, MljobsError, NotFoundError
from .._http import NOT_JSON, base_url_of, json_of, parse_retry_after, setting, status_error
from .._lazy import lazy_names, twin_clients
from .._models import Job, JobState
from .._pagination import Page
from .._waiting import Snapshot
from . import _symetryml_signing as signing
from ._common import BadField, epoch, expect, flag, identifier, items, job_id, number, text, unset_to_none, vendor_job

__all__ = [
    "STATES",
    "SymetryAuth",
    "SymetryMLJob",
]

#: A SymetryML job: ``job.raw`` is the vendor's own model.
SymetryMLJob = Job[JobInfo | JobResponse]
#: What the spec's error answers parse to: ``client.call()`` raises for them, so never returns one.
_Errors = Never

#: A GET's ``statusString`` -> JobState (a 202 whose JobInfo says not started is QUEUED).
STATES: Mapping[str, JobState] = {
    "Job still running": JobState.RUNNING,
    "Job is finished": JobState.SUCCEEDED,
    "Job was killed": JobState.CANCELLED,
    "Job failed": JobState.FAILED,
}
#: What a listed JobInfo says. A done job that did all its work (current >= maximum) succeeded; one that
#: stopped short may have failed or been killed, which only a GET tells ("done early": UNKNOWN until then).
LISTED: Mapping[str, JobState] = {
    "queued": JobState.QUEUED,
    "running": JobState.RUNNING,
    "done": JobState.SUCCEEDED,
    "done early": JobState.UNKNOWN,
}
#: When a GET's ``statusString`` is not in STATES: its ``statusCode`` (every value of the spec's enum). Only
#: "not ended yet" is read off a code; an OK with a text this client does not know is UNKNOWN (its text kept
#: on ``raw_state``), never success: it may be a failure worded in a way the client has not seen.
STATES_BY_CODE: Mapping[str, JobState] = {
    "OK": JobState.UNKNOWN,
    "CREATED": JobState.QUEUED,
    "ACCEPTED": JobState.RUNNING,
    "BAD_REQUEST": JobState.UNKNOWN,
    "UNAUTHORIZED": JobState.UNKNOWN,
    "NOT_FOUND": JobState.UNKNOWN,
    "METHOD_NOT_ALLOWED": JobState.UNKNOWN,
    "CONFLICT": JobState.UNKNOWN,
    "TOO_MANY_REQUESTS": JobState.UNKNOWN,
    "INTERNAL_SERVER_ERROR": JobState.UNKNOWN,
    "BAD_GATEWAY": JobState.UNKNOWN,
    "SERVICE_UNAVAILABLE": JobState.UNKNOWN,
}


class SymetryAuth(httpx.Auth):
    """Signs each request as SymetryML requires (``sym-date``, ``content-md5``, ``sym-version``, signature)."""

    requires_request_body = True

    def __init__(self, customer_id: str, secret_key: str, *, now: Callable[[], dt.datetime] | None = None) -> None:
        """Sign for ``customer_id`` with ``secret_key`` (its Base64 text); ``now`` is injectable."""
        signing.decode_secret(secret_key)
        self.customer_id = customer_id
        self._secret_key = secret_key
        self._now = now or (lambda: dt.datetime.now(dt.UTC))

    def __repr__(self) -> str:
        """Never shows the secret key."""
        return f"SymetryAuth(customer_id={self.customer_id!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the signing headers to ``request``."""
        body = request.content
        date = signing.sym_date(self._now())
        md5 = signing.content_md5(body)
        text = signing.string_to_sign(
            verb=request.method, md5=md5, secret_key=self._secret_key, date=date, customer_id=self.customer_id,
            body=body, resource=request.url.path, query=request.url.query.decode(),
        )  # fmt: skip
        request.headers["sym-date"] = date
        request.headers["content-md5"] = md5
        request.headers["sym-version"] = signing.SYM_VERSION
        request.headers["Authorization"] = signing.signature(self._secret_key, text)
        yield request


class SymetryMLVendor(Vendor):
    """How SymetryML's answers map to mljobs (no I/O)."""

    name = "symetryml"

    def error_for(self, response: httpx.Response) -> MljobsError | None:
        """SymetryML answers an unknown job with 400 "No such job": that is a NotFoundError."""
        if response.status_code == 400:
            body = json_of(response)
            said = body.get("statusString") if isinstance(body, dict) and body is not NOT_JSON else None
            if said == "No such job":
                return status_error(response, f"no such job: 400 {said}", NotFoundError)
        return None

    @staticmethod
    def job(
        job: str, raw_state: str, state: JobState, info: JobInfo | None, message: str | None, raw: Any
    ) -> SymetryMLJob:
        """A Job from what SymetryML said, with progress and start time from the JobInfo if any."""
        progress, started_at = (1.0 if state is JobState.SUCCEEDED else None), None
        if info is not None:
            current, maximum = _work(info)
            if state is not JobState.SUCCEEDED and current is not None and maximum is not None:
                progress = max(0.0, min(1.0, current / maximum)) if maximum > 0 else None
            started = epoch("startingDate", info.starting_date, per_second=1000)
            if started is not None and flag("isStarted", info.is_started) is not False:
                started_at = started
        return vendor_job(
            "symetryml", state, ("jobId", job), raw_state, (None, started_at, None), message, raw, progress
        )

    def listed(self, info: JobInfo) -> SymetryMLJob:
        """A listed JobInfo: queued, running, done (all its work done) or done early (see LISTED)."""
        expect("values.jobinfo[]", info, JobInfo, "a JobInfo object")
        current, maximum = _work(info)
        complete = current is not None and maximum is not None and current >= maximum
        if flag("isDone", info.is_done):
            raw = "done" if complete else "done early"
        else:
            raw = "running" if flag("isStarted", info.is_started) else "queued"
        return self.job(identifier("jobId", info.job_id), raw, LISTED[raw], info, None, info)

    def got(self, job: str, response: httpx.Response, parsed: JobResponse) -> tuple[SymetryMLJob, float | None]:
        """A GET answer (200: ended; 202: running) as a Job, with the answer's poll hint (Retry-After)."""
        expect("body", parsed, JobResponse, "a JobResponse envelope")
        said = text("statusString", parsed.status_string) or ""
        code = text("statusCode", parsed.status_code) or ""
        values = unset_to_none(parsed.values)
        info = None if values is None else unset_to_none(values.jobinfo)
        if info is not None and not isinstance(info, JobInfo):
            raise BadField("values.jobinfo", info, "a JobInfo object")
        if said in STATES:
            raw_state, state = said, STATES[said]
        else:
            raw_state, state = said or code, STATES_BY_CODE.get(code, JobState.UNKNOWN)
        if state is JobState.RUNNING and info is not None and flag("isStarted", info.is_started) is False:
            state = JobState.QUEUED
        return self.job(job, raw_state, state, info, said or None, parsed), parse_retry_after(response.headers)

    def get_call(self, cid: str, job: str) -> Call:
        """GET a job."""
        return Call(get_job, (cid, job_id(job)), read=partial(self.got, job))

    def list_call(self, cid: str) -> Call:
        """List every job."""
        return Call(list_jobs, (cid,), read=self.page)

    def page(self, response: httpx.Response, parsed: JobListResponse) -> Page[SymetryMLJob]:
        """The single page of the list."""
        expect("body", parsed, JobListResponse, "a JobListResponse envelope")
        values = unset_to_none(parsed.values)
        infos = [] if values is None else items("values.jobinfo", values.jobinfo)
        return Page(items=[self.listed(i) for i in infos], next_cursor=None)

    def kill_call(self, cid: str, job: str) -> Call:
        """DELETE a job (safe to repeat: killing twice is killing once)."""
        return Call(kill_job, (cid, job_id(job)), idempotent=True, read=lambda response, _: self.killed(job, response))

    @staticmethod
    def settled(pending: Sequence[str], listed: Iterable[SymetryMLJob]) -> Snapshot:
        """The pending jobs the list settles; a job listed "done early" (UNKNOWN) needs a GET to say how it ended."""
        wanted = set(pending)
        return Snapshot({j.id: j for j in listed if j.id in wanted and j.state is not JobState.UNKNOWN})

    @staticmethod
    def killed(job: str, response: httpx.Response) -> None:
        """200 killed; 202 "Job cannot be killed" is a refusal."""
        if response.status_code == 202:
            raise CancelRejectedError(
                f"SymetryML refused to kill job {job}: Job cannot be killed", job_id=job, response=response
            )


def _work(info: JobInfo) -> tuple[float | None, float | None]:
    """A JobInfo's (current, maximum) units of work, checked to be numbers."""
    return number("current", info.current), number("maximum", info.maximum)


def _settings(base_url: str | None, customer_id: str | None, secret_key: str | None, name: str) -> tuple[str, str, str]:
    url = base_url_of(base_url, "base_url", "SYMETRYML_URL", name)
    cid = setting(customer_id, "customer_id", "SYMETRYML_CUSTOMER_ID", name)
    key = setting(secret_key, "secret_key", "SYMETRYML_SECRET_KEY", name)
    assert cid is not None and key is not None
    try:
        signing.decode_secret(key)
    except ValueError:
        raise ConfigurationError(f"{name}: secret_key= is not valid Base64 (the key itself is not shown)") from None
    return url, cid, key


#: The clients, handed out from their twins on first use (``mljobs.vendors.symetryml.SymetryML`` still works).
_CLIENTS = twin_clients("symetryml", "SymetryML")
__all__ += list(_CLIENTS)
__getattr__ = lazy_names(__name__, _CLIENTS)
