"""Defect 9: what a group wait's snapshot saw is kept; only the job whose read failed stays pending.

Served simulators on virtual time; one job's GET always answers 503 (a transport in front of the real one).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import mljobs
from mljobs.testing import serve

from ..conftest import SIM_OPTIONS
from ._support import ASYNC, SYNC


def unavailable() -> httpx.Response:
    return httpx.Response(503, json={"message": "unavailable", "statusString": "unavailable"})


class FailOne(httpx.BaseTransport):
    """Forwards every request except a GET of the one job, which always answers 503."""

    def __init__(self, job_id: str) -> None:
        self.inner, self.job_id, self.failed = httpx.HTTPTransport(), job_id, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path.endswith("/" + self.job_id):
            self.failed += 1
            return unavailable()
        return self.inner.handle_request(request)


class AsyncFailOne(httpx.AsyncBaseTransport):
    def __init__(self, job_id: str) -> None:
        self.inner, self.job_id, self.failed = httpx.AsyncHTTPTransport(), job_id, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path.endswith("/" + self.job_id):
            self.failed += 1
            return unavailable()
        return await self.inner.handle_async_request(request)


def on_virtual_time(jobs: Any, sim: Any, mode: str) -> None:
    jobs.monotonic = sim.clock.now
    jobs.jitter = lambda: 0.0
    if mode == "sync":
        jobs.sleep = sim.advance
    else:

        async def sleep(seconds: float) -> None:
            sim.advance(seconds)

        jobs.sleep = sleep


async def finished_then_timeout(jobs: Any, ids: list[str], mode: str, **kwargs: Any) -> tuple[set[str], Exception]:
    done: set[str] = set()
    with pytest.raises(mljobs.WaitTimeoutError) as err:
        if mode == "sync":
            for job in jobs.as_completed(ids, timeout=600, raise_on_failure=False, **kwargs):
                done.add(job.id)
        else:
            async for job in jobs.as_completed(ids, timeout=600, raise_on_failure=False, **kwargs):
                done.add(job.id)
    return done, err.value


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_symetryml_one_unreadable_job_does_not_hide_the_ten_that_ended(mode: str) -> None:
    with serve("symetryml", seed=5) as sim:
        ended = sim.add_jobs(10, states=["succeeded"])
        (stopped_short,) = sim.add_jobs(1, states=["failed"])  # listed "done early": only a GET says how
        transport = (FailOne if mode == "sync" else AsyncFailOne)(stopped_short)
        client = (SYNC if mode == "sync" else ASYNC)["symetryml"](**sim.credentials, transport=transport, max_retries=0)
        on_virtual_time(client.jobs, sim, mode)
        done, error = await finished_then_timeout(client.jobs, [*ended, stopped_short], mode)
    assert done == set(ended)
    assert error.pending == [stopped_short] and transport.failed > 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_domino_gets_of_unknown_projects_keep_what_they_read(mode: str) -> None:
    with serve("domino", seed=5, **SIM_OPTIONS["domino"]) as sim:
        ended = sim.add_jobs(6, states=["succeeded"])
        transport = (FailOne if mode == "sync" else AsyncFailOne)(ended[2])
        client = (SYNC if mode == "sync" else ASYNC)["domino"](**sim.credentials, transport=transport, max_retries=0)
        on_virtual_time(client.jobs, sim, mode)
        done, error = await finished_then_timeout(client.jobs, ended, mode)
    assert done == set(ended) - {ended[2]} and error.pending == [ended[2]]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("vendor", ["rime", "istari"])
async def test_a_job_the_listing_misses_and_cannot_be_read_stays_pending_alone(vendor: str, mode: str) -> None:
    with serve(vendor, seed=5, **SIM_OPTIONS.get(vendor, {})) as sim:
        ended = sim.add_jobs(6, states=["succeeded", "failed"])
        ghost = "0b0f7d6e-3c55-4b8e-9d3c-2f4f8b1a9e10"  # not listed; its GET answers 503
        transport = (FailOne if mode == "sync" else AsyncFailOne)(ghost)
        client = (SYNC if mode == "sync" else ASYNC)[vendor](**sim.credentials, transport=transport, max_retries=0)
        on_virtual_time(client.jobs, sim, mode)
        done, error = await finished_then_timeout(client.jobs, [ghost, *ended], mode)
    assert done == set(ended) and error.pending == [ghost]
