"""Vectara simulator: v1's ``POST /v1/list-jobs`` and v2's ``GET /v2/jobs[/{job_id}]`` of ``specs/vectara.yaml``.

Both generations serve the same jobs, under one id each: ``job_`` and 20 hex digits, the shape of v2's ids,
which v1's answers show too. ``sim.add_jobs`` returns these, so they work as they are with the default client
(``mljobs.Vectara()``, v2) and with ``api="v1"``. A job's key in ``sim.jobs`` is the opaque base64 id it was
drawn with (the real v1 service's shape; :meth:`Simulator.v2_id` turns it into the id answers show, and no
answer shows it); every method that takes a job id (``sim.phase``, ``sim.job``, ``sim.set_outcome``, ...)
accepts either. The v2 state, type, corpus keys
and times are derived from the same :class:`~mljobs.testing.SimJob` as v1's (see :data:`V2_STATES`,
:data:`V2_TYPES`, :meth:`Simulator.corpus_key_of`): a job is ``started`` in v2 exactly when it is
``JOB_STATE__STARTED`` in v1, and the two show the same instants (v1 in whole epoch seconds, v2 in RFC 3339
with milliseconds, absent while not reached).

## v1

Auth: the ``customer-id`` header is required (without it: 401, grpc code 16, "Request does not contain
customer-id-bin header."), plus either ``x-api-key: <personal API key>`` or ``Authorization: Bearer <JWT>``
(:attr:`Simulator.access_token`); anything else is a 401 ``googlerpcStatus`` with code 16.

The body is parsed like grpc-gateway's protojson: unknown keys are ignored; malformed JSON, a wrong type
and an enum name that is not one of the exact ``JOB_STATE__*`` names get HTTP 400 with grpc code 3
(``proto: (line 1:12): invalid value for enum type: "QUEUED"``), never a 500. Types are checked strictly
against the spec (a number where it says string, or ``null``, is refused), and the body is required as
the spec says (grpc-gateway itself would read a missing one as ``{}``).

Filters are ANDed: ``jobId``, ``corpusId`` (any of the job's corpora), ``epochSecs`` (created at or
after; at most 180 days back, which is also the default; further back is a 400) and ``state``.
``numResults`` defaults to 10 and may be at most 100 (above it: 400, code 3).

**The default of ``state``.** The document says both "If not specified, all job states are fetched" and
"Default: If not set, JOB_STATE__QUEUED and JOB_STATE__STARTED are returned". The simulator follows the
more specific second sentence: an empty or missing ``state`` lists only QUEUED and STARTED jobs. Send
the states you want (all six real ones) to see finished jobs.

Pages come newest first. ``pageKey`` is ``""`` on the last page, otherwise standard base64 of an opaque
key that holds the resolved filters, the page size and the last job handed out, so jobs added while
paging never shift a page. When ``pageKey`` is set every other field is ignored (the body is still
parsed, so a wrong type is still a 400); a key the simulator did not make is a 400. Filters match a
job's real state: :meth:`~mljobs.testing.VendorSimulator.set_raw_state` changes only what is sent.

Job ids come from the seeded RNG (see above: ``job_...``, where the real v1 service's are opaque base64);
``jobId`` matches them. A job has ``corpusId`` (the simulator's :attr:`Simulator.corpus_id` unless
``add_jobs(..., corpus_id=[...])``), ``type`` and ``userHandle``.
Times are epoch seconds as strings, ``"0"`` while not set. States: ``JOB_STATE__QUEUED``, then
``JOB_STATE__STARTED``, then ``JOB_STATE__COMPLETED``, ``JOB_STATE__FAILED`` or ``JOB_STATE__ABORTED``
(a cancelled job; v1 has no cancel call). ``status`` is ``[]`` when all is well;
:meth:`Simulator.inject_status` makes the next answers HTTP 200 with a non-OK in-band ``status[]``.

## v2

Auth: ``x-api-key`` (the simulator's key) or ``Authorization: Bearer`` (its token); no ``customer-id``
(one that is sent is ignored). Anything else is a 401 ``Error`` (``{"messages": [...], "request_id"}``).
Every v2 error, faults included, is ``Error``, ``NotFoundError`` (a get's 404) or ``BadRequestError``
(400, with ``field_errors``); request ids are counted per simulator, so recordings repeat.

``GET /v2/jobs`` filters on ``corpus_key`` (any of the job's), ``after`` (created strictly after) and
``state`` (repeated keys; none given: every state), newest first, ``limit`` 1 to 100 (default 10). More
pages: ``metadata.page_key``, an opaque URL-safe base64 key that holds the filters, the page size and the
last job handed out (so jobs added while paging never shift a page); the last page's ``metadata`` has no
``page_key``. With ``page_key`` the other parameters are still checked but ignored (the key's win), as the
official SDK sends them all again; a key the simulator did not make is a 400. ``GET /v2/jobs/{job_id}``
answers the job, or 404 ``NotFoundError`` with the id.

:attr:`Simulator.credentials` fit ``mljobs.Vectara`` with either ``api=`` (v2, the default, ignores ``customer_id``);
:meth:`Simulator.credentials_for` gives exactly what each API generation uses (``"v2"``: no customer id).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any, ClassVar, Literal, get_args

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._core import Phase, SimJob, SimulatorError, VendorSimulator, parse_query, rfc3339
from ._models import vectara as M

if TYPE_CHECKING:
    from .._async.vectara import AsyncVectara  # noqa: F401 (the base class's type arguments)
    from .._sync.vectara import Vectara  # noqa: F401

#: grpc status code by HTTP status, as grpc-gateway maps them.
GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 10, 429: 8, 500: 13, 502: 14, 503: 14, 504: 4}
MAX_NUM_RESULTS = 100
DEFAULT_NUM_RESULTS = 10
MAX_LOOKBACK = 180 * 24 * 3600
#: The states a ListJobs without ``state`` lists (see the module docstring).
DEFAULT_STATES = ("JOB_STATE__QUEUED", "JOB_STATE__STARTED")
#: Every state but UNKNOWN, in the spec's (proto) order: what a client sends to see every job.
REAL_STATES = tuple(s.value for s in M.AdminJobState if s is not M.AdminJobState.JOB_STATE__UNKNOWN)
JOB_TYPES = ("JOB__CORPUS_REPLACE_FILTER_ATTRS", "JOB__CORPUS_REBUILD_VECTOR_INDEX")
INT64_MAX = 2**63 - 1
NO_CUSTOMER_ID = "Request does not contain customer-id-bin header."

#: The API generations this simulator serves (both at once, over the same jobs), the client's default first.
VectaraApi = Literal["v2", "v1"]
APIS: tuple[VectaraApi, ...] = get_args(VectaraApi)
#: v1 job state -> v2 job state (the same seven, one for one).
V2_STATES: Mapping[str, str] = {
    "JOB_STATE__UNKNOWN": "unknown",
    "JOB_STATE__QUEUED": "queued",
    "JOB_STATE__STARTED": "started",
    "JOB_STATE__COMPLETED": "completed",
    "JOB_STATE__FAILED": "failed",
    "JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT": "failed_will_retry",
    "JOB_STATE__ABORTED": "aborted",
}
V1_STATES: Mapping[str, str] = {v2: v1 for v1, v2 in V2_STATES.items()}
#: v1 job type -> v2 job type (v2's ``bulk_delete_documents`` has no v1 name, so no simulated job has it).
V2_TYPES: Mapping[str, str] = {
    "JOB__UNKNOWN": "unknown",
    "JOB__CORPUS_REBUILD_VECTOR_INDEX": "rebuild_vector_index",
    "JOB__CORPUS_REPLACE_FILTER_ATTRS": "replace_filter_attributes",
}
V2_DEFAULT_LIMIT = 10
V2_PREFIX = "/v2/"
CORPUS_KEY = re.compile(r"[a-zA-Z0-9_=\-]{1,50}")
#: An RFC 3339 date-time (pydantic alone would also take a number of epoch seconds).
RFC3339 = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)")


class Simulator(VendorSimulator["Vectara", "AsyncVectara"]):
    """A stateful Vectara v1 ListJobs service."""

    vendor = "vectara"
    secret_headers = frozenset({"x-api-key", "authorization", "cookie"})
    states: ClassVar[dict[Phase, tuple[str, ...]]] = {
        "queued": ("JOB_STATE__QUEUED",),
        "running": ("JOB_STATE__STARTED", "JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT"),
        "succeeded": ("JOB_STATE__COMPLETED",),
        "failed": ("JOB_STATE__FAILED",),
        "cancelled": ("JOB_STATE__ABORTED",),
    }

    def __init__(self, **kwargs: Any) -> None:
        """See :class:`VendorSimulator`."""
        super().__init__(**kwargs)
        rng = random.Random(f"vectara:key:{self.seed}")
        # Ten digits, as Vectara's are, and never a 17xxxxxxxx epoch second (cassettes scrub it as text).
        self.customer_id = rng.randint(2_000_000_000, 4_000_000_000)
        self.api_key = "zut_sim-secret-" + rng.randbytes(12).hex()
        #: A JWT stand-in for ``Authorization: Bearer``.
        self.access_token = "eyJ.vectara-sim-secret-" + rng.randbytes(12).hex()
        self.corpus_id = rng.randint(1, 999)
        self.user_handle = f"sim-user-{rng.randbytes(3).hex()}@example.com"
        #: The corpus key (v2) of :attr:`corpus_id` (v1).
        self.corpus_key = self.corpus_key_of(self.corpus_id)
        self._statuses: list[tuple[str, str]] = []
        self._v2_ids: dict[str, str] = {}
        self._v2_errors = 0

    @property
    def credentials(self) -> dict[str, Any]:
        """``mljobs.Vectara(**sim.credentials)``: base URL, API key and customer id.

        The default client (``api="v2"``) takes the customer id and never sends it, so these fit it and
        ``mljobs.Vectara(**sim.credentials, api="v1")`` alike; :meth:`credentials_for` gives exactly what each
        generation uses (``"v2"``: no customer id).
        """
        return self.credentials_for("v1")

    def credentials_for(self, api: VectaraApi) -> dict[str, Any]:
        """The client keywords API generation ``api`` uses: ``"v1"`` adds ``customer_id`` to ``"v2"``'s."""
        if api not in APIS:
            raise SimulatorError(f"unknown Vectara API {api!r}; choose from {list(APIS)}")
        keys: dict[str, Any] = {"base_url": self.base_url, "api_key": self.api_key}
        return {**keys, "customer_id": self.customer_id} if api == "v1" else keys

    def routes(self) -> list[Route]:
        """v1's ListJobs, and v2's list and get."""
        return [
            Route("/v1/list-jobs", self.list_jobs, methods=["POST"]),
            Route("/v2/jobs", self.list_jobs_v2, methods=["GET"]),
            Route("/v2/jobs/{job_id}", self.get_job_v2, methods=["GET"]),
        ]

    # ---- ids across the two generations --------------------------------------------------------
    @staticmethod
    def v2_id(job_id: str) -> str:
        """The id answers show (``job_...``) of the job keyed ``job_id`` in :attr:`jobs` (one is returned unchanged)."""
        if job_id.startswith("job_"):
            return job_id
        return "job_" + hashlib.sha256(job_id.encode()).hexdigest()[:20]

    def wire_id(self, job: SimJob) -> str:
        """The id both generations' answers show and :meth:`add_jobs` returns: its v2 id."""
        return self.v2_id(job.id)

    def job(self, job_id: str) -> SimJob:
        """The simulated job with id ``job_id``, or with that key in :attr:`jobs` (KeyError if there is none)."""
        found = self.jobs.get(job_id)
        return found if found is not None else self.jobs[self._key_of(job_id) or job_id]

    def _key_of(self, job_id: str) -> str | None:
        """The key in :attr:`jobs` of the job whose answers show ``job_id`` (None if none does)."""
        with self._lock:
            if len(self._v2_ids) != len(self.jobs):  # jobs are only ever added
                self._v2_ids = {self.v2_id(key): key for key in self.jobs}
            return self._v2_ids.get(job_id)

    @staticmethod
    def corpus_key_of(corpus_id: int) -> str:
        """The v2 corpus key of v1 corpus ``corpus_id`` (``sim-corpus-<id>``)."""
        return f"sim-corpus-{corpus_id}"

    def new_id(self, rng: random.Random) -> str:
        """An opaque standard-base64 id, like ``SDIzYktHMzNHMlJpsbXC8p5IJaONNGgnpbsUViXXkOoqnA==``."""
        return base64.b64encode(rng.randbytes(34)).decode()

    def job_fields(self, rng: random.Random, given: dict[str, Any]) -> dict[str, Any]:
        """``corpus_id`` (a list; the simulator's corpus by default), ``type`` and ``user_handle``.

        Also ``corpus_key`` (v2: by default the keys of the job's corpus ids, :meth:`corpus_key_of`); a
        ``type`` may be given by its v1 or its v2 name.
        """
        fields: dict[str, Any] = {
            "corpus_id": [self.corpus_id],
            "type": rng.choice(JOB_TYPES),
            "user_handle": self.user_handle,
        }
        fields.update(given)
        fields["type"] = {v2: v1 for v1, v2 in V2_TYPES.items()}.get(fields["type"], fields["type"])
        corpus = fields["corpus_id"]
        if isinstance(corpus, int) and not isinstance(corpus, bool):
            corpus = [corpus]
        if not isinstance(corpus, list | tuple) or not all(
            isinstance(c, int) and not isinstance(c, bool) and 0 <= c < 2**32 for c in corpus
        ):
            raise SimulatorError(f"corpus_id must be a list of corpus ids (uint32), got {fields['corpus_id']!r}")
        fields["corpus_id"] = list(corpus)
        keys = fields.get("corpus_key", [self.corpus_key_of(c) for c in fields["corpus_id"]])
        if isinstance(keys, str):
            keys = [keys]
        if not isinstance(keys, list | tuple) or not all(isinstance(k, str) and CORPUS_KEY.fullmatch(k) for k in keys):
            raise SimulatorError(f"corpus_key must be a list of corpus keys ([a-zA-Z0-9_=-], 1 to 50), got {keys!r}")
        fields["corpus_key"] = list(keys)
        if fields["type"] not in {t.value for t in M.AdminJobType}:
            raise SimulatorError(
                f"unknown job type {fields['type']!r}; choose from {[t.value for t in M.AdminJobType]}"
            )
        return fields

    def authenticate(self, request: Request, body: bytes) -> Response | None:
        """v1: ``customer-id`` (the simulator's), and ``x-api-key`` or ``Authorization: Bearer`` (its JWT).

        v2: the key or the token alone.
        """
        if request.url.path.startswith(V2_PREFIX):
            return self._authenticate_v2(request)
        customer = request.headers.get("customer-id")
        if customer is None:
            return self.error(401, NO_CUSTOMER_ID)
        key = request.headers.get("x-api-key")
        authorization = request.headers.get("authorization")
        if key is not None:
            if key != self.api_key:
                return self.error(401, "Invalid API key.")
        elif authorization is not None:
            scheme, _, token = authorization.strip().partition(" ")
            if scheme.lower() != "bearer" or token.strip() != self.access_token:
                return self.error(401, "Invalid or expired JWT.")
        else:
            return self.error(401, "Request contains neither an x-api-key header nor a Bearer token.")
        if customer.strip() != str(self.customer_id):
            return self.error(401, "The credentials do not belong to the customer in the customer-id header.")
        return None

    def _authenticate_v2(self, request: Request) -> Response | None:
        key = request.headers.get("x-api-key")
        authorization = request.headers.get("authorization")
        if key is not None:
            return None if key == self.api_key else self.v2_error(401, "Invalid API key.")
        if authorization is not None:
            scheme, _, token = authorization.strip().partition(" ")
            if scheme.lower() == "bearer" and token.strip() == self.access_token:
                return None
            return self.v2_error(401, "Invalid or expired access token.")
        return self.v2_error(401, "Request contains neither an x-api-key header nor a Bearer token.")

    def error(self, status: int, message: str, code: int | None = None) -> Response:
        """A v1 ``googlerpcStatus`` body (``code``: the grpc code, by default the one grpc-gateway maps)."""
        code = GRPC_CODES.get(status, 2) if code is None else code
        return self.json(M.GooglerpcStatus(code=code, message=message, details=[]).model_dump(mode="json"), status)

    def error_for(self, request: Request, status: int, message: str) -> Response:
        """v2's error body on a v2 path, v1's anywhere else."""
        if request.url.path.startswith(V2_PREFIX):
            return self.v2_error(status, message)
        return self.error(status, message)

    def v2_error(
        self, status: int, message: str, *, job_id: str | None = None, field_errors: dict[str, str] | None = None
    ) -> Response:
        """A v2 error: ``NotFoundError`` for 404, ``BadRequestError`` for 400, ``Error`` otherwise."""
        with self._lock:
            self._v2_errors += 1
            request_id = f"req-sim-{self.seed}-{self._v2_errors}"
        body: dict[str, Any] = {"messages": [message], "request_id": request_id}
        if status == 404:
            M.NotFoundError.model_validate(body := {"id": job_id or "", **body})
        elif status == 400:
            M.BadRequestError.model_validate(body := {"field_errors": dict(field_errors or {}), **body})
        else:
            M.Error.model_validate(body)
        return self.json(body, status)

    # ---- test hooks ----------------------------------------------------------------------------
    def inject_status(self, code: str, detail: str = "", count: int = 1) -> None:
        """Answer the next ``count`` valid ListJobs calls with HTTP 200 and ``status: [{code, detail}]``.

        For testing clients against v1's in-band errors (e.g. ``PERMISSION_DENIED``).
        """
        known = {c.value for c in M.VectaraStatusCode}
        if code not in known:
            raise SimulatorError(f"unknown status code {code!r}; use a VectaraStatusCode name")
        if count < 0:
            raise SimulatorError(f"count must be >= 0, got {count}")
        with self._lock:
            self._statuses.extend([(code, detail)] * count)

    def sample_v2_page_key(self) -> str:
        """A valid v2 ``page_key`` for the page after the newest job, no filters (for tests that need one)."""
        newest = max((job.seq for job in self.jobs.values()), default=0)
        return self._v2_key(newest + 1, [], None, [], V2_DEFAULT_LIMIT)

    def sample_page_key(self) -> str:
        """A valid ``pageKey`` for the page after the newest job, every real state (for tests that need one)."""
        newest = max((job.seq for job in self.jobs.values()), default=0)
        since = int(self.clock.now()) - MAX_LOOKBACK
        return self._key(newest + 1, since, list(REAL_STATES), [], None, DEFAULT_NUM_RESULTS)

    # ---- representation ------------------------------------------------------------------------
    def representation(self, job: SimJob) -> dict[str, Any]:
        """The job as ``adminJob`` JSON: int64 times as strings, ``"0"`` when not set."""
        now = self.clock.now()
        started, finished = job.started(now), job.finished(now)
        data: dict[str, Any] = {
            "id": self.wire_id(job),
            "type": job.fields["type"],
            "corpusId": list(job.fields["corpus_id"]),
            "state": self.vendor_state(job, real=True),
            "tsCreate": _epoch(job.created_at),
            "tsStart": "0" if started is None else _epoch(started),
            "tsComplete": "0" if finished is None else _epoch(finished),
            "userHandle": job.fields["user_handle"],
        }
        M.AdminJob.model_validate(data)  # the simulator never sends what the spec does not allow
        raw = self.vendor_state(job)  # an override from set_raw_state() may be unknown to the spec
        data["state"] = V1_STATES.get(raw, raw)  # ... or given by its v2 name
        return data

    def v2_representation(self, job: SimJob) -> dict[str, Any]:
        """The job as a v2 ``Job``: RFC 3339 times, absent until reached; ``created_by_username`` always set."""
        now = self.clock.now()
        started, finished = job.started(now), job.finished(now)
        data: dict[str, Any] = {
            "id": self.wire_id(job),
            "type": V2_TYPES[job.fields["type"]],
            "corpus_keys": list(job.fields["corpus_key"]),
            "state": V2_STATES[self.vendor_state(job, real=True)],
            "created_at": rfc3339(job.created_at),
        }
        if started is not None:
            data["started_at"] = rfc3339(started)
        if finished is not None:
            data["completed_at"] = rfc3339(finished)
        data["created_by_username"] = job.fields["user_handle"]
        M.Job.model_validate(data)
        raw = self.vendor_state(job)
        data["state"] = V2_STATES.get(raw, raw)
        return data

    @staticmethod
    def _v2_key(after: int, corpora: list[str], since: str | None, states: list[str], size: int) -> str:
        state = {"a": after, "c": corpora, "t": since, "s": states, "n": size}
        return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")

    @staticmethod
    def _read_v2_key(key: str) -> tuple[int, list[str], str | None, list[str], int] | None:
        try:
            data = json.loads(base64.urlsafe_b64decode(key + "=" * (-len(key) % 4)))
            after, corpora, since, states, size = (data[k] for k in ("a", "c", "t", "s", "n"))
            if since is not None:
                dt.datetime.fromisoformat(since)
        except (binascii.Error, ValueError, KeyError, TypeError):
            return None
        ok = (
            isinstance(after, int)
            and not isinstance(after, bool)
            and isinstance(size, int)
            and not isinstance(size, bool)
            and 0 < size <= MAX_NUM_RESULTS
            and isinstance(corpora, list)
            and all(isinstance(c, str) for c in corpora)
            and (since is None or isinstance(since, str))
            and isinstance(states, list)
            and all(isinstance(s, str) and s in V1_STATES for s in states)
        )
        return (after, corpora, since, states, size) if ok else None

    @staticmethod
    def _key(after: int, since: int, states: list[str], corpora: list[int], job_id: str | None, size: int) -> str:
        state = {"a": after, "e": since, "s": states, "c": corpora, "j": job_id, "n": size}
        return base64.b64encode(json.dumps(state, separators=(",", ":")).encode()).decode()

    @staticmethod
    def _read_key(key: str) -> tuple[int, int, list[str], list[int], str | None, int] | None:
        try:
            data = json.loads(base64.b64decode(key.encode(), validate=True))
            after, since, states, corpora, job_id, size = (data[k] for k in ("a", "e", "s", "c", "j", "n"))
        except (binascii.Error, ValueError, KeyError, TypeError):
            return None

        def whole(value: Any) -> bool:
            return isinstance(value, int) and not isinstance(value, bool)

        ok = (
            whole(after)
            and whole(since)
            and whole(size)
            and 0 < size <= MAX_NUM_RESULTS
            and isinstance(states, list)
            and all(isinstance(s, str) and s in {v.value for v in M.AdminJobState} for s in states)
            and isinstance(corpora, list)
            and all(whole(c) for c in corpora)
            and (job_id is None or isinstance(job_id, str))
        )
        return (after, since, states, corpora, job_id, size) if ok else None

    # ---- request parsing -----------------------------------------------------------------------
    def _parse(self, body: bytes) -> tuple[M.AdminListJobsRequest | None, str | None]:
        """The body as grpc-gateway's protojson reads it, checked strictly against the spec."""
        if not body.strip():
            # grpc-gateway itself would read no body as {}, but the spec makes the body required.
            return None, "proto: syntax error (line 1:1): unexpected token EOF; the body is required (send {})"
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return None, "proto: syntax error: invalid UTF-8 in the request body"
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return None, f"proto: syntax error (line {exc.lineno}:{exc.colno}): {exc.msg}"
        if not isinstance(data, dict):
            line, col = _where(text, len(text) - len(text.lstrip()))
            token = re.match(r"[\[\"]|[^\s,\]}]+", text.strip())
            return None, f"proto: syntax error (line {line}:{col}): unexpected token {token[0] if token else text}"
        states = data.get("state")
        if isinstance(states, list):
            names = {s.value for s in M.AdminJobState}
            for value in states:
                if isinstance(value, str) and value not in names:
                    line, col = _locate(text, "state", value)
                    return None, f"proto: (line {line}:{col}): invalid value for enum type: {json.dumps(value)}"
        for name, value in data.items():
            if name in M.AdminListJobsRequest.model_fields and value is None:
                line, col = _locate(text, name, None)
                return None, f"proto: (line {line}:{col}): invalid value for {name}: null"
        key = data.get("pageKey")
        if isinstance(key, str) and key:
            try:
                base64.b64decode(key.encode(), validate=True)
            except (binascii.Error, ValueError):
                line, col = _locate(text, "pageKey", key)
                return None, f"proto: (line {line}:{col}): invalid value for bytes type: {json.dumps(key)}"
        try:
            parsed = M.AdminListJobsRequest.model_validate_json(body, strict=True)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'body'}: {err['msg']}" for err in exc.errors()
            )
            return None, f"invalid request: {problems}"
        for corpus in parsed.corpusId or []:
            if not -INT64_MAX - 1 <= corpus <= INT64_MAX:
                line, col = _locate(text, "corpusId", corpus)
                return None, f"proto: (line {line}:{col}): invalid value for int64 type: {corpus}"
        return parsed, None

    # ---- routes --------------------------------------------------------------------------------
    async def list_jobs(self, request: Request) -> Response:
        """ListJobs: filters on the first page, only an opaque ``pageKey`` after that."""
        query, problem = self._parse(await request.body())
        if problem or query is None:
            return self.error(400, problem or "invalid request")
        now = int(self.clock.now())
        if query.pageKey:
            state = self._read_key(query.pageKey)
            if state is None:
                return self.error(400, "invalid page key: pass back a pageKey this service returned, unchanged")
            after, since, states, corpora, job_id, size = state
        else:
            after = None
            since = now - MAX_LOOKBACK
            if query.epochSecs is not None:
                since = int(query.epochSecs)
                if since > INT64_MAX or since < -INT64_MAX - 1:
                    return self.error(400, f'proto: invalid value for int64 type: "{query.epochSecs}"')
                if since < now - MAX_LOOKBACK:
                    return self.error(
                        400,
                        f"epochSecs {since} is more than 180 days ago; the earliest allowed is {now - MAX_LOOKBACK}",
                    )
            states = [s.value for s in query.state or []] or list(DEFAULT_STATES)
            corpora = list(query.corpusId or [])
            job_id = query.jobId or None
            size = query.numResults or DEFAULT_NUM_RESULTS
        with self._lock:
            if self._statuses:
                code, detail = self._statuses.pop(0)
                body: dict[str, Any] = {"status": [{"code": code, "statusDetail": detail}], "job": [], "pageKey": ""}
                M.AdminListJobsResponse.model_validate(body)
                return self.json(body)
            wanted, only = set(states), None if job_id is None else self._key_of(job_id)
            matching = (
                job
                for job in self.walk_newest(after)
                if (job_id is None or job.id == only)
                and (not corpora or any(c in corpora for c in job.fields["corpus_id"]))
                and job.created_at >= since
                and self.vendor_state(job, real=True) in wanted
            )
            page = list(islice(matching, size + 1))  # one more than a page says whether there are more
            more, page = len(page) > size, page[:size]
            key = self._key(page[-1].seq, since, states, corpora, job_id, size) if more else ""
            body = {"status": [], "job": [self.representation(job) for job in page], "pageKey": key}
        if all(job.raw_state is None for job in page):
            M.AdminListJobsResponse.model_validate(body)
        return self.json(body)

    def _v2_timeouts(self, request: Request) -> Response | None:
        """A 400 unless ``Request-Timeout`` and ``Request-Timeout-Millis``, when sent, are whole numbers >= 1."""
        for name in ("Request-Timeout", "Request-Timeout-Millis"):
            value = request.headers.get(name)
            if value is not None and not (value.strip().isascii() and value.strip().isdigit() and int(value) >= 1):
                message = f"{name} must be a whole number of at least 1, got {value!r}"
                return self.v2_error(400, message, field_errors={name: message})
        return None

    async def list_jobs_v2(self, request: Request) -> Response:
        """GET /v2/jobs: filters and page size from the query, or from the ``page_key`` when one is sent."""
        problems: dict[str, str] = {}
        after_sent = request.query_params.getlist("after")
        if after_sent and not RFC3339.fullmatch(after_sent[-1]):
            problems["after"] = f"after must be an RFC 3339 date-time (2024-05-01T12:00:00Z), got {after_sent[-1]!r}"
            return self.v2_error(400, problems["after"], field_errors=problems)
        query, problem = parse_query(M.V2JobsGetParametersQuery, request, field_errors=problems)
        if problem or query is None:
            return self.v2_error(400, problem or "invalid request", field_errors=problems)
        bad_timeout = self._v2_timeouts(request)
        if bad_timeout is not None:
            return bad_timeout
        if query.page_key is not None:
            state = self._read_v2_key(query.page_key)
            if state is None:
                message = "invalid page_key: pass back a metadata.page_key this service returned, unchanged"
                return self.v2_error(400, message, field_errors={"page_key": message})
            after, corpora, since, states, size = state
        else:
            after = None
            corpora = [c.root for c in query.corpus_key or []]
            since = None if query.after is None else query.after.isoformat()
            states = [s.value for s in query.state or []]
            size = query.limit
        created_after = None if since is None else dt.datetime.fromisoformat(since).timestamp()
        with self._lock:
            wanted = set(states)
            matching = [
                job
                for job in self.newest_first()
                if (after is None or job.seq < after)
                and (not corpora or any(c in corpora for c in job.fields["corpus_key"]))
                and (created_after is None or job.created_at > created_after)
                and (not wanted or V2_STATES[self.vendor_state(job, real=True)] in wanted)
            ]
            page = matching[:size]
            metadata = {}
            if len(matching) > size:
                metadata["page_key"] = self._v2_key(page[-1].seq, corpora, since, states, size)
            body = {"jobs": [self.v2_representation(job) for job in page], "metadata": metadata}
        if all(job.raw_state is None for job in page):
            M.ListJobsResponse.model_validate(body)
        return self.json(body)

    async def get_job_v2(self, request: Request) -> Response:
        """GET /v2/jobs/{job_id}: the job, or 404 ``NotFoundError``."""
        job_id = request.path_params["job_id"]
        bad_timeout = self._v2_timeouts(request)
        if bad_timeout is not None:
            return bad_timeout
        with self._lock:
            key = self._key_of(job_id)  # the id answers show: a key of sim.jobs is not one
            if key is None:
                return self.v2_error(404, f"Job {job_id} not found.", job_id=job_id)
            return self.json(self.v2_representation(self.jobs[key]))


def _epoch(seconds: float) -> str:
    """Epoch seconds as protojson sends an int64: a string of the whole seconds."""
    return str(int(seconds))


def _where(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``index`` in ``text``."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _locate(text: str, field: str, value: Any) -> tuple[int, int]:
    """Where ``value`` of ``field`` starts in the JSON ``text`` (as protojson reports it), best effort."""
    start = max(text.find(f'"{field}"'), 0)
    for spelled in (json.dumps(value), json.dumps(value, ensure_ascii=False)):
        found = text.find(spelled, start + len(field) + 2)
        if found >= 0:
            return _where(text, found)
    return _where(text, start)
