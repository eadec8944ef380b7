"""A prefetching listing that waits for a page starts the window's next request the moment that page is answered.

Against :class:`~mljobs._prefetch.SyncPrefetch` and :class:`~mljobs._prefetch.AsyncPrefetch` with fetches a test
lets finish one by one: the next request starts with no second ``take``, and not when the page failed, while a
429 holds the group, after the listing was closed or cancelled, nor twice. Against a fake Domino: the request
is out while the listing still holds the page, and never more than ``prefetch`` are in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from mljobs._prefetch import AsyncPrefetch, SyncPrefetch

from .test_prefetch import MODES, FakeDomino, settled

WINDOW = [("a", 10), ("b", 10), ("c", 10), ("d", 10)]
THEN = ("e", 10)


class _Gated:
    """What both twins' gated fetches share: the calls made, the pages that fail, and each page's gate."""

    gate: dict[str, Any]

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.failing: set[str] = set()

    def answer(self, cursor: str) -> str:
        """The page of ``cursor`` once its gate is open: its cursor, or the failure asked for."""
        if cursor in self.failing:
            raise RuntimeError(f"page {cursor} failed")
        return cursor

    def open_all(self) -> None:
        for gate in self.gate.values():
            gate.set()


class Gates(_Gated):
    """``fetch(cursor, size)`` for the sync twin: each returns its cursor once the test opens its gate."""

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.called = {c: threading.Event() for c in "abcdef"}
        self.gate = {c: threading.Event() for c in "abcdef"}

    def fetch(self, cursor: str, size: int, **_: Any) -> str:
        with self.lock:
            self.calls.append(cursor)
        self.called[cursor].set()
        assert self.gate[cursor].wait(10)
        return self.answer(cursor)


class AsyncGates(_Gated):
    """The same for the async twin."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = {c: asyncio.Event() for c in "abcdef"}

    async def fetch(self, cursor: str, size: int, **_: Any) -> str:
        self.calls.append(cursor)
        await self.gate[cursor].wait()
        return self.answer(cursor)


def no_bound() -> dict[str, float]:
    return {}


@pytest.fixture
def gates() -> Iterator[Gates]:
    """The sync gates, all opened when the test ends (so no fetch thread is left waiting on one)."""
    made = Gates()
    yield made
    made.open_all()


def sync_take(ahead: SyncPrefetch[str]) -> tuple[threading.Thread, list[Any]]:
    """``take(WINDOW, 4, THEN)`` in a thread of its own (it waits for page a); what it gave or raised."""
    got: list[Any] = []

    def run() -> None:
        try:
            got.append(ahead.take(WINDOW, 4, THEN))
        except Exception as error:  # handed to the test
            got.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # until take() waits for page a (it registers its answer's say first)
        with ahead._lock:
            if ahead._takes and WINDOW[0] not in ahead._running:
                break
        time.sleep(0.001)
    return thread, got


def spied(ahead: Any) -> threading.Event:
    """An event set once the page's answer has had its say on the next request (``_then`` ran)."""
    ran = threading.Event()
    then = ahead._then

    def spy(*args: Any) -> None:
        then(*args)
        ran.set()

    ahead._then = spy
    return ran


def test_sync_the_next_request_starts_when_the_page_waited_for_is_answered(gates: Gates) -> None:
    ahead = SyncPrefetch[str](gates.fetch, no_bound, 4)
    thread, got = sync_take(ahead)
    for cursor in "abcd":
        assert gates.called[cursor].wait(5)
    assert "e" not in gates.calls  # four in flight, the next not yet
    gates.gate["a"].set()
    thread.join(5)
    assert got == ["a"]
    assert gates.called["e"].wait(5)  # started with no second take
    gates.open_all()
    assert ahead.take([("b", 10), ("c", 10), ("d", 10), THEN], 4) == "b"  # the one in flight is the one taken
    ahead.close()
    assert sorted(gates.calls) == ["a", "b", "c", "d", "e"]  # each once


@pytest.mark.parametrize("why", ["failed", "held", "closed"])
def test_sync_the_next_request_waits_for_the_listing_when(why: str, gates: Gates) -> None:
    ahead = SyncPrefetch[str](gates.fetch, no_bound, 4)
    ran = spied(ahead)
    thread, got = sync_take(ahead)
    for cursor in "abcd":
        assert gates.called[cursor].wait(5)
    if why == "failed":
        gates.failing.add("a")
    elif why == "held":
        ahead._hold.extend(30)  # a 429 elsewhere in the group
    else:
        ahead._closed = True  # what close() does first
    gates.gate["a"].set()
    thread.join(5)
    assert ran.wait(5)
    assert (str(got[0]) if why == "failed" else got[0]) == ("page a failed" if why == "failed" else "a")
    assert "e" not in gates.calls
    gates.open_all()
    ahead.close()
    assert "e" not in gates.calls


def test_sync_a_take_that_came_first_starts_the_request_itself_and_the_answer_does_not_again(gates: Gates) -> None:
    ahead = SyncPrefetch[str](gates.fetch, no_bound, 4)
    ran = spied(ahead)
    thread, got = sync_take(ahead)
    for cursor in "abcd":
        assert gates.called[cursor].wait(5)
    ahead._takes += 1  # the listing has come back for the next page before the answer's turn
    gates.gate["a"].set()
    thread.join(5)
    assert ran.wait(5) and got == ["a"]
    assert "e" not in gates.calls
    gates.open_all()
    ahead.close()


async def started_and_waiting(gates: AsyncGates, cursors: str) -> None:
    for _ in range(20):
        await asyncio.sleep(0)
    assert sorted(gates.calls) == sorted(cursors)


async def test_async_the_next_request_starts_when_the_page_waited_for_is_answered() -> None:
    gates = AsyncGates()
    ahead = AsyncPrefetch[str](gates.fetch, no_bound, 4)
    take = asyncio.ensure_future(ahead.take(WINDOW, 4, THEN))
    await started_and_waiting(gates, "abcd")
    gates.gate["a"].set()
    assert await take == "a"
    await started_and_waiting(gates, "abcde")  # with no second take
    gates.open_all()
    assert await ahead.take([("b", 10), ("c", 10), ("d", 10), THEN], 4) == "b"
    await ahead.aclose()
    assert sorted(gates.calls) == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize("why", ["failed", "held", "closed", "cancelled"])
async def test_async_the_next_request_waits_for_the_listing_when(why: str) -> None:
    gates = AsyncGates()
    ahead = AsyncPrefetch[str](gates.fetch, no_bound, 4)
    take = asyncio.ensure_future(ahead.take(WINDOW, 4, THEN))
    await started_and_waiting(gates, "abcd")
    if why == "failed":
        gates.failing.add("a")
    elif why == "held":
        ahead._hold.extend(30)
    elif why == "closed":
        ahead._closed = True
    gates.gate["a"].set()
    if why == "cancelled":
        take.cancel()  # as the page is answered: the listing's task is cancelled
    raised = {"failed": pytest.raises(RuntimeError), "cancelled": pytest.raises(asyncio.CancelledError)}
    with raised.get(why, contextlib.nullcontext()):
        assert await take == "a"
    await started_and_waiting(gates, "abcd")
    await ahead.aclose()
    assert "e" not in gates.calls
    for _ in range(5):
        await asyncio.sleep(0)
    assert asyncio.all_tasks() == {asyncio.current_task()}


@pytest.mark.parametrize("mode", MODES)
async def test_a_listing_has_the_next_request_out_while_it_still_holds_the_page(mode: str) -> None:
    fake = FakeDomino(400, latency=0.1, mode=mode)
    client = fake.client()
    counts: dict[int, int] = {}
    pages = client.jobs.list(project_id="p-1", page_size=10, prefetch=4).pages()
    number = 0

    async def look(page: Any) -> None:
        nonlocal number
        if number == 5:  # waited for (pages 1 to 4 were read at once): the next request went out when it came
            await asyncio.sleep(0.3) if mode == "async" else time.sleep(0.3)
            counts[number] = len(fake.started)
        number += 1

    if mode == "sync":
        for page in pages:
            await look(page)
    else:
        async for page in pages:
            await look(page)
    assert counts == {5: 5 + 4 + 1}  # pages 0-5, the four after 5, and the next; without the refill, 9
    assert fake.most == 4 and fake.finished == 40
    if mode == "async":
        await client.close()
    else:
        client.close()
    assert await settled(mode)


class EndsAsItIsWatched:
    """A fetch's future that ends just as the listing asks whether it has (its callback then runs at once)."""

    def __init__(self, value: str) -> None:
        self.value = value

    def done(self) -> bool:
        return False  # not yet, when asked...

    def add_done_callback(self, callback: Any) -> None:
        callback(self)  # ...and done by the time the callback is added: concurrent.futures runs it in this thread

    def cancelled(self) -> bool:
        return False

    def exception(self) -> None:
        return None

    def result(self) -> str:
        return self.value


def test_sync_a_page_answered_as_the_listing_starts_waiting_starts_the_next_request_without_a_deadlock() -> None:
    started: list[Any] = []
    ahead = SyncPrefetch[str](lambda cursor, size: cursor, no_bound, 4)

    def start(request: Any, ready: Any = None) -> EndsAsItIsWatched:
        started.append(request)
        return EndsAsItIsWatched(request[0])

    ahead._start = start  # type: ignore[method-assign]
    ahead._pool = object()  # the requests "run": no pool is made
    got: list[str] = []
    thread = threading.Thread(target=lambda: got.append(ahead.take(WINDOW, 4, THEN)), daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), "take() deadlocked on its own lock"
    assert got == ["a"] and started == [*WINDOW, THEN]
