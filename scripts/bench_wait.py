#!/usr/bin/env python3
"""Benchmark: requests needed to wait for many jobs, list-based (as_completed) against polling each job.

    python scripts/bench_wait.py                  # 1,000 jobs on every vendor that has a client
    python scripts/bench_wait.py rime --jobs 200

Both strategies run in the same process on fresh simulators with the same seed (so the same job
schedules), on the simulator's virtual clock, with the same poll schedule: the first delay, backoff and
cap are equal, so detection latency is comparable. The baseline is what users write by hand: one GET per
open job per round. The report gives requests, the ratio, and detection latency (virtual seconds from
a job's end to the moment the waiter hands it out), and prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import statistics
import sys
from collections.abc import Sequence
from typing import Any

import mljobs
from mljobs._waiting import SyncJobsBase
from mljobs.testing import serve

CLIENTS = {
    "rime": "Rime",
    "domino": "Domino",
    "vectara": "Vectara",
    "istari": "Istari",
    "symetryml": "SymetryML",
}
POLL_INTERVAL = 5.0
MAX_INTERVAL = 30.0


def available() -> list[str]:
    """Vendors whose facade module exists."""
    out = []
    for vendor in CLIENTS:
        try:
            importlib.import_module(f"mljobs.vendors.{vendor}")
        except ModuleNotFoundError:
            continue
        out.append(vendor)
    return out


def run(vendor: str, count: int, seed: int, per_job: bool) -> dict[str, Any]:
    """Wait for ``count`` jobs on a fresh simulator; return requests and detection latencies."""
    with serve(vendor, seed=seed) as sim:
        ids = sim.add_jobs(count, states=["queued"])  # seeded: about one in ten fails
        client = getattr(mljobs, CLIENTS[vendor])(**sim.credentials)
        with client:
            jobs = client.jobs
            jobs.sleep = sim.advance
            jobs.monotonic = sim.clock.now
            jobs.jitter = lambda: 0.0
            if per_job:
                jobs._snapshot = lambda pending, deadline=None: SyncJobsBase._snapshot(jobs, pending, deadline)
            before = len(sim.requests)
            latencies = []
            accepted = inspect.signature(jobs.as_completed).parameters
            scope = {k: v for k, v in sim.scope.items() if k in accepted}  # e.g. Domino's project_id
            for job in jobs.as_completed(
                ids,
                poll_interval=POLL_INTERVAL,
                max_interval=MAX_INTERVAL,
                timeout=24 * 3600,
                raise_on_failure=False,
                **scope,
            ):
                ended = sim.job(job.id).finished(sim.clock.now())
                assert ended is not None
                latencies.append(sim.clock.now() - ended)
            return {"requests": len(sim.requests) - before, "latency": latencies}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor", nargs="*", help="vendors (default: every vendor with a client)")
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    vendors = args.vendor or available()
    rows = []
    for vendor in vendors:
        each = run(vendor, args.jobs, args.seed, per_job=True)
        listed = run(vendor, args.jobs, args.seed, per_job=False)
        ratio = listed["requests"] / each["requests"]
        rows.append((vendor, each, listed, ratio))
        print(
            f"{vendor}: {listed['requests']} requests listing vs {each['requests']} polling each job "
            f"(ratio {ratio:.4f})",
            file=sys.stderr,
        )
    print(
        f"Waiting for {args.jobs} jobs (seed {args.seed}; first poll delay {POLL_INTERVAL:g} s, backoff to "
        f"{MAX_INTERVAL:g} s; virtual time):\n"
    )
    print(
        "| vendor | requests, polling each job | requests, `wait_all`/`as_completed` | ratio | "
        "mean / max detection latency, each | mean / max detection latency, listing |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for vendor, each, listed, ratio in rows:
        print(
            f"| {vendor} | {each['requests']} | {listed['requests']} | {ratio:.4f} | "
            f"{statistics.mean(each['latency']):.1f} s / {max(each['latency']):.1f} s | "
            f"{statistics.mean(listed['latency']):.1f} s / {max(listed['latency']):.1f} s |"
        )
    worst = max((r[3] for r in rows), default=0.0)
    return 0 if worst <= 0.1 else 1


if __name__ == "__main__":
    sys.exit(main())
