"""Defects 4 and 10: ids that would reach another endpoint are refused before any request.

httpx folds the dot segments ``.`` and ``..`` out of a URL, so ``cancel("..")`` would act on the parent
resource. Every path parameter passes one check; ids with ``?``, ``#`` or ``%2e%2e`` are sent, as one
percent-encoded path segment (the MockTransport sees the exact bytes sent; a simulator, what it routed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import pytest

import mljobs
from mljobs.testing import serve

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS
from ._support import ASYNC, SYNC, Recorder, client, collect, resolve

#: Path parameters that would name another resource (or none): refused, nothing is sent.
REFUSED = [".", "..", "", "/", "a/b", "../x", "./"]
#: Odd but harmless: sent, each as one path segment.
SENT = ["?", "#", "%2e%2e", "a?b#c", "...", " .. ", "%2F"]

Op = Callable[[Any, str], Any]
#: Every facade operation that puts a caller's value into a URL path.
PATH_OPS: dict[str, dict[str, Op]] = {
    "rime": {
        "get": lambda c, i: c.jobs.get(i),
        "cancel": lambda c, i: c.jobs.cancel(i),
        "wait": lambda c, i: c.jobs.wait(i, timeout=5),
    },
    "domino": {
        "get": lambda c, i: c.jobs.get(i),
        "logs": lambda c, i: c.jobs.logs(i),
        "cancel": lambda c, i: c.jobs.cancel(i),
        "wait": lambda c, i: c.jobs.wait(i, timeout=5),
    },
    "istari": {
        "get": lambda c, i: c.jobs.get(i),
        "cancel": lambda c, i: c.jobs.cancel(i),
        "wait": lambda c, i: c.jobs.wait(i, timeout=5),
    },
    "symetryml": {
        "get": lambda c, i: c.jobs.get(i),
        "cancel": lambda c, i: c.jobs.cancel(i),
        "wait": lambda c, i: c.jobs.wait(i, timeout=5),
    },
}
CASES = [(v, name) for v, ops in PATH_OPS.items() for name in ops]


def not_found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"message": "no such job", "statusString": "No such job"})


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("vendor", "op"), CASES)
@pytest.mark.parametrize("job_id", REFUSED)
async def test_dot_segments_slashes_and_empty_ids_are_refused_before_any_request(
    vendor: str, op: str, job_id: str, mode: str
) -> None:
    answers = Recorder(not_found)
    jobs = client(vendor, mode, "http://vendor.test", transport=answers.transport())
    with pytest.raises(mljobs.InvalidArgumentError) as err:
        await resolve(PATH_OPS[vendor][op](jobs, job_id))
    await resolve(jobs.close())
    assert answers.requests == []
    assert "job" in str(err.value) and repr(job_id) in str(err.value)


@pytest.mark.parametrize(("vendor", "op"), CASES)
@pytest.mark.parametrize("job_id", SENT)
def test_odd_ids_are_sent_as_one_path_segment(vendor: str, op: str, job_id: str) -> None:
    answers = Recorder(not_found)
    jobs = client(vendor, "sync", "http://vendor.test", transport=answers.transport())
    with pytest.raises(mljobs.MljobsError):
        PATH_OPS[vendor][op](jobs, job_id)
    assert answers.requests, "nothing was sent"
    for request in answers.requests:
        path = request.url.raw_path.split(b"?", 1)[0]
        segments = path.split(b"/")
        assert quote(job_id, safe="").encode() in segments, (path, job_id)
        assert b"." not in segments and b".." not in segments


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("customer_id", ["..", "."])
async def test_symetryml_customer_id_is_a_path_parameter_too(customer_id: str, mode: str) -> None:
    answers = Recorder(not_found)
    jobs = client("symetryml", mode, "http://vendor.test", transport=answers.transport(), customer_id=customer_id)
    for op in (lambda: jobs.jobs.get("5"), lambda: jobs.jobs.cancel("5"), lambda: collect(jobs.jobs.list())):
        with pytest.raises(mljobs.InvalidArgumentError, match="cid"):
            await resolve(op())
    await resolve(jobs.close())
    assert answers.requests == []


def test_vectara_ids_travel_in_the_body_exactly_as_given() -> None:
    import json

    answers = Recorder(lambda request: httpx.Response(200, json={"job": [], "status": []}))
    jobs = client("vectara", "sync", "http://vendor.test", transport=answers.transport())
    for job_id in ["..", ".", "a/b", "?#"]:
        with pytest.raises(mljobs.NotFoundError):
            jobs.jobs.get(job_id)
        assert json.loads(answers.requests[-1].content)["jobId"] == job_id
    assert {r.url.path for r in answers.requests} == {"/v1/list-jobs"}


@pytest.mark.parametrize(
    ("vendor", "prefix", "status"),
    # RIME refuses a job id that is not a UUID (400), as rime-sdk's error handler expects; Domino says 404.
    [("rime", "/v1-beta/jobs/", 400), ("domino", "/api/jobs/beta/jobs/", 404)],
)
def test_the_server_routes_an_odd_id_as_one_segment(vendor: str, prefix: str, status: int) -> None:
    odd = "a?b#c%2e%2e"
    with serve(vendor, **SIM_OPTIONS.get(vendor, {})) as sim:
        jobs = SYNC[vendor](**sim.credentials, **CLIENT_OPTIONS.get(vendor, {}))
        with pytest.raises(mljobs.APIStatusError) as err:
            jobs.jobs.get(odd)
        jobs.close()
    (seen,) = sim.requests
    assert seen.status == status == err.value.status_code
    assert seen.path.startswith(prefix) and "/" not in seen.path[len(prefix) :]
    assert odd in str(err.value)  # the job route matched, with exactly this id


# ---- a single string is not a list of ids (defect 10 for Domino) --------------------------------------


@pytest.mark.parametrize("vendor", list(SYNC))
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_single_string_is_not_a_list_of_job_ids(vendor: str, mode: str) -> None:
    answers = Recorder(not_found)
    jobs = client(vendor, mode, "http://vendor.test", transport=answers.transport())
    extra = {"project_id": "p-1"} if vendor == "domino" else {}
    with pytest.raises(mljobs.InvalidArgumentError, match="not one string"):
        await resolve(jobs.jobs.wait_all("abc", timeout=5, **extra))
    with pytest.raises(mljobs.InvalidArgumentError, match="not one string"):
        await collect(jobs.jobs.as_completed("abc", timeout=5, **extra))
    if vendor == "domino":
        with pytest.raises(mljobs.InvalidArgumentError, match="not one string"):
            await resolve(jobs.jobs.wait_all("abc", timeout=5))
    await resolve(jobs.close())
    assert answers.requests == []
    assert mode in ("sync", "async") and (ASYNC if mode == "async" else SYNC)[vendor] is type(jobs)
