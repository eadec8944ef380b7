"""mljobs.Domino and mljobs.AsyncDomino with their default, Domino's Public API, against cassettes recorded from
the Domino simulator answering in the Public API's shapes (``serve("domino", api="public")``)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from mljobs_domino.models import JobV1

import mljobs
from mljobs.testing import VendorSimulator

from ._helpers import AsyncCounting, Counting, virtual_time

VENDOR = "domino"
MakeSim = Callable[..., VendorSimulator]
pytestmark = pytest.mark.vcr


def setup(make_sim: MakeSim, seed: int) -> tuple[VendorSimulator, list[str], str]:
    sim = make_sim(VENDOR, seed=seed, api="public")
    return sim, sim.add_jobs(23, states=["queued", "running", "succeeded", "failed"]), sim.scope["project_id"]


def test_public_list_every_page_with_a_coarse_filter_refined_in_the_client(make_sim: MakeSim) -> None:
    sim, ids, project = setup(make_sim, 11)
    counting = Counting()
    with mljobs.Domino(**sim.credentials, transport=counting) as client:
        assert repr(client) == f"Domino(base_url={sim.base_url!r})"
        running = list(client.jobs.list(project_id=project, status=mljobs.JobState.RUNNING, page_size=2))
        sent = [dict(r.url.params) for r in counting.sent]
        failed = list(client.jobs.list(project_id=project, status=["Failed", "Error"], page_size=3))
        queued = list(client.jobs.list(project_id=project, status="Queued", page_size=50))
        everything = list(client.jobs.list(project_id=project, page_size=5))
    assert {j.id for j in running} == {i for i in ids if sim.phase(i) == "running"} and len(running) == 6
    assert all(p["statusFilter"] == "active" and "status" not in p for p in sent) and len(sent) > 3
    assert {j.id for j in failed} == {i for i in ids if sim.phase(i) == "failed"}
    assert all(j.state is mljobs.JobState.FAILED for j in failed) and len(failed) == 5
    assert {j.id for j in queued} == {i for i in ids if sim.phase(i) == "queued"} and queued
    assert [j.id for j in everything] == ids[::-1]
    job = everything[0]
    assert isinstance(job.raw, JobV1) and job.created_at is not None and job.raw.run_command


def test_public_resume_by_cursor_and_no_duplicates_when_jobs_are_added(make_sim: MakeSim) -> None:
    sim, ids, project = setup(make_sim, 12)
    with mljobs.Domino(**sim.credentials) as client:
        pages = list(client.jobs.list(project_id=project, page_size=4, max_items=8).pages())
        resumed = list(client.jobs.list(project_id=project, page_size=10, cursor=pages[0].next_cursor))
        assert [j.id for j in resumed] == ids[::-1][4:]
        seen = []
        for n, job in enumerate(client.jobs.list(project_id=project, page_size=5)):
            seen.append(job.id)
            if n == 2:
                sim.add_jobs(3)
        assert len(seen) == len(set(seen)) == 23 and seen == ids[::-1]


def test_public_start_logs_get_stop_and_see_it_end(make_sim: MakeSim) -> None:
    sim, ids, project = setup(make_sim, 13)
    counting = Counting()
    with mljobs.Domino(**sim.credentials, transport=counting) as client:
        job = client.jobs.start(
            project_id=project, command="python train.py --lr 0.01", hardware_tier_id="gpu-small", title="sweep"
        )
        body = json.loads(counting.sent[-1].content)
        assert body == {
            "projectId": project, "runCommand": "python train.py --lr 0.01", "hardwareTier": "gpu-small",
            "title": "sweep",
        }  # fmt: skip
        assert job.state is mljobs.JobState.QUEUED and job.raw_state == "Queued" and isinstance(job.raw, JobV1)
        assert job.message == "sweep" and job.started_at is None
        sim.advance(40)
        running = client.jobs.get(job.id)
        assert running.state is mljobs.JobState.RUNNING and running.started_at is not None
        log = client.jobs.logs(job.id)
        assert "$ python train.py --lr 0.01" in log and log.endswith("\n") and "logContent" not in log
        client.jobs.cancel(job.id)  # its project is known from the start: no extra request
        assert counting.sent[-1].url.path == "/v4/jobs/stop"
        assert json.loads(counting.sent[-1].content)["projectId"] == project
        sim.advance(5)
        ended = client.jobs.get(job.id)
        assert ended.state is mljobs.JobState.CANCELLED and ended.raw_state == "Stopped" and ended.finished_at
        with pytest.raises(mljobs.CancelRejectedError):
            client.jobs.cancel(job.id)
    running_id = next(i for i in ids if sim.phase(i) == "running")
    with mljobs.Domino(**sim.credentials) as fresh:  # has seen nothing: a JobV1 does not say its project
        with pytest.raises(mljobs.InvalidArgumentError, match="project_id="):
            fresh.jobs.cancel(running_id)
        fresh.jobs.cancel(running_id, project_id=project)
    with pytest.raises(mljobs.InvalidArgumentError, match="is_direct_hardware_tier_id"):
        mljobs.Domino(**sim.credentials).jobs.start(
            project_id=project, command="x", hardware_tier_id="small-k8s", is_direct_hardware_tier_id=True
        )


def test_public_errors_carry_the_request_id(make_sim: MakeSim) -> None:
    sim, ids, _ = setup(make_sim, 14)
    with (
        mljobs.Domino(**{**sim.credentials, "api_key": "not-the-key"}) as wrong,
        pytest.raises(mljobs.AuthenticationError) as denied,
    ):
        wrong.jobs.get(ids[0])
    assert denied.value.request_id and denied.value.request_id == denied.value.body["requestId"]
    assert denied.value.request_id in str(denied.value) and "not-the-key" not in str(denied.value)
    with mljobs.Domino(**sim.credentials) as client:
        with pytest.raises(mljobs.NotFoundError) as missing:
            client.jobs.get("0" * 24)
        assert missing.value.request_id and missing.value.request_id in str(missing.value)
        sim.inject("429")
        sim.inject("503")
        assert client.jobs.get(ids[0]).id == ids[0]
        sim.set_raw_state(ids[1], "Hibernating")
        hibernating = client.jobs.get(ids[1])
        assert hibernating.state is mljobs.JobState.UNKNOWN and hibernating.raw_state == "Hibernating"


def test_public_a_wrong_api_still_reads(make_sim: MakeSim) -> None:
    """A client set to the document's API reads the Public API's envelopes (and sends the document's requests)."""
    sim, ids, project = setup(make_sim, 15)
    with mljobs.Domino(**sim.credentials, api="document") as client:
        assert repr(client).endswith("api='document')")
        assert [j.id for j in client.jobs.list(project_id=project, page_size=10)] == ids[::-1]
        job = client.jobs.get(ids[0])
        assert isinstance(job.raw, JobV1) and job.id == ids[0]
        assert "queued" in client.jobs.logs(ids[0])
    with pytest.raises(mljobs.ConfigurationError, match=r"\['public', 'document'\]"):
        mljobs.Domino(**sim.credentials, api="v4")  # type: ignore[arg-type]


def test_public_wait_and_wait_all(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=16, api="public")
    ok, bad, stop = (
        sim.add_jobs(1, states=["queued"], outcome=o, queue_seconds=5, run_seconds=40)[0]
        for o in ("succeeded", "failed", "never")
    )
    slow, fast, middle = (
        sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=r)[0] for r in (300, 30, 120)
    )
    counting = Counting()
    with mljobs.Domino(**sim.credentials, transport=counting) as client:
        virtual_time(client.jobs, sim)
        assert len(list(client.jobs.list(**sim.scope, page_size=100))) == 6  # learns each job's project
        done = client.jobs.wait(ok, poll_interval=2)
        assert done.state is mljobs.JobState.SUCCEEDED and done.finished_at and done.started_at
        with pytest.raises(mljobs.JobFailedError):
            client.jobs.wait(bad, poll_interval=2)
        with pytest.raises(mljobs.WaitTimeoutError) as late:
            client.jobs.wait(stop, timeout=60, cancel_on_timeout=True)
        assert late.value.cancelled
        before = counting.count
        order = [
            j.id
            for j in client.jobs.as_completed(
                [slow, fast, middle], project_id=sim.scope["project_id"], poll_interval=5, max_interval=20
            )
        ]
        assert order == [fast, middle, slow]
        assert counting.count - before <= 25  # one listing request per round
        assert [j.id for j in client.jobs.wait_all([slow, fast])] == [slow, fast]  # projects now known


async def test_public_async_twin(make_sim: MakeSim) -> None:
    sim, ids, project = setup(make_sim, 17)
    counting = AsyncCounting()
    async with mljobs.AsyncDomino(**sim.credentials, transport=counting) as client:
        assert "api=" not in repr(client)  # the default is not shown

        async def advance(seconds: float) -> None:
            sim.advance(seconds)

        client.jobs.sleep = advance
        client.jobs.monotonic = sim.clock.now
        client.jobs.jitter = lambda: 0.0
        assert [j.id async for j in client.jobs.list(project_id=project, page_size=4)] == ids[::-1]
        running = [j async for j in client.jobs.list(project_id=project, status=mljobs.JobState.RUNNING)]
        assert {j.id for j in running} == {i for i in ids if sim.phase(i) == "running"}
        with pytest.raises(mljobs.NotFoundError) as missing:
            await client.jobs.get("0" * 24)
        assert missing.value.request_id
        job = await client.jobs.start(project_id=project, command="python a.py", hardware_tier_id="small-k8s")
        assert json.loads(counting.sent[-1].content)["runCommand"] == "python a.py"
        sim.inject("429")
        assert "queued" in await client.jobs.logs(job.id)
        await client.jobs.cancel(job.id)
        done = await client.jobs.wait(job.id, raise_on_failure=False, poll_interval=1)
        assert done.state is mljobs.JobState.CANCELLED and isinstance(done.raw, JobV1)
        waited = await client.jobs.wait_all([i for i in ids if sim.phase(i) == "running"][:2], project_id=project,
                                            raise_on_failure=False, poll_interval=30)  # fmt: skip
        assert all(j.is_terminal for j in waited)
