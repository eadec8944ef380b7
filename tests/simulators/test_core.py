"""The vendor-neutral simulator machinery: clocks, schedules, faults, argument checks."""

from __future__ import annotations

import time

import httpx
import pytest

from mljobs.testing import SimulatorError, serve, simulator


def test_wall_clock_jobs_move_on_real_time() -> None:
    with serve("rime", seed=1, wall_clock=True) as sim:
        (job,) = sim.add_jobs(1, queue_seconds=0.05, run_seconds=0.1, outcome="succeeded")
        assert sim.phase(job) == "queued"
        time.sleep(0.3)
        assert sim.phase(job) == "succeeded"


def test_virtual_time_moves_only_on_advance_and_cancel_later() -> None:
    sim = simulator("istari", seed=1)
    (job,) = sim.add_jobs(1, queue_seconds=5, run_seconds=50, outcome="never")
    assert sim.phase(job) == "queued"
    sim.advance(10)
    assert sim.phase(job) == "running"
    sim.advance(10_000)
    assert sim.phase(job) == "running"  # outcome="never"
    sim.cancel_later(job, after=5)
    sim.advance(5)
    assert sim.phase(job) == "cancelled"


def test_latency_and_slow_faults_delay_answers() -> None:
    with serve("rime", seed=2, latency=0.2) as sim:
        key = {"rime-api-key": sim.credentials["api_key"]}
        started = time.perf_counter()
        assert httpx.get(f"{sim.base_url}/v1-beta/jobs", headers=key).status_code == 200
        assert time.perf_counter() - started >= 0.2
        sim.faults.latency = 0.0
        sim.inject("slow")
        started = time.perf_counter()
        assert httpx.get(f"{sim.base_url}/v1-beta/jobs", headers=key).status_code == 200
        assert time.perf_counter() - started >= sim.faults.slow_seconds


def test_seeded_fault_rate_is_repeatable() -> None:
    outcomes = []
    for _ in range(2):
        with serve("rime", seed=9, fault_rate=0.5, faults=["500", "503"]) as sim:
            key = {"rime-api-key": sim.credentials["api_key"]}
            outcomes.append([httpx.get(f"{sim.base_url}/v1-beta/jobs", headers=key).status_code for _ in range(12)])
    assert outcomes[0] == outcomes[1] and {200, 500, 503} >= set(outcomes[0]) and len(set(outcomes[0])) > 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: simulator("nope"), "no simulator for 'nope'"),
        (lambda: simulator("rime", fault_rate=2), "fault_rate"),
        (lambda: simulator("rime", faults=["418"]), "unknown fault kind"),
        (lambda: simulator("rime").add_jobs(1, states=["paused"]), "unknown state 'paused'"),
        (lambda: simulator("rime").add_jobs(1, outcome="maybe"), "unknown outcome"),  # type: ignore[arg-type]
        (lambda: simulator("rime").advance(-1), "advance"),
        (lambda: simulator("rime").inject("teapot"), "unknown fault kind"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_name_the_problem(call: object, message: str) -> None:
    with pytest.raises(SimulatorError, match=message):
        call()  # type: ignore[operator]


def test_a_taken_port_is_a_clear_error() -> None:
    with serve("rime") as sim, pytest.raises(SimulatorError, match="cannot listen"):
        port = int(sim.base_url.rsplit(":", 1)[1])
        with serve("rime", port=port):
            pass


def test_set_outcome_makes_a_live_job_fail_or_never_end() -> None:
    sim = simulator("rime", seed=1)
    doomed, endless = sim.add_jobs(2, queue_seconds=5, run_seconds=50, outcome="succeeded")
    sim.set_outcome(doomed, "failed")
    sim.set_outcome(endless, "never")
    sim.advance(10_000)
    assert sim.phase(doomed) == "failed" and sim.phase(endless) == "running"
    sim.set_outcome(endless, "succeeded")  # an endless job given an end finishes a minute later
    sim.advance(60)
    assert sim.phase(endless) == "succeeded"
