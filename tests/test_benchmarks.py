"""The benchmark suite's definitions (benchmarks/), run on tiny sizes so they cannot rot.

Not a performance test: the sizes are far too small for the figures to mean anything. What is checked is
that every figure still runs against today's facade and simulators, that the raw baselines send exactly
the requests the facade sends (else P1, P2 and P5 compare different work), that P3's two ways poll on
one schedule, and that the report is valid JSON that renders.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Generator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from benchmarks import _harness, _raw, figures, run
from benchmarks._simproc import CLIENT_API, SIM_API
from mljobs._registry import VENDORS
from mljobs.testing import serve


def _requests(sim: object, since: int) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    return [(r.method, r.path, r.query) for r in sim.requests[since:]]  # type: ignore[attr-defined]


def test_the_raw_baselines_send_the_facades_requests() -> None:
    for vendor in ("rime", "domino"):
        with serve(vendor, seed=1, **SIM_API.get(vendor, {})) as sim:
            ids = sim.add_jobs(25, states=figures.MIXED)
            scope = sim.scope
            with (
                VENDORS[vendor].client_class()(**sim.credentials, **CLIENT_API.get(vendor, {})) as facade,
                _raw.client(vendor, sim.credentials) as http,
            ):
                mark = len(sim.requests)
                assert sum(1 for _ in facade.jobs.list(page_size=10, **scope)) == 25
                by_facade = _requests(sim, mark)
                mark = len(sim.requests)
                if vendor == "rime":
                    assert _raw.rime_list(http, 10) == 25
                else:
                    assert _raw.domino_list(http, scope["project_id"], 10) == 25
                    assert _raw.domino_prefetch(http, scope["project_id"], 10, 2) == 25
                by_raw = _requests(sim, mark)
                if vendor == "domino":
                    by_raw, prefetched = by_raw[:3], by_raw[3:]
                    assert sorted(prefetched) == sorted(by_raw)
                    mark = len(sim.requests)
                    facade.jobs.get(ids[0])
                    _raw.domino_get(http, ids[0])
                    got = _requests(sim, mark)
                    assert got[0] == got[1]
                    # the facade's pages 2 and 3 are in flight together: their order is the race's
                    assert by_raw[0] == by_facade[0] and sorted(by_raw) == sorted(by_facade)
                else:
                    assert by_raw == by_facade  # one request in flight at a time: the same order
                assert len(by_raw) == len(by_facade) == 3


def test_the_busy_case_shares_plain_dominos_baseline_and_is_busy() -> None:
    plain = figures.wait_case("domino", 12, 0, 42, per_job=True)
    busy = figures.wait_case("domino", 12, 150, 42, per_job=True)
    assert busy == plain  # what p3() relies on to run that baseline once
    shards = [figures.wait_case("domino", 12, 0, 42, per_job=True, shard=(i, 3)) for i in range(3)]
    assert figures.merged(shards) == plain  # what p3() relies on to run a baseline on every core
    assert sum(len(s["latency"]) for s in shards) == 12 and len({len(s["polls"]) for s in shards}) > 1
    listed_plain = figures.wait_case("domino", 12, 0, 42, per_job=False)
    listed_busy = figures.wait_case("domino", 12, 150, 42, per_job=False)
    assert listed_busy["requests"] > listed_plain["requests"]  # the unrelated jobs are newer: read first
    assert listed_busy["latency"] == listed_plain["latency"] == plain["latency"]


def test_every_figure_runs_on_tiny_sizes(tmp_path: Path) -> None:
    _harness.QUIET = True
    try:
        results = run.measure(_harness.TINY, run.KEYS)
    finally:
        _harness.QUIET = False
    assert list(results) != []
    for key in run.KEYS:
        figure = results[key]
        assert figure.key == key
        assert "error" not in figure.detail, (key, figure.detail)
        for row in figure.rows:
            if row.optional:
                assert row.value is not None or row.now.startswith("not measured: ")
            else:
                # tiny sizes: any finite number (P6 may even shrink, P7's extrapolation may go below 1)
                assert row.value is not None and math.isfinite(row.value), (key, row)
    cases = results["P3"].detail["cases"]
    assert all(case["same_schedule"] for case in cases.values())
    busy = [case for case in cases.values() if case["unrelated_running_jobs"]]
    assert [(c["vendor"], c["jobs"], c["unrelated_running_jobs"]) for c in busy] == [("domino", 20, 150)]
    assert busy[0]["requests_each"] > cases["domino"]["requests_each"]  # its own baseline, at its own count
    assert {c["jobs"] for c in cases.values() if not c["unrelated_running_jobs"]} == {_harness.TINY.wait_jobs}
    data = run.report(results, _harness.TINY, _harness.Machine().finish(), "python benchmarks/run.py --tiny")
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps(data, allow_nan=False))
    for key in run.KEYS:
        assert set(data[key]) == {"ratio", "goal"}
    assert run.render(json.loads(saved.read_text())).count("\n| P") == len(data["rows"])
    assert run.main(["--render", str(saved)]) == (0 if data["all_passed"] else 1)
    assert run.main(["--render", str(saved), "--no-fail"]) == 0


def test_quick_measures_p3s_goal_case_at_full_size() -> None:
    # P3's goal is the busy Domino case at 1,000 jobs among 5,000: not linear in either (Domino's document
    # API lists each status in turn), so --quick shrinks only the plain cases, and says so.
    quick, full = _harness.QUICK, _harness.FULL
    assert (quick.busy_jobs, quick.busy_unrelated) == (full.busy_jobs, full.busy_unrelated) == (1_000, 5_000)
    assert quick.wait_jobs < full.wait_jobs
    p3 = [d for d in quick.differences() if d.startswith("P3")]
    assert p3 == [f"P3 jobs of the plain cases {quick.wait_jobs:,} (full: 1,000)"]


def test_a_figure_that_breaks_is_reported_not_raised(monkeypatch: object) -> None:
    def broken(sizes: object, rng: object) -> None:
        raise httpx.ConnectError("no simulator")

    monkeypatch.setattr(figures, "p4", broken)  # type: ignore[attr-defined]
    results = run.measure(_harness.TINY, ["P4"])
    assert results["P4"].ratio is None and not results["P4"].passed
    assert results["P4"].rows[0].now == "not measured: ConnectError: no simulator"


def _quick_points() -> list[int]:
    points = figures.memory_points(_harness.QUICK)
    assert points[0] == figures.MEMORY_FROM and points[-1] == _harness.QUICK.memory_to < figures.MEMORY_TO
    return points


def test_p6_extrapolates_a_growth_a_job_and_counts_a_one_off_step_once() -> None:
    # --quick lists 10,000 -> 35,000 jobs of the definition's 10,000 -> 100,000: what it says must be what the
    # full run would, for a leak (scaled to the whole span) and for a bounded cache's one-off step (not scaled).
    points = _quick_points()
    wobble = [0, 90_000, -40_000, 60_000, -90_000]  # pages in flight: +-0.09 MB
    leak = {p: 5e6 + 200 * p + wobble[i % 5] for i, p in enumerate(points)}
    step = {p: 5e6 + (300_000 if p > 10_000 else 0) + wobble[i % 5] for i, p in enumerate(points)}
    total, _measured, slope = figures.memory_growth(leak)
    assert abs(slope - 200) < 10 and abs(total - 200 * 90_000) < 1e6  # 18 MB: the full run's figure
    total, measured, slope = figures.memory_growth(step)
    assert abs(total - 300_000) < 0.5e6 and total < figures.GOALS["P6"] * 1e6 / 2  # the step, once
    assert measured == step[points[-1]] - step[points[0]]
    scaled_as_before = measured * (figures.MEMORY_TO - figures.MEMORY_FROM) / (points[-1] - points[0])
    assert scaled_as_before > 2.5 * total  # what scaling the measured span linearly made of that step


def test_p6_sampler_sees_a_listing_that_keeps_what_it_yields() -> None:
    # The same sampler as P6's (tracemalloc inside the loop), on stand-ins: one keeps 200 bytes an item.
    def listing(leaky: bool) -> Generator[object, None, None]:
        kept = []
        for i in range(5_000):
            item = {"id": f"job-{i}", "payload": bytes(200)}
            if leaky:
                kept.append(item["payload"])
            yield item

    points = [1_000, 2_000, 3_000, 4_000]
    deadline = _harness.Deadline(60, "test")
    leaky = figures.memory_growth(figures.kept_memory(listing(True), points, 100, deadline))[0]
    steady = figures.memory_growth(figures.kept_memory(listing(False), points, 100, deadline))[0]
    assert leaky > 200 * 90_000 * 0.9  # >= 200 B a job over the definition's 90,000 jobs
    assert abs(steady) < 0.2e6


def test_quick_extrapolates_p7s_one_page_from_half_the_definitions_count() -> None:
    # P7's page cost a + b * stored, fitted to 1,000 and page_large stored: at most x2.02 on the measured
    # difference (it was x5.2 from 20,000), and quick says so. A page that got slower with the jobs stored is
    # slower in the measurement, and the more so at 100,000.
    quick, full = _harness.QUICK, _harness.FULL
    assert (quick.page_small, full.page_small, full.page_large) == (1_000, 1_000, figures.PAGE_LARGE)
    assert (figures.PAGE_LARGE - quick.page_small) / (quick.page_large - quick.page_small) < 2.1
    assert quick.page_reps == full.page_reps >= 15
    assert [d for d in quick.differences() if d.startswith("P7 jobs stored")] == [
        f"P7 jobs stored {quick.page_large:,} (full: 100,000)"
    ]


def test_a_figures_worker_answers_raises_or_is_killed_at_its_deadline() -> None:
    assert figures.Worker(sum, [1, 2]).result(30, "sum") == 3
    with pytest.raises(RuntimeError, match=r"int failed in its worker: ValueError: invalid literal"):
        figures.Worker(int, "x").result(30, "int")
    hung = figures.Worker(time.sleep, 60)
    began = time.monotonic()
    with pytest.raises(_harness.FigureTimeout, match=r"sleep took more than 0\.5 s"):
        hung.result(0.5, "sleep")
    assert time.monotonic() - began < 10 and not hung._process.is_alive()  # killed, not left to hold the run


def test_p3s_workers_are_killed_when_a_count_does_not_answer_in_time() -> None:
    counts = figures.P3Counts(replace(_harness.TINY, workers=2))
    assert counts.pool is not None
    for parts in counts.futures.values():  # the tiny cases first, so both workers are free
        for part in parts:
            part.result(timeout=60)
    hung = [counts.pool.submit(time.sleep, 60) for _ in range(2)]  # one a worker
    time.sleep(0.5)  # both taken up: running, no longer cancellable
    counts.futures = dict.fromkeys(counts.jobs, hung)  # every case waits for the hung workers
    workers = list(counts.pool._processes.values())  # shutdown() forgets them
    began = time.monotonic()
    with pytest.raises(TimeoutError):
        counts.results(_harness.Deadline(0.5, "P3"))
    assert time.monotonic() - began < 10  # killed, not waited for
    for process in workers:
        process.join(5)
    assert workers and not any(process.is_alive() for process in workers)
