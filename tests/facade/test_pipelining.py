"""Token-paged listings (RIME) send one request at a time: a page's token is only known from the page before.

Against a fake RIME server (``httpx.MockTransport`` over the simulator's jobs, with latency): the same jobs in the
same order, never two requests in flight, no request for a page before the one before it is handed out, none past
``max_items``, and leaving the loop or a bad job mid-way sends nothing more and leaves no thread or task.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

import mljobs
from mljobs.testing import simulator

from .test_prefetch import MODES, settled

PAGE = 10
SECRET = "rime-secret-4271"


class FakeRime:
    """RIME's v1-beta ListJobs over the simulator's jobs (newest first), each answer after ``latency`` s."""

    def __init__(self, count: int, latency: float = 0.01, *, mode: str) -> None:
        sim = simulator("rime")
        self.jobs = [sim.metadata(sim.jobs[i], False) for i in sim.add_jobs(count)][::-1]
        self.latency, self.mode = latency, mode
        self.lock = threading.Lock()
        self.in_flight = self.most = 0
        self.started: list[int] = []  # the offset of each request, in the order they came
        self.bad: set[int] = set()  # offsets whose job is answered with a creationTime that is not a date-time

    def ids(self) -> list[str]:
        return [job["jobId"] for job in self.jobs]

    def _answer(self, offset: int, size: int) -> httpx.Response:
        jobs = [dict(j, creationTime=12) if offset + k in self.bad else j
                for k, j in enumerate(self.jobs[offset : offset + size])]  # fmt: skip
        more = offset + size < len(self.jobs)
        with self.lock:
            self.in_flight -= 1
        token = str(offset + size) if more else ""
        return httpx.Response(200, json={"jobs": jobs, "nextPageToken": token, "hasMore": more})

    def __call__(self, request: httpx.Request) -> Any:
        offset, size = int(request.url.params.get("pageToken") or 0), int(request.url.params["pageSize"])
        with self.lock:
            self.started.append(offset)
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
        if self.mode == "sync":
            time.sleep(self.latency)
            return self._answer(offset, size)

        async def later() -> httpx.Response:
            try:
                await asyncio.sleep(self.latency)
            except asyncio.CancelledError:  # the listing was left: its request in flight is cancelled
                with self.lock:
                    self.in_flight -= 1
                raise
            return self._answer(offset, size)

        return later()

    def client(self, **options: Any) -> Any:
        cls = mljobs.Rime if self.mode == "sync" else mljobs.AsyncRime
        transport = httpx.MockTransport(self)
        return cls(base_url="http://rime.test", api_key=SECRET, api="v1-beta", transport=transport, **options)


async def read(listing: Any, each: Any = None, stop: int | None = None) -> list[str]:
    """The ids ``listing`` hands out (``each(index)`` called with each, in the caller's thread; ``stop``: break)."""
    seen: list[str] = []
    if hasattr(listing, "__aiter__"):
        async for job in listing:
            if each is not None:
                await each(len(seen))
            seen.append(job.id)
            if len(seen) == stop:
                break
    else:
        for job in listing:
            if each is not None:
                await each(len(seen))
            seen.append(job.id)
            if len(seen) == stop:
                break
    return seen


async def until(fake: FakeRime, count: int, mode: str) -> bool:
    """Whether ``count`` requests have come within a second (the loop's thread or task waiting meanwhile)."""
    ends = time.monotonic() + 1.0
    while len(fake.started) < count and time.monotonic() < ends:
        await asyncio.sleep(0.002) if mode == "async" else time.sleep(0.002)
    return len(fake.started) >= count


async def close(client: Any) -> None:
    result = client.close()
    if asyncio.iscoroutine(result):
        await result


@pytest.mark.parametrize("mode", MODES)
async def test_one_request_at_a_time_each_once_the_page_before_is_handed_out(mode: str) -> None:
    fake = FakeRime(55, mode=mode)
    client = fake.client()
    asked: dict[int, int] = {}

    async def each(index: int) -> None:
        if index % PAGE == PAGE - 1 or index == 54:  # the last job of each page: how many requests went out?
            await asyncio.sleep(0.02) if mode == "async" else time.sleep(0.02)  # room for a request to go out
            asked[index // PAGE] = len(fake.started)

    assert await read(client.jobs.list(page_size=PAGE), each) == fake.ids()
    await close(client)
    assert asked == {page: page + 1 for page in range(6)}  # nothing asked for while a page is handed out
    assert fake.started == [0, 10, 20, 30, 40, 50]
    assert fake.most == 1
    assert await settled(mode)


@pytest.mark.parametrize("mode", MODES)
async def test_max_items_sends_nothing_ahead(mode: str) -> None:
    fake = FakeRime(100, latency=0.0, mode=mode)
    client = fake.client()
    assert await read(client.jobs.list(page_size=PAGE, max_items=35)) == fake.ids()[:35]
    await close(client)
    assert fake.started == [0, 10, 20, 30]
    assert await settled(mode)


@pytest.mark.parametrize("mode", MODES)
async def test_leaving_the_loop_sends_nothing_more_and_leaves_nothing_behind(mode: str) -> None:
    fake = FakeRime(100, mode=mode)
    client = fake.client()
    assert await read(client.jobs.list(page_size=PAGE), stop=25) == fake.ids()[:25]
    assert await settled(mode)
    time.sleep(0.05)
    assert fake.started == [0, 10, 20]
    assert fake.in_flight == 0  # nothing goes on in the background
    await close(client)


@pytest.mark.parametrize("mode", MODES)
async def test_a_bad_job_is_raised_where_its_page_is_read(mode: str) -> None:
    fake = FakeRime(60, mode=mode)
    fake.bad = {33}
    client = fake.client()
    seen: list[str] = []

    async def each(index: int) -> None:
        seen.append(fake.ids()[index])

    with pytest.raises(mljobs.ResponseValidationError, match="creationTime must be an RFC 3339 date-time") as caught:
        await read(client.jobs.list(page_size=PAGE), each)
    assert seen == fake.ids()[:30]  # every page before the bad one, and nothing of it
    assert caught.value.response is not None and SECRET not in str(caught.value.response.request.headers)
    assert await settled(mode)
    assert fake.in_flight == 0
    await close(client)
