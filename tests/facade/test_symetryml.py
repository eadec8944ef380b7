"""mljobs.SymetryML and mljobs.AsyncSymetryML against cassettes recorded from the SymetryML simulator.

SymetryML answers every job in one list (no pages, filters or cursors), so the listing tests cover the
list and max_items only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import mljobs
from mljobs.testing import VendorSimulator

from ._helpers import AsyncCounting, Counting, virtual_time

VENDOR = "symetryml"
MakeSim = Callable[..., VendorSimulator]
pytestmark = pytest.mark.vcr


def setup(make_sim: MakeSim, seed: int) -> tuple[VendorSimulator, list[str]]:
    sim = make_sim(VENDOR, seed=seed)
    return sim, sim.add_jobs(9, states=["queued", "running", "succeeded"])


def test_list_and_max_items(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 1)
    with mljobs.SymetryML(**sim.credentials) as client:
        everything = list(client.jobs.list())
        first = list(client.jobs.list(max_items=4))
    assert [j.id for j in everything] == ids[::-1] and [j.id for j in first] == ids[::-1][:4]
    states = {j.id: j.state for j in everything}
    assert states[ids[0]] is mljobs.JobState.QUEUED and states[ids[1]] is mljobs.JobState.RUNNING
    assert states[ids[2]] is mljobs.JobState.SUCCEEDED  # done, with all its work done
    assert all(0.0 <= (j.progress or 0.0) <= 1.0 for j in everything)


def test_get_kill_and_see_it_end(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 2)
    with mljobs.SymetryML(**sim.credentials) as client:
        running = client.jobs.get(ids[1])
        assert running.state is mljobs.JobState.RUNNING and running.started_at and 0 < running.progress < 1
        assert client.jobs.get(ids[0]).state is mljobs.JobState.QUEUED
        finished = client.jobs.get(ids[2])
        assert finished.state is mljobs.JobState.SUCCEEDED and finished.raw_state == "Job is finished"
        client.jobs.cancel(ids[1])
        assert client.jobs.get(ids[1]).state is mljobs.JobState.CANCELLED
        with pytest.raises(mljobs.CancelRejectedError):
            client.jobs.cancel(ids[1])


def test_errors_401_404_and_429_retried(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 3)
    wrong_key = {**sim.credentials, "secret_key": "c2ltLXNlY3JldC1vdGhlcg=="}
    with mljobs.SymetryML(**wrong_key) as wrong:
        with pytest.raises(mljobs.AuthenticationError) as denied:
            wrong.jobs.get(ids[0])
        assert denied.value.body["statusString"] == "Invalid Signature"
        assert wrong_key["secret_key"] not in str(denied.value)
    with mljobs.SymetryML(**sim.credentials) as client:
        with pytest.raises(mljobs.NotFoundError) as missing:
            client.jobs.get("999")
        assert missing.value.status_code == 400
        sim.inject("429")
        sim.inject("503")
        assert client.jobs.get(ids[0]).id == ids[0]


def test_an_unknown_status_string_never_crashes(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 4)
    sim.set_raw_state(ids[1], "Job is hibernating")
    with mljobs.SymetryML(**sim.credentials) as client:
        job = client.jobs.get(ids[1])
    # Unknown text: the state falls back to the statusCode (202 ACCEPTED: still running).
    assert job.raw_state == "Job is hibernating" and job.message == "Job is hibernating"
    assert job.state is mljobs.JobState.RUNNING


def test_wait_from_queued_to_each_terminal_state(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=5)
    ok, bad, stop = (
        sim.add_jobs(1, states=["queued"], outcome=o, queue_seconds=5, run_seconds=40)[0]
        for o in ("succeeded", "failed", "never")
    )
    with mljobs.SymetryML(**sim.credentials) as client:
        virtual_time(client.jobs, sim)
        assert client.jobs.wait(ok, poll_interval=2).state is mljobs.JobState.SUCCEEDED
        with pytest.raises(mljobs.JobFailedError):
            client.jobs.wait(bad, poll_interval=2)
        with pytest.raises(mljobs.WaitTimeoutError) as late:
            client.jobs.wait(stop, timeout=60, cancel_on_timeout=True)
        assert late.value.cancelled
        assert client.jobs.get(stop).state is mljobs.JobState.CANCELLED


def test_wait_all_and_as_completed_in_a_known_order_with_few_requests(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=6)
    sim.add_jobs(6, states=["succeeded", "running"])
    slow, fast, middle = (
        sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=r)[0] for r in (300, 30, 120)
    )
    counting = Counting()
    with mljobs.SymetryML(**sim.credentials, transport=counting) as client:
        virtual_time(client.jobs, sim)
        order = [j.id for j in client.jobs.as_completed([slow, fast, middle], poll_interval=5, max_interval=20)]
        assert order == [fast, middle, slow]
        # one list per round, plus one get per job to read how it ended
        assert counting.count <= 25 + 3


async def test_async_twin(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 7)
    counting = AsyncCounting()
    async with mljobs.AsyncSymetryML(**sim.credentials, transport=counting) as client:

        async def advance(seconds: float) -> None:
            sim.advance(seconds)

        client.jobs.sleep = advance
        client.jobs.monotonic = sim.clock.now
        client.jobs.jitter = lambda: 0.0
        assert [j.id async for j in client.jobs.list(max_items=3)] == ids[::-1][:3]
        assert (await client.jobs.get(ids[1])).state is mljobs.JobState.RUNNING
        with pytest.raises(mljobs.NotFoundError):
            await client.jobs.get("999")
        sim.inject("429")
        assert (await client.jobs.get(ids[2])).state is mljobs.JobState.SUCCEEDED
        await client.jobs.cancel(ids[0])
        with pytest.raises(mljobs.CancelRejectedError):
            await client.jobs.cancel(ids[0])
        done = await client.jobs.wait_all([ids[1]], poll_interval=5)
        assert done[0].is_terminal
