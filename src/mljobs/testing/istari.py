"""Istari Digital simulator: the ``/api/v2`` job endpoints of ``specs/istari.yaml``.

Auth is ``Authorization: Bearer <token>`` (401 ``{"detail": ...}`` otherwise). Lists page with ``page`` and
``size`` (1 to 100; anything else is FastAPI's 422 body), newest first (``sort=created`` for oldest first),
active jobs unless ``archive_status`` says otherwise; ``total`` and ``pages`` are counted unless
``include_total=false`` (then they are null). A job's status is the last entry of its
``status_history``: Created, Pending, Claimed, Running, then Completed, Failed or Canceled, on the
simulator's own schedule until a status is set with ``PUT .../status``; from then on only such updates
move it (``status_name=Canceled`` cancels it at once). A transition the lifecycle does not permit (back,
to the same status, Completed before it ran, anything after an end) is a 409. An agent's available jobs
are those not yet claimed (Created or Pending). Archive and restore add to ``archive_status_history``;
archiving an archived job or restoring an active one is a 409.
"""

from __future__ import annotations

import random
import uuid
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._core import Phase, SimJob, VendorSimulator, rfc3339
from ._models import istari as M

if TYPE_CHECKING:
    from .._async.istari import AsyncIstari  # noqa: F401 (the base class's type arguments)
    from .._sync.istari import Istari  # noqa: F401

FUNCTIONS = ("extract_geometry", "run_simulation", "convert_step_to_stl", "compute_mass_properties")
TERMINAL_NAMES = {"succeeded": "Completed", "failed": "Failed", "cancelled": "Canceled"}
#: The statuses of a job an agent may still claim.
UNCLAIMED = ("Created", "Pending")
#: A status entry: (time, name, message, agent id).
Entry = tuple[float, str, str | None, str | None]


class Simulator(VendorSimulator["Istari", "AsyncIstari"]):
    """A stateful Istari registry's job endpoints."""

    vendor = "istari"
    secret_headers = frozenset({"authorization", "cookie"})
    states: ClassVar[dict[Phase, tuple[str, ...]]] = {
        "queued": ("Pending", "Created", "Claimed"),
        "running": ("Running", "Validating", "Uploading"),
        "succeeded": ("Completed",),
        "failed": ("Failed",),
        "cancelled": ("Canceled",),
    }

    def __init__(self, **kwargs: Any) -> None:
        """See :class:`VendorSimulator`."""
        super().__init__(**kwargs)
        rng = random.Random(f"istari:key:{self.seed}")
        self.token = "istari-pat-sim-secret-" + rng.randbytes(12).hex()
        self.user_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        self.model_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        self.agent_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))

    @property
    def credentials(self) -> dict[str, Any]:
        """``mljobs.Istari(**sim.credentials)``."""
        return {"base_url": self.base_url, "api_key": self.token}

    def routes(self) -> list[Route]:
        """The job endpoints."""
        return [
            Route("/api/v2/jobs", self.list_jobs, methods=["GET"]),
            # ":restore" first: "{job_id}" would match "<id>:restore" too.
            Route("/api/v2/jobs/{job_id}:restore", self.restore, methods=["POST"]),
            Route("/api/v2/jobs/{job_id}", self.one_job, methods=["GET", "DELETE"]),
            Route("/api/v2/jobs/{job_id}/status", self.update_status, methods=["PUT"]),
            Route("/api/v2/agents/{agent_id}/available_jobs", self.available_jobs, methods=["GET"]),
            Route("/api/v2/models/{model_id}/jobs", self.model_jobs, methods=["GET"]),
        ]

    def new_id(self, rng: random.Random) -> str:
        """A UUID."""
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def job_fields(self, rng: random.Random, given: dict[str, Any]) -> dict[str, Any]:
        """``function`` name and ``model_id`` (the simulator's model); ``history`` once a status is set."""
        fields: dict[str, Any] = {
            "function": rng.choice(FUNCTIONS),
            "model_id": self.model_id,
            "archive": [],
            "message": None,
        }
        fields.update(given)
        return fields

    def authenticate(self, request: Request, body: bytes) -> Response | None:
        """A ``Bearer`` token that is the simulator's."""
        header = request.headers.get("authorization", "")
        if not header:
            return self.error(401, "Not authenticated")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or token != self.token:
            return self.error(401, "Invalid authentication credentials")
        return None

    def error(self, status: int, message: str) -> Response:
        """FastAPI's ``{"detail": ...}``."""
        return self.json({"detail": message}, status)

    def invalid(self, problem: str) -> Response:
        """FastAPI's 422 body for an invalid parameter or body."""
        where, _, msg = problem.removeprefix("invalid request: ").partition(": ")
        loc = ["query", *where.split(".")] if where else ["body"]
        return self.json({"detail": [{"loc": loc, "msg": msg or problem, "type": "value_error"}]}, 422)

    # ---- representation ------------------------------------------------------------------------
    def _scheduled(self, job: SimJob, now: float) -> list[Entry]:
        """The status entries the simulator's own schedule has given the job by ``now``."""
        entries: list[Entry] = [(job.created_at, "Created", None, None), (job.created_at + 0.5, "Pending", None, None)]
        started = job.started(now)
        if started is not None:
            entries.append((started - 0.25, "Claimed", None, self.agent_id))
            entries.append((started, "Running", None, self.agent_id))
        finished = job.finished(now)
        phase = job.phase(now)
        if finished is not None and phase in TERMINAL_NAMES:
            message = job.fields.get("message")
            if phase == "failed" and message is None:
                message = "the function exited with status 1"
            entries.append((finished, TERMINAL_NAMES[phase], message, None if phase == "cancelled" else self.agent_id))
        return sorted((e for e in entries if e[0] <= now), key=lambda e: e[0])

    def _entries(self, job: SimJob) -> list[Entry]:
        """The job's status entries: its schedule's, or once a status was set through the API, its own."""
        explicit: list[Entry] | None = job.fields.get("history")
        return self._scheduled(job, self.clock.now()) if explicit is None else explicit

    def history(self, job: SimJob, entries: list[Entry] | None = None) -> list[dict[str, Any]]:
        """The job's status history up to now, oldest first (of ``entries``, its :meth:`_entries` when None)."""
        out = [
            {
                "id": f"{job.id[:8]}-s{i}",
                "created": rfc3339(at),
                "job_id": job.id,
                "name": name,
                "created_by_id": self.user_id if agent is None else None,
                "message": message,
                "agent_id": agent,
            }
            for i, (at, name, message, agent) in enumerate(self._entries(job) if entries is None else entries)
        ]
        if job.raw_state is not None:
            out[-1]["name"] = job.raw_state
        return out

    def current(self, job: SimJob) -> str:
        """The job's current status name."""
        return job.raw_state or self._entries(job)[-1][1]

    def representation(self, job: SimJob, entries: list[Entry] | None = None) -> dict[str, Any]:
        """The job as the spec's ``Job`` (with ``entries`` as its status entries, its :meth:`_entries` when None)."""
        created = rfc3339(job.created_at)
        token = {"id": f"{job.id[:8]}-t", "created": created, "sha": job.id.replace("-", "")[:16], "salt": "00"}
        archive = [
            {
                "id": f"{job.id[:8]}-a0",
                "created": created,
                "name": "Active",
                "reason": None,
                "created_by_id": self.user_id,
                "resource_id": job.id,
            }
        ]
        archive += [
            {
                "id": f"{job.id[:8]}-a{i + 1}",
                "created": rfc3339(at),
                "name": name,
                "reason": None,
                "created_by_id": self.user_id,
                "resource_id": job.id,
            }
            for i, (at, name) in enumerate(job.fields["archive"])
        ]
        data = {
            "id": job.id,
            "created": created,
            "file": {
                "id": f"{job.id[:8]}-f",
                "created": created,
                "revisions": [
                    {
                        "id": f"{job.id[:8]}-r",
                        "created": created,
                        "file_id": f"{job.id[:8]}-f",
                        "content_token": token,
                        "properties_token": token,
                        "archive_status_history": [],
                        "name": "result",
                        "extension": "json",
                    }
                ],
                "archive_status_history": [],
                "resource_id": job.id,
                "resource_type": "Job",
            },
            "comments": [],
            "archive_status_history": archive,
            "created_by_id": self.user_id,
            "function": {
                "id": f"fn-{job.fields['function']}",
                "created": rfc3339(1_700_000_000),
                "name": job.fields["function"],
                "version": "1.0.0",
                "module_name": "@istari:sim",
                "module_version": "1.0.0",
                "entrypoint": "main.py",
                "function_schema": None,
                "run_command": "python main.py",
                "created_by_id": self.user_id,
                "status": {
                    "id": f"fs-{job.fields['function']}",
                    "created": rfc3339(1_700_000_000),
                    "created_by_id": self.user_id,
                    "name": "supported",
                    "reason": None,
                    "function_id": f"fn-{job.fields['function']}",
                },
            },
            "assigned_agent_id": None,
            "model_id": job.fields["model_id"],
            "tenant_id": None,
            "status_history": self.history(job, entries),
        }
        if job.raw_state is None:
            M.Job.model_validate(data)  # once per change: see encoded()
        return data

    def _page(self, jobs: list[SimJob], page: int, size: int, total: bool) -> Response:
        return self._envelope(jobs[(page - 1) * size : page * size], len(jobs), page, size, total)

    def _envelope(self, jobs: list[SimJob], count: int, page: int, size: int, total: bool) -> Response:
        pages = (count + size - 1) // size
        return self.json_listing(
            "items",
            [self.encoded(j) for j in jobs],
            {"total": count if total else None, "page": page, "size": size, "pages": pages if total else None},
        )

    def encoded(self, job: SimJob) -> bytes:
        """:meth:`representation` as JSON, built (and validated) again only when something it shows has changed.

        That is its status entries, its archive history, its fields or a raw status (see ``listed``).
        """
        entries = self._entries(job)
        fields = job.fields
        archive = tuple(fields["archive"])
        key = (job.created_at, tuple(entries), job.raw_state, archive, fields["function"], fields["model_id"])
        return self.listed(job, "job", key, lambda: self.representation(job, entries))

    def job_missing(self, job_id: str) -> Response:
        """Istari's 404 names no id."""
        return self.error(404, "Job not found")

    def _listing(self, query: Any) -> list[SimJob]:
        """The jobs a list ``query`` selects by archive status and status, newest first unless ``sort=created``."""
        status = getattr(query, "status_name", None)
        # In creation order; a status changes with the clock: every job's is worked out once a moment.
        jobs = self._created if status is None else self.grouped_now("status", self.current).get(status.value, [])
        archive = getattr(query, "archive_status", None)
        wanted = "active" if archive is None else archive.value
        if wanted != "all":
            jobs = [j for j in jobs if j.archived == (wanted == "archived")]
        return list(jobs) if getattr(query, "sort", None) == "created" else jobs[::-1]

    # ---- routes --------------------------------------------------------------------------------
    async def list_jobs(self, request: Request) -> Response:
        """GET /api/v2/jobs."""
        query = self.valid_query(M.ApiV2JobsGetParametersQuery, request)
        page, size, total = query.page or 1, query.size or 10, query.include_total is not False
        with self._lock:
            body = self._plain_page(query, page, size, total)
            if body is None:
                jobs = self._listing(query)
                if query.model_id:
                    jobs = [j for j in jobs if j.fields["model_id"] == query.model_id]
                if query.name:
                    jobs = [j for j in jobs if query.name.lower() in j.fields["function"].lower()]
                body = self._page(jobs, page, size, total)
        return body

    def _plain_page(self, query: Any, page: int, size: int, total: bool) -> Response | None:
        """The page :meth:`_page` would give of an unfiltered, newest-first listing, read from its place.

        None when the query filters or sorts, or when archived jobs would have to be skipped.
        """
        archive = query.archive_status.value if query.archive_status is not None else "active"
        if query.model_id or query.name or query.status_name is not None or query.sort == "created":
            return None
        if archive == "archived" or (archive == "active" and self.count_archived()):
            return None
        return self._envelope(self.newest_page((page - 1) * size, size), self.count_jobs(), page, size, total)

    async def model_jobs(self, request: Request) -> Response:
        """GET /api/v2/models/{model_id}/jobs."""
        query = self.valid_query(M.ApiV2ModelsModelIdJobsGetParametersQuery, request)
        with self._lock:
            model = request.path_params["model_id"]
            if model != self.model_id:
                return self.error(404, "Model not found")
            jobs = self._listing(query)
            return self._page(jobs, query.page or 1, query.size or 10, True)

    async def available_jobs(self, request: Request) -> Response:
        """GET /api/v2/agents/{agent_id}/available_jobs: queued jobs an agent may claim."""
        query = self.valid_query(M.ApiV2AgentsAgentIdAvailableJobsGetParametersQuery, request)
        with self._lock:
            if request.path_params["agent_id"] != self.agent_id:
                return self.error(404, "Agent not found")
            unclaimed = self.grouped_now("status", self.current)
            jobs = self.newest_first(j for status in UNCLAIMED for j in unclaimed.get(status, []) if not j.archived)
            return self._page(jobs, query.page or 1, query.size or 10, True)

    async def one_job(self, request: Request) -> Response:
        """GET (read) or DELETE (archive) one job."""
        if request.method == "DELETE":
            await self.valid_body(request, M.Archive, required=False)
        with self._lock:
            job = self.found(request.path_params["job_id"])
            if request.method == "DELETE":
                if job.archived:
                    return self.error(409, "Job is already archived")
                job.archived = True
                job.fields["archive"].append((self.clock.now(), "Archived"))
            return self.json(self.representation(job))

    async def restore(self, request: Request) -> Response:
        """POST /api/v2/jobs/{job_id}:restore."""
        await self.valid_body(request, M.Restore, required=False)
        with self._lock:
            job = self.found(request.path_params["job_id"])
            if not job.archived:
                return self.error(409, "Job is not archived")
            job.archived = False
            job.fields["archive"].append((self.clock.now(), "Active"))
            return self.json(self.representation(job))

    async def update_status(self, request: Request) -> Response:
        """PUT /api/v2/jobs/{job_id}/status: a permitted transition, after which only such updates move the job."""
        query = self.valid_query(M.ApiV2JobsJobIdStatusPutParametersQuery, request)
        parsed = await self.valid_body(request, M.JobStatusMessage, required=False)
        message = None if parsed is None else parsed.message
        with self._lock:
            job = self.found(request.path_params["job_id"])
            now = self.clock.now()
            current, name = self._entries(job)[-1][1], query.status_name.value
            refused = refusal(current, name)
            if refused:
                return self.error(409, refused)
            history = self._entries(job)  # from now on the job's own, off the schedule
            history.append((max(now, history[-1][0]), name, message, query.agent_id))
            job.fields["history"] = history
            job.fields["message"] = message
            if name == "Canceled":
                job.cancel_requested_at = job.cancelled_at = now
            elif name in ("Completed", "Failed"):
                job.outcome = "succeeded" if name == "Completed" else "failed"
                job.starts_at = min(job.starts_at or now, now)
                job.ends_at = now
            elif RANK[name] >= RANK["Validating"]:  # running, until an agent says it has ended
                job.starts_at = min(job.starts_at or now, now)
                job.ends_at = None
            else:  # waiting, until an agent moves it on
                job.starts_at = job.ends_at = None
            return self.json(self.representation(job))


#: The order of the statuses a job passes through (the ends share the last rank).
RANK = {
    "Created": 0,
    "Pending": 1,
    "Claimed": 2,
    "Validating": 3,
    "Running": 4,
    "Uploading": 5,
    "Completed": 6,
    "Failed": 6,
    "Canceled": 6,
}


def refusal(current: str, wanted: str) -> str | None:
    """Why a job whose status is ``current`` may not move to ``wanted`` (None if it may)."""
    if current in TERMINAL_NAMES.values():
        return f"Job has already ended ({current})"
    if wanted not in RANK:
        return f"A job cannot be set to {wanted}"
    if wanted == current:
        return f"Job is already {current}"
    if wanted in ("Failed", "Canceled"):
        return None
    if wanted == "Completed" and current not in ("Running", "Uploading"):
        return f"Job cannot complete from {current}: it has not run"
    if RANK[wanted] < RANK[current]:
        return f"Job cannot go back from {current} to {wanted}"
    return None
