"""mljobs.Domino and mljobs.AsyncDomino against cassettes recorded from the Domino simulator."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import mljobs
from mljobs.testing import VendorSimulator

from ._helpers import AsyncCounting, Counting, virtual_time

VENDOR = "domino"
MakeSim = Callable[..., VendorSimulator]
pytestmark = pytest.mark.vcr


def setup(make_sim: MakeSim, seed: int) -> tuple[VendorSimulator, list[str], str]:
    sim = make_sim(VENDOR, seed=seed)
    return sim, sim.add_jobs(23, states=["queued", "running", "succeeded", "failed"]), sim.scope["project_id"]


def test_list_every_page_with_a_filter(make_sim: MakeSim) -> None:
    sim, ids, project = setup(make_sim, 1)
    with mljobs.Domino(**sim.credentials, api="document") as client:
        running = list(client.jobs.list(project_id=project, status=mljobs.JobState.RUNNING, page_size=2))
        failed = list(client.jobs.list(project_id=project, status="Failed", page_size=2))
        everything = list(client.jobs.list(project_id=project, page_size=5))
    assert {j.id for j in running} == {i for i in ids if sim.phase(i) == "running"} and len(running) == 6
    assert all(j.state is mljobs.JobState.FAILED for j in failed) and len(failed) == 5
    assert [j.id for j in everything] == ids[::-1]
    # created_at is the submission time (stageTimes), so a queued job has one, and it precedes the start
    assert all(j.created_at is not None for j in everything)
    assert all(j.created_at <= j.started_at for j in everything if j.created_at and j.started_at)


def test_max_items_resume_by_cursor_and_no_duplicates_when_jobs_are_added(make_sim: MakeSim) -> None:
    sim, ids, project = setup(make_sim, 2)
    with mljobs.Domino(**sim.credentials, api="document") as client:
        assert [j.id for j in client.jobs.list(project_id=project, page_size=4, max_items=6)] == ids[::-1][:6]
        pages = list(client.jobs.list(project_id=project, page_size=4, max_items=8).pages())
        resumed = list(client.jobs.list(project_id=project, page_size=10, cursor=pages[0].next_cursor))
        assert [j.id for j in resumed] == ids[::-1][4:]
        seen = []
        for n, job in enumerate(client.jobs.list(project_id=project, page_size=5)):
            seen.append(job.id)
            if n == 2:
                sim.add_jobs(3)  # newer jobs shift older ones to later offsets while we read
        assert len(seen) == len(set(seen)) == 23 and seen == ids[::-1]


def test_start_logs_get_stop_and_see_it_end(make_sim: MakeSim) -> None:
    sim, _, project = setup(make_sim, 3)
    with mljobs.Domino(**sim.credentials, api="document") as client:
        job = client.jobs.start(
            project_id=project, command="python train.py --lr 0.01", hardware_tier_id="gpu-small", title="sweep"
        )
        assert job.state is mljobs.JobState.QUEUED and job.raw.command == "python train.py --lr 0.01"
        sim.advance(40)
        assert client.jobs.get(job.id).state is mljobs.JobState.RUNNING
        assert "$ python train.py --lr 0.01" in client.jobs.logs(job.id)
        client.jobs.cancel(job.id)  # its project is known: no extra request
        sim.advance(5)
        ended = client.jobs.get(job.id)
        assert ended.state is mljobs.JobState.CANCELLED and ended.raw_state == "Stopped" and ended.finished_at
        with pytest.raises(mljobs.CancelRejectedError):
            client.jobs.cancel(job.id)


def test_errors_401_404_and_429_retried(make_sim: MakeSim) -> None:
    sim, ids, project = setup(make_sim, 4)
    with mljobs.Domino(**{**sim.credentials, "api_key": "not-the-key"}, api="document") as wrong:
        with pytest.raises(mljobs.AuthenticationError) as denied:
            wrong.jobs.get(ids[0])
        assert denied.value.body["errors"] and denied.value.body["requestId"]
    with mljobs.Domino(**sim.credentials, api="document") as client:
        with pytest.raises(mljobs.NotFoundError):
            client.jobs.get("0" * 24)
        sim.inject("429")
        sim.inject("503")
        assert client.jobs.get(ids[0]).id == ids[0]
        sim.inject("503")
        with pytest.raises(mljobs.ServerError):  # start is never retried once it may have reached Domino
            client.jobs.start(project_id=project, command="python x.py", hardware_tier_id="small-k8s")


def test_unknown_state_is_unknown_not_an_error(make_sim: MakeSim) -> None:
    sim, ids, _ = setup(make_sim, 5)
    sim.set_raw_state(ids[1], "Hibernating")
    with mljobs.Domino(**sim.credentials, api="document") as client:
        job = client.jobs.get(ids[1])
    assert job.state is mljobs.JobState.UNKNOWN and job.raw_state == "Hibernating"


def test_wait_from_queued_to_each_terminal_state(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=6)
    ok, bad, stop = (
        sim.add_jobs(1, states=["queued"], outcome=o, queue_seconds=5, run_seconds=40)[0]
        for o in ("succeeded", "failed", "never")
    )
    with mljobs.Domino(**sim.credentials, api="document") as client:
        virtual_time(client.jobs, sim)
        assert client.jobs.wait(ok, poll_interval=2).state is mljobs.JobState.SUCCEEDED
        with pytest.raises(mljobs.JobFailedError):
            client.jobs.wait(bad, poll_interval=2)
        with pytest.raises(mljobs.WaitTimeoutError) as late:
            client.jobs.wait(stop, timeout=60, cancel_on_timeout=True)
        assert late.value.cancelled
        sim.advance(5)
        assert client.jobs.get(stop).state is mljobs.JobState.CANCELLED


def test_wait_all_and_as_completed_in_a_known_order_with_few_requests(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=7)
    sim.add_jobs(6, states=["succeeded", "running"])
    slow, fast, middle = (
        sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=r)[0] for r in (300, 30, 120)
    )
    counting = Counting()
    with mljobs.Domino(**sim.credentials, transport=counting, api="document") as client:
        virtual_time(client.jobs, sim)
        order = [
            j.id
            for j in client.jobs.as_completed(
                [slow, fast, middle], project_id=sim.scope["project_id"], poll_interval=5, max_interval=20
            )
        ]
        assert order == [fast, middle, slow]
        assert counting.count <= 25  # one listing request per round
        assert [j.id for j in client.jobs.wait_all([slow, fast])] == [slow, fast]  # projects now known


async def test_async_twin(make_sim: MakeSim) -> None:
    sim, ids, project = setup(make_sim, 8)
    counting = AsyncCounting()
    async with mljobs.AsyncDomino(**sim.credentials, transport=counting, api="document") as client:

        async def advance(seconds: float) -> None:
            sim.advance(seconds)

        client.jobs.sleep = advance
        client.jobs.monotonic = sim.clock.now
        client.jobs.jitter = lambda: 0.0
        assert [j.id async for j in client.jobs.list(project_id=project, page_size=4, max_items=6)] == ids[::-1][:6]
        pages = [p async for p in client.jobs.list(project_id=project, page_size=4, max_items=8).pages()]
        resumed = [j.id async for j in client.jobs.list(project_id=project, cursor=pages[0].next_cursor)]
        assert resumed == ids[::-1][4:]
        with pytest.raises(mljobs.NotFoundError):
            await client.jobs.get("0" * 24)
        job = await client.jobs.start(project_id=project, command="python a.py", hardware_tier_id="small-k8s")
        sim.inject("429")
        assert "queued" in await client.jobs.logs(job.id)
        await client.jobs.cancel(job.id)
        done = await client.jobs.wait(job.id, raise_on_failure=False, poll_interval=1)
        assert done.state is mljobs.JobState.CANCELLED
        sim.set_raw_state(ids[-1], "Hibernating")
        assert (await client.jobs.get(ids[-1])).state is mljobs.JobState.UNKNOWN
