#!/usr/bin/env python3
"""Issue 11 item 4: ``sim.client().jobs.wait_all(ids)`` on 1,000 jobs, real seconds per vendor.

    python benchmarks/sim_wait.py                    # every vendor, 1,000 jobs each, a fresh process each
    python benchmarks/sim_wait.py --jobs 200 domino  # some vendors, other sizes
    python benchmarks/sim_wait.py --profile istari   # and where the time goes (cProfile, top functions)
    python benchmarks/sim_wait.py --json

Each vendor's simulator is served (``mljobs.testing.serve``) on its virtual clock, as a user would, and
``sim.client()`` waits for every job: the wait advances the simulator's clock instead of sleeping, so the
time measured is the requests' (client and simulator, which share the machine). It prints the real
seconds, the requests and polls, and the client thread's CPU. A benchmark, not a test: the goal (about a
second, at most ~1.5 s on a quiet 2-core machine) is read off its output, with ``uptime`` beside it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import os
import pstats
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._simproc import CLIENT_API, SIM_API
from benchmarks.figures import accepted
from mljobs._registry import VENDORS

#: Issue 11's figure: about a second for 1,000 jobs; the brief's bound on a quiet machine.
GOAL_SECONDS = 1.5


def measure(vendor: str, count: int, seed: int, profile: bool) -> dict[str, Any]:
    """Serve ``vendor``, add ``count`` jobs, and time ``sim.client().jobs.wait_all`` on them."""
    from mljobs.testing import serve

    with serve(vendor, seed=seed, **SIM_API.get(vendor, {})) as sim:
        ids = sim.add_jobs(count)
        client = sim.client(**CLIENT_API.get(vendor, {}))
        polls: list[int] = []

        def on_progress(job: Any, attempt: int, next_delay: float) -> None:
            if not polls or polls[-1] != attempt:
                polls.append(attempt)

        options = accepted(client.jobs.wait_all, **sim.scope)
        before = len(sim.requests)
        profiler = cProfile.Profile() if profile else None
        wall, cpu = time.perf_counter(), time.thread_time()
        if profiler is not None:
            profiler.enable()
        done = client.jobs.wait_all(ids, raise_on_failure=False, on_progress=on_progress, **options)
        if profiler is not None:
            profiler.disable()
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        requests = len(sim.requests) - before
        client.close()
    if len(done) != count or not all(job.is_terminal for job in done):
        raise RuntimeError(f"{vendor}: wait_all returned before every job ended")
    out: dict[str, Any] = {
        "vendor": vendor, "jobs": count, "wall_s": round(wall, 3), "client_cpu_s": round(cpu, 3),
        "requests": requests, "polls": len(polls),
    }  # fmt: skip
    if profiler is not None:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(25)
        out["profile"] = text.getvalue()
    return out


def main(argv: list[str] | None = None) -> int:
    """Measure each vendor asked for in a fresh process, one at a time, and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help=f"vendors (default: all of {', '.join(VENDORS)})")
    parser.add_argument("--jobs", type=int, default=1_000, help="jobs to wait for (default 1,000)")
    parser.add_argument("--seed", type=int, default=42, help="the simulators' seed (default 42)")
    parser.add_argument("--profile", action="store_true", help="print each vendor's cProfile top 25 (cumulative)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    vendors = args.vendors or list(VENDORS)
    unknown = sorted(set(vendors) - set(VENDORS))
    if unknown:
        parser.error(f"unknown vendor(s) {unknown}; choose from {list(VENDORS)}")
    load = os.getloadavg()
    results = []
    context = multiprocessing.get_context("spawn")
    for vendor in vendors:  # one at a time, each in a fresh process: timed, and serve() binds a port
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            results.append(pool.submit(measure, vendor, args.jobs, args.seed, args.profile).result())
    if args.json:
        print(json.dumps({"load_average_start": load, "goal_s": GOAL_SECONDS, "results": results}, indent=2))
        return 0
    print(f"sim.client().jobs.wait_all() on {args.jobs:,} jobs, virtual clock; load average at the start "
          f"{' / '.join(f'{v:.2f}' for v in load)}")  # fmt: skip
    print(f"{'vendor':<10} {'real s':>7} {'client CPU s':>12} {'requests':>8} {'polls':>5}")
    for r in results:
        print(f"{r['vendor']:<10} {r['wall_s']:>7.2f} {r['client_cpu_s']:>12.2f} {r['requests']:>8} {r['polls']:>5}")
    for r in results:
        if "profile" in r:
            print(f"\n---- {r['vendor']}: cProfile, cumulative ----\n{r['profile']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
