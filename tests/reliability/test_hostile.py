"""Defects 6 and 7: a hostile answer only ever raises an mljobs error, and a Job's fields keep their types.

The bodies are real simulator answers (a list page, running and failed jobs, a 404), captured once per
vendor, then mutated by hypothesis: values swapped for other types, nulls, deleted keys, 100,000-deep
nesting, huge numbers and truncation. The mutated body is served by httpx.MockTransport.

Derandomized by default (the same examples on every run); ``MLJOBS_RELIABILITY_RANDOM=1`` explores new
ones and runs more of them.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mljobs
from mljobs.testing import VENDORS, serve

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS
from ._support import SAMPLE_ID, SYNC, list_kwargs

RANDOM = os.environ.get("MLJOBS_RELIABILITY_RANDOM") == "1"
EXAMPLES = 1000 if RANDOM else 120
HYPOTHESIS = settings(
    max_examples=EXAMPLES,
    derandomize=not RANDOM,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
#: Values a hostile server puts where another type belongs.
HOSTILE = [
    None, True, False, 0, -1, 7, 2**63, 10**30, -(10**30), 10**400, 1.5, -0.0, 1e308, float("inf"), float("nan"),
    "", "x", "9" * 40, "2024-13-45T99:99:99Z", "99999-01-01T00:00:00Z", [], [1], ["x"], {}, {"a": 1}, {"id": {}},
]  # fmt: skip
DEEP = "__deep__"
DEPTH = 100_000
LIMIT = 40  # requests a listing may send for one mutated body before the test calls it endless


class Endless(Exception):
    """Not an mljobs error: a listing that never stops fails the test."""


class Capture(httpx.BaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.answers: list[tuple[str, int, dict[str, str], bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        body = response.read()
        self.answers.append((request.url.path, response.status_code, dict(response.headers), body))
        return httpx.Response(response.status_code, headers=response.headers, content=body)


@pytest.fixture(scope="module")
def answers() -> dict[str, dict[str, tuple[int, dict[str, str], Any]]]:
    """Per vendor: the first list page, a running job, a failed job and a missing one, as the simulator sent them."""
    captured: dict[str, dict[str, tuple[int, dict[str, str], Any]]] = {}
    for vendor in VENDORS:
        with serve(vendor, seed=3, **SIM_OPTIONS.get(vendor, {})) as sim:
            running, failed, _ = sim.add_jobs(3, states=["running", "failed", "succeeded"])
            capture = Capture()
            options = CLIENT_OPTIONS.get(vendor, {})
            jobs = SYNC[vendor](**sim.credentials, **options, transport=capture, max_retries=0).jobs
            list(jobs.list(**({"page_size": 2} if vendor != "symetryml" else {}), **sim.scope))
            first_list = capture.answers[0]
            jobs.get(running)
            got_running = capture.answers[-1]
            jobs.get(failed)
            got_failed = capture.answers[-1]
            with pytest.raises(mljobs.NotFoundError):
                jobs.get("0" if vendor == "symetryml" else SAMPLE_ID[vendor])
            missing = capture.answers[-1]
        captured[vendor] = {
            name: (status, headers, json.loads(body))
            for name, (_, status, headers, body) in {
                "list": first_list, "running": got_running, "failed": got_failed, "missing": missing,
            }.items()
        }  # fmt: skip
    return captured


def paths(value: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*here, index))


def replace(tree: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return tree


def delete(tree: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return tree
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return tree


@st.composite
def mutated(draw: st.DrawFn, body: Any) -> bytes:
    """``body`` with one to three mutations, serialized; sometimes truncated."""
    tree = copy.deepcopy(body)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(list(paths(tree))))
        kind = draw(st.sampled_from(["swap", "swap", "null", "delete", "deep", "wrap"]))
        if kind == "swap":
            tree = replace(tree, where, copy.deepcopy(draw(st.sampled_from(HOSTILE))))
        elif kind == "null":
            tree = replace(tree, where, None)
        elif kind == "delete":
            tree = delete(tree, where)
        elif kind == "deep":
            tree = replace(tree, where, DEEP)
        else:  # the same value, one level deeper: a list where a scalar belongs, and so on
            old = copy.deepcopy(tree)
            for step in where:
                old = old[step]
            tree = replace(tree, where, draw(st.sampled_from([[old], {"value": old}])))
    text = json.dumps(tree).replace(json.dumps(DEEP), "[" * DEPTH + "]" * DEPTH)
    data = text.encode()
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return data


def serving(status: int, headers: dict[str, str], body: bytes) -> httpx.MockTransport:
    sent = [0]
    kept = {k: v for k, v in headers.items() if k.lower() in ("content-type", "retry-after")}

    def handler(request: httpx.Request) -> httpx.Response:
        sent[0] += 1
        if sent[0] > LIMIT:
            raise Endless(f"{sent[0]} requests for one listing")
        return httpx.Response(status, headers=kept, content=body)

    return httpx.MockTransport(handler)


def assert_typed(job: Any) -> None:
    assert isinstance(job, mljobs.Job)
    assert type(job.vendor) is str and type(job.id) is str and job.id
    assert isinstance(job.state, mljobs.JobState)
    assert job.raw_state is None or isinstance(job.raw_state, str)
    for when in (job.created_at, job.started_at, job.finished_at):
        assert when is None or (isinstance(when, dt.datetime) and when.tzinfo is not None)
    assert job.message is None or isinstance(job.message, str)
    assert job.progress is None or (type(job.progress) is float and 0.0 <= job.progress <= 1.0)
    assert job.state is not mljobs.JobState.SUCCEEDED or job.raw_state is not None
    hash(job.id)


def hostile_client(vendor: str, status: int, headers: dict[str, str], body: bytes) -> Any:
    from ._support import OFFLINE_SECRET

    cls = SYNC[vendor]
    return cls(base_url="http://vendor.test", transport=serving(status, headers, body), max_retries=0,
               **OFFLINE_SECRET[vendor], **CLIENT_OPTIONS.get(vendor, {}))  # fmt: skip


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("answer", ["running", "failed", "missing"])
def test_a_hostile_get_answer_raises_only_mljobs_errors(answers: Any, vendor: str, answer: str) -> None:
    status, headers, body = answers[vendor][answer]

    @HYPOTHESIS
    @given(data=mutated(body))
    def check(data: bytes) -> None:
        jobs = hostile_client(vendor, status, headers, data).jobs
        try:
            job = jobs.get("7")
        except mljobs.MljobsError:
            return
        assert_typed(job)

    check()


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_hostile_list_answer_raises_only_mljobs_errors(answers: Any, vendor: str) -> None:
    status, headers, body = answers[vendor]["list"]

    @HYPOTHESIS
    @given(data=mutated(body))
    def check(data: bytes) -> None:
        jobs = hostile_client(vendor, status, headers, data).jobs
        try:
            listed = list(jobs.list(**list_kwargs(vendor)))
        except mljobs.MljobsError:
            return
        for job in listed:
            assert_typed(job)
        assert len({j.id for j in listed}) == len(listed)

    check()


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_hostile_snapshot_raises_only_mljobs_errors(answers: Any, vendor: str) -> None:
    """A group wait reads the list and gets: a hostile list body ends it with an mljobs error or a timeout."""
    status, headers, body = answers[vendor]["list"]

    @HYPOTHESIS
    @given(data=mutated(body))
    def check(data: bytes) -> None:
        jobs = hostile_client(vendor, status, headers, data).jobs
        clock = [0.0]
        jobs.monotonic = lambda: clock[0]
        jobs.sleep = lambda seconds: clock.__setitem__(0, clock[0] + seconds)
        extra = {"project_id": "p-1"} if vendor == "domino" else {}
        try:
            done = jobs.wait_all(["7", "8"], timeout=20, raise_on_failure=False, **extra)
        except mljobs.MljobsError:
            return
        for job in done:
            assert_typed(job)

    check()


@pytest.mark.parametrize("vendor", VENDORS)
def test_named_defects_are_response_validation_errors_that_name_the_field(answers: Any, vendor: str) -> None:
    """The issue's own examples: each is a ResponseValidationError that names the field and keeps the body."""
    status, headers, body = answers[vendor]["list"]
    cases: list[tuple[tuple[Any, ...], Any, str]] = []
    item_path = {
        "rime": ("jobs", 0), "domino": ("data", 0), "vectara": ("job", 0), "istari": ("items", 0),
        "symetryml": ("values", "jobinfo", 0),
    }[vendor]  # fmt: skip
    id_key = {"rime": "jobId", "symetryml": "jobId"}.get(vendor, "id")
    cases += [((*item_path, id_key), {"x": 1}, id_key), ((*item_path, id_key), [1, 2], id_key)]
    cases += [((*item_path, id_key), None, id_key), ((*item_path, id_key), True, id_key)]
    if vendor == "domino":
        cases += [(("totalCount",), None, "totalCount"), (("totalCount",), "12", "totalCount")]
        cases += [(("totalCount",), [3], "totalCount"), ((*item_path, "title"), {"t": 1}, "title")]
    if vendor == "vectara":
        cases += [(("pageKey",), {"k": 1}, "pageKey")]
    if vendor == "symetryml":
        cases += [((*item_path, "startingDate"), "yesterday", "startingDate")]
        cases += [((*item_path, "startingDate"), 10**30, "startingDate")]
    if vendor == "rime":
        cases += [((*item_path, "errorMsg"), True, "errorMsg"), ((*item_path, "errorMsg"), {"m": 1}, "errorMsg")]
    for where, value, field in cases:
        data = json.dumps(replace(copy.deepcopy(body), where, value)).encode()
        jobs = hostile_client(vendor, status, headers, data).jobs
        with pytest.raises(mljobs.ResponseValidationError) as err:
            list(jobs.list(**list_kwargs(vendor)))
        assert field in str(err.value), (where, value, str(err.value))
        assert err.value.text == data.decode()


@pytest.mark.parametrize("vendor", VENDORS)
def test_deep_nesting_is_a_response_validation_error(vendor: str) -> None:
    deep = ("[" * DEPTH + "]" * DEPTH).encode()
    for status in (200, 202, 400, 404, 500):
        jobs = hostile_client(vendor, status, {"content-type": "application/json"}, deep).jobs
        with pytest.raises(mljobs.MljobsError):
            jobs.get("7")


@pytest.mark.parametrize("vendor", ["domino", "istari", "vectara"])
def test_an_integer_id_becomes_its_decimal_string(answers: Any, vendor: str) -> None:
    status, headers, body = answers[vendor]["running"]
    if vendor == "vectara":
        body = copy.deepcopy(body)
        body["job"][0]["id"] = 12345
        jobs = hostile_client(vendor, status, headers, json.dumps(body).encode()).jobs
        assert jobs.get("12345").id == "12345"
        return
    jobs = hostile_client(vendor, status, headers, json.dumps({**body, "id": 12345}).encode()).jobs
    job = jobs.get("12345")
    assert job.id == "12345" and type(job.id) is str
