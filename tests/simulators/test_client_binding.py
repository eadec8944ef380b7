"""sim.client() / sim.async_client(): the vendor's client bound to a simulator, waiting on its clock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

import mljobs
from mljobs._registry import VENDORS
from mljobs.testing import serve

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS

#: Hides modules as if they were not installed (run first in a subprocess).
BLOCKER = textwrap.dedent(
    """
    import importlib.abc, sys
    HIDDEN = set(sys.argv[1].split(","))
    class Hide(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in HIDDEN:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None
    sys.meta_path.insert(0, Hide())
    """
)


def run_hidden(hidden: str, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(code), hidden], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_waits_advance_the_virtual_clock_instead_of_sleeping(vendor: str) -> None:
    with serve(vendor, seed=5, **SIM_OPTIONS.get(vendor, {})) as sim:
        ids = sim.add_jobs(20, states=["queued", "running"])
        client = sim.client(**CLIENT_OPTIONS.get(vendor, {}))
        assert isinstance(client, VENDORS[vendor].client_class())
        before, started = sim.clock.now(), time.perf_counter()
        with client:
            done = client.jobs.wait_all(ids, raise_on_failure=False)
        assert [j.id for j in done] == ids and all(j.is_terminal for j in done)
        assert sim.clock.now() - before > 60  # minutes of simulated time ...
        assert time.perf_counter() - started < 10  # ... in (well under) seconds of real time


@pytest.mark.parametrize("vendor", ["rime", "symetryml"])
async def test_the_async_client_advances_the_clock_too(vendor: str) -> None:
    with serve(vendor, seed=6, **SIM_OPTIONS.get(vendor, {})) as sim:
        ids = sim.add_jobs(10)
        client = sim.async_client(**CLIENT_OPTIONS.get(vendor, {}))
        assert isinstance(client, VENDORS[vendor].client_class(asynchronous=True))
        async with client:
            job = await client.jobs.wait(ids[0], raise_on_failure=False)
            done = await client.jobs.wait_all(ids, raise_on_failure=False)
        assert job.is_terminal and all(j.is_terminal for j in done)


def test_wait_all_on_a_thousand_jobs_takes_about_a_second() -> None:
    # Most of that second is the listings themselves (a thousand jobs a round, served and parsed).
    with serve("vectara", seed=42) as sim:
        ids = sim.add_jobs(1000)
        started = time.perf_counter()
        done = sim.client(**CLIENT_OPTIONS["vectara"]).jobs.wait_all(ids, raise_on_failure=False)
        elapsed = time.perf_counter() - started
    assert len(done) == 1000 and all(j.is_terminal for j in done)
    assert elapsed < 10, f"{elapsed:.1f}s"  # about 1 s on a quiet machine; generous for a shared one


def test_vectara_ids_from_add_jobs_work_on_the_default_v2_client_and_on_v1() -> None:
    # mljobs.Vectara() speaks v2: the ids add_jobs hands out are the ids both generations' answers show.
    with serve("vectara", seed=9) as sim:
        ids = sim.add_jobs(9, states=["queued", "running", "succeeded"])
        with sim.client() as client:
            got = client.jobs.get(ids[1])
            assert sim.requests[-1].path == f"/v2/jobs/{ids[1]}"  # a v2 get, no v2_id() needed
            assert got.id == ids[1] and got.state is mljobs.JobState.RUNNING
            done = client.jobs.wait_all(ids, raise_on_failure=False)
        assert [j.id for j in done] == ids and all(j.is_terminal for j in done)
        # v2 only: listings, and GETs of the waited ids (a group wait GETs each job once few are left)
        assert {r.path for r in sim.requests} <= {"/v2/jobs", *(f"/v2/jobs/{i}" for i in ids)}
        assert "/v2/jobs" in {r.path for r in sim.requests}
        with sim.client(api="v1") as v1:
            assert v1.jobs.get(ids[0]).id == ids[0] and sim.requests[-1].path == "/v1/list-jobs"
            assert [j.id for j in v1.jobs.list()] == ids[::-1]
            assert [j.id for j in v1.jobs.wait_all(ids, raise_on_failure=False)] == ids


async def test_vectara_ids_from_add_jobs_work_on_the_default_async_client() -> None:
    with serve("vectara", seed=10) as sim:
        ids = sim.add_jobs(9, states=["queued", "running", "succeeded"])
        async with sim.async_client() as client:
            got = await client.jobs.get(ids[0])
            assert sim.requests[-1].path == f"/v2/jobs/{ids[0]}"
            assert got.id == ids[0] and got.state is mljobs.JobState.QUEUED
            done = await client.jobs.wait_all(ids, raise_on_failure=False)
            ended = await client.jobs.get(ids[0])
        assert [j.id for j in done] == ids and all(j.is_terminal for j in done)
        assert ended.id == ids[0] and ended.is_terminal
        async with sim.async_client(api="v1") as v1:
            assert [j.id for j in await v1.jobs.wait_all(ids, raise_on_failure=False)] == ids


def test_retries_after_a_429_or_503_advance_the_clock_instead_of_sleeping() -> None:
    with serve("istari", seed=1) as sim:
        sim.faults.retry_after = 30.0
        (job,) = sim.add_jobs(1)
        sim.inject("503", 2)
        before, started = sim.clock.now(), time.perf_counter()
        assert sim.client().jobs.get(job).id == job
        assert time.perf_counter() - started < 5 and sim.clock.now() - before == pytest.approx(60.0)


def test_overrides_win_and_a_wall_clock_client_sleeps_for_real() -> None:
    with serve("domino", seed=2, wall_clock=True, **SIM_OPTIONS["domino"]) as sim:
        client = sim.client()
        assert client.jobs.sleep is time.sleep and client.jobs.monotonic is time.monotonic
        with pytest.raises(mljobs.AuthenticationError):
            list(sim.client(api_key="wrong").jobs.list(**sim.scope))


def test_serve_without_the_testing_extra_names_it() -> None:
    proc = run_hidden("starlette", "from mljobs.testing import serve\n")
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: mljobs.testing needs the 'testing' extra (starlette is not installed)")
    assert last.endswith('from a checkout of mljobs: pip install ".[testing]"')


def test_a_simulator_without_pydantic_names_the_extra_too() -> None:
    proc = run_hidden("pydantic", "from mljobs.testing import simulator\nsimulator('domino')\n")
    assert proc.returncode == 1
    assert "needs the 'testing' extra (pydantic is not installed)" in proc.stderr
    assert 'pip install ".[testing]"' in proc.stderr
