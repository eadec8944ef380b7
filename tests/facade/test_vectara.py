"""mljobs.Vectara and mljobs.AsyncVectara against cassettes recorded from the Vectara simulator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import httpx
import pytest

import mljobs
from mljobs.testing import VendorSimulator

from ._helpers import AsyncCounting, Counting, virtual_time

VENDOR = "vectara"
MakeSim = Callable[..., VendorSimulator]
pytestmark = pytest.mark.vcr
NO_SUCH_JOB = "bm8tc3VjaC1qb2ItaGVyZQ=="


def setup(make_sim: MakeSim, seed: int) -> tuple[VendorSimulator, list[str]]:
    sim = make_sim(VENDOR, seed=seed)
    return sim, sim.add_jobs(23, states=["queued", "running", "succeeded", "failed"])


def test_list_every_page_with_a_filter(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 1)
    corpus = sim.add_jobs(4, states=["running", "succeeded"], corpus_id=[77])
    with mljobs.Vectara(**sim.credentials, api="v1") as client:
        running = list(client.jobs.list(state=mljobs.JobState.RUNNING, page_size=2))
        in_corpus = list(client.jobs.list(corpus_id=77, page_size=3))
        completed = list(client.jobs.list(state="JOB_STATE__COMPLETED", corpus_id=[77]))
        everything = list(client.jobs.list(page_size=5))
    assert {j.id for j in running} == {i for i in ids + corpus if sim.phase(i) == "running"} and len(running) == 8
    assert all(j.state is mljobs.JobState.RUNNING and j.vendor == "vectara" for j in running)
    assert [j.id for j in in_corpus] == corpus[::-1]
    assert [j.id for j in completed] == [corpus[3], corpus[1]]
    assert all(j.raw_state == "JOB_STATE__COMPLETED" and j.finished_at for j in completed)
    assert [j.id for j in everything] == (ids + corpus)[::-1]  # every state: none hidden by the server's default


def test_max_items_resume_by_cursor_and_no_duplicates_when_jobs_are_added(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 2)
    with mljobs.Vectara(**sim.credentials, api="v1") as client:
        first = list(client.jobs.list(page_size=4, max_items=6))
        pages = list(client.jobs.list(page_size=4, max_items=8).pages())
        resumed = list(client.jobs.list(cursor=pages[0].next_cursor))
        seen = []
        for n, job in enumerate(client.jobs.list(page_size=5)):
            seen.append(job.id)
            if n == 2:
                sim.add_jobs(3)  # newer jobs must not shift the pages still to come
    assert [j.id for j in first] == ids[::-1][:6]
    assert [len(p.items) for p in pages] == [4, 4] and pages[0].next_cursor
    assert [j.id for j in resumed] == ids[::-1][4:]
    assert seen == ids[::-1]


def test_get_and_see_it_end(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 3)
    target = next(i for i in ids if sim.phase(i) == "running")
    with mljobs.Vectara(**sim.credentials, api="v1") as client:
        job = client.jobs.get(target)
        assert job.state is mljobs.JobState.RUNNING and job.raw_state == "JOB_STATE__STARTED"
        assert job.created_at and job.started_at and job.finished_at is None
        assert job.created_at.tzinfo is dt.UTC and job.created_at <= job.started_at
        assert job.raw.corpus_id == [sim.corpus_id] and job.message is None and job.progress is None  # type: ignore[attr-defined]
        sim.advance(3600)
        ended = client.jobs.get(target)
        assert ended.is_terminal and ended.raw_state in ("JOB_STATE__COMPLETED", "JOB_STATE__FAILED")
        assert ended.finished_at and ended.started_at and ended.finished_at >= ended.started_at
        assert not hasattr(client.jobs, "cancel")  # v1 has no cancel


def test_errors_401_404_and_429_retried(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 4)
    with mljobs.Vectara(**{**sim.credentials, "api_key": "zut_not-the-key"}, api="v1") as wrong:
        with pytest.raises(mljobs.AuthenticationError) as denied:
            wrong.jobs.get(ids[0])
        assert denied.value.status_code == 401 and denied.value.body["code"] == 16
    with (
        mljobs.Vectara(**{**sim.credentials, "customer_id": 1234567}, api="v1") as elsewhere,
        pytest.raises(mljobs.AuthenticationError),
    ):
        list(elsewhere.jobs.list())
    with mljobs.Vectara(**sim.credentials, api="v1") as client:
        with pytest.raises(mljobs.NotFoundError) as missing:
            client.jobs.get(NO_SUCH_JOB)
        assert NO_SUCH_JOB in str(missing.value) and missing.value.body["job"] == []
        with pytest.raises(mljobs.BadRequestError) as old:
            list(client.jobs.list(created_since=dt.datetime(2023, 1, 1, tzinfo=dt.UTC)))
        assert old.value.status_code == 400 and old.value.body["code"] == 3
        sim.inject("429")
        sim.inject("503")
        assert client.jobs.get(ids[0]).id == ids[0]  # the list POST only reads: retried like a GET


def test_in_band_status_is_an_error(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 5)
    with mljobs.Vectara(**sim.credentials, api="v1") as client:
        sim.inject_status("PERMISSION_DENIED", "the key may not list jobs")  # type: ignore[attr-defined]
        with pytest.raises(mljobs.PermissionDeniedError) as denied:
            client.jobs.get(ids[0])
        assert "PERMISSION_DENIED" in str(denied.value) and "may not list jobs" in str(denied.value)
        sim.inject_status("RESOURCE_EXHAUSTED")  # type: ignore[attr-defined]
        with pytest.raises(mljobs.RateLimitError):
            list(client.jobs.list())
        assert client.jobs.get(ids[0]).id == ids[0]


def test_unknown_state_is_unknown_not_an_error(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 6)
    sim.set_raw_state(ids[1], "JOB_STATE__HIBERNATING")
    with mljobs.Vectara(**sim.credentials, api="v1") as client:
        job = client.jobs.get(ids[1])
        listed = next(j for j in client.jobs.list() if j.id == ids[1])
    assert job.state is mljobs.JobState.UNKNOWN and job.raw_state == "JOB_STATE__HIBERNATING"
    assert not job.is_terminal and listed.state is mljobs.JobState.UNKNOWN


def test_wait_until_each_terminal_state_with_few_requests(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=7)
    sim.add_jobs(12, states=["succeeded", "running"])  # other jobs in the listing
    ok, bad = (
        sim.add_jobs(1, states=["queued"], outcome=o, queue_seconds=5, run_seconds=40)[0]
        for o in ("succeeded", "failed")
    )
    slow, fast = (sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=r)[0] for r in (300, 30))
    counting = Counting()
    with mljobs.Vectara(**sim.credentials, transport=counting, api="v1") as client:
        virtual_time(client.jobs, sim)
        states: list[str | None] = []
        done = client.jobs.wait(ok, poll_interval=2, on_progress=lambda j, n, d: states.append(j and j.raw_state))
        assert done.state is mljobs.JobState.SUCCEEDED and done.finished_at is not None
        assert states[0] == "JOB_STATE__QUEUED" and "JOB_STATE__STARTED" in states and states[-1] == done.raw_state
        with pytest.raises(mljobs.JobFailedError) as failed:
            client.jobs.wait(bad, poll_interval=2)
        assert failed.value.job.state is mljobs.JobState.FAILED
        aborted = sim.add_jobs(1, states=["queued"], outcome="succeeded", queue_seconds=5, run_seconds=300)[0]
        sim.cancel_later(aborted, after=60)  # an abort by the service (v1 clients cannot cancel)
        ended = client.jobs.wait(aborted, poll_interval=2, raise_on_failure=False)
        assert ended.state is mljobs.JobState.CANCELLED and ended.raw_state == "JOB_STATE__ABORTED"
        with pytest.raises(mljobs.InvalidArgumentError):
            client.jobs.wait(slow, cancel_on_timeout=True)  # v1 cannot cancel
        before = counting.count
        order = [j.id for j in client.jobs.as_completed([slow, fast], poll_interval=5, max_interval=20)]
        assert order == [fast, slow] and counting.count - before <= 25  # one listing per round


async def test_async_list_every_page_with_a_filter(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 1)
    corpus = sim.add_jobs(4, states=["running", "succeeded"], corpus_id=[77])
    async with mljobs.AsyncVectara(**sim.credentials, api="v1") as client:
        running = [j async for j in client.jobs.list(state=mljobs.JobState.RUNNING, page_size=2)]
        in_corpus = [j async for j in client.jobs.list(corpus_id=77, page_size=3)]
    assert {j.id for j in running} == {i for i in ids + corpus if sim.phase(i) == "running"} and len(running) == 8
    assert [j.id for j in in_corpus] == corpus[::-1]


async def test_async_max_items_and_resume_by_cursor(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 2)
    async with mljobs.AsyncVectara(**sim.credentials, api="v1") as client:
        first = [j async for j in client.jobs.list(page_size=4, max_items=6)]
        pages = [p async for p in client.jobs.list(page_size=4, max_items=8).pages()]
        resumed = [j async for j in client.jobs.list(cursor=pages[0].next_cursor)]
    assert [j.id for j in first] == ids[::-1][:6]
    assert [j.id for j in resumed] == ids[::-1][4:]


async def test_async_get_and_see_it_end(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 3)
    target = next(i for i in ids if sim.phase(i) == "running")
    async with mljobs.AsyncVectara(**sim.credentials, api="v1") as client:
        assert (await client.jobs.get(target)).state is mljobs.JobState.RUNNING
        sim.advance(3600)
        ended = await client.jobs.get(target)
        assert ended.is_terminal and ended.finished_at


async def test_async_errors_401_404_and_429_retried(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 4)
    async with mljobs.AsyncVectara(**{**sim.credentials, "api_key": "zut_not-the-key"}, api="v1") as wrong:
        with pytest.raises(mljobs.AuthenticationError):
            await wrong.jobs.get(ids[0])
    async with mljobs.AsyncVectara(**sim.credentials, api="v1") as client:
        with pytest.raises(mljobs.NotFoundError):
            await client.jobs.get(NO_SUCH_JOB)
        sim.inject("429")
        sim.inject("503")
        assert (await client.jobs.get(ids[0])).id == ids[0]


async def test_async_in_band_status_is_an_error(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 5)
    async with mljobs.AsyncVectara(**sim.credentials, api="v1") as client:
        sim.inject_status("PERMISSION_DENIED")  # type: ignore[attr-defined]
        with pytest.raises(mljobs.PermissionDeniedError):
            await client.jobs.get(ids[0])


async def test_async_unknown_state(make_sim: MakeSim) -> None:
    sim, ids = setup(make_sim, 6)
    sim.set_raw_state(ids[1], "JOB_STATE__HIBERNATING")
    async with mljobs.AsyncVectara(**sim.credentials, api="v1") as client:
        job = await client.jobs.get(ids[1])
    assert job.state is mljobs.JobState.UNKNOWN and job.raw_state == "JOB_STATE__HIBERNATING"


async def test_async_wait_and_as_completed(make_sim: MakeSim) -> None:
    sim = make_sim(VENDOR, seed=8)
    a, b = (sim.add_jobs(1, outcome="succeeded", queue_seconds=5, run_seconds=r)[0] for r in (90, 30))
    bad = sim.add_jobs(1, outcome="failed", queue_seconds=5, run_seconds=60)[0]
    counting = AsyncCounting()
    async with mljobs.AsyncVectara(**sim.credentials, transport=counting, api="v1") as client:

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


# ---- no HTTP: configuration and the sans-IO vendor ---------------------------------------------


def test_credentials_come_from_arguments_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VECTARA_CUSTOMER_ID", raising=False)
    monkeypatch.delenv("VECTARA_API_KEY", raising=False)
    with pytest.raises(mljobs.ConfigurationError, match=r"customer_id=.*VECTARA_CUSTOMER_ID"):
        mljobs.Vectara(api_key="zut_x", api="v1")
    with pytest.raises(mljobs.ConfigurationError, match=r"api_key=.*VECTARA_API_KEY"):
        mljobs.AsyncVectara(customer_id=123, api="v1")
    for bad in ("12a", "-5", 1.5, True):
        with pytest.raises(mljobs.ConfigurationError, match="customer_id"):
            mljobs.Vectara(customer_id=bad, api_key="zut_x", api="v1")  # type: ignore[arg-type]
    monkeypatch.setenv("VECTARA_CUSTOMER_ID", "1234567890")
    monkeypatch.setenv("VECTARA_API_KEY", "zut_from-env")
    client = mljobs.Vectara(api="v1")
    assert client.customer_id == 1234567890 and mljobs.Vectara(customer_id="42", api="v1").customer_id == 42
    assert repr(client) == "Vectara(base_url='https://api.vectara.io', api='v1')" and "zut_" not in repr(client)
    with pytest.raises(mljobs.InvalidArgumentError, match="page_size"):
        client.jobs.list(page_size=101)
    with pytest.raises(mljobs.InvalidArgumentError, match="state"):
        client.jobs.list(state="QUEUED")  # type: ignore[arg-type]
    with pytest.raises(mljobs.InvalidArgumentError, match="corpus_id"):
        client.jobs.list(corpus_id=["12"])  # type: ignore[list-item]


def test_the_vendor_maps_states_filters_and_in_band_codes() -> None:
    from mljobs_vectara.models import AdminJobState

    from mljobs.vendors.vectara import STATES, VectaraVendor

    assert set(STATES) == {s.value for s in AdminJobState}
    assert STATES["JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT"] is mljobs.JobState.RUNNING
    assert STATES["JOB_STATE__ABORTED"] is mljobs.JobState.CANCELLED
    assert STATES["JOB_STATE__UNKNOWN"] is mljobs.JobState.UNKNOWN
    everything = VectaraVendor.filters(None, None, None, None)
    assert [str(s) for s in everything["state"]] == [s for s in STATES if s != "JOB_STATE__UNKNOWN"]
    some = VectaraVendor.filters(mljobs.JobState.RUNNING, 12, 1714000000.7, "abc=")
    assert [str(s) for s in some["state"]] == ["JOB_STATE__STARTED", "JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT"]
    assert some["corpus_id"] == [12] and some["epoch_secs"] == "1714000000" and some["job_id"] == "abc="
    naive = VectaraVendor.filters(None, None, dt.datetime(2024, 4, 24, 23, 6, 40), None)
    assert naive["epoch_secs"] == "1714000000"

    vendor = VectaraVendor("v1")
    request = httpx.Request("POST", "https://api.vectara.io/v1/list-jobs")

    def answer(status: object, code: int = 200) -> mljobs.MljobsError | None:
        return vendor.error_for(httpx.Response(code, json={"status": status, "job": []}, request=request))

    assert answer([]) is None and answer(None) is None and answer([{"code": "OK"}]) is None and answer([{}]) is None
    assert answer([{"code": "PERMISSION_DENIED"}], 403) is None  # error statuses follow the HTTP code
    expected = {
        "PERMISSION_DENIED": mljobs.PermissionDeniedError,
        "UNAUTHORIZED": mljobs.AuthenticationError,
        "UNAUTHENTICATED": mljobs.AuthenticationError,
        "INVALID_API_KEY": mljobs.AuthenticationError,
        "INVALID_ARGUMENT": mljobs.BadRequestError,
        "BAD_REQUEST": mljobs.BadRequestError,
        "NOT_FOUND": mljobs.NotFoundError,
        "TOO_MANY_REQUESTS": mljobs.RateLimitError,
        "RESOURCE_EXHAUSTED": mljobs.RateLimitError,
        "INTERNAL": mljobs.ServerError,
        "QRY__TIMEOUT": mljobs.APIStatusError,
        "SOMETHING_NEW": mljobs.APIStatusError,
    }
    for code, cls in expected.items():
        error = answer([{"code": "OK"}, {"code": code, "statusDetail": "why"}])
        assert type(error) is cls and isinstance(error, mljobs.APIStatusError), code
        assert code in str(error) and "why" in str(error) and error.status_code == 200
