"""Vectara's official v2 SDK, ``vectara`` 0.4.3 (Fern-generated), runs unchanged against the Vectara simulator.

Its jobs calls are ``client.jobs.list`` (a pager that asks for the next page with the same filters plus
``page_key`` until ``metadata.page_key`` is missing or empty) and ``client.jobs.get``, sync and async, with
an API key (``x-api-key``) or a token (``Authorization: Bearer``). The SDK is pointed at the simulator with
its own ``VectaraEnvironment``; nothing of it is patched. The same jobs are then read through v1 with
``mljobs.Vectara``, so the two generations are seen to agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import mljobs
from mljobs.testing import serve
from mljobs.testing.vectara import Simulator

from ._venvs import VendorClient, VendorError

pytestmark = pytest.mark.vendor_clients
SETUP = """
import asyncio, datetime as dt
from vectara import AsyncVectara, Vectara
from vectara.core.api_error import ApiError
from vectara.environment import VectaraEnvironment
from vectara.errors import NotFoundError

def at(url):
    return VectaraEnvironment(default=url, auth=url + "/oauth2/token")

def every_page(pager):
    return [[job.id for job in page.items] for page in pager.iter_pages()]

async def async_session(url, key, job_id):
    # One event loop for the AsyncVectara's whole life, as an application would have.
    client = AsyncVectara(api_key=key, environment=at(url))
    pager = await client.jobs.list(limit=5)
    listed = [job.id async for job in pager]
    got = await client.jobs.get(job_id)
    try:
        await client.jobs.get("job_nope")
    except NotFoundError as exc:
        missing = [type(exc).__name__, exc.status_code, exc.body]
    return {"listed": listed, "got": got.model_dump(mode="json"), "missing": missing}
"""


@pytest.fixture(scope="module")
def vectara(vectara_sdk_python: Path) -> Iterator[VendorClient]:
    client = VendorClient(vectara_sdk_python)
    client.run(SETUP)
    yield client
    client.close()


@pytest.fixture
def sim(vectara: VendorClient) -> Iterator[Simulator]:
    with serve("vectara", seed=5) as running:
        key = running.credentials_for("v2")["api_key"]
        vectara.run(f"client = Vectara(api_key={key!r}, environment=at({running.base_url!r}))")
        yield running


def v2(sim: Simulator, ids: list[str]) -> list[str]:
    return [sim.v2_id(i) for i in ids]


def test_list_every_page_with_and_without_filters(vectara: VendorClient, sim: Simulator) -> None:
    ids = sim.add_jobs(23, states=["queued", "running", "succeeded", "failed", "cancelled"])
    in_corpus = sim.add_jobs(4, states=["running", "succeeded"], corpus_id=[77])
    pages = vectara("every_page(client.jobs.list(limit=5))")
    assert [len(p) for p in pages] == [5, 5, 5, 5, 5, 2]
    # newest first; without a state filter no state is hidden
    assert [i for page in pages for i in page] == v2(sim, ids + in_corpus)[::-1]
    assert vectara("[job.id for job in client.jobs.list()]") == v2(sim, ids + in_corpus)[::-1]  # limit 10

    listed = sim.requests[-3:]
    assert [dict(r.query).get("page_key") is None for r in listed] == [True, False, False]
    assert all("customer-id" not in r.headers and r.headers["x-api-key"] == "***" for r in listed)

    running = vectara("[job.state for job in client.jobs.list(state=['started', 'aborted'], limit=3)]")
    assert set(running) == {"started", "aborted"}
    assert len(running) == len([i for i in ids + in_corpus if sim.phase(i) in ("running", "cancelled")])
    sent = next(r for r in sim.requests if ("state", "aborted") in r.query)
    assert [v for k, v in sent.query if k == "state"] == ["started", "aborted"]  # repeated keys, no []

    corpus = sim.corpus_key_of(77)
    assert (
        vectara(f"[job.id for job in client.jobs.list(corpus_key=[{corpus!r}], limit=3)]") == (v2(sim, in_corpus)[::-1])
    )
    both = vectara(f"[job.id for job in client.jobs.list(corpus_key={corpus!r}, state='completed')]")
    assert both == [sim.v2_id(i) for i in in_corpus[::-1] if sim.phase(i) == "succeeded"]

    since = sim.clock.now()
    sim.advance(10)
    newer = sim.add_jobs(2, states=["queued"])
    after = dt.datetime.fromtimestamp(since, dt.UTC).isoformat()
    assert (
        vectara(f"[job.id for job in client.jobs.list(after=dt.datetime.fromisoformat({after!r}))]")
        == (v2(sim, newer)[::-1])
    )
    assert dict(sim.requests[-1].query)["after"].endswith("Z")  # the SDK's own spelling of UTC


def test_get_and_see_it_end_then_mljobs_sees_the_same_job(vectara: VendorClient, sim: Simulator) -> None:
    queued, running = sim.add_jobs(2, states=["queued", "running"])
    job: dict[str, Any] = vectara(f"client.jobs.get({sim.v2_id(running)!r})")
    assert job["id"] == sim.v2_id(running) and job["state"] == "started"
    assert job["corpus_keys"] == [sim.corpus_key] and job["created_by_username"] == sim.user_handle
    assert job["started_at"] and job["completed_at"] is None
    assert job["type"] in ("rebuild_vector_index", "replace_filter_attributes")
    assert sim.requests[-1].path == f"/v2/jobs/{sim.v2_id(running)}"  # a real get: no list round trip
    waiting = vectara(f"client.jobs.get({sim.v2_id(queued)!r})")
    assert waiting["state"] == "queued" and waiting["started_at"] is None

    sim.set_outcome(running, "succeeded")
    sim.advance(3600)
    done = vectara(f"client.jobs.get({sim.v2_id(running)!r})")
    assert done["state"] == "completed"
    created, started, completed = (
        dt.datetime.fromisoformat(done[k]) for k in ("created_at", "started_at", "completed_at")
    )
    assert created <= started <= completed
    with mljobs.Vectara(**sim.credentials, api="v1") as client:  # the document's v1 ListJobs, the same job
        seen = client.jobs.get(running)
    assert seen.state is mljobs.JobState.SUCCEEDED and seen.raw_state == "JOB_STATE__COMPLETED"
    assert seen.finished_at is not None and abs(seen.finished_at.timestamp() - completed.timestamp()) < 1


def test_missing_job_and_wrong_credentials(vectara: VendorClient, sim: Simulator) -> None:
    (job_id,) = sim.add_jobs(1)
    with pytest.raises(VendorError) as missing:
        vectara("client.jobs.get('job_does-not-exist')")
    assert missing.value.type == "NotFoundError" and missing.value.status == 404
    vectara.run(_capture("client.jobs.get('job_does-not-exist')", "missing_body"))
    assert vectara("missing_body")["id"] == "job_does-not-exist"  # the SDK keeps the NotFoundError body as is

    vectara.run(f"wrong = Vectara(api_key='zut_not-the-key', environment=at({sim.base_url!r}))")
    for call in ("[j.id for j in wrong.jobs.list()]", f"wrong.jobs.get({sim.v2_id(job_id)!r})"):
        with pytest.raises(VendorError) as denied:
            vectara(call)
        assert denied.value.type == "ApiError" and denied.value.status == 401, call  # the SDK maps only 403/404
    vectara.run(_capture("wrong.jobs.list()", "wrong_body"))
    assert set(vectara("wrong_body")) == {"messages", "request_id"}


def test_bearer_token_and_the_async_client(vectara: VendorClient, sim: Simulator) -> None:
    ids = sim.add_jobs(12, states=["running", "succeeded"])
    vectara.run(f"bearer = Vectara(token=lambda: {sim.access_token!r}, environment=at({sim.base_url!r}))")
    assert vectara("[job.id for job in bearer.jobs.list(limit=4)]") == v2(sim, ids)[::-1]
    assert sim.requests[-1].headers["authorization"] == "***" and "x-api-key" not in sim.requests[-1].headers
    session = vectara(f"asyncio.run(async_session({sim.base_url!r}, {sim.api_key!r}, {sim.v2_id(ids[0])!r}))")
    assert session["listed"] == v2(sim, ids)[::-1]
    assert session["got"]["id"] == sim.v2_id(ids[0]) and session["got"]["state"] == "started"
    assert session["missing"][:2] == ["NotFoundError", 404] and session["missing"][2]["id"] == "job_nope"


def _capture(call: str, name: str) -> str:
    """Statements that run ``call`` and keep the body of the ApiError it raises as ``name``."""
    return f"try:\n    {call}\nexcept ApiError as e:\n    {name} = e.body\nelse:\n    raise AssertionError('no error')"
