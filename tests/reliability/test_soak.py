"""The fault soak: every vendor, sync and async, on served simulators that fail 20 % and 50 % of requests.

Every fault kind the simulators have (500, 502, 503 and 429 with Retry-After, a connection dropped
mid-body, a slow answer) on fixed seeds. A client with enough retries waits for 500 jobs and then lists
5,000: no job is lost or handed out twice, and no fault reaches the caller while its retries last.
Domino ``start`` is never sent twice (the simulator's request log), even when its answer is lost.

Retry sleeps are recorded instead of slept (on the client's own retry transport), a listing's 429 holds
pass on a clock of their own, and waits run on the simulator's virtual clock: the production defaults stay
as they are. The figures are printed at the end
of the pytest run (see conftest.py).
"""

from __future__ import annotations

import zlib
from typing import Any

import pytest

import mljobs
from mljobs.testing import VENDORS, serve

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS
from ._support import ASYNC, SYNC, resolve, retry_sleeps, virtual_holds
from .conftest import SOAK_FIGURES

LISTED = 4_500  # added after the wait; the listing sees these and the 500 waited-for jobs: 5,000
WAITED = 500
STARTS = 40  # Domino only
MAX_RETRIES = 40  # at a 50 % fault rate, 41 faults in a row would be a 1-in-2**41 event
FAULTED = (-1, 429, 500, 502, 503)  # how the simulator logs a fault it answered (-1: dropped)


def virtual(jobs: Any, sim: Any, mode: str) -> None:
    jobs.monotonic = sim.clock.now
    if mode == "sync":
        jobs.sleep = sim.advance
    else:

        async def sleep(seconds: float) -> None:
            sim.advance(seconds)

        jobs.sleep = sleep


async def run(vendor: str, mode: str, sim: Any, client: Any) -> dict[str, Any]:
    jobs, scope = client.jobs, sim.scope
    virtual(jobs, sim, mode)
    waited = sim.add_jobs(WAITED, states=["queued", "running"])
    group = {"project_id": scope["project_id"]} if vendor == "domino" else {}
    if mode == "sync":
        finished = [j.id for j in jobs.as_completed(waited, raise_on_failure=False, **group)]
    else:
        finished = [j.id async for j in jobs.as_completed(waited, raise_on_failure=False, **group)]
    assert all(sim.phase(i) in ("succeeded", "failed", "cancelled") for i in waited)
    listed_ids = sim.add_jobs(LISTED, states=["queued", "running", "succeeded", "failed", "cancelled"])
    expected = waited + listed_ids
    size = {"page_size": 100} if vendor != "symetryml" else {}
    if mode == "sync":
        listed = [j.id for j in jobs.list(**size, **scope)]
    else:
        listed = [j.id async for j in jobs.list(**size, **scope)]
    return {
        "listed": len(listed),
        "waited": len(finished),
        "lost": len(set(expected) - set(listed)) + len(set(waited) - set(finished)),
        "duplicated": (len(listed) - len(set(listed))) + (len(finished) - len(set(finished))),
    }


async def domino_starts(sim: Any, client: Any) -> tuple[int, int]:
    """Start STARTS jobs under faults: each start is sent once; a lost answer is the caller's error."""
    ok = failed = 0
    for n in range(STARTS):
        try:
            await resolve(client.jobs.start(project_id=sim.scope["project_id"], command=f"python train.py --run {n}",
                                            hardware_tier_id="small-k8s"))  # fmt: skip
            ok += 1
        except (mljobs.APIStatusError, mljobs.APIConnectionError):
            failed += 1
    return ok, failed


@pytest.mark.timeout(120)
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("rate", [0.2, 0.5])
@pytest.mark.parametrize("vendor", VENDORS)
async def test_soak(vendor: str, rate: float, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seed = zlib.crc32(f"{vendor}:{rate}:{mode}".encode()) % 1000
    virtual_holds(monkeypatch)  # a listing's 429 holds pass on a clock of their own, not in real seconds
    with serve(vendor, seed=seed, fault_rate=rate, **SIM_OPTIONS.get(vendor, {})) as sim:
        sim.faults.slow_seconds = 0.01  # slow, not a timeout: the soak measures faults, not patience
        cls, options = (SYNC if mode == "sync" else ASYNC)[vendor], CLIENT_OPTIONS.get(vendor, {})
        client = cls(**sim.credentials, **options, max_retries=MAX_RETRIES)
        sleeps = retry_sleeps(client)
        figures = await run(vendor, mode, sim, client)
        if vendor == "domino":
            before = len(sim.jobs)
            ok, failed = await domino_starts(sim, client)
            starts = [r for r in sim.requests if r.method == "POST" and r.path == "/api/jobs/v1/jobs"]
            assert len(starts) == STARTS, "a start was sent twice (or not at all)"
            assert len(sim.jobs) - before == ok and ok + failed == STARTS and failed > 0
        await resolve(client.close())
        requests = sim.requests
    figures.update(
        vendor=vendor, mode=mode, rate=rate, requests=len(requests), retries=len(sleeps),
        faults=sum(1 for r in requests if r.status in FAULTED),
    )  # fmt: skip
    SOAK_FIGURES.append(figures)
    assert figures["lost"] == 0 and figures["duplicated"] == 0
    assert figures["listed"] == LISTED + WAITED and figures["waited"] == WAITED
    assert figures["retries"] >= figures["faults"] - (STARTS if vendor == "domino" else 0)
