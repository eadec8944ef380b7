"""RIME simulator: the job reader REST gateway of ``specs/rime.yaml`` (``/v1-beta/jobs``).

Auth is the ``rime-api-key`` header (401 with an HTML body, as the ingress sends). Lists page with an
opaque ``pageToken`` that remembers the filters and the last job seen, so jobs added while paging
never shift a page; ``hasMore`` is false on the last page. ``pageSize`` above 1000 is coerced to 1000
(the document states no limit; grpc APIs coerce, per Google's AIP-158). Errors are grpc-gateway ``googlerpcStatus``
bodies. Cancel is declarative: ``cancellationRequested`` turns true at once and the job becomes
``JOB_STATUS_CANCELLED`` after :attr:`Simulator.cancel_delay` seconds.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import uuid
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._core import Phase, SimJob, VendorSimulator, parse_query, rfc3339
from ._models import rime as M

if TYPE_CHECKING:
    from ..vendors.rime import AsyncRime, Rime  # noqa: F401 (the base class's type arguments)

#: grpc status code by HTTP status, as grpc-gateway maps them.
GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 10, 429: 8, 500: 13, 502: 14, 503: 14}
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 20
UNAUTHORIZED_HTML = (
    "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n"
    "<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


class Simulator(VendorSimulator["Rime", "AsyncRime"]):
    """A stateful RIME job reader service."""

    vendor = "rime"
    secret_headers = frozenset({"rime-api-key", "x-firewall-auth-token", "authorization", "cookie"})
    states: ClassVar[dict[Phase, tuple[str, ...]]] = {
        "queued": ("JOB_STATUS_PENDING", "JOB_STATUS_REQUESTED"),
        "running": ("JOB_STATUS_RUNNING",),
        "succeeded": ("JOB_STATUS_SUCCEEDED",),
        "failed": ("JOB_STATUS_FAILED",),
        "cancelled": ("JOB_STATUS_CANCELLED",),
    }
    #: Seconds from a cancel request until the job is CANCELLED.
    cancel_delay = 5.0

    def __init__(self, **kwargs: Any) -> None:
        """See :class:`VendorSimulator`."""
        super().__init__(**kwargs)
        self.api_key = "rime-sim-secret-" + random.Random(f"rime:key:{self.seed}").randbytes(12).hex()
        self.project_id = str(uuid.UUID(int=random.Random(f"rime:project:{self.seed}").getrandbits(128), version=4))
        self.agent_id = str(uuid.UUID(int=random.Random(f"rime:agent:{self.seed}").getrandbits(128), version=4))

    @property
    def credentials(self) -> dict[str, Any]:
        """``mljobs.Rime(**sim.credentials)``."""
        return {"base_url": self.base_url, "api_key": self.api_key}

    def routes(self) -> list[Route]:
        """The five JobReader operations."""
        return [
            Route("/v1-beta/jobs", self.list_jobs, methods=["GET"]),
            Route("/v1-beta/jobs/cancel/{job_id}", self.cancel_job, methods=["POST"]),
            Route("/v1-beta/jobs/{job_id}", self.get_job, methods=["GET"]),
            Route("/v1-beta/jobs/{job_id}/project-id", self.get_project_id, methods=["GET"]),
            Route("/v1-beta/jobs/{job_id}/test-run-id", self.get_test_run_id, methods=["GET"]),
        ]

    def new_id(self, rng: random.Random) -> str:
        """A UUID, as RIME job ids are."""
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def job_fields(self, rng: random.Random, given: dict[str, Any]) -> dict[str, Any]:
        """``job_type`` (stress test by default) and ``object_id`` (the project id)."""
        fields = {"job_type": "JOB_TYPE_MODEL_STRESS_TEST", "object_id": self.project_id}
        fields["test_run_id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        fields.update(given)
        return fields

    def authenticate(self, request: Request, body: bytes) -> Response | None:
        """The ``rime-api-key`` header must hold the simulator's key."""
        if request.headers.get("rime-api-key") == self.api_key:
            return None
        return Response(UNAUTHORIZED_HTML, status_code=401, media_type="text/html")

    def error(self, status: int, message: str, code: int | None = None) -> Response:
        """A ``googlerpcStatus`` body (``code``: the grpc code, by default the one grpc-gateway maps)."""
        code = GRPC_CODES.get(status, 2) if code is None else code
        return self.json(M.GooglerpcStatus(code=code, message=message, details=[]).model_dump(mode="json"), status)

    # ---- representation ------------------------------------------------------------------------
    def metadata(self, job: SimJob, full: bool) -> dict[str, Any]:
        """The job as ``rimeJobMetadata`` JSON (progress only in the FULL view)."""
        now = self.clock.now()
        phase = job.phase(now)
        started, finished = job.started(now), job.finished(now)
        running = 0.0 if started is None else (finished or now) - started
        data: dict[str, Any] = {
            "jobId": job.id,
            "jobType": job.fields["job_type"],
            "status": self.vendor_state(job, real=True),
            "creationTime": rfc3339(job.created_at),
        }
        if started is not None:
            data["startTime"] = rfc3339(started)
        if finished is not None:
            data["completionTime"] = rfc3339(finished)
        data["runningTimeSecs"] = round(running, 3)
        stress: dict[str, Any] = {"projectId": {"uuid": job.fields["object_id"]}, "testRunId": ""}
        if phase == "succeeded":
            stress["testRunId"] = job.fields["test_run_id"]
        if full:
            task = {
                "queued": "TEST_TASK_STATUS_PENDING",
                "running": "TEST_TASK_STATUS_RUNNING",
                "succeeded": "TEST_TASK_STATUS_COMPLETED",
                "failed": "TEST_TASK_STATUS_FAILED",
                "cancelled": "TEST_TASK_STATUS_CANCELLED",
            }[phase]
            stress["progress"] = {
                "testRun": {"testRunId": job.fields["test_run_id"], "status": task, "testBatches": []}
            }
            data["jobProgressStr"] = f"{job.progress(now):.0%} of test batches completed"
        if job.fields["job_type"] == "JOB_TYPE_FILE_SCAN":
            data["jobData"] = {"fileScan": {"projectId": {"uuid": job.fields["object_id"]}, "fileScanId": job.id[:8]}}
        else:
            data["jobData"] = {"stress": stress}
        data["cancellationRequested"] = job.cancel_requested_at is not None
        data["agentId"] = {"uuid": self.agent_id}
        if phase == "failed":
            data["errorMsg"] = job.fields.get("error_msg", "model file could not be loaded")
        M.RimeJobMetadata.model_validate(data)  # the simulator never sends what the spec does not allow
        data["status"] = self.vendor_state(job)  # an override from set_raw_state() may be unknown to the spec
        return data

    def _job_or_404(self, request: Request) -> SimJob | Response:
        job = self.jobs.get(request.path_params["job_id"])
        if job is None or job.archived:
            return self.error(404, f"job {request.path_params['job_id']} not found")
        return job

    def sample_page_token(self) -> str:
        """A valid ``pageToken`` for the first page after the newest job (for tests that need one)."""
        newest = max((job.seq for job in self.jobs.values()), default=0)
        return self._token(newest + 1, [], [], None)

    @staticmethod
    def _token(after: int, statuses: list[str], types: list[str], object_id: str | None) -> str:
        state = {"after": after, "s": statuses, "t": types, "o": object_id}
        return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode()

    # ---- routes --------------------------------------------------------------------------------
    async def list_jobs(self, request: Request) -> Response:
        """ListJobs: filters on the first page, an opaque ``pageToken`` after that."""
        query, problem = parse_query(M.V1BetaJobsGetParametersQuery, request)
        if problem:
            return self.error(400, problem)
        # The document states no limit: as Google's AIP-158 asks, a larger size is coerced to the
        # maximum and 0 (unset) means the default.
        size = min(int(query.pageSize or 0), MAX_PAGE_SIZE) or DEFAULT_PAGE_SIZE
        if query.pageToken:
            try:
                state = json.loads(base64.urlsafe_b64decode(query.pageToken.encode()))
                after, statuses, types, object_id = state["after"], state["s"], state["t"], state["o"]
            except (binascii.Error, ValueError, KeyError, TypeError):
                return self.error(400, "invalid page token")
        else:
            after = None
            statuses = [s.value for s in query.firstPageQuery_selectedStatuses or []]
            types = [t.value for t in query.firstPageQuery_selectedTypes or []]
            object_id = query.firstPageQuery_objectId
        full = query.view == M.RimeJobView.JOB_VIEW_FULL
        with self._lock:
            matching = [
                job
                for job in self.newest_first()
                if not job.archived
                and (after is None or job.seq < after)
                and (not statuses or self.vendor_state(job) in statuses)
                and (not types or job.fields["job_type"] in types)
                and (not object_id or job.fields["object_id"] == object_id)
            ]
            page, more = matching[:size], len(matching) > size
            token = ""
            if more:
                token = self._token(page[-1].seq, statuses, types, object_id)
            body = {"jobs": [self.metadata(job, full) for job in page], "nextPageToken": token, "hasMore": more}
        # metadata() validated each job before any set_raw_state() override went in; validating the
        # envelope with those overrides would turn a status the spec does not list yet into a 500.
        M.RimeListJobsResponse.model_validate({**body, "jobs": []})
        return self.json(body)

    async def get_job(self, request: Request) -> Response:
        """GetJob."""
        query, problem = parse_query(M.V1BetaJobsJobIdGetParametersQuery, request)
        if problem:
            return self.error(400, problem)
        with self._lock:
            job = self._job_or_404(request)
            if isinstance(job, Response):
                return job
            return self.json({"job": self.metadata(job, query.view == M.RimeJobView.JOB_VIEW_FULL)})

    async def cancel_job(self, request: Request) -> Response:
        """CancelJob: declarative; the job becomes CANCELLED after ``cancel_delay`` seconds."""
        _, problem = await self.read_json(request)
        if problem:
            return self.error(400, problem)
        with self._lock:
            job = self._job_or_404(request)
            if isinstance(job, Response):
                return job
            now = self.clock.now()
            if job.phase(now) in ("succeeded", "failed", "cancelled"):
                return self.error(400, f"job {job.id} is already {self.vendor_state(job)}; it cannot be cancelled", 9)
            if job.cancel_requested_at is None:
                job.cancel_requested_at = now
                job.cancelled_at = now + self.cancel_delay
            return self.json({})

    async def get_project_id(self, request: Request) -> Response:
        """GetProjectID."""
        with self._lock:
            job = self._job_or_404(request)
            if isinstance(job, Response):
                return job
            return self.json({"projectId": {"uuid": job.fields["object_id"]}})

    async def get_test_run_id(self, request: Request) -> Response:
        """GetTestRunID: only for a completed stress test job."""
        with self._lock:
            job = self._job_or_404(request)
            if isinstance(job, Response):
                return job
            if job.fields["job_type"] != "JOB_TYPE_MODEL_STRESS_TEST" or job.phase(self.clock.now()) != "succeeded":
                return self.error(400, f"job {job.id} is not a completed stress test job", 9)
            return self.json({"testRunId": job.fields["test_run_id"]})
