"""Domino simulator: the Jobs API of ``specs/domino.yaml`` and the v4 endpoints python-domino calls.

The Jobs API's list, get, logs and start answer in one of two API generations, which share those paths:
``api="public"`` (Domino's Public API: ``{jobs, metadata}``, ``{job, metadata}``, ``JobV1`` with a
``status`` object and ``stageTimes``, ``statusFilter``/``sortBy``/``ascending``/``showArchived``/
``tagFilter``, a ``NewJobV1`` start body, logs as ``LogsEnvelopeV1`` JSON) or ``api="document"`` (seed
document 001: ``{data, offset, limit, totalCount}``, the bare job, ``status``, ``StartJobRequest``, logs as
text). Each honours its own generation's parameters and ignores the other's, and refuses the other's start
body with a 400. ``serve("domino")`` without ``api=`` speaks what ``mljobs.Domino`` speaks by default, the
Public API; ``api="public"`` and ``api="document"`` pick one. ``sim.client()`` speaks the simulator's.
Everything else (tags, goals, stop, python-domino's calls) is the same in both.

Auth is ``X-Domino-Api-Key`` (python-domino 2.2), HTTP Basic with the key as password (python-domino up to
2.1) or ``Authorization: Bearer`` with the key; anything else is 401. Errors are ``{"errors": [...],
"requestId": ...}``. Lists need ``projectId``, page with ``offset``/``limit`` (1 to 100) newest first, and
say ``totalCount``; jobs added while paging shift later pages, as on the real service.

A job is Pending (``Queued`` in the v4 API), Running, then Succeeded, Failed or Stopped. Stop
(``POST /v4/jobs/stop``) takes :attr:`Simulator.stop_seconds` to take effect; stopping an ended job is a
409. ``GET /version``, the project lookup, ``/v4/jobs/start``, ``/v4/jobs/{id}``, the hardware tiers and a
run's stdout answer as python-domino expects, so ``Domino("owner/project", host=sim.base_url,
api_key=...)`` works against the simulator unchanged (``sim.project_owner``/``sim.project_name``).
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Literal, get_args

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from ._core import TERMINAL, Phase, SimJob, VendorSimulator, rfc3339, route_table
from ._models import domino as M

if TYPE_CHECKING:
    from .._async.domino import AsyncDomino  # noqa: F401 (the base class's type arguments)
    from .._sync.domino import Domino  # noqa: F401

TIERS = ("small-k8s", "medium-k8s", "gpu-small")
COMMANDS = ("python train.py", "python evaluate.py --split test", "Rscript report.R", "python etl.py")
#: The API generations the Jobs API's list, get, logs and start answer in (see the module docstring). The
#: first is the default: the generation ``mljobs.Domino`` speaks by default (the Public API).
DominoApi = Literal["public", "document"]
APIS: tuple[DominoApi, ...] = get_args(DominoApi)
DEFAULT_PAGE_SIZE = 25
#: The Public API's logs: at most this many lines an answer when ``limit`` is not given (Guess; no source).
DEFAULT_LOG_LINES = 1000


class Simulator(VendorSimulator["Domino", "AsyncDomino"]):
    """A stateful Domino deployment's jobs."""

    vendor = "domino"
    secret_headers = frozenset({"x-domino-api-key", "authorization", "cookie"})
    states: ClassVar[dict[Phase, tuple[str, ...]]] = {
        "queued": ("Pending", "Queued"),
        "running": ("Running",),
        "succeeded": ("Succeeded",),
        "failed": ("Failed", "Error"),
        "cancelled": ("Stopped",),
    }
    apis: ClassVar[tuple[str, ...]] = APIS
    #: Seconds from a stop request until the job is Stopped.
    stop_seconds = 2.0

    def __init__(self, **kwargs: Any) -> None:
        """See :class:`VendorSimulator`."""
        super().__init__(**kwargs)
        rng = random.Random(f"domino:key:{self.seed}")
        self.api_key = "domino-sim-secret-" + rng.randbytes(12).hex()
        self.project_id = rng.randbytes(12).hex()
        self.project_owner = "sim-owner"
        self.project_name = "sim-project"
        self.user_id = rng.randbytes(12).hex()
        self.goals: list[tuple[str, str]] = []
        self._requests_served = 0
        #: The project's commits, newest first (what python-domino checks a ``commit_id`` against).
        self.commits = [rng.randbytes(20).hex() for _ in range(3)]
        #: The environments the project's jobs may use.
        self.environments = ["env-" + rng.randbytes(4).hex() for _ in range(2)]

    @property
    def public(self) -> bool:
        """Whether the Jobs API answers in the Public API's shapes (``api="public"``)."""
        return self.api == "public"

    @property
    def credentials(self) -> dict[str, Any]:
        """``mljobs.Domino(**sim.credentials)`` (the same for both API generations)."""
        return {"base_url": self.base_url, "api_key": self.api_key}

    @property
    def client_options(self) -> dict[str, Any]:
        """``sim.client()`` speaks the API generation this simulator answers in."""
        return {"api": self.api}

    @property
    def scope(self) -> dict[str, Any]:
        """Domino lists jobs per project."""
        return {"project_id": self.project_id}

    def routes(self) -> list[Route]:
        """The Jobs API and python-domino's v4 endpoints."""
        return route_table(
            {
                "GET /api/jobs/beta/jobs": self.list_jobs,
                "GET /api/jobs/beta/jobs/{job_id}": self.get_job,
                "GET /api/jobs/beta/jobs/{job_id}/logs": self.logs,
                "POST /api/jobs/v1/jobs": self.start_job,
                "POST /api/jobs/v1/jobs/{job_id}/tags": self.add_tag,
                "DELETE /api/jobs/v1/jobs/{job_id}/tags/{tag_id}": self.remove_tag,
                "GET,POST /api/jobs/v1/goals": self.goals_endpoint,
                "DELETE /api/jobs/v1/goals/{goal_id}": self.unlink_goal,
                "POST /v4/jobs/stop": self.stop_job,
                "GET /version": self.version,
                "GET /v4/gateway/projects/findProjectByOwnerAndName": self.find_project,
                "GET /v4/projects/{project_id}/hardwareTiers": self.hardware_tiers,
                "POST /v4/jobs/start": self.start_job_v4,
                "POST /v4/jobs/restart": self.restart_job_v4,
                "GET /v4/jobs": self.list_jobs_v4,
                "GET /v4/jobs/{job_id}": self.get_job_v4,
                "GET /v4/jobs/{job_id}/runtimeExecutionDetails": self.runtime_details,
                "GET /v4/projects/{project_id}/useableEnvironments": self.environments_list,
                "GET /v1/projects/{owner}/{project}/commits": self.commits_list,
                "GET,POST /v1/projects/{owner}/{project}/runs": self.runs,
                "GET /v1/projects/{owner}/{project}/runs/{run_id}": self.run_status,
                "GET /v1/projects/{owner}/{project}/run/{run_id}/stdout": self.stdout,
            }
        )

    def new_id(self, rng: random.Random) -> str:
        """A 24-hex ObjectId, as Domino's are."""
        return rng.randbytes(12).hex()

    def job_fields(self, rng: random.Random, given: dict[str, Any]) -> dict[str, Any]:
        """``project_id``, ``command``, ``hardware_tier_id``, ``environment_id``, ``commit_id``, ``title``, tags."""
        fields: dict[str, Any] = {
            "project_id": self.project_id,
            "command": rng.choice(COMMANDS),
            "hardware_tier_id": rng.choice(TIERS),
            "environment_id": "env-" + rng.randbytes(4).hex(),
            "commit_id": rng.randbytes(20).hex(),
            "title": None,
            "tags": [],
        }
        fields.update(given)
        return fields

    def authenticate(self, request: Request, body: bytes) -> Response | None:
        """The key as X-Domino-Api-Key, HTTP Basic password or Bearer token."""
        headers = request.headers
        if headers.get("x-domino-api-key") == self.api_key:
            return None
        scheme, _, value = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and value == self.api_key:
            return None
        if scheme.lower() == "basic":
            try:
                _, _, password = base64.b64decode(value).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                password = ""
            if password == self.api_key:
                return None
        return self.error(401, "Unauthorized: missing or invalid API key")

    def request_id(self) -> str:
        """A request id, counted per simulator (deterministic)."""
        with self._lock:
            self._requests_served += 1
            return f"sim-{self.seed}-{self._requests_served}"

    def metadata(self) -> dict[str, Any]:
        """The Public API's ``MetadataV1``."""
        return {"notices": [], "requestId": self.request_id()}

    def error(self, status: int, message: str) -> Response:
        """A ``FailureEnvelopeV1`` body (the v4 endpoints' bodies are undocumented; the same shape is used)."""
        return self.json({"errors": [message], "requestId": self.request_id()}, status)

    # ---- representation ------------------------------------------------------------------------
    def doc_job(self, job: SimJob) -> dict[str, Any]:
        """The job as the document shows it."""
        now = self.clock.now()
        started, finished = job.started(now), job.finished(now)
        data: dict[str, Any] = {
            "id": job.id,
            "projectId": job.fields["project_id"],
            "title": job.fields["title"],
            "status": self.vendor_state(job, real=True),
            "command": job.fields["command"],
            "hardwareTierId": job.fields["hardware_tier_id"],
            "environmentId": job.fields["environment_id"],
            "startedAt": None if started is None else rfc3339(started),
            "endedAt": None if finished is None else rfc3339(finished),
            "commitId": job.fields["commit_id"],
            "outputCommitId": job.fields["commit_id"][::-1] if job.phase(now) == "succeeded" else None,
            # the service's JobV1 times (the document's examples have only startedAt, endedAt)
            "stageTimes": self._stage_times(job, started, finished),
        }
        self.check(M.Job, data, job)
        data["status"] = self.vendor_state(job)
        return data

    @staticmethod
    def _stage_times(job: SimJob, started: float | None, finished: float | None) -> dict[str, str]:
        """A ``StageTimesV1``: ISO times, each absent until reached."""
        times = {"submissionTime": rfc3339(job.created_at)}
        if started is not None:
            times["startTime"] = rfc3339(started)
        if finished is not None:
            times["completedTime"] = rfc3339(finished)
        return times

    def _execution_status(self, job: SimJob) -> str:
        """The status the v4 and Public APIs show: ``Queued`` while queued (the document says ``Pending``)."""
        return "Queued" if job.phase(self.clock.now()) == "queued" else self.vendor_state(job, real=True)

    def public_job(self, job: SimJob) -> dict[str, Any]:
        """The job as the Public API's ``JobV1``: a ``status`` object, ISO ``stageTimes`` absent until reached.

        No ``projectId`` (JobV1 has none) and no tier. The executionStatus is the v4 API's (``Queued`` while
        queued; Guess: both read the same service).
        """
        now = self.clock.now()
        started, finished = job.started(now), job.finished(now)
        times = self._stage_times(job, started, finished)
        commits = {"inputCommitId": job.fields["commit_id"]}
        if job.phase(now) == "succeeded":
            commits["outputCommitId"] = job.fields["commit_id"][::-1]
        data: dict[str, Any] = {
            "id": job.id,
            "number": job.seq + 1,
            "runCommand": job.fields["command"],
            "status": {
                "executionStatus": self._execution_status(job),
                "isArchived": job.archived,
                "isCompleted": finished is not None,
                "isScheduled": False,
            },
            "stageTimes": times,
            "commitDetails": commits,
            "startedById": self.user_id,
            "mainRepoGitRef": {"refType": "head"},
            "datasetMounts": [],
            "dominoStats": [],
            "externalVolumeMounts": [],
            "gitRepos": [],
            "netAppVolumeMounts": [],
            "projects": [],
        }
        if job.fields["title"] is not None:
            data["title"] = job.fields["title"]
        self.check(M.JobV1, data, job)
        if job.raw_state is not None:
            data["status"]["executionStatus"] = job.raw_state
        return data

    def v4_job(self, job: SimJob) -> dict[str, Any]:
        """The job as python-domino's v4 API shows it (times in epoch milliseconds)."""
        now = self.clock.now()
        phase = job.phase(now)
        started, finished = job.started(now), job.finished(now)
        status = self._execution_status(job)
        data = {
            "id": job.id,
            "number": job.seq + 1,
            "projectId": job.fields["project_id"],
            "title": job.fields["title"],
            "jobRunCommand": job.fields["command"],
            "statuses": {
                "isCompleted": finished is not None,
                "isArchived": False,
                "isScheduled": False,
                "executionStatus": status,
            },
            "stageTime": {
                "submissionTime": round(job.created_at * 1000),
                "runStartTime": None if started is None else round(started * 1000),
                "completedTime": None if finished is None else round(finished * 1000),
            },
            "commitDetails": {
                "inputCommitId": job.fields["commit_id"],
                "outputCommitId": job.fields["commit_id"][::-1] if phase == "succeeded" else None,
            },
        }
        self.check(M.V4Job, data, job)
        return data

    def _new_job(self, **fields: Any) -> SimJob:
        (job_id,) = self.add_jobs(1, states=["queued"], **fields)
        return self.jobs[job_id]

    # ---- the Jobs API --------------------------------------------------------------------------
    async def list_jobs(self, request: Request) -> Response:
        """GET /api/jobs/beta/jobs: a page in the document's ``JobList`` or the Public API's envelope."""
        query = self.valid_query(M.ApiJobsBetaJobsGetParametersQuery, request)
        if query.projectId != self.project_id:
            return self.error(404, f"Project {query.projectId} not found")
        offset, limit = query.offset or 0, query.limit or DEFAULT_PAGE_SIZE
        if self.public:
            with self._lock:
                jobs = self._select(
                    query.projectId,
                    status=(query.statusFilter or M.GetJobsStatusFilter.ALL).value,
                    order=(query.sortBy or M.GetJobsSortBy.NUMBER).value,
                    descending=not query.ascending,
                    show_archived=bool(query.showArchived),
                    tag=query.tagFilter,
                )
                metadata: dict[str, Any] = {"notices": [], "requestId": self.request_id(), "limit": limit}
                envelope = {
                    "jobs": [self.public_job(j) for j in jobs[offset : offset + limit]],
                    "metadata": {**metadata, "offset": offset, "totalCount": len(jobs)},
                }
            M.PaginatedJobEnvelopeV1.model_validate({**envelope, "jobs": []})  # each job's was checked
            return self.json(envelope)
        project = ("project_id", query.projectId)
        with self._lock:
            if query.status is None:
                page, total = self.newest_page(offset, limit, where=project), self.count_jobs(where=project)
            else:  # a status changes with the clock: the project's jobs by status, worked out once a moment
                jobs = self.grouped_now("status", self.vendor_state, where=project).get(query.status.value, [])
                page, total = self.newest_page(offset, limit, of=jobs), len(jobs)
            data = [self.listed(j, "doc", self._doc_key(j), partial(self.doc_job, j)) for j in page]
        return self.json_listing("data", data, {"offset": offset, "limit": limit, "totalCount": total})

    def _doc_key(self, job: SimJob) -> tuple[Any, ...]:
        """Everything :meth:`doc_job` shows that can change (for :meth:`listed`)."""
        now = self.clock.now()
        fields = job.fields
        return (
            job.created_at,
            job.phase(now),
            job.started(now),
            job.finished(now),
            job.raw_state,
            *(fields[name] for name in ("project_id", "title", "command", "hardware_tier_id", "environment_id")),
            fields["commit_id"],
        )

    async def get_job(self, request: Request) -> Response:
        """GET /api/jobs/beta/jobs/{jobId}."""
        with self._lock:
            job = self.found(request.path_params["job_id"])
            return self.json(self.job_answer(job))

    def job_answer(self, job: SimJob) -> dict[str, Any]:
        """A get or start answer: the document's bare job, or the Public API's ``JobEnvelopeV1``."""
        return {"job": self.public_job(job), "metadata": self.metadata()} if self.public else self.doc_job(job)

    async def logs(self, request: Request) -> Response:
        """GET /api/jobs/beta/jobs/{jobId}/logs: the log as text, or the Public API's ``LogsEnvelopeV1``."""
        query = self.valid_query(M.ApiJobsBetaJobsJobIdLogsGetParametersQuery, request)
        since = query.latestTimeNano  # digits (the spec's pattern; parse_query refuses anything else)
        with self._lock:
            job = self.found(request.path_params["job_id"])
            if not self.public:
                return PlainTextResponse(self.log_text(job))
            wanted = None if query.logType in (None, M.JobLogType.COMPLETE) else query.logType.value
            lines = [
                (at, kind, text)
                for at, kind, text in self.log_lines(job)
                if (wanted is None or kind == wanted) and (since is None or _nanos(at) > int(since))
            ]
            limit = query.limit or DEFAULT_LOG_LINES
            shown = lines[:limit]
            pagination: dict[str, Any] = {"limit": limit}
            if shown:
                pagination["latestTimeNano"] = str(_nanos(shown[-1][0]))
            envelope = {
                "logs": {
                    "isComplete": job.finished(self.clock.now()) is not None and len(shown) == len(lines),
                    "logContent": [
                        {"log": text, "logType": kind, "size": len(text), "timestamp": rfc3339(at)}
                        for at, kind, text in shown
                    ],
                },
                "metadata": {"notices": [], "pagination": pagination, "requestId": self.request_id()},
            }
        M.LogsEnvelopeV1.model_validate(envelope)
        return self.json(envelope)

    def log_lines(self, job: SimJob) -> list[tuple[float, str, str]]:
        """What the job has printed so far: (time, the Public API's ``logType``, text) per line."""
        now = self.clock.now()
        lines = [(job.created_at, "prepareOutput", f"Job {job.id} queued on {job.fields['hardware_tier_id']}")]
        started, finished = job.started(now), job.finished(now)
        if started is not None:
            lines.append((started, "stdOut", f"$ {job.fields['command']}"))
        if finished is not None:
            state = self.vendor_state(job, real=True)
            lines.append((finished, "stdErr" if state in ("Failed", "Error") else "stdOut", f"Job {state.lower()}"))
        return lines

    def log_text(self, job: SimJob) -> str:
        """What the job has printed so far, as text (the document's logs, and python-domino's stdout)."""
        return "".join(f"[{rfc3339(at)}] {text}\n" for at, _, text in self.log_lines(job))

    async def start_job(self, request: Request) -> Response:
        """POST /api/jobs/v1/jobs: a new job, from the document's ``StartJobRequest`` or a ``NewJobV1``.

        Each generation takes only its own body (the other's is a 400: it lacks ``runCommand``, or
        ``commandToRun`` and ``hardwareTierId``). A ``NewJobV1`` without ``hardwareTier`` runs on the
        project's default tier.
        """
        # NewJobV1 has no nullable field; StartJobRequest's optional ones all are.
        body = await self.valid_body(request, M.NewJobV1 if self.public else M.StartJobRequest, refuse_null=self.public)
        if body.projectId != self.project_id:
            return self.error(404, f"Project {body.projectId} not found")
        if self.public:
            command, tier = body.runCommand, body.hardwareTier or TIERS[0]
        else:
            command, tier = body.commandToRun, body.hardwareTierId
        with self._lock:
            job = self._new_job(
                command=command,
                hardware_tier_id=tier,
                title=body.title,
                **({"environment_id": body.environmentId} if body.environmentId else {}),
                **({"commit_id": body.commitId} if body.commitId else {}),
            )
            return self.json(self.job_answer(job))

    async def stop_job(self, request: Request) -> Response:
        """POST /v4/jobs/stop."""
        body = await self.valid_body(request, M.StopJobRequest)
        with self._lock:
            job = self.found(body.jobId)
            now = self.clock.now()
            if job.phase(now) in ("succeeded", "failed", "cancelled"):
                return self.error(409, f"Job {job.id} has already ended ({self.vendor_state(job)})")
            if job.cancel_requested_at is None:
                job.cancel_requested_at = now
                job.cancelled_at = now + self.stop_seconds
            return Response(status_code=200)  # python-domino never reads the body; none is documented

    async def add_tag(self, request: Request) -> Response:
        """POST /api/jobs/v1/jobs/{jobId}/tags."""
        body = await self.valid_body(request, M.NewJobTag)
        with self._lock:
            job = self.found(request.path_params["job_id"])
            tag = {
                "createdAt": rfc3339(self.clock.now()),
                "creatorId": self.user_id,
                "id": f"tag-{job.id[:6]}-{len(job.fields['tags']) + 1}",
                "name": body.name,
            }
            job.fields["tags"].append(tag)
            envelope = {"tag": tag, "metadata": self.metadata()}
            M.TagEnvelopeV1.model_validate(envelope)
            return self.json(envelope)

    async def remove_tag(self, request: Request) -> Response:
        """DELETE /api/jobs/v1/jobs/{jobId}/tags/{tagId}?projectId=."""
        query = self.valid_query(M.ApiJobsV1JobsJobIdTagsTagIdDeleteParametersQuery, request)
        with self._lock:
            job = self.found(request.path_params["job_id"])
            kept = [t for t in job.fields["tags"] if t["id"] != request.path_params["tag_id"]]
            if len(kept) == len(job.fields["tags"]):
                return self.error(404, f"Tag {request.path_params['tag_id']} not found on job {job.id}")
            if query.projectId != job.fields["project_id"]:
                return self.error(404, f"Job {job.id} is not in project {query.projectId}")
            job.fields["tags"] = kept
            return self.json({"metadata": self.metadata()})

    def linked_goal(self, job_id: str, goal_id: str) -> dict[str, Any]:
        """A ``LinkedGoalV1``."""
        return {
            "currentStage": "In progress",
            "goalId": goal_id,
            "jobId": job_id,
            "projectId": self.jobs[job_id].fields["project_id"],
            "title": f"Goal {goal_id}",
        }

    async def goals_endpoint(self, request: Request) -> Response:
        """GET (a job's linked goals) or POST (link a goal to a job)."""
        if request.method == "GET":
            query = self.valid_query(M.ApiJobsV1GoalsGetParametersQuery, request)
            with self._lock:
                job = self.found(query.jobId)
                goals = [self.linked_goal(j, g) for j, g in self.goals if j == job.id]
            return self.json({"goals": goals, "metadata": self.metadata()})
        body = await self.valid_body(request, M.JobGoalLink)
        with self._lock:
            job = self.found(body.jobId)
            if (body.jobId, body.goalId) not in self.goals:
                self.goals.append((body.jobId, body.goalId))
            return self.json({"goal": self.linked_goal(body.jobId, body.goalId), "metadata": self.metadata()})

    async def unlink_goal(self, request: Request) -> Response:
        """DELETE /api/jobs/v1/goals/{goalId}?jobId=."""
        query = self.valid_query(M.ApiJobsV1GoalsGoalIdDeleteParametersQuery, request)
        goal = request.path_params["goal_id"]
        with self._lock:
            if (query.jobId, goal) not in self.goals:
                return self.error(404, f"Goal {goal} is not linked to job {query.jobId}")
            self.goals.remove((query.jobId, goal))
        return self.json({"metadata": self.metadata()})

    # ---- what python-domino calls ---------------------------------------------------------------
    async def version(self, request: Request) -> Response:
        """GET /version."""
        return self.json({"version": "5.11.0", "buildId": "sim", "commitId": "0" * 40})

    async def find_project(self, request: Request) -> Response:
        """GET /v4/gateway/projects/findProjectByOwnerAndName."""
        query = self.valid_query(M.V4GatewayProjectsFindProjectByOwnerAndNameGetParametersQuery, request)
        if (query.ownerName, query.projectName) != (self.project_owner, self.project_name):
            return self.error(404, f"Project {query.ownerName}/{query.projectName} not found")
        return self.json({"id": self.project_id, "name": self.project_name, "ownerUsername": self.project_owner})

    async def hardware_tiers(self, request: Request) -> Response:
        """GET /v4/projects/{projectId}/hardwareTiers."""
        if request.path_params["project_id"] != self.project_id:
            return self.error(404, "Project not found")
        return self.json([{"hardwareTier": {"id": t, "name": t, "isDefault": t == TIERS[0]}} for t in TIERS])

    async def start_job_v4(self, request: Request) -> Response:
        """POST /v4/jobs/start (python-domino's job_start)."""
        body = await self.valid_body(request, M.V4StartJobRequest)
        if body.projectId != self.project_id:
            return self.error(404, f"Project {body.projectId} not found")
        with self._lock:
            fields: dict[str, Any] = {"command": body.commandToRun, "title": body.title}
            if body.overrideHardwareTierId:
                fields["hardware_tier_id"] = body.overrideHardwareTierId
            if body.environmentId:
                fields["environment_id"] = body.environmentId
            if body.commitId:
                fields["commit_id"] = body.commitId
            return self.json(self.v4_job(self._new_job(**fields)))

    async def get_job_v4(self, request: Request) -> Response:
        """GET /v4/jobs/{jobId} (python-domino's job_status)."""
        with self._lock:
            return self.json(self.v4_job(self.found(request.path_params["job_id"])))

    async def stdout(self, request: Request) -> Response:
        """GET /v1/projects/{owner}/{project}/run/{runId}/stdout."""
        with self._lock:
            job = self.found(request.path_params["run_id"])
            return self.json({"stdout": self.log_text(job), "setup": ""})

    # ---- python-domino's other job and run calls -------------------------------------------------
    def _project_or_404(self, request: Request) -> Response | None:
        owner, project = request.path_params["owner"], request.path_params["project"]
        if (owner, project) != (self.project_owner, self.project_name):
            return self.error(404, f"Project {owner}/{project} not found")
        return None

    def v1_run(self, job: SimJob) -> dict[str, Any]:
        """The job as a legacy v1 run (times in epoch milliseconds; ``outputCommitId`` once it has ended)."""
        now = self.clock.now()
        phase = job.phase(now)
        started, finished = job.started(now), job.finished(now)
        data: dict[str, Any] = {
            "id": job.id,
            "projectId": job.fields["project_id"],
            "number": job.seq + 1,
            "startingUserId": self.user_id,
            "queued": round(job.created_at * 1000),
            "started": None if started is None else round(started * 1000),
            "completed": None if finished is None else round(finished * 1000),
            "status": "Queued" if phase == "queued" else self.vendor_state(job, real=True),
            "commitId": job.fields["commit_id"],
            "executor": f"sim-executor-{job.fields['hardware_tier_id']}",
            "outputCommitId": None if finished is None else job.fields["commit_id"][::-1],
            "title": job.fields["title"],
            "isArchived": False,
            "postProcessedTimestamp": None if finished is None else round(finished * 1000) + 500,
            "diagnosticStatistics": {"isError": phase == "failed", "data": []},
            "isCompleted": finished is not None,
            "hardwareTierId": job.fields["hardware_tier_id"],
        }
        M.V1Run.model_validate(data)
        return data

    async def list_jobs_v4(self, request: Request) -> Response:
        """GET /v4/jobs (python-domino's jobs_list): sorted, filtered, a page from 1."""
        query = self.valid_query(M.V4JobsGetParametersQuery, request)
        if query.projectId != self.project_id:
            return self.error(404, f"Project {query.projectId} not found")
        with self._lock:
            jobs = self._select(
                query.projectId,
                status=(query.status or M.V4JobsStatusFilter.ALL).value,
                order=(query.order_by or M.V4JobsOrderBy.NUMBER).value,
                descending=query.sort_by != M.V4SortDirection.ASC,
                show_archived=bool(query.show_archived),
                tag=query.tag,
            )
            start = (query.page_no - 1) * query.page_size
            body = {
                "jobs": [self.v4_job(j) for j in jobs[start : start + query.page_size]],
                "totalCount": len(jobs),
            }
        return self.json(body)

    def _select(
        self, project: str, *, status: str, order: str, descending: bool, show_archived: bool, tag: str | None
    ) -> list[SimJob]:
        """A project's jobs filtered and sorted as the v4 list and the Public API list do.

        ``status`` is a ``statusFilter`` value (``all``, ``active``, ``completed``, ``queued``, ``running``,
        ``archived``); archived jobs are left out unless ``show_archived`` or ``status == "archived"``.
        ``order`` is a ``sortBy`` value; ties (and user, comments, stats, which have one value each here) go
        by number.
        """
        now = self.clock.now()
        wanted: Callable[[SimJob], bool] = {
            "all": lambda j: True,
            "active": lambda j: j.phase(now) not in TERMINAL,
            "completed": lambda j: j.phase(now) in TERMINAL,
            "queued": lambda j: j.phase(now) == "queued",
            "running": lambda j: j.phase(now) == "running",
            "archived": lambda j: j.archived,
        }[status]
        sort_keys: dict[str, Callable[[SimJob], Any]] = {
            "title": lambda j: (j.fields["title"] or "", j.seq),
            "status": lambda j: (self.vendor_state(j), j.seq),
            "command": lambda j: (j.fields["command"], j.seq),
            "startedTime": lambda j: (j.started(now) or float("inf"), j.seq),
            "duration": lambda j: ((j.finished(now) or now) - (j.started(now) or now), j.seq),
        }
        jobs = [
            j
            for j in self.jobs.values()
            if j.fields["project_id"] == project
            and (show_archived or status == "archived" or not j.archived)
            and wanted(j)
            and (tag is None or any(t["name"] == tag for t in j.fields["tags"]))
        ]
        by_number: Callable[[SimJob], Any] = lambda j: j.seq  # noqa: E731
        jobs.sort(key=sort_keys.get(order, by_number), reverse=descending)
        return jobs

    async def restart_job_v4(self, request: Request) -> Response:
        """POST /v4/jobs/restart: the job's command again, as a new job."""
        body = await self.valid_body(request, M.V4RestartJobRequest)
        with self._lock:
            job = self.found(body.jobId)
            original = body.shouldUseOriginalInputCommit is not False
            fields = {k: job.fields[k] for k in ("command", "title", "hardware_tier_id", "environment_id")}
            fields["commit_id"] = job.fields["commit_id"] if original else self.commits[0]
            return self.json(self.v4_job(self._new_job(**fields)))

    async def runtime_details(self, request: Request) -> Response:
        """GET /v4/jobs/{jobId}/runtimeExecutionDetails."""
        with self._lock:
            job = self.found(request.path_params["job_id"])
            tier = job.fields["hardware_tier_id"]
            return self.json({"hardwareTierId": tier, "hardwareTier": tier})

    async def environments_list(self, request: Request) -> Response:
        """GET /v4/projects/{projectId}/useableEnvironments."""
        if request.path_params["project_id"] != self.project_id:
            return self.error(404, "Project not found")
        return self.json({"environments": [{"id": e, "name": f"Environment {e}"} for e in self.environments]})

    async def commits_list(self, request: Request) -> Response:
        """GET /v1/projects/{owner}/{project}/commits: commit ids, newest first."""
        return self._project_or_404(request) or self.json(self.commits)

    async def runs(self, request: Request) -> Response:
        """GET (list, newest first) or POST (start) the legacy v1 runs."""
        missing = self._project_or_404(request)
        if missing is not None:
            return missing
        if request.method == "GET":
            with self._lock:
                runs = [self.v1_run(j) for j in self.newest_first() if j.fields["project_id"] == self.project_id]
            return self.json({"objectType": "list", "uri": request.url.path, "data": runs})
        body = await self.valid_body(request, M.V1StartRunRequest)
        if body.tier is not None and body.tier not in TIERS:
            return self.error(400, f"Hardware tier {body.tier} not found")
        with self._lock:
            fields: dict[str, Any] = {"command": " ".join(body.command), "title": body.title}
            if body.tier is not None:
                fields["hardware_tier_id"] = body.tier
            if body.commitId:
                fields["commit_id"] = body.commitId
            job = self._new_job(**fields)
        where = f"{self.base_url}/{self.project_owner}/{self.project_name}#r/{job.id}"
        return self.json(
            {
                "runId": job.id,
                "message": f"Run for project {self.project_owner}/{self.project_name} "
                f"started. You can view progress here: {where}",
            }
        )

    async def run_status(self, request: Request) -> Response:
        """GET /v1/projects/{owner}/{project}/runs/{runId}."""
        missing = self._project_or_404(request)
        if missing is not None:
            return missing
        with self._lock:
            return self.json(self.v1_run(self.found(request.path_params["run_id"])))


def _nanos(epoch: float) -> int:
    """Epoch seconds as the whole nanoseconds Domino's ``latestTimeNano`` counts (milliseconds precision here)."""
    return round(epoch * 1000) * 1_000_000
