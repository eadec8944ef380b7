"""A wait that times out by wall time against a virtual-clock simulator says why, sync and async."""

from __future__ import annotations

import pytest

import mljobs
from mljobs.testing import serve

from ..conftest import SIM_OPTIONS

WHY = "the simulator's clock is virtual and nothing advanced it"


def test_a_plain_client_on_a_virtual_clock_is_told_why_its_wait_timed_out() -> None:
    with serve("rime", seed=4) as sim:
        ids = sim.add_jobs(2, states=["running"])
        with mljobs.Rime(**sim.credentials) as plain:
            with pytest.raises(mljobs.WaitTimeoutError, match=WHY):
                plain.jobs.wait(ids[0], timeout=0.3, poll_interval=0.1)
            with pytest.raises(mljobs.WaitTimeoutError, match=WHY):
                plain.jobs.wait_all(ids, timeout=0.3, poll_interval=0.1)
        with sim.client() as bound, pytest.raises(mljobs.WaitTimeoutError) as err:
            bound.jobs.wait(ids[0], timeout=0.5)  # its waits advance the clock: a real timeout, no note
        assert WHY not in str(err.value)


def test_a_wall_clock_simulator_gets_no_note() -> None:
    with serve("rime", seed=4, wall_clock=True) as sim:
        ids = sim.add_jobs(1, states=["running"], run_seconds=600)
        with mljobs.Rime(**sim.credentials) as plain, pytest.raises(mljobs.WaitTimeoutError) as err:
            plain.jobs.wait(ids[0], timeout=0.3, poll_interval=0.1)
        assert WHY not in str(err.value)


async def test_the_async_twin_says_it_too() -> None:
    with serve("domino", seed=4, **SIM_OPTIONS["domino"]) as sim:
        ids = sim.add_jobs(2, states=["running"])
        async with mljobs.AsyncDomino(**sim.credentials) as plain:
            with pytest.raises(mljobs.WaitTimeoutError, match=WHY):
                await plain.jobs.wait(ids[0], timeout=0.3, poll_interval=0.1)
            with pytest.raises(mljobs.WaitTimeoutError, match=WHY):
                [job async for job in plain.jobs.as_completed(ids, timeout=0.3, poll_interval=0.1)]
