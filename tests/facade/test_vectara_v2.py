"""mljobs.Vectara and mljobs.AsyncVectara with their default, ``api="v2"`` (``GET /v2/jobs``), on cassettes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from mljobs_vectara.models import Job as V2Job

import mljobs
from mljobs.testing import VendorSimulator

from ._helpers import AsyncCounting, Counting, virtual_time

VENDOR = "vectara"
MakeSim = Callable[..., VendorSimulator]
NO_SUCH_JOB = "job_00000000000000000000"
pytestmark = pytest.mark.vcr


def setup(make_sim: MakeSim, seed: int) -> tuple[VendorSimulator, list[str]]:
    """23 jobs, as their v2 ids, oldest first."""
    sim = make_sim(VENDOR, seed=seed)
    ids = sim.add_jobs(23, states=["queued", "running", "succeeded", "failed"])
    return sim, [sim.v2_id(i) for i in ids]  # type: ignore[attr-defined]


def test_v2_lists_every_page_with_filters(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 31)
    with mljobs.Vectara(**sim.credentials) as client:
        assert repr(client) == f"Vectara(base_url={sim.base_url!r})"
        running = list(client.jobs.list(state=mljobs.JobState.RUNNING, page_size=2))
        started = list(client.jobs.list(state="started", corpus_key=sim.corpus_key))  # type: ignore[attr-defined]
        everything = list(client.jobs.list(page_size=5))
        assert list(client.jobs.list(corpus_key="no-such-corpus")) == []
        # The simulator keeps sub-millisecond creation times but shows milliseconds: cut 1 ms after one shown.
        cutoff = everything[5].created_at + dt.timedelta(milliseconds=1)  # type: ignore[operator]
        later = list(client.jobs.list(created_after=cutoff))
        pages = list(client.jobs.list(page_size=4, max_items=8).pages())
        resumed = list(client.jobs.list(page_size=10, cursor=pages[0].next_cursor))
        with pytest.raises(mljobs.InvalidArgumentError, match=r'corpus_id= is a filter of api="v1"'):
            client.jobs.list(corpus_id=1)
    assert {j.id for j in running} == {i for i in ids if sim.phase(i) == "running"} and len(running) == 6
    assert all(j.state is mljobs.JobState.RUNNING and j.raw_state == "started" for j in running)
    assert [j.id for j in started] == [j.id for j in running]
    assert [j.id for j in everything] == ids[::-1]
    assert all(isinstance(j.raw, V2Job) and j.created_at and j.vendor == "vectara" for j in everything)
    assert {j.id for j in later} == {j.id for j in everything if j.created_at and j.created_at > cutoff}
    assert 0 < len(later) < len(everything)
    assert [len(p.items) for p in pages] == [4, 4] and [j.id for j in resumed] == ids[::-1][4:]


def test_v2_get_reads_one_job_and_waits(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 32)
    target = next(i for i in ids if sim.phase(i) == "running")
    counting = Counting()
    with mljobs.Vectara(**sim.credentials, transport=counting) as client:
        job = client.jobs.get(target)
        assert counting.count == 1  # one GET /v2/jobs/{id}, no listing
        assert job.id == target and job.state is mljobs.JobState.RUNNING and job.started_at and not job.finished_at
        assert isinstance(job.raw, V2Job) and job.raw.corpus_keys == [sim.corpus_key]  # type: ignore[attr-defined]
        with pytest.raises(mljobs.NotFoundError):
            client.jobs.get(NO_SUCH_JOB)
        virtual_time(client.jobs, sim)
        done = client.jobs.wait(target, raise_on_failure=False)
        assert done.is_terminal and done.finished_at is not None
        live = [i for i in ids if sim.phase(i) in ("queued", "running")]
        every = client.jobs.wait_all(live, poll_interval=5)
        assert [j.id for j in every] == live and all(j.is_terminal for j in every)


def test_v2_errors_and_a_retrying_state(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 33)
    with mljobs.Vectara(**{**sim.credentials, "api_key": "zut_not-the-key"}) as wrong:
        with pytest.raises(mljobs.AuthenticationError) as denied:
            wrong.jobs.get(ids[0])
        assert denied.value.status_code == 401
    sim.set_raw_state(ids[0], "JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT")
    with mljobs.Vectara(**sim.credentials) as client:
        retrying = client.jobs.get(ids[0])
        assert retrying.raw_state == "failed_will_retry" and retrying.state is mljobs.JobState.RUNNING
        assert not retrying.is_terminal
        sim.inject("429")
        sim.inject("503")
        assert client.jobs.get(ids[2]).id == ids[2]


async def test_v2_async_list_get_and_wait(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 34)
    target = next(i for i in ids if sim.phase(i) == "queued")
    counting = AsyncCounting()
    async with mljobs.AsyncVectara(**sim.credentials, transport=counting) as client:
        assert repr(client) == f"AsyncVectara(base_url={sim.base_url!r})"
        assert [j.id async for j in client.jobs.list(page_size=7)] == ids[::-1]
        assert (await client.jobs.get(target)).state is mljobs.JobState.QUEUED

        async def advance(seconds: float) -> None:
            sim.advance(seconds)

        client.jobs.sleep = advance
        client.jobs.monotonic = sim.clock.now
        client.jobs.jitter = lambda: 0.0
        assert (await client.jobs.wait(target, raise_on_failure=False)).is_terminal
        order = [j.id async for j in client.jobs.as_completed(ids[-3:], poll_interval=5)]
        assert sorted(order) == sorted(ids[-3:])


def test_v1_is_one_argument_away_and_needs_a_customer_id(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 35)
    with pytest.raises(mljobs.ConfigurationError, match="customer_id"):
        mljobs.Vectara(base_url=sim.base_url, api_key="zut_x", api="v1")
    with pytest.raises(mljobs.ConfigurationError, match="'v2', 'v1'"):
        mljobs.Vectara(**sim.credentials, api="v3")  # type: ignore[arg-type]
    with mljobs.Vectara(**sim.credentials, api="v1") as client:
        assert repr(client).endswith("api='v1')")
        listed = list(client.jobs.list(page_size=10))
        assert [sim.v2_id(j.id) for j in listed] == ids[::-1]  # type: ignore[attr-defined]
        with pytest.raises(mljobs.InvalidArgumentError, match=r'corpus_key= is a filter of api="v2"'):
            client.jobs.list(corpus_key="k")
