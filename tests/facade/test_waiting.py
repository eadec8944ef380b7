"""wait / wait_all / as_completed in virtual time: scripted jobs, a fake clock, nothing really sleeps."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import httpx
import pytest

import mljobs
from mljobs import Job, JobState
from mljobs._waiting import AsyncJobsBase, SyncJobsBase, WaitCore


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds


def job(job_id: str, state: JobState) -> Job:
    return Job(vendor="test", id=job_id, state=state, raw_state=state.name)


class ScriptedJobs(SyncJobsBase):
    """Each get of a job returns the next state from its script (the last one repeats)."""

    def __init__(self, clock: Clock, scripts: dict[str, list[JobState | Exception]], request_time: float = 0.0):
        self.scripts = scripts
        self.gets: list[str] = []
        self.cancelled: list[str] = []
        self.clock = clock
        self.request_time = request_time
        self.sleep = clock.sleep
        self.monotonic = clock.monotonic
        self.jitter = lambda: 0.0

    def get(self, job_id: str, *, timeout: float | None = None) -> Job:
        self.gets.append(job_id)
        self.clock.now += self.request_time
        script = self.scripts[job_id]
        step = script.pop(0) if len(script) > 1 else script[0]
        if isinstance(step, Exception):
            raise step
        return job(job_id, step)

    def cancel(self, job_id: str) -> None:
        self.cancelled.append(job_id)


Q, R, S, F, C_ = JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED


def test_backoff_doubles_from_poll_interval_up_to_max_interval() -> None:
    clock = Clock()
    jobs = ScriptedJobs(clock, {"a": [Q, R, R, R, R, R, R, S]})
    done = jobs.wait("a", poll_interval=2, max_interval=30, timeout=1000)
    assert done.state is S and len(jobs.gets) == 8
    assert clock.sleeps == [2, 4, 8, 16, 30, 30, 30]


def test_jitter_only_shortens_and_by_at_most_a_fifth() -> None:
    core = WaitCore.start(["a"], timeout=100, poll_interval=4, max_interval=4, now=0, rng=lambda: 1.0)
    core.attempt = 1
    assert core.delay(0, None) == pytest.approx(3.2)
    core.rng = lambda: 0.0
    assert core.delay(0, None) == 4.0


def test_the_last_sleep_is_cut_to_the_deadline_and_the_error_carries_the_last_job() -> None:
    clock = Clock()
    jobs = ScriptedJobs(clock, {"a": [R]}, request_time=0.5)
    with pytest.raises(mljobs.WaitTimeoutError) as err:
        jobs.wait("a", timeout=10, poll_interval=2, max_interval=30)
    assert isinstance(err.value, TimeoutError) and isinstance(err.value, mljobs.MljobsError)
    assert err.value.job is not None and err.value.job.state is R and err.value.job_id == "a"
    assert clock.sleeps[-1] < 8  # cut short to end at the deadline
    overshoot = clock.now - (1000.0 + 10)
    assert 0 <= overshoot <= 0.5  # never past the deadline by more than one request's time


def test_a_hint_lengthens_the_next_delay_but_never_shortens_it() -> None:
    core = WaitCore.start(["a"], timeout=1000, poll_interval=2, max_interval=30, now=0, rng=lambda: 0.0)
    assert core.after_poll({}, now=0, hint=7.0).delay == 7.0
    assert core.after_poll({}, now=0, hint=0.1).delay == 4.0
    # a hint above MAX_RETRY_AFTER is not honoured at all (issue 10): the backoff goes on
    assert core.after_poll({}, now=0, hint=10_000).delay == 8.0
    assert core.after_poll({}, now=0, hint=60.0).delay == 60.0  # up to the cap, a hint is honoured


def test_a_failed_poll_does_not_end_the_wait_and_its_retry_after_is_honoured() -> None:
    clock = Clock()
    limited = httpx.Response(429, headers={"Retry-After": "9"}, request=httpx.Request("GET", "http://x/a"))
    errors: list[JobState | Exception] = [
        mljobs.RateLimitError("429", response=limited),
        mljobs.APIConnectionError("reset"),
        S,
    ]
    jobs = ScriptedJobs(clock, {"a": errors})
    assert jobs.wait("a", poll_interval=2).state is S
    assert clock.sleeps == [9.0, 4.0]


def test_a_non_transient_error_ends_the_wait_at_once() -> None:
    missing = httpx.Response(404, request=httpx.Request("GET", "http://x/a"))
    jobs = ScriptedJobs(Clock(), {"a": [mljobs.NotFoundError("404", response=missing)]})
    with pytest.raises(mljobs.NotFoundError):
        jobs.wait("a")


def test_on_progress_after_every_poll() -> None:
    calls: list[tuple[JobState | None, int, float]] = []
    jobs = ScriptedJobs(Clock(), {"a": [Q, R, S]})
    jobs.wait("a", poll_interval=1, on_progress=lambda j, n, d: calls.append((j and j.state, n, d)))
    assert calls == [(Q, 1, 1.0), (R, 2, 2.0), (S, 3, 0.0)]


def test_raise_on_failure() -> None:
    with pytest.raises(mljobs.JobFailedError) as err:
        ScriptedJobs(Clock(), {"a": [R, F]}).wait("a")
    assert err.value.job.state is F
    with pytest.raises(mljobs.JobFailedError):
        ScriptedJobs(Clock(), {"a": [C_]}).wait("a")
    assert ScriptedJobs(Clock(), {"a": [F]}).wait("a", raise_on_failure=False).state is F


def test_cancel_on_timeout_cancels_then_raises() -> None:
    jobs = ScriptedJobs(Clock(), {"a": [R]})
    with pytest.raises(mljobs.WaitTimeoutError) as err:
        jobs.wait("a", timeout=5, cancel_on_timeout=True)
    assert jobs.cancelled == ["a"] and err.value.cancelled
    jobs = ScriptedJobs(Clock(), {"a": [R]})
    with pytest.raises(mljobs.WaitTimeoutError):
        jobs.wait("a", timeout=5)
    assert jobs.cancelled == []


def test_unknown_states_keep_the_wait_going() -> None:
    jobs = ScriptedJobs(Clock(), {"a": [JobState.UNKNOWN, JobState.UNKNOWN, S]})
    assert jobs.wait("a").state is S and len(jobs.gets) == 3


@pytest.mark.parametrize(
    "kwargs",
    [{"timeout": 0}, {"timeout": -1}, {"poll_interval": 0}, {"poll_interval": 5, "max_interval": 1}, {"timeout": True}],
)
def test_bad_settings_are_named(kwargs: dict[str, float]) -> None:
    with pytest.raises(mljobs.InvalidArgumentError):
        ScriptedJobs(Clock(), {"a": [S]}).wait("a", **kwargs)


def test_as_completed_yields_in_finishing_order_and_wait_all_in_input_order() -> None:
    scripts: dict[str, list[JobState | Exception]] = {"a": [R, R, R, S], "b": [R, S], "c": [R, R, F]}
    order = [
        j.id
        for j in ScriptedJobs(Clock(), {k: list(v) for k, v in scripts.items()}).as_completed(
            ["a", "b", "c"], raise_on_failure=False
        )
    ]
    assert order == ["b", "c", "a"]
    done = ScriptedJobs(Clock(), {k: list(v) for k, v in scripts.items()}).wait_all(
        ["a", "b", "c"], raise_on_failure=False
    )
    assert [j.id for j in done] == ["a", "b", "c"] and [j.state for j in done] == [S, S, F]


def test_group_timeout_names_the_open_jobs() -> None:
    jobs = ScriptedJobs(Clock(), {"a": [S], "b": [R]})
    seen = []
    with pytest.raises(mljobs.WaitTimeoutError) as err:
        for j in jobs.as_completed(["a", "b"], timeout=10):
            seen.append(j.id)
    assert seen == ["a"] and err.value.pending == ["b"] and err.value.job is not None
    assert [j.id for j in err.value.finished] == ["a"]


GROUP: dict[str, list[JobState | Exception]] = {"a": [R, R, S], "b": [R, F], "c": [C_], "d": [R, R, R, S]}


def group() -> ScriptedJobs:
    return ScriptedJobs(Clock(), {k: list(v) for k, v in GROUP.items()})


def test_wait_all_waits_for_every_job_and_returns_failures_in_the_list_by_default() -> None:
    # Issue 11: a failed job no longer ends wait_all early and loses the other results.
    jobs = group()
    done = jobs.wait_all(["d", "b", "a", "c"])
    assert [(j.id, j.state) for j in done] == [("d", S), ("b", F), ("a", S), ("c", C_)]
    assert [j.id for j in group().as_completed(["a", "b", "c", "d"])] == ["c", "b", "a", "d"]


def test_raise_on_failure_raises_once_at_the_end_with_every_job_and_the_failed_ones() -> None:
    jobs = group()
    with pytest.raises(mljobs.JobsFailedError) as err:
        jobs.wait_all(["d", "b", "a", "c"], raise_on_failure=True)
    assert isinstance(err.value, mljobs.JobFailedError)  # `except JobFailedError` still catches it
    assert [j.id for j in err.value.jobs] == ["d", "b", "a", "c"] and all(j.is_terminal for j in err.value.jobs)
    assert [j.id for j in err.value.failed] == ["b", "c"] and err.value.job.id == "b"
    assert str(err.value).startswith("2 of 4 test jobs did not succeed: b ended FAILED (FAILED); c ended CANCELLED")
    assert jobs.gets.count("d") == 4  # every job was waited for to its end
    seen = []
    with pytest.raises(mljobs.JobsFailedError):
        for j in group().as_completed(["a", "b", "c", "d"], raise_on_failure=True):
            seen.append(j.id)
    assert seen == ["c", "b", "a", "d"]  # yielded, failures too, before the one error
    assert len(group().wait_all(["a", "d"], raise_on_failure=True)) == 2  # nothing failed: nothing raised


def test_a_group_timeout_carries_the_jobs_that_ended_failed_ones_too() -> None:
    jobs = ScriptedJobs(Clock(), {"a": [S], "b": [R], "c": [F], "d": [R]})
    with pytest.raises(mljobs.WaitTimeoutError) as err:
        jobs.wait_all(["d", "c", "b", "a"], timeout=10, raise_on_failure=True)
    assert err.value.pending == ["d", "b"] and [j.id for j in err.value.finished] == ["c", "a"]
    assert "2 other jobs ended (see .finished)" in str(err.value)


def test_snapshot_from_a_listing_reads_only_as_far_as_needed() -> None:
    class Listing(ScriptedJobs):
        def _snapshot(self, pending: Sequence[str]) -> dict[str, Job]:
            self.listed: list[str] = []

            def listing():  # type: ignore[no-untyped-def]
                for job_id in ["z", "b", "y", "a", "x", "w"]:
                    self.listed.append(job_id)
                    yield job(job_id, S)

            return self._snapshot_from(pending, listing())

    jobs = Listing(Clock(), {"gone": [S]})
    seen = jobs._snapshot(["a", "b", "gone"])
    assert set(seen) == {"a", "b", "gone"} and jobs.gets == ["gone"]
    assert jobs.listed == ["z", "b", "y", "a", "x", "w"]
    jobs = Listing(Clock(), {})
    jobs._snapshot(["a", "b"])
    assert jobs.listed == ["z", "b", "y", "a"]  # stopped once both were seen


class AsyncScripted(AsyncJobsBase):
    def __init__(self, clock: Clock, scripts: dict[str, list[JobState]]) -> None:
        self.sync = ScriptedJobs(clock, scripts)  # type: ignore[arg-type]
        self.clock = clock
        self.monotonic = clock.monotonic
        self.jitter = lambda: 0.0

        async def sleep(seconds: float) -> None:
            clock.sleep(seconds)
            await asyncio.sleep(0)

        self.sleep = sleep

    async def get(self, job_id: str, *, timeout: float | None = None) -> Job:
        return self.sync.get(job_id)

    async def cancel(self, job_id: str) -> None:
        self.sync.cancel(job_id)


async def test_async_twin_has_the_same_schedule_and_results() -> None:
    clock = Clock()
    jobs = AsyncScripted(clock, {"a": [Q, R, R, R, S]})
    assert (await jobs.wait("a", poll_interval=2)).state is S
    assert clock.sleeps == [2, 4, 8, 16]
    with pytest.raises(mljobs.WaitTimeoutError):
        await AsyncScripted(Clock(), {"a": [R]}).wait("a", timeout=5, cancel_on_timeout=True)
    scripted = AsyncScripted(Clock(), {"a": [R, R, S], "b": [R, S]})
    assert [j.id async for j in scripted.as_completed(["a", "b"])] == ["b", "a"]
    assert [j.id for j in await AsyncScripted(Clock(), {"a": [R, S], "b": [S]}).wait_all(["a", "b"])] == ["a", "b"]
    failing = AsyncScripted(Clock(), {"a": [R, F], "b": [S]})
    assert [j.state for j in await failing.wait_all(["a", "b"])] == [F, S]
    with pytest.raises(mljobs.JobsFailedError) as err:
        await AsyncScripted(Clock(), {"a": [R, F], "b": [R, R, S]}).wait_all(["a", "b"], raise_on_failure=True)
    assert [j.id for j in err.value.jobs] == ["a", "b"] and [j.id for j in err.value.failed] == ["a"]
    with pytest.raises(mljobs.WaitTimeoutError) as late:
        await AsyncScripted(Clock(), {"a": [F], "b": [R]}).wait_all(["a", "b"], timeout=5)
    assert [j.id for j in late.value.finished] == ["a"] and late.value.pending == ["b"]


async def test_cancelling_an_async_wait_leaves_nothing_running() -> None:
    class Slow(AsyncJobsBase):
        async def get(self, job_id: str, *, timeout: float | None = None) -> Job:
            return job(job_id, R)

    waiting = asyncio.create_task(Slow().wait("a", poll_interval=60, max_interval=60))
    await asyncio.sleep(0.01)
    before = asyncio.all_tasks()
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert waiting.cancelled()
    assert asyncio.all_tasks() == before - {waiting}
