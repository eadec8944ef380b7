"""The definitions of P1-P7 (issue 15), each a function returning a :class:`~benchmarks._harness.Figure`.

Timing figures (P1, P2, P5, P6) run the simulator in a process of its own (:class:`SimProcess`), so the
server's cost is the same for every way; their ways run in shuffled rounds after a warm-up, and a ratio
is median over median with the range of the per-round ratios. P3 counts requests on virtual time (no
wall-clock timing), P4 times fresh interpreters, and P7 times the simulator itself in process.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import inspect
import json
import math
import multiprocessing
import os
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx

import mljobs
from mljobs._registry import VENDORS

from . import _raw
from ._harness import (
    ROOT,
    Deadline,
    Figure,
    FigureTimeout,
    Row,
    Sample,
    Sizes,
    fmt_ratio,
    median,
    progress,
    ratio_of,
    rounds,
    timed,
)
from ._simproc import CLIENT_API, SIM_API, SimProcess

#: States the listed jobs are in (dealt out in turn), so parsing sees every kind of job.
MIXED = ["succeeded", "running", "queued", "failed", "cancelled"]
#: P3's poll schedule, for both ways: the first delay, doubled per poll up to the cap (those of
#: scripts/bench_wait.py, which P3 replaced).
POLL_INTERVAL = 5.0
MAX_INTERVAL = 30.0
#: P6 and P7 are defined at these counts; smaller measurements are scaled to them (linearly).
MEMORY_FROM, MEMORY_TO = 10_000, 100_000
#: P6's samples at each point, a page apart (the least is what is kept, see :func:`p6`).
MEMORY_SAMPLES = 5
PAGE_LARGE = 100_000

#: Each figure's row labels and goals, as the issue words them (also used when a figure cannot run).
LABELS = {
    "P1": "P1 list 10,000 RIME jobs, 100 a page: facade / raw httpx loop (same requests + `json.loads`)",
    "P1 domino": "P1 Domino, same",
    "P2": "P2 Domino, 100 pages, 20 ms latency a request: facade / raw sequential",
    "P3": "P3 wait for 1,000 jobs: requests of `wait_all` / polling each",
    "P4": "P4 fresh `import mljobs; mljobs.Domino` / fresh `import httpx`",
    "P5": "P5 one `get()` on a kept-alive connection / raw httpx",
    "P5 python-domino": "P5 python-domino's own `job_status` / the facade",
    "P6": "P6 memory kept while listing Domino jobs, from 10,000 to 100,000",
    "P7": "P7 simulator: one list page with 100,000 jobs stored / with 1,000",
    "P7 full": "P7 simulator: a full listing's cost per job at 10× the jobs",
}
GOALS = {
    "P1": 1.10, "P1 domino": 1.10, "P2": 0.35, "P3": 0.05, "P4": 1.30, "P5": 1.15, "P5 python-domino": 1.0,
    "P6": 2.0, "P7": 1.5, "P7 full": 1.5,
}  # fmt: skip
GOAL_TEXT = {
    "P1": "≤ 1.10", "P1 domino": "≤ 1.10", "P2": "≤ 0.35 with default settings",
    "P3": "≤ 0.05 with 5,000 unrelated running jobs", "P4": "≤ 1.30", "P5": "≤ 1.15",
    "P5 python-domino": "> 1 (faster than python-domino)", "P6": "≤ +2 MB: constant", "P7": "≤ 1.5×",
    "P7 full": "≤ 1.5× (O(n))",
}  # fmt: skip
#: Which rows make up each figure (the first row's key is the figure's).
FIGURE_ROWS = {
    "P1": ["P1", "P1 domino"],
    "P2": ["P2"],
    "P3": ["P3"],
    "P4": ["P4"],
    "P5": ["P5", "P5 python-domino"],
    "P6": ["P6"],
    "P7": ["P7", "P7 full"],
}


def row(key: str, value: float | None, now: str, **kwargs: Any) -> Row:
    """A table row for ``key`` with its label and goal."""
    return Row(LABELS[key], value, GOALS[key], now, GOAL_TEXT[key], **kwargs)


def not_measured(key: str, reason: str) -> Figure:
    """A figure that could not be measured (it fails its goals)."""
    rows = [row(k, None, f"not measured: {reason}") for k in FIGURE_ROWS[key]]
    return Figure(key, rows, None, GOALS[key], {"error": reason})


def client_for(vendor: str, credentials: dict[str, Any], **options: Any) -> Any:
    """``mljobs.<Vendor>(**credentials)``."""
    return VENDORS[vendor].client_class()(**credentials, **{**CLIENT_API.get(vendor, {}), **options})


def accepted(function: Callable[..., Any], **options: Any) -> dict[str, Any]:
    """The ``options`` that ``function`` takes (e.g. Domino's ``project_id``, a ``page_size``)."""
    parameters = inspect.signature(function).parameters
    return {k: v for k, v in options.items() if k in parameters}


def worker_context() -> multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext:
    """Where the run's worker processes (P3, P6, P7) come from: a fork server that has imported this module,
    the simulators and the clients once, so a worker starts in milliseconds rather than the second of imports a
    spawned one takes (eight of them were several seconds of a quick run); spawn where there is no fork server.

    Never a plain fork: the run has threads (a process pool's), which a fork would copy half-way.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # A module that does not import is skipped by the fork server (each worker then imports it itself).
    context.set_forkserver_preload(
        [__name__, "mljobs.testing", "mljobs.testing._server"]
        + [f"mljobs.{package}.{vendor}" for vendor in VENDORS for package in ("testing", "vendors")]
    )
    return context


# ---- the simulators the timing figures share ------------------------------------------------------


def start_sims(sizes: Sizes, keys: Sequence[str]) -> dict[str, SimProcess]:
    """Start (all at once, before anything is timed) the simulator processes figures ``keys`` need.

    Keyed by use (``rime``, ``domino``, ``domino latency``, ``domino memory``); uses with the same vendor,
    jobs and latency share one process. Meanwhile the workers' fork server imports what they need (it is
    ready when this returns), so that it is not done later, as a timing figure runs or after them.
    """
    needs: dict[str, tuple[str, int, float]] = {}
    if "P1" in keys:
        needs["rime"] = ("rime", sizes.list_jobs, 0.0)
    if "P1" in keys or "P5" in keys:
        needs["domino"] = ("domino", sizes.list_jobs, 0.0)
    if "P2" in keys:
        needs["domino latency"] = ("domino", sizes.latency_pages * sizes.page_size, sizes.latency)
    if "P6" in keys:
        needs["domino memory"] = ("domino", sizes.memory_to + MEMORY_SAMPLES * sizes.page_size, 0.0)
    started: dict[tuple[str, int, float], SimProcess] = {}
    for vendor, count, latency in dict.fromkeys(needs.values()):
        attrs = ["project_owner", "project_name"] if vendor == "domino" else []
        jobs = [{"count": count, "states": MIXED}]
        started[(vendor, count, latency)] = SimProcess(vendor, jobs=jobs, latency=latency, attrs=attrs)
    if {"P3", "P6", "P7"}.intersection(keys):
        warm = worker_context().Process(target=os.getpid)  # started once the fork server has imported
        warm.start()
        warm.join()
    for (vendor, count, latency), sim in started.items():
        progress(f"simulator {vendor} ({count:,} jobs, latency {latency:g} s): starting")
        sim.ready()
    return {use: started[need] for use, need in needs.items()}


# ---- P1: listing, facade against raw httpx ----------------------------------------------------------


def p1(sizes: Sizes, sims: dict[str, SimProcess], rng: random.Random) -> Figure:
    """List every job, 100 a page, with the facade and with a raw httpx loop; wall and client CPU."""
    rows: list[Row] = []
    detail: dict[str, Any] = {}
    for key, vendor in (("P1", "rime"), ("P1 domino", "domino")):
        rows.append(_p1_vendor(key, vendor, sims[vendor], sizes, rng, detail))
    worst = max(r.value for r in rows if r.value is not None)
    return Figure("P1", rows, worst, GOALS["P1"], detail, ["P1's --json ratio is the worse of RIME and Domino."])


def _p1_vendor(key: str, vendor: str, sim: SimProcess, sizes: Sizes, rng: random.Random, detail: dict[str, Any]) -> Row:
    deadline = Deadline(sizes.figure_timeout, f"P1 {vendor}")
    size, pages = sizes.page_size, math.ceil(sizes.list_jobs / sizes.page_size)
    with client_for(vendor, sim.credentials) as facade, _raw.client(vendor, sim.credentials) as http:
        listing = facade.jobs.list
        raw_list = _raw_lister(vendor, http, sim, size)
        samples = rounds(
            {
                "facade": lambda: timed(lambda: sum(1 for _ in listing(page_size=size, **sim.scope))),
                "raw": lambda: timed(raw_list),
            },
            sizes.list_rounds,
            rng=rng,
            deadline=deadline,
            label=f"P1 {vendor}",
            warm=sizes.warmup,
            warmup=[
                lambda: list(listing(page_size=size, max_items=size, **sim.scope)),
                lambda: _raw_first_page(vendor, http, sim, size),
                raw_list,  # the simulator's first full listing builds what it keeps of each job: no way pays it
            ],
        )
    counts = {s.value for way in samples.values() for s in way}
    if counts != {sizes.list_jobs}:
        raise RuntimeError(f"P1 {vendor}: the ways listed {sorted(counts)} jobs, not {sizes.list_jobs}")
    ratio, low, high = ratio_of([s.wall for s in samples["facade"]], [s.wall for s in samples["raw"]])
    cpu = {way: median([s.cpu for s in samples[way]]) / pages * 1000 for way in samples}
    detail[vendor] = {
        "ratio": ratio,
        "range": [low, high],
        "wall_s": {way: [s.wall for s in samples[way]] for way in samples},
        "client_cpu_ms_a_page": cpu,
        "cpu_ratio": cpu["facade"] / cpu["raw"],
        "pages": pages,
    }
    cpu_text = f"client CPU {cpu['facade']:.2f} vs {cpu['raw']:.2f} ms a page"
    return row(key, ratio, f"{fmt_ratio(ratio, low, high)} ({cpu_text})")


def _raw_first_page(vendor: str, http: httpx.Client, sim: SimProcess, page_size: int) -> Any:
    if vendor == "rime":
        return http.get("/v1-beta/jobs", params={"pageSize": str(page_size)}).json()
    return _raw.domino_get(http, sim.ids[0])


def _raw_lister(vendor: str, http: httpx.Client, sim: SimProcess, page_size: int) -> Callable[[], int]:
    if vendor == "rime":
        return lambda: _raw.rime_list(http, page_size)
    return lambda: _raw.domino_list(http, sim.scope["project_id"], page_size)


# ---- P2: Domino listing at 20 ms a request ------------------------------------------------------------


def p2(sizes: Sizes, sims: dict[str, SimProcess], rng: random.Random) -> Figure:
    """100 Domino pages at 20 ms latency: facade (default settings) / raw sequential; raw prefetch for reference."""
    deadline = Deadline(sizes.figure_timeout, "P2")
    sim, size = sims["domino latency"], sizes.page_size
    project = sim.scope["project_id"]
    with client_for("domino", sim.credentials) as facade, _raw.client("domino", sim.credentials) as http:
        listing = facade.jobs.list
        ways: dict[str, Callable[[], Sample]] = {
            "facade": lambda: timed(lambda: sum(1 for _ in listing(project_id=project, page_size=size))),
            "raw": lambda: timed(lambda: _raw.domino_list(http, project, size)),
            "raw prefetch": lambda: timed(lambda: _raw.domino_prefetch(http, project, size, sizes.prefetch_threads)),
        }
        warmup = [
            lambda: list(listing(project_id=project, page_size=size, max_items=size)),
            lambda: _raw.domino_get(http, sim.ids[0]),
            # The simulator's first full listing builds what it keeps of each job; untimed, so the way the
            # shuffle puts first does not pay it (it did: ~0.2 s on the first round's facade, every run).
            lambda: _raw.domino_prefetch(http, project, size, sizes.prefetch_threads),
        ]
        samples = rounds(ways, sizes.rounds, rng=rng, deadline=deadline, label="P2", warm=sizes.warmup, warmup=warmup)
    walls = {way: [s.wall for s in samples[way]] for way in samples}
    ratio, low, high = ratio_of(walls["facade"], walls["raw"])
    prefetch, p_low, p_high = ratio_of(walls["raw prefetch"], walls["raw"])
    now = (
        f"{fmt_ratio(ratio, low, high)}; a raw {sizes.prefetch_threads}-thread prefetch is "
        f"{fmt_ratio(prefetch, p_low, p_high)}"
    )
    detail = {
        "ratio": ratio,
        "range": [low, high],
        "raw_prefetch_ratio": prefetch,
        "raw_prefetch_range": [p_low, p_high],
        "wall_s": walls,
        "pages": sizes.latency_pages,
        "latency_s": sizes.latency,
    }
    return Figure("P2", [row("P2", ratio, now)], ratio, GOALS["P2"], detail)


# ---- P3: requests to wait for many jobs ------------------------------------------------------------


def no_jitter(jobs: Any) -> None:
    """Private hook: the waiter's jitter off, so ``wait_all`` polls on exactly the baseline's schedule.

    ``jitter`` is the injectable random source of ``mljobs._waiting`` (documented there for tests, not
    in README). If a refactor renames it, fix it here, the one place the suite reaches inside.
    """
    if not hasattr(jobs, "jitter"):
        raise RuntimeError("client.jobs has no 'jitter' attribute any more: update benchmarks.figures.no_jitter")
    jobs.jitter = lambda: 0.0


def wait_case(
    vendor: str, count: int, unrelated: int, seed: int, per_job: bool, shard: tuple[int, int] = (0, 1)
) -> dict[str, Any]:
    """Wait for ``count`` jobs on a fresh simulator; requests, detection latencies and the poll times.

    ``per_job``: the baseline users write by hand, one ``get()`` per open job per round; otherwise
    ``wait_all``. Both start from the same seed (the same jobs and schedules), run on the simulator's
    virtual clock and poll on the same schedule (first delay ``POLL_INTERVAL``, doubling to
    ``MAX_INTERVAL``, no jitter). ``unrelated`` running jobs that never end are added after the
    waited ones (newer, so a newest-first listing meets them first), sharing the project.

    ``shard=(i, n)``: the baseline polls only every ``n``-th job from the ``i``-th (all ``count`` are
    made); a job's GET sees only that job, so :func:`merged` of the ``n`` shards is the whole baseline
    (tests/test_benchmarks.py checks it), measured on ``n`` cores.
    """
    return asyncio.run(_wait_case(vendor, count, unrelated, seed, per_job, shard))


def merged(shards: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The baseline of all jobs from those of its shards ``(0, n)`` ... ``(n - 1, n)``, in that order."""
    n, longest = len(shards), max((s["polls"] for s in shards), key=len)
    if any(s["polls"] != longest[: len(s["polls"])] for s in shards):
        raise RuntimeError("P3: the baseline's shards polled on different schedules")
    count = sum(len(s["latency"]) for s in shards)
    latency = [shards[i % n]["latency"][i // n] for i in range(count)]
    return {"requests": sum(s["requests"] for s in shards), "latency": latency, "polls": longest}


async def _wait_case(
    vendor: str, count: int, unrelated: int, seed: int, per_job: bool, shard: tuple[int, int]
) -> dict[str, Any]:
    from mljobs.testing import simulator

    sim = simulator(vendor, seed=seed, **SIM_API.get(vendor, {}))
    ids = sim.add_jobs(count, states=["queued"])  # seeded: about one in ten fails
    if per_job:
        ids = ids[shard[0] :: shard[1]]
    elif shard != (0, 1):
        raise ValueError("only the per-job baseline is sharded")
    if unrelated:
        sim.add_jobs(unrelated, states=["running"], outcome="never")
    # In process on the async twin: only requests are counted (on virtual time), and the simulator's
    # requests cost ~2.5x less than over loopback; the counts are those of the sync client over HTTP.
    client = sim.async_client(transport=httpx.ASGITransport(app=sim.asgi_app), **CLIENT_API.get(vendor, {}))
    start, polls, latency = sim.clock.now(), [], dict[str, float]()

    def seen(job_id: str) -> None:
        now = sim.clock.now()
        ended = sim.job(job_id).finished(now)
        assert ended is not None, job_id
        latency.setdefault(job_id, now - ended)

    async with client:
        before = len(sim.requests)
        if per_job:
            pending = list(ids)
            while pending:
                polls.append(sim.clock.now() - start)
                still = []
                for job_id in pending:
                    job = await client.jobs.get(job_id)
                    if job.state.is_terminal:
                        seen(job_id)
                    else:
                        still.append(job_id)
                pending = still
                if pending:
                    sim.advance(min(POLL_INTERVAL * 2.0 ** (len(polls) - 1), MAX_INTERVAL))
        else:
            no_jitter(client.jobs)

            def on_progress(job: mljobs.Job | None, attempt: int, next_delay: float) -> None:
                if len(polls) < attempt:
                    polls.append(sim.clock.now() - start)
                if job is not None and job.state.is_terminal:
                    seen(job.id)

            options = accepted(client.jobs.wait_all, **sim.scope)  # e.g. Domino's project_id
            await client.jobs.wait_all(
                ids,
                poll_interval=POLL_INTERVAL,
                max_interval=MAX_INTERVAL,
                timeout=24 * 3600,
                raise_on_failure=False,
                on_progress=on_progress,
                **options,
            )
        requests = len(sim.requests) - before
    if sorted(latency) != sorted(ids):
        raise RuntimeError(f"P3 {vendor}: {len(ids) - len(latency)} jobs were never seen ending")
    return {"requests": requests, "latency": [latency[i] for i in ids], "polls": polls}


def sim_client_cases(vendors: Sequence[str], count: int, seed: int) -> dict[str, dict[str, Any]]:
    """Issue 11's ``sim.client().jobs.wait_all(ids)`` on a served simulator's virtual clock: real seconds.

    Each vendor in turn, in this (fresh) process: a served simulator of its own on a port of its own, on
    which the patched app times the simulator's side. Split into the client's thread CPU and the
    simulator's (timed inside its ASGI app, on its thread), so the report says which side the time goes to.
    """
    from mljobs.testing import _core

    spent = {"cpu": 0.0}
    build = _core.VendorSimulator._build_app

    def timed_build(sim: Any) -> Any:
        app = build(sim)

        async def timed(scope: Any, receive: Any, send: Any) -> None:
            start = time.thread_time()
            try:
                await app(scope, receive, send)
            finally:
                spent["cpu"] += time.thread_time() - start

        return timed

    _core.VendorSimulator._build_app = timed_build  # type: ignore[method-assign, assignment]  # this worker process only
    try:
        out = {}
        for vendor in vendors:
            gc.collect()  # none of the vendor before's garbage is collected on this one's time
            spent["cpu"] = 0.0
            out[vendor] = _sim_client_case(vendor, count, seed, spent)
    finally:
        _core.VendorSimulator._build_app = build  # type: ignore[method-assign]
    return out


def _sim_client_case(vendor: str, count: int, seed: int, spent: dict[str, float]) -> dict[str, Any]:
    from mljobs.testing import serve

    with serve(vendor, seed=seed, **SIM_API.get(vendor, {})) as sim:
        ids = sim.add_jobs(count)
        client = sim.client(**CLIENT_API.get(vendor, {}))
        before = len(sim.requests)
        wall, cpu = time.perf_counter(), time.thread_time()
        client.jobs.wait_all(ids, raise_on_failure=False, **accepted(client.jobs.wait_all, **sim.scope))
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        requests = len(sim.requests) - before
        client.close()
    return {"wall_s": wall, "client_cpu_s": cpu, "simulator_cpu_s": spent["cpu"], "requests": requests}


class P3Counts:
    """P3's request counts (virtual time, no wall-clock timing), started now in worker processes.

    Counts do not depend on timing, so they may share the cores with any untimed work (P6, P7's setup);
    :meth:`results` waits for them. With ``sizes.workers == 1`` they run in this process, in :meth:`results`.
    """

    def __init__(self, sizes: Sizes) -> None:
        """Submit every case (the busy ``wait_all`` first: the longest, so the others fill the other core)."""
        self.sizes = sizes
        self.busy_case = ("domino", sizes.busy_jobs, sizes.busy_unrelated)
        self.cases = [(vendor, sizes.wait_jobs, 0) for vendor in VENDORS] + [self.busy_case]
        # The busy case's baseline is plain Domino's at its count: the unrelated jobs come after the waited
        # ones, so the waited jobs and their schedules are the same, and a GET of one job does not see the
        # others (tests/test_benchmarks.py checks that the two baselines agree). Run once where counts are equal.
        jobs: list[tuple[str, int, int, bool]] = [(*self.busy_case, False), ("domino", sizes.busy_jobs, 0, True)]
        jobs += [(vendor, sizes.wait_jobs, 0, per_job) for vendor in VENDORS for per_job in (True, False)]
        self.jobs = list(dict.fromkeys(jobs))
        self.futures: dict[tuple[str, int, int, bool], list[Future[dict[str, Any]]]] = {}
        self.pool: ProcessPoolExecutor | None = None
        if sizes.workers > 1:
            # Each baseline (the longest work: a GET per open job per poll) in 2 shards a worker, so no core
            # idles at the end.
            shards = 2 * sizes.workers
            self.pool = ProcessPoolExecutor(sizes.workers, mp_context=worker_context())
            self.futures = {
                job: [
                    self.pool.submit(wait_case, *job[:3], sizes.wait_seed, job[3], (i, shards) if job[3] else (0, 1))
                    for i in range(shards if job[3] else 1)
                ]
                for job in self.jobs
            }

    def results(self, deadline: Deadline) -> dict[tuple[str, int, int, bool], dict[str, Any]]:
        """Every case's requests, latencies and poll times (waits for the workers)."""
        results = {}
        try:
            for job in self.jobs:
                if self.pool is None:
                    results[job] = wait_case(*job[:3], self.sizes.wait_seed, job[3])
                    deadline.check()
                    continue
                results[job] = merged([part.result(timeout=deadline.left()) for part in self.futures[job]])
                progress(f"P3 {_case_name(*job[:3])} {'polling each' if job[3] else 'wait_all'}: done")
        except BaseException:
            self.close(kill=True)  # a worker that did not answer in time may never: it must not hold the run
            raise
        self.close()
        return results

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers (what has not run yet is cancelled); ``kill``: at once, without waiting for them."""
        if self.pool is None:
            return
        if kill:  # ProcessPoolExecutor has no public way to stop a running worker before Python 3.14
            for process in list(getattr(self.pool, "_processes", {}).values()):
                process.kill()
        self.pool.shutdown(wait=not kill, cancel_futures=True)


def p3(sizes: Sizes, rng: random.Random, counts: P3Counts | None = None) -> Figure:
    """Requests of ``wait_all`` / polling each job, per vendor, and on Domino with unrelated running jobs.

    ``counts``: the request counts, started earlier (else now); the served ``sim.client()`` timings run
    after them, alone.
    """
    del rng  # request counts on virtual time: nothing to shuffle
    deadline = Deadline(sizes.figure_timeout, "P3")
    counts = counts if counts is not None else P3Counts(sizes)
    results = counts.results(deadline)
    cases, busy_case = counts.cases, counts.busy_case
    # Timed, so one vendor at a time, in a fresh process (the patch of sim_client_cases stays there).
    with ProcessPoolExecutor(1, mp_context=worker_context()) as pool:
        served = pool.submit(sim_client_cases, list(VENDORS), sizes.wait_jobs, sizes.wait_seed).result(
            timeout=deadline.left()
        )
    for vendor, served_case in served.items():
        progress(f"P3 sim.client() {vendor}: {served_case['wall_s']:.2f} s")
    detail: dict[str, Any] = {"jobs": sizes.wait_jobs, "seed": sizes.wait_seed, "cases": {}}
    for vendor, count, unrelated in cases:
        each, listed = results[(vendor, count, 0, True)], results[(vendor, count, unrelated, False)]
        detail["cases"][_case_name(vendor, count, unrelated)] = {
            "vendor": vendor,
            "jobs": count,
            "unrelated_running_jobs": unrelated,
            "requests_each": each["requests"],
            "requests_wait_all": listed["requests"],
            "ratio": listed["requests"] / each["requests"],
            "latency_each_s": _latency(each["latency"]),
            "latency_wait_all_s": _latency(listed["latency"]),
            "polls_each": len(each["polls"]),
            "polls_wait_all": len(listed["polls"]),
            "same_schedule": each["polls"] == listed["polls"],
        }
    detail["sim_client_wait_all"] = served
    plain = [c["ratio"] for c in detail["cases"].values() if not c["unrelated_running_jobs"]]
    busy = detail["cases"][_case_name(*busy_case)]
    now = (
        f"{min(plain):.4f}–{max(plain):.4f} per vendor ({sizes.wait_jobs:,} jobs); {busy['ratio']:.4f} on Domino "
        f"waiting for {sizes.busy_jobs:,} jobs with {sizes.busy_unrelated:,} unrelated running jobs"
    )
    note = (
        f"P3 also times sim.client().jobs.wait_all() on {sizes.wait_jobs:,} jobs, a served simulator on virtual time "
        "(issue 11: about a second for 1,000), real seconds (client thread CPU + simulator CPU): "
        + ", ".join(
            f"{v} {r['wall_s']:.2f} s ({r['client_cpu_s']:.2f} + {r['simulator_cpu_s']:.2f})" for v, r in served.items()
        )
        + "."
    )
    return Figure("P3", [row("P3", busy["ratio"], now)], busy["ratio"], GOALS["P3"], detail, [note])


def _case_name(vendor: str, count: int, unrelated: int) -> str:
    return f"{vendor}, {count:,} jobs +{unrelated:,} unrelated" if unrelated else vendor


def _latency(values: Sequence[float]) -> dict[str, float]:
    return {"mean": statistics.mean(values), "max": max(values)}


# ---- P4: import time -----------------------------------------------------------------------------

_IMPORT = """
import sys, time
before = set(sys.modules)
start = time.perf_counter()
{statement}
seconds = time.perf_counter() - start
new = set(sys.modules) - before
import json, os
print(json.dumps({{"seconds": seconds, "modules": len(new), "asyncio": "asyncio" in new,
    "generated": sorted(m for m in new if m.startswith("mljobs_"))}}), flush=True)
os._exit(0)  # the figure is timed above: skip the interpreter's teardown, which only costs the run time
"""
IMPORTS = {"mljobs": "import mljobs; mljobs.Domino", "httpx": "import httpx"}


def _fresh_import(statement: str) -> dict[str, Any]:
    # Without PYTHONDONTWRITEBYTECODE: with it, a module edited since its .pyc was written is compiled again in
    # every fresh interpreter, which is not what importing an installed package costs.
    env = {k: v for k, v in os.environ.items() if k not in ("MLJOBS_LOG", "PYTHONDONTWRITEBYTECODE")}
    out = subprocess.run(
        [sys.executable, "-I", "-c", _IMPORT.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def p4(sizes: Sizes, rng: random.Random) -> Figure:
    """A fresh interpreter's ``import mljobs; mljobs.Domino`` / its ``import httpx`` (timed inside it).

    No warm-up round: every interpreter is a fresh one anyway, and the median of the rounds leaves out a
    cold first one, so the time goes into more rounds (each a pair of interpreters in shuffled order).
    """
    deadline = Deadline(sizes.figure_timeout, "P4")
    ways = {name: (lambda statement=statement: _fresh_import(statement)) for name, statement in IMPORTS.items()}
    samples = rounds(ways, sizes.import_rounds, rng=rng, deadline=deadline, label="P4", warm=False)
    seconds = {way: [s["seconds"] for s in samples[way]] for way in samples}
    ratio, low, high = ratio_of(seconds["mljobs"], seconds["httpx"])
    last = samples["mljobs"][-1]
    generated = last["generated"]
    models = [m for m in generated if ".models." in m]
    now = (
        f"{fmt_ratio(ratio, low, high)} ({median(seconds['mljobs']) * 1000:.0f} vs "
        f"{median(seconds['httpx']) * 1000:.0f} ms; {len(generated)} generated modules, {len(models)} of them "
        f"models; asyncio {'imported' if last['asyncio'] else 'not imported'})"
    )
    detail = {
        "ratio": ratio,
        "range": [low, high],
        "seconds": seconds,
        "modules_loaded": {way: samples[way][-1]["modules"] for way in samples},
        "generated_modules": generated,
        "asyncio_imported": last["asyncio"],
    }
    return Figure("P4", [row("P4", ratio, now)], ratio, GOALS["P4"], detail)


# ---- P5: one get() ------------------------------------------------------------------------------------


def _per_call(call: Callable[[], Any], count: int) -> list[float]:
    out = []
    for _ in range(count):
        start = time.perf_counter()
        call()
        out.append(time.perf_counter() - start)
    return out


def _interleaved(one: dict[str, Callable[[], list[float]]], count: int, rng: random.Random) -> dict[str, list[float]]:
    """``count`` timed calls of every way, one call of each in turn, in a new shuffled order each turn."""
    out: dict[str, list[float]] = {way: [] for way in one}
    order = list(one)
    for _ in range(count):
        rng.shuffle(order)
        for way in order:
            out[way] += one[way]()
    return out


_DOMINO_TIMER = """
import time as _time
def _bench(job_id, count):
    out = []
    for _ in range(count):
        start = _time.perf_counter()
        d.job_status(job_id)
        out.append(_time.perf_counter() - start)
    return out
"""


def python_domino(build: bool) -> tuple[Path | None, str]:
    """python-domino's Python in the tests' cached venv (``.vendor-venvs/python-domino``), or why not.

    ``build``: make the venv if it is not cached (pip, a minute or two), as ``pytest -m vendor_clients`` does.
    """
    sys.path.insert(0, str(ROOT))
    try:
        from tests.vendor_clients._venvs import VENVS, vendor_python
        from tests.vendor_clients.conftest import PYTHON_DOMINO
    except ImportError as exc:
        return None, f"tests/vendor_clients is not importable ({exc})"
    finally:
        sys.path.remove(str(ROOT))
    home = VENVS / "python-domino"
    marker = home / "installed.json"
    wanted = json.dumps([list(args) for args in PYTHON_DOMINO])
    if (home / "bin" / "python").exists() and marker.exists() and marker.read_text() == wanted:
        return home / "bin" / "python", ""
    if not build:
        return None, "no cached .vendor-venvs/python-domino (made by `python -m pytest -m vendor_clients`)"
    try:
        return vendor_python("python-domino", PYTHON_DOMINO), ""
    except Exception as exc:
        return None, f"could not make its venv ({type(exc).__name__}: {exc})"


def p5(sizes: Sizes, sims: dict[str, SimProcess], rng: random.Random, *, build_venvs: bool) -> Figure:
    """One Domino ``get()`` on a kept-alive connection: facade / raw httpx, and python-domino / facade.

    Each round makes ``get_calls`` calls of every way interleaved: one call of each way in turn, in a new
    shuffled order each turn, each call timed alone; a round's figure for a way is the median of its calls.
    (Until this stop each way made its calls in one block of ``get_calls``, the blocks shuffled; on a
    shared machine the load then changed between a way's block and the next, so a round's ratio swung
    with whichever way caught a busy spell (0.7 to 1.7 in one run). Interleaved, a change of load falls on
    every way alike. It is no easier on the facade: between two of its calls the other ways' code runs,
    as a program's own code would, so neither way runs on caches warmed by itself.)
    """
    deadline = Deadline(sizes.figure_timeout, "P5")
    sim = sims["domino"]
    job_id, calls = sim.ids[0], sizes.get_calls
    vendor_client, why = _python_domino_client(sim, build_venvs)
    try:
        with client_for("domino", sim.credentials) as facade, _raw.client("domino", sim.credentials) as http:
            get = facade.jobs.get
            one: dict[str, Callable[[], list[float]]] = {
                "facade": lambda: _per_call(lambda: get(job_id), 1),
                "raw": lambda: _per_call(lambda: _raw.domino_get(http, job_id), 1),
            }
            if vendor_client is not None:
                one["python-domino"] = lambda: list(vendor_client(f"_bench({job_id!r}, 1)", timeout=120))
            interleaved = {"all": lambda: _interleaved(one, calls, rng)}
            by_round = rounds(interleaved, sizes.get_rounds, rng=rng, deadline=deadline, label="P5", warm=sizes.warmup)
    finally:
        if vendor_client is not None:
            vendor_client.close()
    samples = {way: [each[way] for each in by_round["all"]] for way in one}
    per_round = {way: [median(block) for block in samples[way]] for way in samples}
    ratio, low, high = ratio_of(per_round["facade"], per_round["raw"])
    us = {way: median([t for block in samples[way] for t in block]) * 1e6 for way in samples}
    rows = [row("P5", ratio, f"{fmt_ratio(ratio, low, high)} ({us['facade']:.0f} vs {us['raw']:.0f} µs a call)")]
    detail: dict[str, Any] = {"ratio": ratio, "range": [low, high], "median_us": us, "calls_per_round": calls}
    if "python-domino" in per_round:
        theirs, t_low, t_high = ratio_of(per_round["python-domino"], per_round["facade"])
        now = f"{fmt_ratio(theirs, t_low, t_high)} ({us['python-domino']:.0f} vs {us['facade']:.0f} µs a call)"
        rows.append(row("P5 python-domino", theirs, now, above=True, optional=True))
        detail.update(python_domino_ratio=theirs, python_domino_range=[t_low, t_high])
    else:
        rows.append(row("P5 python-domino", None, f"not measured: {why}", above=True, optional=True))
        detail["python_domino"] = f"not measured: {why}"
    return Figure("P5", rows, ratio, GOALS["P5"], detail)


def _python_domino_client(sim: SimProcess, build: bool) -> tuple[Any, str]:
    python, why = python_domino(build)
    if python is None:
        progress(f"P5: python-domino not measured: {why}")
        return None, why
    sys.path.insert(0, str(ROOT))
    try:
        from tests.vendor_clients._venvs import VendorClient
    finally:
        sys.path.remove(str(ROOT))
    vendor = VendorClient(python)
    try:
        project = f"{sim.attr('project_owner')}/{sim.attr('project_name')}"
        vendor.run("from domino import Domino")
        vendor.run(f"d = Domino({project!r}, api_key={sim.credentials['api_key']!r}, host={sim.base_url!r})")
        vendor.run(_DOMINO_TIMER)
    except Exception as exc:
        vendor.close()
        return None, f"python-domino did not start ({type(exc).__name__}: {str(exc)[:200]})"
    return vendor, ""


# ---- P6: memory kept while listing ----------------------------------------------------------------------


def memory_points(sizes: Sizes) -> list[int]:
    """Where P6 samples: every ``memory_step`` jobs from ``memory_from``, and ``memory_to``."""
    return sorted({*range(sizes.memory_from, sizes.memory_to, sizes.memory_step), sizes.memory_to})


def kept_memory(
    items: Generator[object, None, None], points: Sequence[int], page_size: int, deadline: Deadline
) -> dict[int, int]:
    """Traced bytes kept at each of ``points`` items of ``items`` (tracemalloc), sampled inside the loop.

    Each sample is taken after ``gc.collect()``, with ``items`` alive (and the objects alive before it
    frozen, so a collection costs what the listing holds, not the whole process). What is kept at a point
    is the least of ``MEMORY_SAMPLES`` samples a page apart from there on (not past the next point): the
    pages a listing has in flight (up to ``prefetch``, parsed or not) come and go with timing, and would
    otherwise add up to a few pages' jobs of noise to any point. ``items`` is closed after the last point.
    """
    near: dict[int, int] = {}
    for point, after in zip(points, [*points[1:], math.inf], strict=True):
        near.update({point + k * page_size: point for k in range(MEMORY_SAMPLES) if point + k * page_size < after})
    kept: dict[int, int] = {}
    last = max(near)
    gc.collect()
    gc.freeze()
    tracemalloc.start()
    try:
        with contextlib.closing(items) as listing:
            for seen, _item in enumerate(listing, 1):
                if seen in near:
                    gc.collect()
                    point, traced = near[seen], tracemalloc.get_traced_memory()[0]
                    kept[point] = min(kept.get(point, traced), traced)
                    if seen == last:
                        break
                if seen % 1_000 == 0:
                    deadline.check()
    finally:
        tracemalloc.stop()
        gc.unfreeze()
    if set(kept) != set(points):
        raise RuntimeError(f"P6: the listing ended before {max(points):,} items ({max(kept, default=0):,})")
    return kept


def median_slope(kept: Mapping[int, float]) -> float:
    """The median of the slopes between every two points (Theil-Sen), in bytes a job.

    A leak that grows with the count sets every pair's slope, so the median is its rate; a one-off step
    (a bounded cache growing its table once, early) moves only the pairs that straddle it, a minority, so
    it is counted once, in the measured span, and not extrapolated.
    """
    points = sorted(kept)
    slopes = [(kept[b] - kept[a]) / (b - a) for i, a in enumerate(points) for b in points[i + 1 :]]
    return median(slopes) if slopes else 0.0


def memory_growth(kept: Mapping[int, float]) -> tuple[float, float, float]:
    """Bytes kept from ``MEMORY_FROM`` to ``MEMORY_TO`` jobs: (total, measured part, median slope).

    The growth measured between the first and the last point, plus the median slope (:func:`median_slope`)
    times the jobs of the definition outside them (none in the full run). If memory grows by ``b`` bytes a
    job, the figure is ``b * 90,000`` whatever the span measured; if it only steps once inside the span and
    is flat after, the figure is that step, as the full run measures it.
    """
    first, last = min(kept), max(kept)
    measured = kept[last] - kept[first]
    slope = median_slope(kept)
    return measured + slope * ((MEMORY_TO - last) + (first - MEMORY_FROM)), measured, slope


def _domino_jobs(credentials: dict[str, Any], scope: dict[str, Any], page_size: int) -> Generator[object, None, None]:
    with client_for("domino", credentials) as client:
        yield from client.jobs.list(page_size=page_size, **scope)


def p6_samples(credentials: dict[str, Any], scope: dict[str, Any], sizes: Sizes) -> dict[int, int]:
    """P6's listing, in a process of its own (so nothing else of the run allocates while it is traced)."""
    deadline = Deadline(sizes.figure_timeout, "P6")
    return kept_memory(
        _domino_jobs(credentials, scope, sizes.page_size), memory_points(sizes), sizes.page_size, deadline
    )


def _answer(send: Any, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """Run ``function(*args)`` in a worker and send back ``(True, result)`` or ``(False, what it raised)``."""
    try:
        send.send((True, function(*args)))
    except BaseException as exc:  # the parent raises it (by its repr: it may not pickle)
        send.send((False, f"{type(exc).__name__}: {exc}"))


class Worker:
    """``function(*args)`` in a fresh process of its own, killed if it has not answered in time.

    Unlike a ``ProcessPoolExecutor``'s worker, one that hangs does not outlive the figure, nor keep the run
    from exiting once it has reported.
    """

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        """Start the process."""
        context = worker_context()
        self._answers, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_answer, args=(send, function, args), daemon=True)
        self._process.start()
        send.close()

    def result(self, timeout: float, what: str) -> Any:
        """What it returned, within ``timeout`` s (then FigureTimeout, the process killed); its error re-raised."""
        answered = False
        try:
            if not self._answers.poll(timeout):
                raise FigureTimeout(f"{what} took more than {timeout:g} s")
            done, value = self._answers.recv()
            answered = True
        except (EOFError, OSError) as exc:
            raise RuntimeError(f"{what}: its worker died (exit code {self._process.exitcode})") from exc
        finally:
            self._process.join(5 if answered else 0)  # one that has answered is exiting: let it
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
            self._answers.close()
        if not done:
            raise RuntimeError(f"{what} failed in its worker: {value}")
        return value


def p6_start(sizes: Sizes, sims: dict[str, SimProcess]) -> Worker:
    """Start P6's listing in a fresh process (the run has P3 count requests and P7 build simulators meanwhile)."""
    sim = sims["domino memory"]
    return Worker(p6_samples, sim.credentials, sim.scope, sizes)


def p6(sizes: Sizes, sims: dict[str, SimProcess], rng: random.Random) -> Figure:
    """Memory kept while listing Domino jobs from ``MEMORY_FROM`` to ``MEMORY_TO`` (tracemalloc, MB = 10^6 B).

    Sampled at :func:`memory_points` of one listing (:func:`kept_memory`); the figure is
    :func:`memory_growth`: what the span measured kept, and past it the median slope over the points.
    """
    del rng  # one listing, nothing to shuffle
    kept: dict[int, int] = p6_start(sizes, sims).result(sizes.figure_timeout, "P6")
    grown, measured, slope = memory_growth(kept)
    mb, per_job = grown / 1e6, grown / (MEMORY_TO - MEMORY_FROM)
    now = f"{mb:+.1f} MB ({per_job:.0f} B a job)"
    notes = []
    if (sizes.memory_from, sizes.memory_to) != (MEMORY_FROM, MEMORY_TO):
        now += (
            f"; measured {sizes.memory_from:,} → {sizes.memory_to:,}: {measured / 1e6:+.2f} MB, "
            f"then {slope:.1f} B a job"
        )
        notes.append(
            f"P6 measured from {sizes.memory_from:,} to {sizes.memory_to:,} jobs (every {sizes.memory_step:,}); "
            f"the {MEMORY_TO - sizes.memory_to:,} jobs past that add the median slope between the points "
            "(Theil-Sen): a growth a job is extrapolated, a one-off step inside the span is not."
        )
    detail = {
        "mb": mb,
        "bytes_a_job": per_job,
        "measured_bytes": measured,
        "median_slope_bytes_a_job": slope,
        "traced_bytes": {str(k): v for k, v in sorted(kept.items())},
        "measured_from": sizes.memory_from,
        "measured_to": sizes.memory_to,
    }
    return Figure("P6", [row("P6", mb, now)], mb, GOALS["P6"], detail, notes)


# ---- P7: the simulator itself -------------------------------------------------------------------------


class TimedApp:
    """An ASGI app around a simulator's that notes how long the simulator took over each request."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        """Wrap ``app``."""
        self.app = app
        self.times: list[float] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Serve one request through the wrapped app, timed."""
        start = time.perf_counter()
        try:
            await self.app(scope, receive, send)
        finally:
            self.times.append(time.perf_counter() - start)


#: Vendors whose list is paged (SymetryML answers every job in one list: it has no "one page").
PAGED = ["rime", "domino", "vectara", "istari"]


def _in_process(vendor: str, count: int) -> tuple[Any, TimedApp, dict[str, Any]]:
    from mljobs.testing import simulator

    sim = simulator(vendor, **SIM_API.get(vendor, {}))
    sim.add_jobs(count, states=MIXED)
    app = TimedApp(sim.asgi_app)
    client = VENDORS[vendor].client_class(asynchronous=True)(
        **sim.credentials, **CLIENT_API.get(vendor, {}), transport=httpx.ASGITransport(app=app)
    )
    return client, app, sim.scope


async def _one_page(client: Any, app: TimedApp, scope: dict[str, Any], page_size: int) -> float:
    app.times.clear()
    pages = client.jobs.list(**accepted(client.jobs.list, page_size=page_size, max_items=page_size), **scope).pages()
    async for _page in pages:
        break
    await pages.aclose()
    return float(app.times[0])


async def _full_listing(client: Any, app: TimedApp, scope: dict[str, Any], page_size: int) -> tuple[float, int]:
    app.times.clear()
    count = 0
    async for _job in client.jobs.list(**accepted(client.jobs.list, page_size=page_size), **scope):
        count += 1
    return sum(app.times), count


def _p7_vendor(conn: Any, vendor: str, sizes: Sizes, seed: int) -> None:
    """A P7 process: build ``vendor``'s simulators, say so, wait for ``"go"``, then time them and send the seconds.

    Built: for one page (paged vendors), ``page_small`` and ``page_large`` jobs stored; for a full listing,
    ``scaling_from`` and ``scaling_to``. Timed: one page on each of the first two (shuffled repetitions after a
    warm-up), then one full listing of each of the others. One vendor a process, as the full definition had
    one vendor's simulators alive at a time in its process.
    """
    try:
        counts = (sizes.page_small, sizes.page_large) if vendor in PAGED else ()
        made = {count: _in_process(vendor, count) for count in counts}
        full = {count: _in_process(vendor, count) for count in (sizes.scaling_from, sizes.scaling_to)}
        # Frozen: a collection during a timing walks what that timing made, not the 100,000 jobs built here (the
        # full definition freed the pages' simulators before its listings, in the process that timed them).
        gc.collect()
        gc.freeze()
        conn.send(("built", None))
        if conn.recv() != "go":
            return
        rng = random.Random(seed)
        pages = asyncio.run(_page_timings(made, sizes, rng)) if made else {}
        conn.send(("timed", {"pages": pages, "full": asyncio.run(_full_timings(full, sizes))}))
        os._exit(0)  # not a second freeing 100,000 jobs while the next vendor is timed
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {str(exc)[:300]}"))
    finally:
        conn.close()


async def _page_timings(
    made: dict[int, tuple[Any, TimedApp, dict[str, Any]]], sizes: Sizes, rng: random.Random
) -> dict[int, list[float]]:
    timings: dict[int, list[float]] = {count: [] for count in made}
    for client, app, scope in made.values():
        await _one_page(client, app, scope, sizes.page_size)  # warm-up
    for _ in range(sizes.page_reps):
        order = list(made)
        rng.shuffle(order)
        for count in order:
            timings[count].append(await _one_page(*made[count], sizes.page_size))
    for client, _app, _scope in made.values():
        await client.close()
    return timings


async def _full_timings(made: dict[int, tuple[Any, TimedApp, dict[str, Any]]], sizes: Sizes) -> dict[int, float]:
    """One full listing of each simulator, as the definition has it: the first on a fresh simulator, which pays
    what later listings find done already (two to seven times what they cost)."""
    timings: dict[int, float] = {}
    for count, (client, app, scope) in made.items():
        gc.collect()  # the garbage of what came before is not this listing's cost
        seconds, listed = await _full_listing(client, app, scope, sizes.page_size)
        if listed != count:
            raise RuntimeError(f"a full listing of {count} jobs gave {listed}")
        timings[count] = seconds
        await client.close()
    return timings


class P7Pages:
    """P7's processes (:func:`_p7_vendor`), one per vendor, started now: they build their simulators (untimed:
    while P3 counts and P6 lists), and :meth:`timings` times them one at a time."""

    def __init__(self, sizes: Sizes, rng: random.Random) -> None:
        """Start every vendor's process."""
        context = worker_context()
        self.children: dict[str, tuple[Any, Any]] = {}
        self.ready = False
        for vendor in VENDORS:
            parent, child = context.Pipe()
            process = context.Process(target=_p7_vendor, args=(child, vendor, sizes, rng.randrange(2**32)), daemon=True)
            process.start()
            child.close()
            self.children[vendor] = (process, parent)

    def _answer(self, vendor: str, deadline: Deadline) -> Any:
        process, conn = self.children[vendor]
        if not conn.poll(deadline.left()):
            raise FigureTimeout(f"P7 {vendor}: no answer within {deadline.seconds:g} s")
        try:
            kind, value = conn.recv()
        except EOFError:
            raise RuntimeError(f"P7 {vendor}: its process exited ({process.exitcode})") from None
        if kind == "error":
            raise RuntimeError(f"P7 {vendor}: {value}")
        return value

    def built(self, deadline: Deadline) -> None:
        """Wait until every process has built its simulators."""
        if not self.ready:
            for vendor in self.children:
                self._answer(vendor, deadline)
            self.ready = True

    def timings(self, deadline: Deadline) -> dict[str, dict[str, Any]]:
        """Each vendor's seconds (``pages``, ``full``) by jobs stored, timed one vendor at a time (the others idle)."""
        self.built(deadline)
        out = {}
        try:
            for vendor, (process, conn) in self.children.items():
                conn.send("go")
                out[vendor] = self._answer(vendor, deadline)
                process.join(timeout=deadline.left())
        finally:
            self.close()
        return out

    def close(self) -> None:
        """Stop every process still running."""
        for process, conn in self.children.values():
            conn.close()
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()


def p7(sizes: Sizes, rng: random.Random, pages: P7Pages | None = None) -> Figure:
    """The simulator alone (timed inside its ASGI app): one page (:class:`P7Pages`), and a full listing's scaling.

    ``pages``: the one-page processes, started earlier (else now).
    """
    pages = pages if pages is not None else P7Pages(sizes, rng)
    return asyncio.run(_p7(sizes, pages))


async def _p7(sizes: Sizes, pages: P7Pages) -> Figure:
    deadline = Deadline(sizes.figure_timeout, "P7")
    page: dict[str, Any] = {}
    scaling: dict[str, Any] = {}
    for vendor, seconds_of in pages.timings(deadline).items():
        if seconds_of["pages"]:
            timings = seconds_of["pages"]
            # The least of the repetitions: a page's work is the same every time, and what the machine's other
            # work adds to a timing (a preemption doubles a 4 ms page) only ever adds. A page that costs more with
            # more jobs stored costs more in every repetition, the least included.
            small, large = min(timings[sizes.page_small]), min(timings[sizes.page_large])
            medians = median(timings[sizes.page_large]) / median(timings[sizes.page_small])
            measured = large / small
            # Per page cost a + b * stored, fitted to the two sizes, at 100,000 stored (the same when measured there).
            slope = (large - small) / (sizes.page_large - sizes.page_small)
            ratio = (small + slope * (PAGE_LARGE - sizes.page_small)) / small
            seconds = {str(k): v for k, v in timings.items()}
            page[vendor] = {"ratio": ratio, "measured_ratio": measured, "ratio_of_medians": medians, "seconds": seconds}
            progress(f"P7 {vendor}: one page {ratio:.1f}x")
        cost = seconds_of["full"]
        per_job = (cost[sizes.scaling_to] / sizes.scaling_to) / (cost[sizes.scaling_from] / sizes.scaling_from)
        scaling[vendor] = {"per_job_ratio": per_job, "seconds": {str(k): v for k, v in cost.items()}}
        progress(f"P7 {vendor}: full listing {per_job:.1f}x a job")
    worst_page = max(page, key=lambda v: page[v]["ratio"])
    worst_full = max(scaling, key=lambda v: scaling[v]["per_job_ratio"])
    page_ratio, full_ratio = page[worst_page]["ratio"], scaling[worst_full]["per_job_ratio"]
    others = ", ".join(f"{v} {page[v]['ratio']:.1f}" for v in PAGED if v != worst_page)
    now = f"{page_ratio:.1f}× ({worst_page}; {others})"
    notes = []
    if sizes.page_large != PAGE_LARGE:
        measured_text = ", ".join(f"{v} {page[v]['measured_ratio']:.1f}" for v in PAGED)
        now += f"; measured with {sizes.page_large:,} stored ({measured_text}), extrapolated linearly"
        notes.append(
            f"P7's one page measured with {sizes.page_small:,} and {sizes.page_large:,} jobs stored, "
            "extrapolated linearly to 100,000."
        )
    big = sizes.scaling_to
    full_now = (
        f"{full_ratio:.1f}× ({worst_full}: {sizes.scaling_from:,} → {big:,} jobs; a full listing of {big:,} takes "
        + ", ".join(f"{v} {scaling[v]['seconds'][str(big)]:.2f} s" for v in VENDORS)
        + ")"
    )
    rows = [row("P7", page_ratio, now), row("P7 full", full_ratio, full_now)]
    detail = {"one_page": page, "full_listing": scaling, "page_small": sizes.page_small, "page_large": sizes.page_large}
    notes.append("P7's --json ratio is the worse of one page and a full listing's cost per job, over the vendors.")
    return Figure("P7", rows, max(page_ratio, full_ratio), GOALS["P7"], detail, notes)
