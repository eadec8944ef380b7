"""The window's next request starts the moment the page waited for has its answer, before that page is parsed.

Against :class:`~mljobs._prefetch.SyncPrefetch` and :class:`~mljobs._prefetch.AsyncPrefetch` with fetches that
stop twice, as a real one does: when the answer is in (the retry transport calls :func:`~mljobs._http.answered`)
and when it is parsed. Against :class:`~mljobs._http.Attempts`: only a success is "in". Against a fake Domino with
a slow parse: the request goes out while the page it follows is still being parsed.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mljobs._http import ANSWERED, Attempts, RetryPolicy, answered
from mljobs._prefetch import AsyncPrefetch, SyncPrefetch
from mljobs.vendors.domino import DominoVendor

from .test_prefetch import FakeDomino, no_prefetch_threads

WINDOW = [("a", 10), ("b", 10), ("c", 10), ("d", 10)]
THEN = ("e", 10)
CURSORS = "abcdef"


def no_bound() -> dict[str, float]:
    return {}


class Parses:
    """``fetch(cursor, size)``: its answer comes in when the test lets it, then it is parsed when the test lets it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls: list[str] = []
        self.called = {c: threading.Event() for c in CURSORS}
        self.answer = {c: threading.Event() for c in CURSORS}  # the answer is in
        self.heard = {c: threading.Event() for c in CURSORS}  # answered() has returned
        self.parse = {c: threading.Event() for c in CURSORS}  # the page is parsed

    def fetch(self, cursor: str, size: int, **_: Any) -> str:
        with self.lock:
            self.calls.append(cursor)
        self.called[cursor].set()
        assert self.answer[cursor].wait(10)
        answered()
        self.heard[cursor].set()
        assert self.parse[cursor].wait(10)
        return cursor

    def open_all(self) -> None:
        for gate in (*self.answer.values(), *self.parse.values()):
            gate.set()


@pytest.fixture
def parses() -> Iterator[Parses]:
    made = Parses()
    yield made
    made.open_all()  # no fetch thread is left waiting


def in_thread(ahead: SyncPrefetch[str], wanted: list[Any], then: Any) -> tuple[threading.Thread, list[str]]:
    """``take(wanted, len(wanted), then)`` in a thread of its own, once it waits for its first page."""
    got: list[str] = []
    thread = threading.Thread(target=lambda: got.append(ahead.take(wanted, len(wanted), then)), daemon=True)
    takes = ahead._takes
    thread.start()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with ahead._lock:
            if ahead._takes > takes and wanted[0] not in ahead._running:
                break
        time.sleep(0.001)
    return thread, got


def test_sync_the_next_request_starts_when_the_answer_is_in_not_once_the_page_is_parsed(parses: Parses) -> None:
    ahead = SyncPrefetch[str](parses.fetch, no_bound, 4)
    thread, got = in_thread(ahead, WINDOW, THEN)
    for cursor in "abcd":
        assert parses.called[cursor].wait(5)
    assert "e" not in parses.calls
    parses.answer["a"].set()
    assert parses.called["e"].wait(5)  # page a is not parsed yet
    assert not parses.parse["a"].is_set() and thread.is_alive()
    parses.parse["a"].set()
    thread.join(5)
    assert got == ["a"]
    parses.open_all()
    assert ahead.take([*WINDOW[1:], THEN], 4) == "b"
    ahead.close()
    assert sorted(parses.calls) == ["a", "b", "c", "d", "e"]  # e once: the parsed page does not start it again
    assert ahead._heard == set()


def test_sync_a_page_answered_before_the_listing_asks_for_it_starts_the_next_request_at_once(parses: Parses) -> None:
    ahead = SyncPrefetch[str](parses.fetch, no_bound, 4)
    parses.answer["a"].set()
    parses.parse["a"].set()
    thread, got = in_thread(ahead, WINDOW, THEN)
    thread.join(5)
    assert got == ["a"]
    parses.answer["b"].set()  # fetched ahead: its answer is in while the listing is still on page a
    assert parses.heard["b"].wait(5)
    assert ahead._heard == {WINDOW[1]}
    assert "f" not in parses.calls
    thread, got = in_thread(ahead, [*WINDOW[1:], THEN], ("f", 10))
    assert parses.called["f"].wait(5)  # started by the take itself: page b is not parsed yet
    assert not parses.parse["b"].is_set()
    parses.open_all()
    thread.join(5)
    assert got == ["b"]
    assert WINDOW[1] not in ahead._heard  # nothing kept of a page handed out, only of those still to come
    ahead.close()
    assert ahead._heard == set()


def test_sync_an_answer_after_the_listing_was_closed_starts_nothing(parses: Parses) -> None:
    ahead = SyncPrefetch[str](parses.fetch, no_bound, 4)
    thread, _ = in_thread(ahead, WINDOW, THEN)
    for cursor in "abcd":
        assert parses.called[cursor].wait(5)
    ahead._closed = True  # as close() marks it, before it waits for the fetches running
    parses.answer["a"].set()
    assert parses.heard["a"].wait(5)
    parses.open_all()
    thread.join(5)
    ahead.close()
    assert "e" not in parses.calls


async def test_async_the_next_request_starts_when_the_answer_is_in_not_once_the_page_is_parsed() -> None:
    calls: list[str] = []
    answer = {c: asyncio.Event() for c in CURSORS}
    parse = {c: asyncio.Event() for c in CURSORS}

    async def fetch(cursor: str, size: int, **_: Any) -> str:
        calls.append(cursor)
        await answer[cursor].wait()
        answered()
        await parse[cursor].wait()
        return cursor

    ahead = AsyncPrefetch[str](fetch, no_bound, 4)
    took = asyncio.ensure_future(ahead.take(WINDOW, 4, THEN))
    for _ in range(5):
        await asyncio.sleep(0)
    assert calls == ["a", "b", "c", "d"]
    answer["a"].set()
    for _ in range(5):
        await asyncio.sleep(0)
    assert "e" in calls and not took.done()  # page a is not parsed yet
    for gate in (*answer.values(), *parse.values()):
        gate.set()
    assert await took == "a"
    assert await ahead.take([*WINDOW[1:], THEN], 4) == "b"
    await ahead.aclose()
    assert sorted(calls) == ["a", "b", "c", "d", "e"]
    assert ahead._heard == set()


@pytest.mark.parametrize(("status", "heard"), [(200, True), (204, True), (404, False), (503, False), (429, False)])
def test_only_a_success_that_is_not_retried_counts_as_answered(status: int, heard: bool) -> None:
    calls: list[int] = []
    token = ANSWERED.set(lambda: calls.append(status))
    try:
        request = httpx.Request("GET", "http://domino.test/api/jobs/beta/jobs")
        Attempts(RetryPolicy(), request).after_response(httpx.Response(status, request=request))
    finally:
        ANSWERED.reset(token)
    assert calls == ([status] if heard else [])


def test_answered_outside_a_prefetching_listing_does_nothing() -> None:
    answered()  # no listing waits: no hook, no error


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
    # in, before 10 is parsed. Once a page's parse ended, it would have been too late.
    assert started[50] < parsing[10][1]
    assert fake.most <= 4 and fake.finished == 20
    assert no_prefetch_threads()
