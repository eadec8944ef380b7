"""mljobs.Rime and mljobs.AsyncRime with their default, ``api="v1"`` (rime-sdk 2.x's ``/v1/jobs``), on cassettes."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

import mljobs
from mljobs.testing import VendorSimulator

from ._helpers import AsyncCounting, Counting, virtual_time

VENDOR = "rime"
MakeSim = Callable[..., VendorSimulator]
#: A project no simulated job belongs to.
OTHER_PROJECT = "11111111-1111-4111-8111-111111111111"
pytestmark = pytest.mark.vcr


def setup(make_sim: MakeSim, seed: int) -> tuple[VendorSimulator, list[str], str]:
    """23 jobs of the simulator's project and, in between, a generative test (a workspace's, not the project's)."""
    sim = make_sim(VENDOR, seed=seed)
    ids = sim.add_jobs(12, states=["queued", "running", "succeeded", "failed"])
    other = sim.add_jobs(1, states=["running"], job_type="JOB_TYPE_GENERATIVE_MODEL_TEST")[0]
    ids += sim.add_jobs(11, states=["queued", "running", "succeeded", "failed"])
    return sim, ids, other


def test_v1_lists_per_project_every_page_with_filters(make_sim: MakeSim) -> None:
    sim, ids, other = setup(make_sim, 21)
    project = sim.project_id  # type: ignore[attr-defined]
    with mljobs.Rime(**sim.credentials) as client:
        assert repr(client) == f"Rime(base_url={sim.base_url!r})"
        running = list(client.jobs.list(project_id=project, status=mljobs.JobState.RUNNING, page_size=2))
        everything = list(client.jobs.list(project_id=project, page_size=5))
        tests = list(client.jobs.list(project_id=project, job_type="JOB_TYPE_MODEL_STRESS_TEST", max_items=3))
        assert list(client.jobs.list(project_id=OTHER_PROJECT)) == []
        pages = list(client.jobs.list(project_id=project, page_size=4, max_items=8).pages())
        resumed = list(client.jobs.list(project_id=project, page_size=10, cursor=pages[0].next_cursor))
        with pytest.raises(mljobs.InvalidArgumentError, match=r'per project.*api="v1-beta"'):
            client.jobs.list()
        with pytest.raises(mljobs.InvalidArgumentError, match="object_id"):
            client.jobs.list(project_id=project, object_id=project)
    assert {j.id for j in running} == {i for i in ids if sim.phase(i) == "running"} and len(running) == 6
    assert all(j.state is mljobs.JobState.RUNNING and j.vendor == "rime" for j in running)
    assert [j.id for j in everything] == ids[::-1] and other not in {j.id for j in everything}
    assert [j.id for j in tests] == ids[::-1][:3]
    assert [len(p.items) for p in pages] == [4, 4] and [j.id for j in resumed] == ids[::-1][4:]


def test_v1_get_cancel_project_and_test_run_ids(make_sim: MakeSim) -> None:
    sim, ids, other = setup(make_sim, 22)
    target = next(i for i in ids if sim.phase(i) == "running")
    done = next(i for i in ids if sim.phase(i) == "succeeded")
    with mljobs.Rime(**sim.credentials) as client:
        job = client.jobs.get(target)
        assert job.state is mljobs.JobState.RUNNING and job.started_at and job.raw.job_progress_str
        assert client.jobs.project_id(target) == sim.project_id  # type: ignore[attr-defined]
        assert client.jobs.test_run_id(done) == str(uuid.UUID(client.jobs.test_run_id(done)))
        with pytest.raises(mljobs.BadRequestError):
            client.jobs.test_run_id(target)  # only a completed stress test has a test run
        with pytest.raises(mljobs.BadRequestError):
            client.jobs.project_id(other)  # a generative test belongs to a workspace
        client.jobs.cancel(target)
        sim.advance(10)
        ended = client.jobs.get(target)
        assert ended.state is mljobs.JobState.CANCELLED and ended.raw.cancellation_requested
        with pytest.raises(mljobs.CancelRejectedError):
            client.jobs.cancel(target)
        with pytest.raises(mljobs.NotFoundError):
            client.jobs.get(OTHER_PROJECT)


def test_v1_wait_and_wait_all_list_per_project(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=23)
    sim.add_jobs(12, states=["succeeded", "running"])  # other jobs in the listing
    slow, fast, middle = (
        sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=r)[0] for r in (300, 30, 120)
    )
    gen = sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=60,
                       job_type="JOB_TYPE_GENERATIVE_MODEL_TEST")[0]  # fmt: skip
    bad = sim.add_jobs(1, outcome="failed", queue_seconds=5, run_seconds=20)[0]
    counting = Counting()
    with mljobs.Rime(**sim.credentials, transport=counting) as client:
        virtual_time(client.jobs, sim)
        with pytest.raises(mljobs.JobFailedError):
            client.jobs.wait(bad, poll_interval=2)
        before = counting.count
        order = [j.id for j in client.jobs.as_completed([slow, fast, middle, gen], poll_interval=5, max_interval=20)]
        assert order == [fast, gen, middle, slow]
        # Round one reads each job (and so learns its project); every later round lists the project once,
        # and polls the generative test, which belongs to no project.
        assert counting.count - before <= 4 + 2 * 25
        again = client.jobs.wait_all([slow, fast, middle])
        assert [j.id for j in again] == [slow, fast, middle] and all(j.is_terminal for j in again)


async def test_v1_async_list_get_cancel_and_wait(make_sim: MakeSim) -> None:
    sim, ids, _ = setup(make_sim, 24)
    project = sim.project_id  # type: ignore[attr-defined]
    target = next(i for i in ids if sim.phase(i) == "running")
    counting = AsyncCounting()
    async with mljobs.AsyncRime(**sim.credentials, transport=counting) as client:
        assert repr(client) == f"AsyncRime(base_url={sim.base_url!r})"
        everything = [j.id async for j in client.jobs.list(project_id=project, page_size=5)]
        assert everything == ids[::-1]
        with pytest.raises(mljobs.InvalidArgumentError):
            client.jobs.list()
        assert (await client.jobs.get(target)).state is mljobs.JobState.RUNNING
        assert await client.jobs.project_id(target) == project
        await client.jobs.cancel(target)

        async def advance(seconds: float) -> None:
            sim.advance(seconds)

        client.jobs.sleep = advance
        client.jobs.monotonic = sim.clock.now
        client.jobs.jitter = lambda: 0.0
        ended = await client.jobs.wait(target, raise_on_failure=False)
        assert ended.state is mljobs.JobState.CANCELLED
        live = [i for i in ids if sim.phase(i) in ("queued", "running")]
        done = await client.jobs.wait_all(live, project_id=project, poll_interval=5)
        assert [j.id for j in done] == live and all(j.is_terminal for j in done)


def test_v1_beta_is_one_argument_away(make_sim: MakeSim) -> None:
    sim, ids, other = setup(make_sim, 25)
    with mljobs.Rime(**sim.credentials, api="v1-beta") as client:
        assert repr(client).endswith("api='v1-beta')")
        assert [j.id for j in client.jobs.list(page_size=10)] == [*ids[:12], other, *ids[12:]][::-1]
        with pytest.raises(mljobs.InvalidArgumentError, match="object_id"):
            client.jobs.list(project_id=sim.project_id)  # type: ignore[attr-defined]
    with pytest.raises(mljobs.ConfigurationError, match="'v1', 'v1-beta'"):
        mljobs.Rime(**sim.credentials, api="v2")  # type: ignore[arg-type]
