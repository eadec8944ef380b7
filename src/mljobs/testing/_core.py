"""The vendor-neutral part of every simulator: clock, job lifecycle, faults, request log, HTTP plumbing.

A vendor simulator (``mljobs.testing.<vendor>``) subclasses :class:`VendorSimulator`, maps the neutral
job phases to its vendor's states and answers its vendor's routes. Everything random comes from one
``random.Random(seed)`` per concern, and every time from the simulator's clock, so the same seed and
the same calls give the same responses, byte for byte.
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import json
import random
import threading
import time
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, ClassVar, Generic, Literal, get_args, get_origin

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send
from typing_extensions import TypeVar

from .._http import SIMULATOR_CLOCK, AsyncRetryTransport, RetryTransport
from .._registry import vendor as vendor_info

Phase = Literal["queued", "running", "succeeded", "failed", "cancelled"]
PHASES: tuple[Phase, ...] = get_args(Phase)
TERMINAL: frozenset[Phase] = frozenset({"succeeded", "failed", "cancelled"})
Outcome = Literal["succeeded", "failed", "never"]
FaultKind = Literal["500", "502", "503", "429", "drop", "slow"]
FAULT_KINDS: tuple[FaultKind, ...] = get_args(FaultKind)

#: 2024-05-01T12:00:00Z: the virtual clock's default start, so recorded times never depend on today.
VIRTUAL_EPOCH = 1_714_564_800.0
MASK = "***"
#: How many jobs' list answers :meth:`VendorSimulator.listed` keeps as JSON (Istari's are about 2 kB each).
LISTED_KEPT = 10_000
#: Every credential a simulator makes up contains this, so a test can prove none was recorded.
SECRET_MARKER = "sim-secret"


class Refusal(Exception):
    """An answer that cuts a route short (a 400, a 404), raised by the route helpers and sent as it is."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


class SimulatorError(ValueError):
    """A simulator was asked for something it cannot do (bad arguments from the test, not the client)."""


class Clock:
    """Simulator time in epoch seconds: virtual (moves only on :meth:`advance`) or wall-clock."""

    def __init__(self, *, virtual: bool = True, start: float = VIRTUAL_EPOCH) -> None:
        """Start a virtual clock at ``start``, or follow wall-clock time when ``virtual`` is False."""
        self.virtual = virtual
        self._offset = start if virtual else 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """The current simulator time."""
        with self._lock:
            return self._offset if self.virtual else time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (also on a wall clock, which then runs ahead)."""
        if seconds < 0:
            raise SimulatorError(f"advance() takes a duration >= 0, got {seconds}")
        with self._lock:
            self._offset += seconds


@dataclass
class SimJob:
    """One simulated job: when it was created, starts and ends, and how it ends."""

    id: str
    seq: int
    created_at: float
    starts_at: float | None
    ends_at: float | None
    outcome: Literal["succeeded", "failed"]
    fields: dict[str, Any] = field(default_factory=dict)
    cancel_requested_at: float | None = None
    cancelled_at: float | None = None
    archived: bool = False
    #: A status string to send instead of the real one (e.g. one the spec does not list yet).
    raw_state: str | None = None
    #: The simulator's set of archived jobs (their ``seq``), kept up to date whenever ``archived`` is set.
    archive_index: set[int] | None = field(default=None, repr=False, compare=False)
    #: How many times an attribute of any job has been set: what a job's state is at a given time can only
    #: change when this does (see :meth:`VendorSimulator.grouped_now`).
    changes: ClassVar[int] = 0

    def __setattr__(self, name: str, value: Any) -> None:
        """Set an attribute; setting ``archived`` also updates the simulator's :attr:`archive_index`."""
        object.__setattr__(self, name, value)
        SimJob.changes += 1
        if name in ("archived", "archive_index"):
            index = self.__dict__.get("archive_index")
            if index is not None:
                (index.add if self.__dict__.get("archived") else index.discard)(self.seq)

    def phase(self, now: float) -> Phase:
        """The job's neutral phase at time ``now``."""
        ends, cancel = self.ends_at, self.cancelled_at
        ended = ends is not None and now >= ends
        if cancel is not None and now >= cancel and (ends is None or not ended or cancel < ends):
            return "cancelled"
        if ended:
            return self.outcome
        if self.starts_at is not None and now >= self.starts_at:
            return "running"
        return "queued"

    def started(self, now: float) -> float | None:
        """When the job started running, if it has by ``now``."""
        if self.starts_at is None or now < self.starts_at:
            return None
        end = self.finished(now)
        return self.starts_at if end is None or self.starts_at <= end else None

    def finished(self, now: float) -> float | None:
        """When the job reached its terminal phase, if it has by ``now``."""
        phase = self.phase(now)
        if phase == "cancelled":
            return self.cancelled_at
        if phase in TERMINAL:
            return self.ends_at
        return None

    def progress(self, now: float) -> float:
        """Fraction of the work done at ``now``: 0 while queued, 1 only when succeeded.

        A failed or cancelled job stopped short of its work (at most 0.99), as a real one does.
        """
        phase = self.phase(now)
        if phase == "succeeded":
            return 1.0
        start = self.started(now)
        if start is None:
            return 0.0
        end = self.finished(now) or now
        if self.ends_at is None:
            return min(0.99, (end - start) / 3600.0)
        total = max(self.ends_at - start, 1e-9)
        return max(0.0, min(0.99, (end - start) / total))


@dataclass(frozen=True)
class RecordedRequest:
    """A request the simulator received, with credentials masked."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    body: bytes
    status: int = 0


@dataclass
class FaultPlan:
    """Which faults to inject, how often (seeded), and any queued for the next requests."""

    rate: float = 0.0
    kinds: tuple[FaultKind, ...] = FAULT_KINDS
    latency: float = 0.0
    retry_after: float = 1.0
    slow_seconds: float = 0.5
    queued: list[FaultKind] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Check the arguments once, with a message that names the bad one."""
        if not 0.0 <= self.rate <= 1.0:
            raise SimulatorError(f"fault_rate must be within [0, 1], got {self.rate}")
        bad = [k for k in self.kinds if k not in FAULT_KINDS]
        if bad:
            raise SimulatorError(f"unknown fault kind(s) {bad}; choose from {list(FAULT_KINDS)}")
        if self.latency < 0:
            raise SimulatorError(f"latency must be >= 0, got {self.latency}")


#: The vendor's sync and async mljobs client (``mljobs.Domino``, ``mljobs.AsyncDomino``), for :meth:`client`.
SyncClientT = TypeVar("SyncClientT", default=Any)
AsyncClientT = TypeVar("AsyncClientT", default=Any)


class VendorSimulator(Generic[SyncClientT, AsyncClientT]):
    """Base of every vendor simulator: state, lifecycle, faults and the ASGI app around its routes.

    Generic in the vendor's two mljobs clients, so ``sim.client()`` is typed (``VendorSimulator`` alone
    means "some vendor": its clients are ``Any``).
    """

    vendor: ClassVar[str]
    #: Credential header names to mask in :attr:`requests` (lower case).
    secret_headers: ClassVar[frozenset[str]] = frozenset({"authorization", "cookie"})
    #: Vendor status strings by neutral phase; the first is what the simulator sends.
    states: ClassVar[Mapping[Phase, Sequence[str]]]
    #: The vendor's API generations that answer the same paths in different shapes, of which a simulator
    #: speaks one (``api=``; the first is the default, the vendor's current service). Empty when the
    #: simulator serves every generation at once, each at its own paths.
    apis: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        *,
        seed: int = 0,
        clock: Clock | None = None,
        faults: FaultPlan | None = None,
        base_url: str = "http://127.0.0.1",
        api: str | None = None,
    ) -> None:
        """Create an empty simulator; jobs come from :meth:`add_jobs` (or the vendor's own create call).

        ``api`` picks the API generation to answer in, for a vendor that has several on the same paths
        (:attr:`apis`); None is the first of them.
        """
        if not self.apis and api is not None:
            raise SimulatorError(
                f"the {self.vendor} simulator serves all its API generations at once (each at its own paths); "
                f"api= chooses nothing, leave it out"
            )
        if self.apis and api is not None and api not in self.apis:
            raise SimulatorError(f"unknown {self.vendor} API {api!r}; choose from {list(self.apis)}")
        #: The API generation this simulator answers in (None: it serves them all at once).
        self.api: str | None = (api or self.apis[0]) if self.apis else None
        self.seed = seed
        self.clock = clock or Clock()
        self.faults = faults or FaultPlan()
        self.base_url = base_url
        self.jobs: dict[str, SimJob] = {}
        #: Every job in creation order (``_created[j.seq] is j``), and per indexed field (see
        #: :meth:`walk_newest`) the jobs of each value, also in creation order: listings walk back from
        #: the right place instead of sorting and filtering every job per request.
        self._created: list[SimJob] = []
        self._by_field: dict[str, dict[Any, list[SimJob]]] = {}
        self._archived: set[int] = set()
        #: :meth:`grouped_now`'s last answer per (grouping, ``where``), with the moment it holds for.
        self._grouped: dict[tuple[str, Any], tuple[tuple[float, int, int], dict[Any, list[SimJob]]]] = {}
        #: :meth:`check`'s last data checked per (model, job ``seq``), as its ``repr``.
        self._checked: dict[tuple[type[Any], int], str] = {}
        #: :meth:`listed`'s JSON by (kind, job ``seq``), with the key it was built from, least recently listed first.
        self._listed: OrderedDict[tuple[str, int], tuple[Any, bytes]] = OrderedDict()
        self.requests: list[RecordedRequest] = []
        self._rng = random.Random(f"{self.vendor}:jobs:{seed}")
        self._ids = random.Random(f"{self.vendor}:ids:{seed}")
        self._fault_rng = random.Random(f"{self.vendor}:faults:{seed}")
        self._lock = threading.RLock()
        self._seq = 0
        self.asgi_app = self._build_app()

    # ---- what each vendor provides -------------------------------------------------------------
    def routes(self) -> list[Route]:
        """The vendor's routes."""
        raise NotImplementedError

    def new_id(self, rng: random.Random) -> str:
        """A job id in the vendor's format."""
        raise NotImplementedError

    def job_fields(self, rng: random.Random, given: dict[str, Any]) -> dict[str, Any]:
        """Vendor fields of a new job (project, type, command, ...), ``given`` overriding defaults."""
        return dict(given)

    def authenticate(self, request: Request, body: bytes) -> Response | None:
        """None if the request carries valid credentials, else the vendor's 401 response."""
        raise NotImplementedError

    def error(self, status: int, message: str) -> Response:
        """The vendor's error response for ``status``."""
        raise NotImplementedError

    def error_for(self, request: Request, status: int, message: str) -> Response:
        """The vendor's error response for ``status`` to ``request`` (faults, unknown routes, crashes).

        The same as :meth:`error` unless a vendor serves several API generations whose error bodies
        differ: then the request's path says which generation answers.
        """
        return self.error(status, message)

    @property
    def credentials(self) -> dict[str, Any]:
        """Keyword arguments of the vendor's mljobs client that reach this simulator."""
        raise NotImplementedError

    @property
    def scope(self) -> dict[str, Any]:
        """Keyword arguments ``client.jobs.list()`` needs to see this simulator's jobs."""
        return {}

    @property
    def client_options(self) -> dict[str, Any]:
        """Keyword arguments :meth:`client` adds to :attr:`credentials` (e.g. the ``api=`` this simulator speaks)."""
        return {}

    # ---- clients bound to this simulator ------------------------------------------------------
    def client(self, **overrides: Any) -> SyncClientT:
        """The vendor's mljobs client for this simulator (``**sim.credentials``, its ``api=``; ``overrides`` win).

        On a virtual clock its waits (and its retries' backoff) advance this simulator's clock instead of
        sleeping, and read the time from it, so ``sim.client().jobs.wait_all(ids)`` returns in about
        the time the requests take. On a wall clock it is like any client.

        >>> with serve("domino") as sim:
        ...     ids = sim.add_jobs(100)
        ...     done = sim.client().jobs.wait_all(ids, raise_on_failure=False)
        """
        options = {**self.credentials, **self.client_options, **overrides}
        client: Any = vendor_info(self.vendor).client_class()(**options)
        if self.clock.virtual:
            self._on_this_clock(client.jobs, client.api.get_httpx_client(), RetryTransport, self.advance)
        return client  # type: ignore[no-any-return]

    def async_client(self, **overrides: Any) -> AsyncClientT:
        """The async twin of :meth:`client`: the vendor's ``Async...`` client, on this simulator's clock."""
        client: Any = vendor_info(self.vendor).client_class(asynchronous=True)(
            **{**self.credentials, **self.client_options, **overrides}
        )
        if self.clock.virtual:
            http = client.api.get_async_httpx_client()
            self._on_this_clock(client.jobs, http, AsyncRetryTransport, self._advance_async)
        return client  # type: ignore[no-any-return]

    def _on_this_clock(self, jobs: Any, http: Any, retrying: type[Any], sleep: Callable[[float], Any]) -> None:
        """Waits and retries of a client sleep by advancing this clock, and read the time from it."""
        jobs.sleep, jobs.monotonic = sleep, self.clock.now
        transport = getattr(http, "_transport", None)  # the RetryTransport mljobs wrapped, unless http_client=
        if isinstance(transport, retrying):
            transport.sleep = sleep

    async def _advance_async(self, seconds: float) -> None:
        self.advance(seconds)
        await asyncio.sleep(0)  # still a point where the awaiting task can be cancelled

    # ---- jobs --------------------------------------------------------------------------------
    def vendor_state(self, job: SimJob, *, real: bool = False) -> str:
        """The vendor's status string for ``job`` now (``real``: ignore a :meth:`set_raw_state` override)."""
        if job.raw_state is not None and not real:
            return job.raw_state
        return self.states[job.phase(self.clock.now())][0]

    def set_raw_state(self, job_id: str, raw_state: str | None) -> None:
        """Send ``raw_state`` as the job's status from now on (None: the real one again).

        For testing clients against a status the vendor adds tomorrow.
        """
        self.job(job_id).raw_state = raw_state

    def add_jobs(
        self,
        count: int = 1,
        *,
        states: Iterable[str] | None = None,
        outcome: Outcome | None = None,
        queue_seconds: float | None = None,
        run_seconds: float | None = None,
        **fields: Any,
    ) -> list[str]:
        """Add ``count`` jobs and return their ids, oldest first.

        ``states`` are neutral phases (``queued``, ``running``, ``succeeded``, ``failed``, ``cancelled``)
        dealt out in turn: each job is in that phase now and moves on as the clock advances. ``outcome``
        fixes how live jobs end (``never`` keeps them running); by default about one in ten fails.
        ``queue_seconds`` and ``run_seconds`` fix the schedule (default: seeded, 5-30 s and 30-300 s).
        Other keyword arguments set vendor fields (e.g. ``project_id``).
        """
        if count < 0:
            raise SimulatorError(f"count must be >= 0, got {count}")
        wanted: list[Phase] = []
        for state in states or ["queued"]:
            if state not in PHASES:
                raise SimulatorError(f"unknown state {state!r}; choose from {list(PHASES)}")
            wanted.append(state)
        if outcome is not None and outcome not in get_args(Outcome):
            raise SimulatorError(f"unknown outcome {outcome!r}; choose from {list(get_args(Outcome))}")
        ids = []
        with self._lock:
            for i in range(count):
                job = self._add_job(wanted[i % len(wanted)], outcome, queue_seconds, run_seconds, fields)
                ids.append(self.wire_id(job))
        return ids

    def wire_id(self, job: SimJob) -> str:
        """The id of ``job`` that answers show and :meth:`add_jobs` returns: by default its key in :attr:`jobs`."""
        return job.id

    def _add_job(
        self,
        phase: Phase,
        outcome: Outcome | None,
        queue_seconds: float | None,
        run_seconds: float | None,
        given: dict[str, Any],
    ) -> SimJob:
        rng, now = self._rng, self.clock.now()
        queued = queue_seconds if queue_seconds is not None else round(rng.uniform(5, 30), 3)
        running = run_seconds if run_seconds is not None else round(rng.uniform(30, 300), 3)
        ends = outcome or ("failed" if rng.random() < 0.1 else "succeeded")
        if phase == "queued":
            created = now - round(rng.uniform(0, 2), 3)
            starts = now + queued
        elif phase == "running":
            elapsed = running * round(rng.uniform(0.1, 0.9), 3)
            starts = now - elapsed
            created = starts - queued
        else:
            starts = now - running - round(rng.uniform(1, 600), 3)
            created = starts - queued
        job = SimJob(
            id=self.new_id(self._ids),
            seq=self._seq,
            created_at=created,
            starts_at=starts,
            ends_at=None if ends == "never" and phase not in TERMINAL else starts + running,
            outcome="succeeded" if ends == "never" else ends,
            fields=self.job_fields(rng, given),
            archive_index=self._archived,
        )
        if phase in ("succeeded", "failed"):
            job.outcome = phase
        elif phase == "cancelled":
            job.ends_at = None
            job.cancel_requested_at = job.cancelled_at = starts + running / 2
        self._seq += 1
        self.jobs[job.id] = job
        self._created.append(job)
        for name, groups in self._by_field.items():
            groups.setdefault(job.fields.get(name), []).append(job)
        return job

    def job(self, job_id: str) -> SimJob:
        """The simulated job ``job_id`` (KeyError if there is none).

        Every method that takes a job id looks it up here, so a vendor whose API generations spell ids
        differently (Vectara's v1 and v2) accepts either spelling everywhere by overriding this one method.
        """
        return self.jobs[job_id]

    def phase(self, job_id: str) -> Phase:
        """The neutral phase of job ``job_id`` now."""
        return self.job(job_id).phase(self.clock.now())

    def set_outcome(self, job_id: str, outcome: Outcome) -> None:
        """Make a live job end ``succeeded``, ``failed``, or ``never``."""
        job = self.job(job_id)
        if outcome == "never":
            job.ends_at = None
        else:
            job.outcome = outcome
            if job.ends_at is None:
                job.ends_at = max(self.clock.now(), job.starts_at or 0.0) + 60.0

    def cancel_later(self, job_id: str, after: float) -> None:
        """Have the service itself cancel (abort, stop) a job ``after`` seconds from now, unless it ends first."""
        if after < 0:
            raise SimulatorError(f"after must be >= 0, got {after}")
        job = self.job(job_id)
        with self._lock:
            job.cancel_requested_at = job.cancelled_at = self.clock.now() + after

    def advance(self, seconds: float) -> None:
        """Move the simulator's clock forward; jobs move through their states accordingly."""
        self.clock.advance(seconds)

    def newest_first(self, jobs: Iterable[SimJob] | None = None) -> list[SimJob]:
        """Jobs ordered newest first, the order every vendor lists in (all of them: a copy, not a sort)."""
        if jobs is None:
            return self._created[::-1]
        return sorted(jobs, key=lambda j: -j.seq)

    def walk_newest(self, before: int | None = None, *, where: tuple[str, Any] | None = None) -> Iterator[SimJob]:
        """Jobs newest first, one at a time, starting just below job number ``before`` (a ``seq``; None: the newest).

        ``where=(field, value)``: only jobs whose ``fields[field] == value`` (a field that never changes once a
        job exists, e.g. ``project_id``), read from an index kept as jobs are added. A page costs the jobs
        it walks over, not the jobs stored.
        """
        jobs = self._created if where is None else self._indexed(*where)
        end = len(jobs) if before is None else bisect_left(jobs, before, key=_seq)
        return (jobs[i] for i in range(end - 1, -1, -1))

    def newest_page(
        self, offset: int, limit: int, *, where: tuple[str, Any] | None = None, of: list[SimJob] | None = None
    ) -> list[SimJob]:
        """``newest_first()[offset : offset + limit]`` (of the jobs ``where`` selects), without the other jobs.

        ``of``: of these jobs instead, in creation order (e.g. a group of :meth:`grouped_now`).
        """
        jobs = of if of is not None else self._created if where is None else self._indexed(*where)
        stop = len(jobs) - max(offset, 0)
        return jobs[max(stop - max(limit, 0), 0) : max(stop, 0)][::-1]

    def count_jobs(self, *, where: tuple[str, Any] | None = None) -> int:
        """How many jobs there are (that ``where`` selects, as in :meth:`walk_newest`), without counting them."""
        return len(self._created if where is None else self._indexed(*where))

    def grouped_now(
        self, name: str, key: Callable[[SimJob], Any], *, where: tuple[str, Any] | None = None
    ) -> dict[Any, list[SimJob]]:
        """The jobs (that ``where`` selects, as in :meth:`walk_newest`) by ``key(job)`` now, each in creation order.

        For a key that changes with the clock (a status): it is worked out for every job once per moment,
        not once per request, since it can only change when the clock moves, a job is added or a job's
        attribute is set. The listings of one moment (a group wait's pages of every terminal status) then
        cost their pages: ``newest_page(offset, limit, of=groups.get(status, []))``. ``name`` names the
        grouping (one kept per name and ``where``). Callers must not change the lists.
        """
        jobs = self._created if where is None else self._indexed(*where)
        moment = (self.clock.now(), SimJob.changes, len(jobs))
        kept = self._grouped.get((name, where))
        if kept is not None and kept[0] == moment:
            return kept[1]
        groups: dict[Any, list[SimJob]] = {}
        for job in jobs:
            value = key(job)
            group = groups.get(value)
            if group is None:
                groups[value] = [job]
            else:
                group.append(job)
        self._grouped[(name, where)] = (moment, groups)
        return groups

    def count_archived(self) -> int:
        """How many jobs are archived now, without looking at every job."""
        return len(self._archived)

    def _indexed(self, name: str, value: Any) -> list[SimJob]:
        groups = self._by_field.get(name)
        if groups is None:  # the first listing by this field: index it once, then as jobs are added
            groups = self._by_field[name] = {}
            for job in self._created:
                groups.setdefault(job.fields.get(name), []).append(job)
        return groups.get(value, [])

    # ---- faults ------------------------------------------------------------------------------
    def inject(self, kind: FaultKind, count: int = 1) -> None:
        """Answer the next ``count`` requests with fault ``kind`` (``429``, ``503``, ``drop``, ...)."""
        if kind not in FAULT_KINDS:
            raise SimulatorError(f"unknown fault kind {kind!r}; choose from {list(FAULT_KINDS)}")
        with self._lock:
            self.faults.queued.extend([kind] * count)

    def _next_fault(self) -> FaultKind | None:
        with self._lock:
            if self.faults.queued:
                return self.faults.queued.pop(0)
            if self.faults.rate and self._fault_rng.random() < self.faults.rate:
                return self._fault_rng.choice(self.faults.kinds)
        return None

    def fault_response(self, kind: FaultKind, request: Request | None = None) -> Response:
        """The response a fault of ``kind`` gets (``drop`` and ``slow`` are handled by the app)."""
        error = self.error if request is None else partial(self.error_for, request)
        response = error(
            int(kind),
            {"429": "Too many requests", "500": "Internal error", "502": "Bad gateway", "503": "Service unavailable"}[
                kind
            ],
        )
        if kind in ("429", "503"):
            response.headers["Retry-After"] = f"{self.faults.retry_after:g}"
        return response

    # ---- HTTP plumbing -----------------------------------------------------------------------
    def _build_app(self) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
        inner = Starlette(routes=self.routes())
        inner.add_exception_handler(404, self._not_routed)
        inner.add_exception_handler(405, self._not_routed)
        inner.add_exception_handler(Refusal, self._refused)
        inner.add_exception_handler(Exception, self._crashed)

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await inner(scope, receive, send)
                return
            request = Request(scope, receive)
            body = await request.body()
            recorded: list[bool] = []

            def record(status: int) -> None:
                # Recorded when the answer starts, so a test that has the answer also has the log entry.
                if not recorded:
                    recorded.append(True)
                    self._record(request, body, status)

            async def replay() -> Message:
                return {"type": "http.request", "body": body, "more_body": False}

            async def recording_send(message: Message) -> None:
                if message["type"] == "http.response.start":
                    record(message["status"])
                    clock = b"virtual" if self.clock.virtual else b"wall"  # a timed-out wait explains itself
                    message = {**message, "headers": [*message.get("headers", []), (SIMULATOR_CLOCK.encode(), clock)]}
                await send(message)

            try:
                fault = self._next_fault()
                if self.faults.latency:
                    await asyncio.sleep(self.faults.latency)
                if fault == "slow":
                    await asyncio.sleep(self.faults.slow_seconds)
                elif fault == "drop":
                    # Start a response and break the connection before its body: the client sees a
                    # connection error (an incomplete message), as from a proxy that dies mid-answer.
                    record(-1)
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 200,
                            "headers": [(b"content-length", b"1024"), (b"content-type", b"application/json")],
                        }
                    )
                    await send({"type": "http.response.body", "body": b'{"partial":', "more_body": True})
                    raise ConnectionAbortedError("simulated dropped connection")
                elif fault is not None:
                    await self.fault_response(fault, request)(scope, replay, recording_send)
                    return
                denied = self.authenticate(request, body)
                if denied is not None:
                    await denied(scope, replay, recording_send)
                    return
                await inner(scope, replay, recording_send)
            finally:
                record(0)

        return app

    def _record(self, request: Request, body: bytes, status: int) -> None:
        headers = {k: (MASK if k in self.secret_headers else v) for k, v in request.headers.items()}
        query = tuple(
            (k, MASK if k.lower() in self.secret_headers else v) for k, v in request.query_params.multi_items()
        )
        with self._lock:
            self.requests.append(RecordedRequest(request.method, request.url.path, query, headers, body, status))

    async def _not_routed(self, request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 404)
        response = self.error_for(request, code, f"no route for {request.method} {request.url.path}")
        for name, value in (getattr(exc, "headers", None) or {}).items():
            response.headers[name] = value  # e.g. Allow on a 405
        return response

    @staticmethod
    async def _refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Refusal)
        return exc.response

    async def _crashed(self, request: Request, exc: Exception) -> Response:
        # A bug in a simulator must still answer in the vendor's shape, never with a traceback.
        return self.error_for(request, 500, f"simulator error: {type(exc).__name__}")

    # ---- helpers for vendor routes -------------------------------------------------------------
    def listed(self, job: SimJob, kind: str, key: Any, build: Callable[[], Any]) -> bytes:
        """``encode(build())``, ``job``'s ``kind`` of answer, built again only when ``key`` has changed.

        A list answer sends every job of its page, most of them unchanged since the last poll: ``key`` is
        everything the answer is made from that can change (times, status, fields), and the JSON of the
        last :data:`LISTED_KEPT` answers is kept with its key. Join them with :meth:`json_listing`.
        """
        kept = self._listed.get((kind, job.seq))
        if kept is not None and kept[0] == key:
            self._listed.move_to_end((kind, job.seq))
            return kept[1]
        body = self.encode(build())
        self._listed[(kind, job.seq)] = (key, body)
        if len(self._listed) > LISTED_KEPT:
            self._listed.popitem(last=False)
        return body

    def check(self, model: type[Any], data: Mapping[str, Any], job: SimJob) -> None:
        """Validate ``job``'s answer ``data`` with the generated pydantic ``model`` (once for the same data).

        The simulator never sends what the spec does not allow: a ``ValidationError`` is a simulator bug.
        Data equal to what was last checked for this job and model passed then and is not checked again:
        a listing sends most of its jobs unchanged from one poll to the next.
        """
        seen = repr(data)
        key = (model, job.seq)
        if self._checked.get(key) != seen:
            model.model_validate(data)
            self._checked[key] = seen

    def invalid(self, problem: str) -> Response:
        """The answer to invalid parameters or an invalid body: by default the vendor's 400 saying ``problem``."""
        return self.error(400, problem)

    def job_missing(self, job_id: str) -> Response:
        """The answer to a request for a job there is not: by default the vendor's 404 naming it."""
        return self.error(404, f"Job {job_id} not found")

    def found(self, job_id: str) -> SimJob:
        """The job ``job_id`` of :attr:`jobs`; there is none: :class:`Refusal` with :meth:`job_missing`."""
        job = self.jobs.get(job_id)
        if job is None:
            raise Refusal(self.job_missing(job_id))
        return job

    def read_query(self, model: type[Any], request: Request) -> tuple[Any, str | None]:
        """The query string validated with ``model``: (the query, None) or (None, what is wrong)."""
        return parse_query(model, request)

    def valid_query(self, model: type[Any], request: Request) -> Any:
        """The query string validated with ``model`` (:meth:`read_query`); invalid: :class:`Refusal`."""
        query, problem = self.read_query(model, request)
        if problem:
            raise Refusal(self.invalid(problem))
        return query

    async def valid_body(
        self, request: Request, model: type[Any], *, required: bool = True, refuse_null: bool = False
    ) -> Any:
        """The body validated with ``model`` (:meth:`read_model`); invalid, or absent if required: :class:`Refusal`."""
        body, problem = await self.read_model(request, model, refuse_null=refuse_null)
        if problem or (required and body is None):
            raise Refusal(self.invalid(problem or "a request body is required"))
        return body

    @staticmethod
    def encode(data: Any) -> bytes:
        """``data`` as JSON with stable bytes (no whitespace, keys in the order given): what :meth:`json` sends."""
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()

    @classmethod
    def json(cls, data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
        """A JSON response with stable bytes (no whitespace, keys in the order given)."""
        body = cls.encode(data)
        return Response(body, status_code=status, headers=dict(headers or {}), media_type="application/json")

    @classmethod
    def json_listing(cls, key: str, items: Iterable[bytes], rest: Mapping[str, Any]) -> Response:
        """``json({key: [...], **rest})`` from its items already :meth:`encode`-d, byte for byte the same answer."""
        tail = cls.encode(dict(rest))[1:] if rest else b"}"
        body = b"".join((cls.encode(key), b":[", b",".join(items), b"]", b"," if rest else b"", tail))
        return Response(b"{" + body, media_type="application/json")

    @staticmethod
    async def read_model(request: Request, model: type[Any], *, refuse_null: bool = False) -> tuple[Any, str | None]:
        """An optional JSON body validated with ``model``: (None, None) when there is no body at all.

        ``refuse_null``: a ``null`` anywhere in the body is an error, for a schema with no nullable field
        (the generated pydantic models accept null for every optional field, nullable or not).
        """
        body = await request.body()
        if not body.strip():
            return None, None
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return None, f"malformed JSON body: {exc}"
        if refuse_null:
            where = _null_at(data)
            if where is not None:
                return None, f"invalid request: {where or 'body'}: null is not allowed here"
        # Strict, as JSON APIs are: "true" is not a boolean and 5 is not a string.
        return parse_model(model, body, strict=True)

    @staticmethod
    async def read_json(request: Request) -> tuple[Any, str | None]:
        """The request's JSON body, or an error message saying why it is not JSON."""
        body = await request.body()
        if not body.strip():
            return None, None
        try:
            return json.loads(body), None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return None, f"malformed JSON body: {exc}"


def _null_at(data: Any, path: str = "") -> str | None:
    """The dotted path of the first ``null`` in ``data`` ("" for the top level), or None when it has none."""
    if data is None:
        return path
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        found = _null_at(value, f"{path}.{key}" if path else str(key))
        if found is not None:
            return found
    return None


def _seq(job: SimJob) -> int:
    return job.seq


def rfc3339(epoch: float) -> str:
    """An RFC 3339 UTC timestamp (``2024-05-01T12:00:07.123Z``) for epoch seconds."""
    return _rfc3339(round(epoch, 3))


@functools.lru_cache(maxsize=1 << 16)
def _rfc3339(epoch: float) -> str:
    # Cached: a job's times never change, and every listing sends them again (a third of a RIME page's cost).
    stamp = datetime.datetime.fromtimestamp(epoch, datetime.UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def _is_list(annotation: Any) -> bool:
    return get_origin(annotation) is list or any(_is_list(a) for a in get_args(annotation))


def parse_model(
    model: type[Any], data: Any, *, strict: bool = False, field_errors: dict[str, str] | None = None
) -> tuple[Any, str | None]:
    """Validate ``data`` (a parsed value, or JSON bytes when ``strict``) with a generated pydantic model.

    Returns (instance, None) or (None, a readable error). ``field_errors``, when given, is filled with
    each invalid field's message by its name (for vendors whose 400 body lists them).
    """
    # Imported here, so that without the testing extra the error names starlette (mljobs._extras).
    from pydantic import ValidationError

    try:
        if isinstance(data, bytes | str):
            return model.model_validate_json(data, strict=strict), None
        return model.model_validate(data, strict=strict), None
    except ValidationError as exc:
        found = [(".".join(str(p) for p in err["loc"]) or "body", err["msg"]) for err in exc.errors()]
        if field_errors is not None:
            for name, message in found:
                field_errors.setdefault(name.split(".", 1)[0], message)
        return None, "invalid request: " + "; ".join(f"{name}: {message}" for name, message in found)


def route_table(table: Mapping[str, Callable[[Request], Awaitable[Response]]]) -> list[Route]:
    """Routes from ``{"METHOD[,METHOD] /path": endpoint}``, in the table's order (starlette tries them in turn)."""
    routes = []
    for key, endpoint in table.items():
        methods, _, path = key.partition(" ")
        routes.append(Route(path, endpoint, methods=methods.split(",")))
    return routes


def parse_query(
    model: type[Any], request: Request, *, field_errors: dict[str, str] | None = None
) -> tuple[Any, str | None]:
    """Validate the query string with a generated ``...ParametersQuery`` model (repeated keys for lists)."""
    return parse_query_items(model, request.query_params.multi_items(), field_errors=field_errors)


def list_keys(model: type[Any]) -> set[str]:
    """The query keys of a generated ``...ParametersQuery`` model that take a list (one repeated key per value)."""
    return {(info.alias or name) for name, info in model.model_fields.items() if _is_list(info.annotation)}


def parse_query_items(
    model: type[Any], items: Iterable[tuple[str, str]], *, field_errors: dict[str, str] | None = None
) -> tuple[Any, str | None]:
    """Validate query ``(key, value)`` pairs with a generated ``...ParametersQuery`` model."""
    lists = list_keys(model)
    data: dict[str, Any] = {}
    for key, value in items:
        if key in lists:
            data.setdefault(key, []).append(value)
        else:
            data[key] = value
    return parse_model(model, data, field_errors=field_errors)
