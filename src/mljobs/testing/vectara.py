"""Vectara simulator: the v1 Admin service's ``POST /v1/list-jobs`` of ``specs/vectara.yaml``.

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

Job ids are opaque base64 strings from the seeded RNG; a job has ``corpusId`` (the simulator's
:attr:`Simulator.corpus_id` unless ``add_jobs(..., corpus_id=[...])``), ``type`` and ``userHandle``.
Times are epoch seconds as strings, ``"0"`` while not set. States: ``JOB_STATE__QUEUED``, then
``JOB_STATE__STARTED``, then ``JOB_STATE__COMPLETED``, ``JOB_STATE__FAILED`` or ``JOB_STATE__ABORTED``
(a cancelled job; v1 has no cancel call). ``status`` is ``[]`` when all is well;
:meth:`Simulator.inject_status` makes the next answers HTTP 200 with a non-OK in-band ``status[]``.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import re
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._core import Phase, SimJob, SimulatorError, VendorSimulator
from ._models import vectara as M

if TYPE_CHECKING:
    from ..vendors.vectara import AsyncVectara, Vectara  # noqa: F401 (the base class's type arguments)

#: grpc status code by HTTP status, as grpc-gateway maps them.
GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 10, 429: 8, 500: 13, 502: 14, 503: 14, 504: 4}
MAX_NUM_RESULTS = 100
DEFAULT_NUM_RESULTS = 10
MAX_LOOKBACK = 180 * 24 * 3600
#: The states a ListJobs without ``state`` lists (see the module docstring).
DEFAULT_STATES = ("JOB_STATE__QUEUED", "JOB_STATE__STARTED")
#: Every state but UNKNOWN: what a client sends to see every job.
REAL_STATES = (
    "JOB_STATE__QUEUED",
    "JOB_STATE__STARTED",
    "JOB_STATE__COMPLETED",
    "JOB_STATE__FAILED",
    "JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT",
    "JOB_STATE__ABORTED",
)
JOB_TYPES = ("JOB__CORPUS_REPLACE_FILTER_ATTRS", "JOB__CORPUS_REBUILD_VECTOR_INDEX")
INT64_MAX = 2**63 - 1
NO_CUSTOMER_ID = "Request does not contain customer-id-bin header."


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
        self._statuses: list[tuple[str, str]] = []

    @property
    def credentials(self) -> dict[str, Any]:
        """``mljobs.Vectara(**sim.credentials)``."""
        return {"base_url": self.base_url, "customer_id": self.customer_id, "api_key": self.api_key}

    def routes(self) -> list[Route]:
        """ListJobs, v1's only jobs operation."""
        return [Route("/v1/list-jobs", self.list_jobs, methods=["POST"])]

    def new_id(self, rng: random.Random) -> str:
        """An opaque standard-base64 id, like ``SDIzYktHMzNHMlJpsbXC8p5IJaONNGgnpbsUViXXkOoqnA==``."""
        return base64.b64encode(rng.randbytes(34)).decode()

    def job_fields(self, rng: random.Random, given: dict[str, Any]) -> dict[str, Any]:
        """``corpus_id`` (a list; the simulator's corpus by default), ``type`` and ``user_handle``."""
        fields: dict[str, Any] = {
            "corpus_id": [self.corpus_id],
            "type": rng.choice(JOB_TYPES),
            "user_handle": self.user_handle,
        }
        fields.update(given)
        corpus = fields["corpus_id"]
        if isinstance(corpus, int) and not isinstance(corpus, bool):
            corpus = [corpus]
        if not isinstance(corpus, list | tuple) or not all(
            isinstance(c, int) and not isinstance(c, bool) and 0 <= c < 2**32 for c in corpus
        ):
            raise SimulatorError(f"corpus_id must be a list of corpus ids (uint32), got {fields['corpus_id']!r}")
        fields["corpus_id"] = list(corpus)
        if fields["type"] not in {t.value for t in M.AdminJobType}:
            raise SimulatorError(
                f"unknown job type {fields['type']!r}; choose from {[t.value for t in M.AdminJobType]}"
            )
        return fields

    def authenticate(self, request: Request, body: bytes) -> Response | None:
        """``customer-id`` (the simulator's), and ``x-api-key`` or ``Authorization: Bearer`` (its JWT)."""
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

    def error(self, status: int, message: str, code: int | None = None) -> Response:
        """A ``googlerpcStatus`` body (``code``: the grpc code, by default the one grpc-gateway maps)."""
        code = GRPC_CODES.get(status, 2) if code is None else code
        return self.json(M.GooglerpcStatus(code=code, message=message, details=[]).model_dump(mode="json"), status)

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
            "id": job.id,
            "type": job.fields["type"],
            "corpusId": list(job.fields["corpus_id"]),
            "state": self.vendor_state(job, real=True),
            "tsCreate": _epoch(job.created_at),
            "tsStart": "0" if started is None else _epoch(started),
            "tsComplete": "0" if finished is None else _epoch(finished),
            "userHandle": job.fields["user_handle"],
        }
        M.AdminJob.model_validate(data)  # the simulator never sends what the spec does not allow
        data["state"] = self.vendor_state(job)  # an override from set_raw_state() may be unknown to the spec
        return data

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
            wanted = set(states)
            matching = [
                job
                for job in self.newest_first()
                if (after is None or job.seq < after)
                and (job_id is None or job.id == job_id)
                and (not corpora or any(c in corpora for c in job.fields["corpus_id"]))
                and job.created_at >= since
                and self.vendor_state(job, real=True) in wanted
            ]
            page = matching[:size]
            key = self._key(page[-1].seq, since, states, corpora, job_id, size) if len(matching) > size else ""
            body = {"status": [], "job": [self.representation(job) for job in page], "pageKey": key}
        if all(job.raw_state is None for job in page):
            M.AdminListJobsResponse.model_validate(body)
        return self.json(body)


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
