"""SymetryML simulator: the job REST API of ``specs/symetryml.yaml`` (``/symetry/rest/{cid}/jobs``).

Every request must be HMAC-signed as SymetryML's security page describes (``sym-date`` within 5 minutes
behind and 1 minute ahead of the server's wall clock, ``content-md5`` of the body, ``sym-version``,
``Authorization`` the bare signature); the canonicalized resource may be the path, the path without its
leading slash, or the full URL. A missing ``sym-version`` gets 400 "sym-version header is null", worded
like the documented answers for the other headers (the document gives no text for it). Answers are
the ``{statusCode, statusString, values}`` envelope.

Job ids are integers counted from 1. A GET answers 202 "Job still running" with ``values.jobinfo`` until
the job ends, then 200: "Job is finished" (with ``values: {}``), "Job failed" or "Job was killed" (both
with the final JobInfo, since the document names no failure entity; this is the simulator's choice).
DELETE kills a queued or running job (200), and answers 202 "Job cannot be killed" for a job that has
ended or runs on the bounded executor (``add_jobs(..., bounded=True)``). The list carries every job's
JobInfo under ``values.jobinfo`` (the document does not name the key; see the spec).
"""

from __future__ import annotations

import base64
import datetime as dt
import random
import time
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..vendors import _symetryml_signing as signing
from ._core import Phase, SimJob, VendorSimulator
from ._models import symetryml as M

if TYPE_CHECKING:
    from .._async.symetryml import AsyncSymetryML  # noqa: F401 (the base class's type arguments)
    from .._sync.symetryml import SymetryML  # noqa: F401

REASONS = {
    200: "OK",
    201: "CREATED",
    202: "ACCEPTED",
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
}
JOB_TYPES = ("DSUpdateJob", "ExploreJob", "SVDJob", "AutoSelectJobs", "DSPredictJob")
MAX_BEHIND = dt.timedelta(minutes=5)
MAX_AHEAD = dt.timedelta(minutes=1)


class Simulator(VendorSimulator["SymetryML", "AsyncSymetryML"]):
    """A stateful SymetryML REST server's job endpoints."""

    vendor = "symetryml"
    secret_headers = frozenset({"authorization", "cookie"})
    states: ClassVar[dict[Phase, tuple[str, ...]]] = {
        "queued": ("Job still running",),
        "running": ("Job still running",),
        "succeeded": ("Job is finished",),
        "failed": ("Job failed",),
        "cancelled": ("Job was killed",),
    }

    def __init__(self, **kwargs: Any) -> None:
        """See :class:`VendorSimulator`."""
        super().__init__(**kwargs)
        rng = random.Random(f"symetryml:key:{self.seed}")
        self.customer_id = f"c{rng.randrange(1, 1000)}"
        self.secret_key = base64.b64encode(rng.randbytes(32)).decode()
        #: The wall clock the signature window is checked against (injectable for tests).
        self.wall_clock = time.time

    @property
    def credentials(self) -> dict[str, Any]:
        """``mljobs.SymetryML(**sim.credentials)``."""
        return {"base_url": self.base_url, "customer_id": self.customer_id, "secret_key": self.secret_key}

    def routes(self) -> list[Route]:
        """Get, list and kill."""
        return [
            Route("/symetry/rest/{cid}/jobs", self.list_jobs, methods=["GET"]),
            # One route for both methods, so a 405 lists them all in Allow.
            Route("/symetry/rest/{cid}/jobs/{jobid}", self.one_job, methods=["GET", "DELETE"]),
        ]

    def new_id(self, rng: random.Random) -> str:
        """The next integer id, as SymetryML counts jobs."""
        return str(self._seq + 1)

    def job_fields(self, rng: random.Random, given: dict[str, Any]) -> dict[str, Any]:
        """``job_type``, ``maximum`` (units of work) and ``bounded`` (on the bounded executor: cannot be killed)."""
        fields = {"job_type": rng.choice(JOB_TYPES), "maximum": rng.randrange(1_000, 1_000_000), "bounded": False}
        fields.update(given)
        return fields

    def envelope(self, status: int, text: str, values: dict[str, Any] | None = None) -> Response:
        """The ``{statusCode, statusString, values}`` envelope."""
        body = {
            "statusCode": REASONS.get(status, "INTERNAL_SERVER_ERROR"),
            "statusString": text,
            "values": values or {},
        }
        M.JobResponse.model_validate(body)
        return self.json(body, status)

    def error(self, status: int, message: str) -> Response:
        """Errors come in the same envelope."""
        return self.envelope(status, message)

    def authenticate(self, request: Request, body: bytes) -> Response | None:
        """Check the HMAC signature as SymetryML's security page describes."""
        headers = request.headers
        signed = headers.get("authorization")
        if not signed:
            return self.envelope(400, "Authentication header is null")
        date = headers.get("sym-date")
        if not date:
            return self.envelope(400, "sym-date header is null")
        try:
            when = signing.parse_sym_date(date)
        except ValueError:
            return self.envelope(400, "Invalid Date Format")
        now = dt.datetime.fromtimestamp(self.wall_clock(), dt.UTC)
        if when < now - MAX_BEHIND or when > now + MAX_AHEAD:
            return self.envelope(400, "Please update your server time, it is likely out of sync with UTC")
        if not headers.get("sym-version"):
            return self.envelope(400, "sym-version header is null")
        md5 = headers.get("content-md5")  # present, and empty when there is no body
        if md5 is None or md5 != signing.content_md5(body):
            return self.envelope(400, "Md5 do not match")
        parts = request.url.path.split("/")  # /symetry/rest/{cid}/jobs/...: checked before routing
        cid = parts[3] if len(parts) > 3 else ""
        if cid != self.customer_id:
            return self.envelope(401, "Invalid User")
        path = request.url.path
        query = request.url.query
        forms = (path, path.lstrip("/"), f"{request.url.scheme}://{request.url.netloc}{path}")
        texts = [
            signing.string_to_sign(
                verb=request.method,
                md5=md5,
                secret_key=self.secret_key,
                date=date,
                customer_id=cid,
                body=body,
                resource=resource,
                query=query,
            )
            for resource in forms
        ]
        if any(signing.signature(self.secret_key, text) == signed for text in texts):
            return None
        # As the service does: the secret key masked, newlines shown as the two characters \n.
        shown = texts[0].replace(self.secret_key, "SECRETKEY").replace("\n", "\\n")
        return self.envelope(401, "Invalid Signature", {"stringToSign": shown})

    # ---- representation ------------------------------------------------------------------------
    def jobinfo(self, job: SimJob) -> dict[str, Any]:
        """The job's JobInfo."""
        now = self.clock.now()
        phase = job.phase(now)
        maximum = job.fields["maximum"]
        info = {
            "jobId": int(job.id),
            "jobType": job.fields["job_type"],
            "owner": self.customer_id,
            "startingDate": round((job.started(now) or job.created_at) * 1000),
            "current": round(maximum * job.progress(now)),
            "maximum": maximum,
            "isOnBoundedExecutor": bool(job.fields["bounded"]),
            "isStarted": phase != "queued",
            "isDone": phase in ("succeeded", "failed", "cancelled"),
            "details": {},
        }
        self.check(M.JobInfo, info, job)
        return info

    def _job_or_400(self, request: Request) -> SimJob | Response:
        job = self.jobs.get(request.path_params["jobid"])
        if job is None:
            return self.envelope(400, "No such job")
        return job

    # ---- routes --------------------------------------------------------------------------------
    async def list_jobs(self, request: Request) -> Response:
        """Every job's JobInfo, newest first."""
        with self._lock:
            infos = [self.jobinfo(job) for job in self.newest_first()]
        body = {"statusCode": "OK", "statusString": "", "values": {"jobinfo": infos}}
        M.JobListResponse.model_validate({**body, "values": {"jobinfo": []}})  # each job's was checked
        return self.json(body)

    async def one_job(self, request: Request) -> Response:
        """GET or DELETE one job."""
        return await (self.kill_job(request) if request.method == "DELETE" else self.get_job(request))

    async def get_job(self, request: Request) -> Response:
        """200 when the job has ended, 202 while it runs, 400 for no such job."""
        with self._lock:
            job = self._job_or_400(request)
            if isinstance(job, Response):
                return job
            phase = job.phase(self.clock.now())
            text = self.vendor_state(job)
            if phase in ("queued", "running"):
                return self.envelope(202, text, {"jobinfo": self.jobinfo(job)})
            if phase == "succeeded" and job.raw_state is None:
                return self.envelope(200, text)
            return self.envelope(200, text, {"jobinfo": self.jobinfo(job)})

    async def kill_job(self, request: Request) -> Response:
        """200 killed; 202 cannot be killed (ended, or on the bounded executor); 400 no such job."""
        with self._lock:
            job = self._job_or_400(request)
            if isinstance(job, Response):
                return job
            now = self.clock.now()
            if job.phase(now) not in ("queued", "running") or job.fields["bounded"]:
                return self.envelope(202, "Job cannot be killed")
            job.cancel_requested_at = job.cancelled_at = now
            return self.envelope(200, "Job was killed")
