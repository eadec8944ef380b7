"""mljobs.Rime and mljobs.AsyncRime against cassettes recorded from the RIME simulator."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import mljobs
from mljobs.testing import VendorSimulator

from ._helpers import AsyncCounting, Counting, virtual_time

VENDOR = "rime"
MakeSim = Callable[..., VendorSimulator]
#: A well-formed job id (a UUID) that no simulated job has.
NO_SUCH_JOB = "00000000-0000-4000-8000-000000000000"
pytestmark = pytest.mark.vcr


def setup(make_sim: MakeSim, seed: int) -> tuple[VendorSimulator, list[str]]:
    sim = make_sim(VENDOR, seed=seed)
    ids = sim.add_jobs(23, states=["queued", "running", "succeeded", "failed"])
    return sim, ids


def test_list_every_page_with_a_filter(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 1)
    with mljobs.Rime(**sim.credentials, api="v1-beta") as client:
        running = list(client.jobs.list(status=mljobs.JobState.RUNNING, page_size=2))
        everything = list(client.jobs.list(page_size=5))
    assert {j.id for j in running} == {i for i in ids if sim.phase(i) == "running"} and len(running) == 6
    assert all(j.state is mljobs.JobState.RUNNING and j.vendor == "rime" for j in running)
    assert [j.id for j in everything] == ids[::-1]


def test_max_items_and_resume_by_cursor(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 2)
    with mljobs.Rime(**sim.credentials, api="v1-beta") as client:
        first = list(client.jobs.list(page_size=4, max_items=6))
        pages = list(client.jobs.list(page_size=4, max_items=8).pages())
        resumed = list(client.jobs.list(page_size=10, cursor=pages[0].next_cursor))
    assert [j.id for j in first] == ids[::-1][:6]
    assert [len(p.items) for p in pages] == [4, 4] and pages[0].next_cursor
    assert [j.id for j in resumed] == ids[::-1][4:]


def test_get_cancel_and_see_it_end(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 3)
    target = next(i for i in ids if sim.phase(i) == "running")
    with mljobs.Rime(**sim.credentials, api="v1-beta") as client:
        job = client.jobs.get(target)
        assert job.state is mljobs.JobState.RUNNING and job.started_at and job.created_at
        assert job.raw.job_progress_str
        client.jobs.cancel(target)
        sim.advance(10)
        ended = client.jobs.get(target)
        assert ended.state is mljobs.JobState.CANCELLED and ended.finished_at and ended.raw.cancellation_requested
        with pytest.raises(mljobs.CancelRejectedError) as err:
            client.jobs.cancel(target)
        assert err.value.job_id == target


def test_errors_401_404_and_429_retried(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 4)
    with mljobs.Rime(**{**sim.credentials, "api_key": "not-the-key"}, api="v1-beta") as wrong:
        with pytest.raises(mljobs.AuthenticationError) as denied:
            wrong.jobs.get(ids[0])
        assert denied.value.status_code == 401
    with mljobs.Rime(**sim.credentials, api="v1-beta") as client:
        with pytest.raises(mljobs.NotFoundError) as missing:
            client.jobs.get(NO_SUCH_JOB)
        assert missing.value.body["code"] == 5
        with pytest.raises(mljobs.BadRequestError) as malformed:
            client.jobs.get("not-a-job-id")  # RIME's job ids are UUIDs: anything else is not a valid id
        assert malformed.value.body["code"] == 3
        sim.inject("429")
        sim.inject("503")
        assert client.jobs.get(ids[0]).id == ids[0]


def test_unknown_state_is_unknown_not_an_error(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 5)
    sim.set_raw_state(ids[0], "JOB_STATUS_HIBERNATING")
    with mljobs.Rime(**sim.credentials, api="v1-beta") as client:
        job = client.jobs.get(ids[0])
    assert job.state is mljobs.JobState.UNKNOWN and job.raw_state == "JOB_STATUS_HIBERNATING"
    assert not job.is_terminal


async def test_async_list_every_page_with_a_filter(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 1)
    async with mljobs.AsyncRime(**sim.credentials, api="v1-beta") as client:
        running = [j async for j in client.jobs.list(status=mljobs.JobState.RUNNING, page_size=2)]
    assert {j.id for j in running} == {i for i in ids if sim.phase(i) == "running"}


async def test_async_max_items_and_resume_by_cursor(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 2)
    async with mljobs.AsyncRime(**sim.credentials, api="v1-beta") as client:
        first = [j async for j in client.jobs.list(page_size=4, max_items=6)]
        pages = [p async for p in client.jobs.list(page_size=4, max_items=8).pages()]
        resumed = [j async for j in client.jobs.list(page_size=10, cursor=pages[0].next_cursor)]
    assert [j.id for j in first] == ids[::-1][:6]
    assert [j.id for j in resumed] == ids[::-1][4:]


async def test_async_get_cancel_and_see_it_end(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 3)
    target = next(i for i in ids if sim.phase(i) == "running")
    async with mljobs.AsyncRime(**sim.credentials, api="v1-beta") as client:
        assert (await client.jobs.get(target)).state is mljobs.JobState.RUNNING
        await client.jobs.cancel(target)
        sim.advance(10)
        assert (await client.jobs.get(target)).state is mljobs.JobState.CANCELLED
        with pytest.raises(mljobs.CancelRejectedError):
            await client.jobs.cancel(target)


async def test_async_errors_401_404_and_429_retried(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 4)
    async with mljobs.AsyncRime(**{**sim.credentials, "api_key": "not-the-key"}, api="v1-beta") as wrong:
        with pytest.raises(mljobs.AuthenticationError):
            await wrong.jobs.get(ids[0])
    async with mljobs.AsyncRime(**sim.credentials, api="v1-beta") as client:
        with pytest.raises(mljobs.NotFoundError):
            await client.jobs.get(NO_SUCH_JOB)
        with pytest.raises(mljobs.BadRequestError):
            await client.jobs.get("not-a-job-id")
        sim.inject("429")
        sim.inject("503")
        assert (await client.jobs.get(ids[0])).id == ids[0]


async def test_async_unknown_state(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 5)
    sim.set_raw_state(ids[0], "JOB_STATUS_HIBERNATING")
    async with mljobs.AsyncRime(**sim.credentials, api="v1-beta") as client:
        job = await client.jobs.get(ids[0])
    assert job.state is mljobs.JobState.UNKNOWN and job.raw_state == "JOB_STATUS_HIBERNATING"


def test_wait_from_queued_to_each_terminal_state(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=6)
    ok, bad, stop = (
        sim.add_jobs(1, states=["queued"], outcome=o, queue_seconds=5, run_seconds=40)[0]
        for o in ("succeeded", "failed", "never")
    )
    with mljobs.Rime(**sim.credentials, api="v1-beta") as client:
        virtual_time(client.jobs, sim)
        states: list[str | None] = []
        done = client.jobs.wait(ok, poll_interval=2, on_progress=lambda j, n, d: states.append(j and j.raw_state))
        assert done.state is mljobs.JobState.SUCCEEDED and done.finished_at is not None
        assert states[0] == "JOB_STATUS_PENDING" and "JOB_STATUS_RUNNING" in states and states[-1] == done.raw_state
        with pytest.raises(mljobs.JobFailedError) as failed:
            client.jobs.wait(bad, poll_interval=2)
        assert failed.value.job.state is mljobs.JobState.FAILED and failed.value.job.message
        client.jobs.cancel(stop)
        assert client.jobs.wait(stop, raise_on_failure=False).state is mljobs.JobState.CANCELLED
        with pytest.raises(mljobs.WaitTimeoutError) as late:
            client.jobs.wait(sim.add_jobs(1, outcome="never")[0], timeout=30, cancel_on_timeout=True)
        assert late.value.cancelled and late.value.job is not None


def test_wait_all_and_as_completed_in_a_known_order_with_few_requests(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=7)
    sim.add_jobs(12, states=["succeeded", "running"])  # other jobs in the listing
    slow, fast, middle = (
        sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=r)[0] for r in (300, 30, 120)
    )
    counting = Counting()
    with mljobs.Rime(**sim.credentials, transport=counting, api="v1-beta") as client:
        virtual_time(client.jobs, sim)
        order = [j.id for j in client.jobs.as_completed([slow, fast, middle], poll_interval=5, max_interval=20)]
        assert order == [fast, middle, slow]
        polls = counting.count
        assert polls <= 25  # one listing request per round, however many jobs are waited for
        again = client.jobs.wait_all([slow, fast, middle])
        assert [j.id for j in again] == [slow, fast, middle] and counting.count == polls + 1


async def test_async_wait_and_as_completed(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=8)
    a, b = (sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=r)[0] for r in (90, 30))
    bad = sim.add_jobs(1, outcome="failed", queue_seconds=5, run_seconds=60)[0]
    counting = AsyncCounting()
    async with mljobs.AsyncRime(**sim.credentials, transport=counting, api="v1-beta") as client:

        async def advance(seconds: float) -> None:
            sim.advance(seconds)

        client.jobs.sleep = advance
        client.jobs.monotonic = sim.clock.now
        client.jobs.jitter = lambda: 0.0
        assert (await client.jobs.wait(b, poll_interval=2)).state is mljobs.JobState.SUCCEEDED
        with pytest.raises(mljobs.JobFailedError):
            await client.jobs.wait(bad, poll_interval=2)
        order = [j.id async for j in client.jobs.as_completed([a, b], poll_interval=5)]
        assert order == [b, a]
