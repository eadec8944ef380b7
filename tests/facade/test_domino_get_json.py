"""Domino's get() reads a document Job from the answer's JSON, its model on first use: as the generated parse reads it.

Every answer, hostile ones included (wrong types, missing or null required keys, extra fields, date-times
that do not parse, the Public API's envelope, no object at all), gives the same Job, the same poll hint and
the same error as the generated parse followed by ``to_job`` (the way every get() went before).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mljobs
from mljobs._base import Call, _finish
from mljobs._models import unbuilt
from mljobs.testing import serve
from mljobs.vendors.domino import DominoVendor


def _answers() -> tuple[dict[str, Any], dict[str, Any]]:
    """A job's GET answer from the simulator in each generation: the document's Job, the Public API's envelope."""
    found = []
    for api in ("document", "public"):
        with serve("domino", seed=1, api=api) as sim:
            (job_id,) = sim.add_jobs(1, states=["succeeded"])
            with sim.client() as client:
                found.append(client.api.get_httpx_client().get(f"/api/jobs/beta/jobs/{job_id}").json())
    return found[0], found[1]


JOB, ENVELOPE = _answers()
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            "x",
            "Running",
            "Stopped",
            "NewStatus",
            "2024-05-01T11:56:21Z",
            "2024-05-01T11:56:21",
            "2024-13-01T00:00:00Z",
            "not a time",
            "1714564581",
        ]
    ),
    st.lists(st.integers(0, 3), max_size=2),
    # a fresh copy each draw: bodies() changes the objects it is given (a shared one could come to hold itself)
    st.just({}).map(copy.deepcopy),
    st.just({"submissionTime": "2024-05-01T11:56:21Z"}).map(copy.deepcopy),
    st.just([["submissionTime", "2024-05-01T11:56:21Z"]]).map(copy.deepcopy),
)
KEYS = st.sampled_from([*JOB, *JOB["stageTimes"], "job", "metadata", "extra"])


@st.composite
def bodies(draw: st.DrawFn) -> Any:
    """A document Job or Public API envelope, changed a few ways; now and then no object at all."""
    if draw(st.integers(0, 19)) == 0:
        return draw(VALUES)
    body = copy.deepcopy(draw(st.sampled_from([JOB, JOB, JOB, ENVELOPE])))
    for _ in range(draw(st.integers(0, 3))):
        where = body
        if "stageTimes" in body and isinstance(body["stageTimes"], dict) and draw(st.booleans()):
            where = body["stageTimes"]
        key = draw(KEYS)
        if draw(st.integers(0, 2)) == 0:
            where.pop(key, None)
        else:
            where[key] = draw(VALUES)
    return body


def answer(body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("GET", "http://domino.test/api/jobs/beta/jobs/j")
    return httpx.Response(200, content=json.dumps(body).encode(), headers=headers or {}, request=request)


API = mljobs.Domino(base_url="http://domino.test", api_key="k").api


def outcome(vendor: DominoVendor, call: Call, response: httpx.Response) -> tuple[str, Any]:
    """What _finish gives for the call: the job (every field, and its raw model as a dict) and hint, or the error."""
    try:
        job, hint = _finish(API, vendor, call, response)
    except Exception as exc:
        return "raised", (type(exc), str(exc))
    return "read", (job, job.to_dict(), type(job.raw), hint)


def both(body: Any, headers: dict[str, str] | None = None, api: str = "document") -> tuple[Any, Any]:
    vendor = DominoVendor(api, "Domino")  # type: ignore[arg-type]
    fast = vendor.get_call("j")
    assert fast.read_json is not None
    generated = Call(fast.module, fast.args, read=fast.read)  # the generated parse, then got()
    return outcome(vendor, fast, answer(body, headers)), outcome(vendor, generated, answer(body, headers))


@settings(max_examples=400, deadline=None)
@given(body=bodies())
def test_every_answer_reads_as_the_generated_parse_reads_it(body: Any) -> None:
    fast, generated = both(body)
    assert fast == generated


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"extra": {"nested": [1, 2]}, "tags": []},
        {"status": "SomethingNew"},
        {"title": "a title"},
        {"startedAt": None, "endedAt": None},
        {"startedAt": "2024-05-01T11:56:46"},  # naive: read as UTC, both ways
    ],
)
def test_a_well_formed_job_is_read_from_its_json_and_builds_the_same_model(change: dict[str, Any]) -> None:
    body = {**JOB, **change}
    vendor = DominoVendor("document", "Domino")
    job, _ = vendor.got_json(answer(body), body)
    assert unbuilt(job) is not None  # not built yet
    fast, generated = both(body)
    assert fast == generated and fast[0] == "read"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": None}, "id must be a non-empty string"),
        ({"id": 7}, None),
        ({"status": 3}, "fits none of the shapes"),
        ({"status": None}, "fits none of the shapes"),
        ({"projectId": 5}, "projectId must be a string"),
        ({"title": ["x"]}, "title must be a string"),
        ({"startedAt": "yesterday"}, "startedAt must be an RFC 3339 date-time"),
        ({"startedAt": 5}, "startedAt must be an RFC 3339 date-time"),
        ({"stageTimes": None}, "fits none of the shapes"),
        ({"stageTimes": {}}, "fits none of the shapes"),
        ({"stageTimes": {"submissionTime": "2024-05-01", "startTime": None}}, "fits none of the shapes"),
        ({"stageTimes": [["submissionTime", "2024-05-01T11:56:21Z"]]}, None),  # dict() takes pairs
    ],
)
def test_a_bad_field_raises_at_get_what_the_generated_parse_raises(change: dict[str, Any], message: str | None) -> None:
    fast, generated = both({**JOB, **change})
    assert fast == generated
    if message is not None:
        assert fast[0] == "raised" and fast[1][0] is mljobs.ResponseValidationError and message in fast[1][1]


@pytest.mark.parametrize("missing", ["id", "projectId", "status", "command"])
def test_a_missing_required_key_raises_what_the_generated_parse_raises(missing: str) -> None:
    body = {k: v for k, v in JOB.items() if k != missing}
    fast, generated = both(body)
    assert fast == generated and fast[0] == "raised" and "fits none of the shapes" in fast[1][1]


@pytest.mark.parametrize("api", ["document", "public"])
def test_the_public_envelope_and_the_retry_after_hint_read_as_before(api: str) -> None:
    for body in (ENVELOPE, JOB):
        fast, generated = both(body, {"Retry-After": "7"}, api)
        assert fast == generated and fast[0] == "read" and fast[1][3] == 7.0
    bad = {**ENVELOPE, "job": {**ENVELOPE["job"], "title": 5}, "metadata": {**ENVELOPE["metadata"], "requestId": "r1"}}
    fast, generated = both(bad, api=api)
    assert fast == generated and "Domino request id r1" in fast[1][1]  # the envelope's request id is named


@pytest.mark.parametrize("body", [[], "text", None, 5])
def test_an_answer_that_is_no_object_raises_what_the_generated_parse_raises(body: Any) -> None:
    fast, generated = both(body)
    assert fast == generated and fast[0] == "raised"
