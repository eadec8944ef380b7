"""The window's next request starts the moment the page the listing waits for is in, not when the listing asks again.

Against :class:`~mljobs._prefetch.SyncPrefetch` and :class:`~mljobs._prefetch.AsyncPrefetch` with fetches that
end when the test lets them; against a fake Domino with a slow parse: the request goes out while the page it
follows is still being parsed (pages are parsed in the listing's thread, once taken).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mljobs._prefetch import AsyncPrefetch, SyncPrefetch, slow_down
from mljobs.vendors.domino import DominoVendor

from .test_prefetch import FakeDomino, no_prefetch_threads

WINDOW = [("a", 10), ("b", 10), ("c", 10), ("d", 10)]
THEN = ("e", 10)
CURSORS = "abcdef"


def no_bound() -> dict[str, float]:
    return {}


class Gated:
    """``fetch(cursor, size)``: it ends when the test lets it (its ``answer`` gate)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls: list[str] = []
        self.called = {c: threading.Event() for c in CURSORS}
        self.answer = {c: threading.Event() for c in CURSORS}

    def fetch(self, cursor: str, size: int, **_: Any) -> str:
        with self.lock:
            self.calls.append(cursor)
        self.called[cursor].set()
        assert self.answer[cursor].wait(10)
        return cursor

    def open_all(self) -> None:
        for gate in self.answer.values():
            gate.set()


@pytest.fixture
def gated() -> Iterator[Gated]:
    made = Gated()
    yield made
    made.open_all()  # no fetch thread is left waiting


def waiting(ahead: SyncPrefetch[str], wanted: list[Any], then: Any) -> tuple[threading.Thread, list[str]]:
    """``take(wanted, len(wanted), then)`` in a thread of its own, returned once it waits for its first page."""
    got: list[str] = []
    thread = threading.Thread(target=lambda: got.append(ahead.take(wanted, len(wanted), then)), daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with ahead._lock:
            if ahead._takes and wanted[0] not in ahead._running:  # the page taken: its callback is set next
                break
        time.sleep(0.001)
    time.sleep(0.02)
    return thread, got


def test_sync_the_next_request_starts_from_the_fetch_the_listing_waits_for(gated: Gated) -> None:
    ahead = SyncPrefetch[str](gated.fetch, no_bound, 4)
    thread, got = waiting(ahead, WINDOW, THEN)
    for cursor in "abcd":
        assert gated.called[cursor].wait(5)
    assert "e" not in gated.calls
    gated.answer["a"].set()
    assert gated.called["e"].wait(5)  # started by page a's fetch: the listing has not asked again
    thread.join(5)
    assert got == ["a"]
    gated.open_all()
    assert ahead.take([*WINDOW[1:], THEN], 4) == "b"
    ahead.close()
    assert sorted(gated.calls) == ["a", "b", "c", "d", "e"]  # e once: the next take does not start it again


def test_sync_a_page_in_after_the_listing_was_closed_starts_nothing(gated: Gated) -> None:
    ahead = SyncPrefetch[str](gated.fetch, no_bound, 4)
    thread, _ = waiting(ahead, WINDOW, THEN)
    for cursor in "abcd":
        assert gated.called[cursor].wait(5)
    ahead._closed = True  # as close() marks it, before it waits for the fetches running
    gated.open_all()
    thread.join(5)
    ahead.close()
    assert "e" not in gated.calls


async def test_async_the_next_request_starts_from_the_fetch_the_listing_waits_for() -> None:
    calls: list[str] = []
    answer = {c: asyncio.Event() for c in CURSORS}

    async def fetch(cursor: str, size: int, **_: Any) -> str:
        calls.append(cursor)
        await answer[cursor].wait()
        return cursor

    ahead = AsyncPrefetch[str](fetch, no_bound, 4)
    took = asyncio.ensure_future(ahead.take(WINDOW, 4, THEN))
    for _ in range(5):
        await asyncio.sleep(0)
    assert calls == ["a", "b", "c", "d"]
    answer["a"].set()
    for _ in range(5):
        await asyncio.sleep(0)
    assert "e" in calls and took.done()
    for gate in answer.values():
        gate.set()
    assert await took == "a"
    assert await ahead.take([*WINDOW[1:], THEN], 4) == "b"
    await ahead.aclose()
    assert sorted(calls) == ["a", "b", "c", "d", "e"]


def test_a_listing_sends_the_next_request_while_the_page_before_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDomino(200, latency=0.02, mode="sync")
    parsing: dict[int, tuple[float, float]] = {}
    json_page = DominoVendor.json_page

    def slow_parse(self: DominoVendor, response: httpx.Response, body: Any, **kwargs: Any) -> Any:
        began = time.monotonic()
        time.sleep(0.05)
        page = json_page(self, response, body, **kwargs)
        parsing[kwargs["offset"]] = (began, time.monotonic())
        return page

    monkeypatch.setattr(DominoVendor, "json_page", slow_parse)
    client = fake.client()
    assert [job.id for job in client.jobs.list(project_id="p-1", page_size=10, prefetch=4)] == fake.ids()
    client.close()
    started = {offset: t for t, offset in fake.started}
    # Page 10 is the first the listing waits for with four in flight (10 to 40): 50 goes out when 10's answer is
    # in, before 10 is parsed (in the listing's thread, once taken).
    assert started[50] < parsing[10][1]
    assert fake.most <= 4 and fake.finished == 20
    assert no_prefetch_threads()


def test_sync_a_fetch_queued_for_a_thread_waits_out_a_429_that_came_meanwhile() -> None:
    began: dict[str, float] = {}
    start = time.monotonic()

    def fetch(cursor: str, size: int, **_: Any) -> str:
        began[cursor] = time.monotonic() - start
        if cursor == "a":
            slow_down(0.4)  # what the retry transport notes when a request of the group is answered 429
        time.sleep(0.1)
        return cursor

    ahead = SyncPrefetch[str](fetch, no_bound, 1)  # two threads: a and b run, c waits for one to be free
    assert ahead.take([("a", 10), ("b", 10), ("c", 10)], 3) == "a"
    ahead.close()
    assert began["c"] >= 0.4  # not at ~0.1 s, when a thread became free: the group was held until 0.4 s
