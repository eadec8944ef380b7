"""RIME simulator: the job reader REST gateway of ``specs/rime.yaml``.

It serves the document's ``/v1-beta/jobs`` operations and, over the same jobs, the ones rime-sdk 2.x sends:
``/v1/jobs/project/{projectId}`` (the jobs whose data names that project), GetJob, CancelJob, GetProjectID
and GetTestRunID under ``/v1/jobs``, and ``/v1-beta/jobs/generative/workspaces/{workspaceId}`` (generative
model tests, ``job_type="JOB_TYPE_GENERATIVE_MODEL_TEST"``, which belong to :attr:`Simulator.workspace_id`).

Auth is the ``rime-api-key`` header (401 with an HTML body, as the ingress sends). Lists page with an
opaque ``pageToken`` that remembers the filters and the last job seen, so jobs added while paging
never shift a page; ``hasMore`` is false on the last page. ``pageSize`` above 1000 is coerced to 1000
(the document states no limit; grpc APIs coerce, per Google's AIP-158). As grpc-gateway does, every
query parameter is also accepted under its proto field name (``page_token``,
``first_page_query.selected_statuses``). Job ids are UUIDs: anything else is a 400 ("not a valid job
id"), an unknown UUID a 404. Errors are grpc-gateway ``googlerpcStatus`` bodies. Cancel is declarative:
``cancellationRequested`` turns true at once and the job becomes ``JOB_STATUS_CANCELLED`` after
:attr:`Simulator.cancel_delay` seconds.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import re
import uuid
from collections.abc import Awaitable, Callable
from itertools import islice
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._core import Phase, Refusal, SimJob, VendorSimulator, list_keys, parse_query_items, rfc3339
from ._models import rime as M

if TYPE_CHECKING:
    from .._async.rime import AsyncRime  # noqa: F401 (the base class's type arguments)
    from .._sync.rime import Rime  # noqa: F401

#: grpc status code by HTTP status, as grpc-gateway maps them.
GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 10, 429: 8, 500: 13, 502: 14, 503: 14}
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 20
STRESS_TEST = "JOB_TYPE_MODEL_STRESS_TEST"
FILE_SCAN = "JOB_TYPE_FILE_SCAN"
GENERATIVE = "JOB_TYPE_GENERATIVE_MODEL_TEST"
UNAUTHORIZED_HTML = (
    "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n"
    "<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_SNAKE = re.compile(r"_([a-z0-9])")
Handler = Callable[[Request], Awaitable[Response]]


def json_name(key: str) -> str:
    """A query key as grpc-gateway reads it: each dotted part may be the proto (snake_case) field name."""
    return ".".join(_SNAKE.sub(lambda m: m.group(1).upper(), part) for part in key.split("."))


def is_uuid(value: str) -> bool:
    """Whether ``value`` is a UUID in its canonical text form (what RIME's ids are)."""
    return bool(_UUID.match(value))


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
        self.workspace_id = str(uuid.UUID(int=random.Random(f"rime:workspace:{self.seed}").getrandbits(128), version=4))

    @property
    def credentials(self) -> dict[str, Any]:
        """``mljobs.Rime(**sim.credentials)``."""
        return {"base_url": self.base_url, "api_key": self.api_key}

    def routes(self) -> list[Route]:
        """The document's five JobReader operations and rime-sdk 2.x's six."""
        return [
            Route("/v1-beta/jobs", self.list_jobs, methods=["GET"]),
            Route("/v1-beta/jobs/cancel/{job_id}", self.cancel_job, methods=["POST"]),
            Route("/v1-beta/jobs/{job_id}", self._get_job(M.V1BetaJobsJobIdGetParametersQuery), methods=["GET"]),
            Route("/v1-beta/jobs/{job_id}/project-id", self.get_project_id, methods=["GET"]),
            Route("/v1-beta/jobs/{job_id}/test-run-id", self.get_test_run_id, methods=["GET"]),
            # ListGAITestJob (rime-sdk 2.8.8 on): the workspace's generative model tests.
            Route(
                "/v1-beta/jobs/generative/workspaces/{workspace_id}",
                self._scoped(
                    "workspace",
                    M.V1BetaJobsGenerativeWorkspacesWorkspaceIdGetParametersQuery,
                    lambda job, workspace: (
                        job.fields["job_type"] == GENERATIVE and job.fields["object_id"] == workspace
                    ),
                ),
                methods=["GET"],
            ),
            # ListJobsForProject (rime-sdk 2.x): the jobs whose data names the project.
            Route(
                "/v1/jobs/project/{project_id}",
                self._scoped(
                    "project", M.V1JobsProjectProjectIdGetParametersQuery, lambda j, p: self.project_of(j) == p
                ),
                methods=["GET"],
            ),
            Route("/v1/jobs/cancel/{job_id}", self.cancel_job, methods=["POST"]),
            Route("/v1/jobs/{job_id}", self._get_job(M.V1JobsJobIdGetParametersQuery), methods=["GET"]),
            Route("/v1/jobs/{job_id}/project-id", self.get_project_id, methods=["GET"]),
            Route("/v1/jobs/{job_id}/test-run-id", self.get_test_run_id, methods=["GET"]),
        ]

    def new_id(self, rng: random.Random) -> str:
        """A UUID, as RIME job ids are."""
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def job_fields(self, rng: random.Random, given: dict[str, Any]) -> dict[str, Any]:
        """``job_type`` (stress test by default), ``object_id`` and ``internal_created``.

        ``object_id`` is the project, or the workspace of a generative model test; ``internal_created`` is
        False (created by a user, not an internal worker).
        """
        generative = given.get("job_type") == GENERATIVE
        fields = {
            "job_type": STRESS_TEST,
            "object_id": self.workspace_id if generative else self.project_id,
            "internal_created": False,
        }
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
    def job_data(self, job: SimJob, full: bool) -> dict[str, Any]:
        """The job's ``rimeJobData``: one key, by job type (progress only in the FULL view)."""
        now = self.clock.now()
        phase = job.phase(now)
        job_type = job.fields["job_type"]
        if job_type == FILE_SCAN:
            return {"fileScan": {"projectId": {"uuid": job.fields["object_id"]}, "fileScanId": job.id[:8]}}
        if job_type == GENERATIVE:
            test: dict[str, Any] = {
                "workspaceId": {"uuid": job.fields["object_id"]},
                "name": f"generative test {job.id[:8]}",
                "url": f"https://model.example.com/{job.id[:8]}/chat",
                "modelOutputIsSensitive": False,
            }
            if full:
                attacks = 200
                test["progress"] = {"totalAttacks": attacks, "attacksAttempted": round(job.progress(now) * attacks)}
            return {"generativeModel": test}
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
        return {"stress": stress}

    def project_of(self, job: SimJob) -> str | None:
        """The project the job's data names (None for job types not tied to a project)."""
        for data in self.job_data(job, full=False).values():
            project = data.get("projectId")
            if project is not None:
                return str(project["uuid"])
        return None

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
        if full:
            data["jobProgressStr"] = f"{job.progress(now):.0%} of test batches completed"
        data["jobData"] = self.job_data(job, full)
        data["cancellationRequested"] = job.cancel_requested_at is not None
        data["agentId"] = {"uuid": self.agent_id}
        if phase == "failed":
            data["errorMsg"] = job.fields.get("error_msg", "model file could not be loaded")
        self.check(M.RimeJobMetadata, data, job)  # the simulator never sends what the spec does not allow
        data["status"] = self.vendor_state(job)  # an override from set_raw_state() may be unknown to the spec
        return data

    def found(self, job_id: str) -> SimJob:
        """The job ``job_id``: an id that is no UUID is a 400, and an archived job is not found (404)."""
        if not is_uuid(job_id):
            raise Refusal(self.error(400, f"job id {job_id} is not a valid job id"))
        job = self.jobs.get(job_id)
        if job is None or job.archived:
            raise Refusal(self.job_missing(job_id))
        return job

    def job_missing(self, job_id: str) -> Response:
        """RIME's 404 for a job."""
        return self.error(404, f"job {job_id} not found")

    def sample_page_token(self, project_id: str | None = None, workspace_id: str | None = None) -> str:
        """A valid ``pageToken`` for the first page after the newest job (for tests that need one).

        By default for ListJobs; with ``project_id`` for ListJobsForProject, with ``workspace_id`` for ListGAITestJob.
        """
        newest = max((job.seq for job in self.jobs.values()), default=0)
        scope: dict[str, Any] = {}
        if project_id is not None:
            scope = {"scope": f"project:{project_id}", "i": False}
        elif workspace_id is not None:
            scope = {"scope": f"workspace:{workspace_id}"}
        return self._token(newest + 1, [], [], None, scope)

    @staticmethod
    def _token(after: int, statuses: list[str], types: list[str], object_id: str | None, scope: dict[str, Any]) -> str:
        state = {"after": after, "s": statuses, "t": types, "o": object_id, **scope}
        return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode()

    def read_query(self, model: type[Any], request: Request) -> tuple[Any, str | None]:
        """The query string validated with ``model``, each key read under its JSON name (proto names too)."""
        items: list[tuple[str, str]] = []
        scalars: dict[str, str] = {}
        lists = list_keys(model)
        for key, value in request.query_params.multi_items():
            name = json_name(key)
            if name not in lists and scalars.setdefault(name, value) != value:
                return None, f"query parameter {name} is given twice with different values"
            items.append((name, value))
        return parse_query_items(model, items)

    # ---- routes --------------------------------------------------------------------------------
    async def list_jobs(self, request: Request) -> Response:
        """ListJobs (the document's): every job, filtered on the first page by status, type and object id."""
        return await self._list(request, M.V1BetaJobsGetParametersQuery, {}, lambda job: True)

    def _scoped(self, name: str, model: type[Any], member: Callable[[SimJob, str], bool]) -> Handler:
        """A listing of the jobs in the scope the UUID path parameter ``<name>_id`` names (``member(job, id)``)."""

        async def list_scoped(request: Request) -> Response:
            scope = request.path_params[f"{name}_id"]
            if not is_uuid(scope):
                return self.error(400, f"{name} id {scope} is not a valid UUID")
            return await self._list(request, model, {"scope": f"{name}:{scope}"}, lambda job: member(job, scope))

        return list_scoped

    async def _list(
        self, request: Request, model: type[Any], scope: dict[str, Any], in_scope: Callable[[SimJob], bool]
    ) -> Response:
        """One page of a listing: filters on the first page, an opaque ``pageToken`` after that."""
        query = self.valid_query(model, request)
        # The document states no limit: as Google's AIP-158 asks, a larger size is coerced to the
        # maximum and 0 (unset) means the default.
        size = min(int(query.pageSize or 0), MAX_PAGE_SIZE) or DEFAULT_PAGE_SIZE
        if query.pageToken:
            try:
                state = json.loads(base64.urlsafe_b64decode(query.pageToken.encode()))
                after, statuses, types, object_id = state["after"], state["s"], state["t"], state["o"]
                internal = state.get("i", False)
            except (binascii.Error, ValueError, KeyError, TypeError, AttributeError):
                return self.error(400, "invalid page token")
            if state.get("scope") != scope.get("scope"):
                return self.error(400, "the page token belongs to another list")
        else:
            after = None
            statuses = [s.value for s in getattr(query, "firstPageQuery_selectedStatuses", None) or []]
            types = [t.value for t in getattr(query, "firstPageQuery_selectedTypes", None) or []]
            object_id = getattr(query, "firstPageQuery_objectId", None)
            internal = bool(getattr(query, "firstPageQuery_internalCreated", None))
        if "scope" in scope and scope["scope"].startswith("project:"):
            scope = {**scope, "i": internal}
        full = query.view == M.RimeJobView.JOB_VIEW_FULL
        with self._lock:
            matching = (
                job
                for job in self.walk_newest(after)
                if not job.archived
                and in_scope(job)
                and (not statuses or self.vendor_state(job) in statuses)
                and (not types or job.fields["job_type"] in types)
                and (not object_id or job.fields["object_id"] == object_id)
                and (not internal or job.fields["internal_created"])
            )
            page = list(islice(matching, size + 1))  # one more than a page says whether there are more
            page, more = page[:size], len(page) > size
            token = ""
            if more:
                token = self._token(page[-1].seq, statuses, types, object_id, scope)
            body = {"jobs": [self.metadata(job, full) for job in page], "nextPageToken": token, "hasMore": more}
        # metadata() validated each job before any set_raw_state() override went in; validating the
        # envelope with those overrides would turn a status the spec does not list yet into a 500.
        M.RimeListJobsResponse.model_validate({**body, "jobs": []})
        return self.json(body)

    def _get_job(self, model: type[Any]) -> Handler:
        async def get_job(request: Request) -> Response:
            """GetJob."""
            query = self.valid_query(model, request)
            with self._lock:
                job = self.found(request.path_params["job_id"])
                return self.json({"job": self.metadata(job, query.view == M.RimeJobView.JOB_VIEW_FULL)})

        return get_job

    async def cancel_job(self, request: Request) -> Response:
        """CancelJob: declarative; the job becomes CANCELLED after ``cancel_delay`` seconds."""
        await self.valid_body(request, M.RimeCancelJobRequest, required=False)
        with self._lock:
            job = self.found(request.path_params["job_id"])
            now = self.clock.now()
            if job.phase(now) in ("succeeded", "failed", "cancelled"):
                return self.error(400, f"job {job.id} is already {self.vendor_state(job)}; it cannot be cancelled", 9)
            if job.cancel_requested_at is None:
                job.cancel_requested_at = now
                job.cancelled_at = now + self.cancel_delay
            return self.json({})

    async def get_project_id(self, request: Request) -> Response:
        """GetProjectID: the project the job's data names."""
        with self._lock:
            job = self.found(request.path_params["job_id"])
            project = self.project_of(job)
            if project is None:
                return self.error(400, f"job {job.id} ({job.fields['job_type']}) belongs to no project", 9)
            return self.json({"projectId": {"uuid": project}})

    async def get_test_run_id(self, request: Request) -> Response:
        """GetTestRunID: only for a completed stress test job."""
        with self._lock:
            job = self.found(request.path_params["job_id"])
            if job.fields["job_type"] != STRESS_TEST or job.phase(self.clock.now()) != "succeeded":
                return self.error(400, f"job {job.id} is not a completed stress test job", 9)
            return self.json({"testRunId": job.fields["test_run_id"]})
