"""Checked by mypy --strict in tests/test_quality.py, never run: what a type checker sees of the public API."""

from __future__ import annotations

from typing import Any, assert_type

import mljobs
from mljobs.testing import SimulatorFactory, VendorSimulator, serve, simulator


def sync_api(client: mljobs.Rime) -> None:
    assert_type(client.jobs.get("job-456"), mljobs.Job)
    assert_type(client.jobs.list(status="JOB_STATUS_RUNNING"), mljobs.Paginator[mljobs.Job])
    assert_type(client.jobs.wait("job-456"), mljobs.Job)
    assert_type(client.jobs.wait_all(["a", "b"]), list[mljobs.Job])
    assert_type(client.jobs.cancel("job-456"), None)
    for job in client.jobs.as_completed(["a", "b"]):
        assert_type(job, mljobs.Job)
        assert_type(job.state, mljobs.JobState)
        assert_type(job.state.is_terminal, bool)
    for page in client.jobs.list(page_size=50, max_items=120).pages():
        assert_type(page.items, list[mljobs.Job])
        assert_type(page.next_cursor, str | None)


async def async_api(client: mljobs.AsyncRime) -> None:
    assert_type(await client.jobs.get("job-456"), mljobs.Job)
    assert_type(await client.jobs.wait("job-456"), mljobs.Job)
    assert_type(client.jobs.list(), mljobs.AsyncPaginator[mljobs.Job])
    async for job in client.jobs.as_completed(["a"]):
        assert_type(job, mljobs.Job)


def errors(exc: mljobs.WaitTimeoutError, failed: mljobs.JobFailedError, pages: mljobs.PaginationError) -> None:
    assert_type(exc.job, mljobs.Job | None)
    assert_type(failed.job, mljobs.Job)
    assert_type(pages.cursor, str | None)
    timeout: TimeoutError = exc
    del timeout


def every_vendor(
    domino: mljobs.Domino, vectara: mljobs.Vectara, istari: mljobs.Istari, symetry: mljobs.SymetryML
) -> None:
    assert_type(domino.jobs.get("j"), mljobs.Job)
    assert_type(domino.jobs.start(project_id="p", command="c", hardware_tier_id="t"), mljobs.Job)
    assert_type(domino.jobs.logs("j"), str)
    assert_type(domino.jobs.list(project_id="p", status="Running"), mljobs.Paginator[mljobs.Job])
    assert_type(vectara.jobs.get("j"), mljobs.Job)
    assert_type(vectara.jobs.wait_all(["j"]), list[mljobs.Job])
    assert_type(istari.jobs.list(status="Running"), mljobs.Paginator[mljobs.Job])
    assert_type(istari.jobs.cancel("j"), None)
    assert_type(symetry.jobs.wait("5"), mljobs.Job)


def simulators(mljobs_simulator: SimulatorFactory, name: str, job: mljobs.Job) -> None:
    with serve("domino") as sim:
        assert_type(sim.client(), mljobs.Domino)
        assert_type(sim.async_client(), mljobs.AsyncDomino)
        assert_type(sim.client().jobs.wait_all(["a"]), list[mljobs.Job])
    assert_type(mljobs_simulator("rime").client(), mljobs.Rime)
    assert_type(mljobs_simulator("symetryml", seed=3).async_client(), mljobs.AsyncSymetryML)
    assert_type(simulator("istari").client(), mljobs.Istari)
    assert_type(simulator("vectara", wall_clock=True).client(), mljobs.Vectara)
    some: VendorSimulator = simulator(name)  # any vendor: its clients are Any
    assert_type(some.client(), Any)
    assert_type(job.to_dict(), dict[str, Any])
