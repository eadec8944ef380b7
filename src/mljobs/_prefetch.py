"""Pages in flight for a prefetching listing: threads for the sync twin, tasks for the async one.

What to fetch is :meth:`~mljobs._pagination.Walker.ahead`'s decision (no I/O); :class:`SyncPrefetch` and
:class:`AsyncPrefetch` only keep exactly those requests in flight and hand back the one asked for, so the
paginators' loop is written once (``mljobs._async.pagination``) and unasync turns one into the other.

While a listing waits for the page it asks for, the moment that page is in the next request of the window
starts (:meth:`~mljobs._pagination.Walker.ahead`'s ``then``), from the fetch that got it, not once the
listing comes back for it: the window moves on while the listing reads the page.

A fetch only sends and takes in: it raises for an error answer and hands back a success unread
(:class:`~mljobs._pagination.Unparsed`), which the listing reads where it takes the page. So the JSON and
the jobs are made in the thread that uses them, and a pool thread never holds the GIL for a parse against
the listing (measured on two cores at zero latency: parsed in the pool, a Domino listing took ~14% more CPU
and ~10% more time). A success that then fails to parse has started one request already; it is let finish,
as a guess gone wrong is.

A request in flight that is answered 429 (or with a ``Retry-After``) holds the whole group: the transport
notes the delay on the group's :class:`Hold` (:func:`slow_down`), and no new request of the group starts
before it has passed, so pages in flight do not stampede a server that asked to slow down.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from functools import partial
from typing import Any, Generic, TypeVar

from ._http import async_sleep, sync_sleep

__all__ = ["AsyncPrefetch", "Hold", "SyncPrefetch", "slow_down"]

T = TypeVar("T")
#: One page's request: the vendor's cursor and the page size (what ``fetch(cursor, size)`` takes).
Request = tuple[str | None, int]

#: The group (a prefetching listing) the request running in this thread or task belongs to.
_GROUP: contextvars.ContextVar[Hold | None] = contextvars.ContextVar("mljobs_group", default=None)


class Hold:
    """Until when a group of requests waits before starting another (``time.monotonic()``; 0: no hold)."""

    def __init__(self) -> None:
        """No hold yet."""
        self.until = 0.0

    def left(self) -> float:
        """Seconds before the group may start another request (0: now)."""
        return max(0.0, self.until - time.monotonic())

    def extend(self, seconds: float) -> None:
        """Hold the group for ``seconds`` from now (a longer hold already set stays)."""
        self.until = max(self.until, time.monotonic() + seconds)

    @contextlib.contextmanager
    def joined(self) -> Iterator[None]:
        """Run the requests sent in this block as members of the group."""
        token = _GROUP.set(self)
        try:
            yield
        finally:
            _GROUP.reset(token)


def slow_down(seconds: float) -> None:
    """A request is about to wait ``seconds`` because the server asked it to: hold its group, if any, as long."""
    group = _GROUP.get()
    if group is not None:
        group.extend(seconds)


class _InFlight(Generic[T]):
    """The bookkeeping both twins share: which request each running fetch is for, in the order started."""

    #: Start a fetch of the request (a thread's future, or a task).
    _start: Callable[[Request], Any]

    def __init__(self, fetch: Callable[..., Any], bound: Callable[[], dict[str, float]]) -> None:
        self._fetch, self._bound = fetch, bound
        self._hold = Hold()
        self._running: dict[Request, Any] = {}
        self._takes = 0  # how many pages were asked for: a ``then`` is only for the take it came with
        self._closed = False

    def _may_start(self, request: Request, take: int) -> bool:
        """Whether ``request``, take number ``take``'s ``then``, may start now (the checks that need no outcome)."""
        return take == self._takes and not self._closed and not self._hold.left() and request not in self._running

    def _stale(self, wanted: list[Request]) -> list[Any]:
        """Forget the fetches of requests no longer ``wanted`` (a guess that went wrong).

        They are let run (each is one request, bounded by its deadline) rather than cancelled half-way, so
        which requests a listing sends depends only on the answers, not on timing: a replayed recording
        answers the same requests in the same order.
        """
        stale = [request for request in self._running if request not in wanted]
        return [self._running.pop(request) for request in stale]

    def _held(self, wanted: list[Request]) -> float:
        """Seconds to wait before the first wanted request may start (0 if it is in flight, or no hold)."""
        return 0.0 if wanted[0] in self._running else self._hold.left()

    def _inline(self, start: int) -> bool:
        """Whether the one request to start is best sent right here (nothing else in flight: no thread, no task)."""
        return start == 1 and not self._running

    def _to_start(self, wanted: list[Request], start: int) -> list[Request]:
        """Which of the first ``start`` requests wanted to start now (only the first while the group is held)."""
        missing = [request for request in wanted[:start] if request not in self._running]
        return missing if not self._hold.left() else missing[:1] if missing[:1] == wanted[:1] else []

    def _then_starts(self, request: Request, take: int, head: Any) -> bool:
        """Whether ``request`` starts now that ``head`` (the page take number ``take`` waits for) has ended.

        Only if it was answered (not an error, not cancelled), no new take has come (that one starts what it
        wants itself), nothing holds the group, the listing is not closed and ``request`` is not in flight.
        """
        return not head.cancelled() and head.exception() is None and self._may_start(request, take)


class SyncPrefetch(_InFlight[T]):
    """Keeps a listing's wanted pages in flight in a small pool of threads, shut down by :meth:`close`."""

    def __init__(self, fetch: Callable[..., Any], bound: Callable[[], dict[str, float]], workers: int) -> None:
        """``fetch(cursor, size, **bound())`` gets a page; up to ``workers`` run at once."""
        super().__init__(fetch, bound)
        self._workers = workers
        self._pool: Any = None
        self._lock = threading.Lock()  # ``_running`` is changed by the thread a page comes in on, too

    def _call(self, request: Request) -> T:
        with self._hold.joined():
            if wait := self._hold.left():  # started late (queued for a thread) behind a 429: it waits it out too
                sync_sleep(wait)
            return self._fetch(*request, **self._bound())  # type: ignore[no-any-return]

    def _start(self, request: Request) -> Any:
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            # One thread more than the window: a fetch that has just ended starts the next (``then``) from its
            # own thread, before that thread is free again.
            self._pool = ThreadPoolExecutor(self._workers + 1, thread_name_prefix="mljobs-prefetch")
        return self._pool.submit(contextvars.copy_context().run, self._call, request)

    def take(self, wanted: list[Request], start: int, then: Request | None = None) -> T:
        """The page of ``wanted[0]``: the first ``start`` wanted are started, the rest kept if in flight.

        ``then`` starts in the thread the page comes in on, if the page is not in yet (see the module).
        """
        with self._lock:
            self._takes += 1
            self._stale(wanted)
            wait = self._held(wanted)
        if wait:
            sync_sleep(wait)
        if self._inline(start):
            return self._call(wanted[0])
        with self._lock:
            for request in self._to_start(wanted, start):
                self._running[request] = self._start(request)
            head = self._running.pop(wanted[0])
            takes = self._takes
        if then is not None and not head.done():
            # Not under the lock: a fetch that ends meanwhile runs the callback here, at once, and it takes the lock.
            head.add_done_callback(partial(self._then, then, takes))
        return head.result()  # type: ignore[no-any-return]

    def _then(self, request: Request, take: int, head: Any) -> None:
        with self._lock:
            if self._then_starts(request, take, head):
                self._running[request] = self._start(request)

    def close(self) -> None:
        """Drop every fetch not started and wait for those running (each bounded by its deadline)."""
        with self._lock:
            self._closed = True
            self._stale([])
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class AsyncPrefetch(_InFlight[T]):
    """Keeps a listing's wanted pages in flight as tasks, cancelled and awaited by :meth:`aclose`."""

    def __init__(
        self, fetch: Callable[..., Awaitable[Any]], bound: Callable[[], dict[str, float]], workers: int
    ) -> None:
        """``fetch(cursor, size, **bound())`` gets a page; ``workers`` is the sync twin's (tasks need no pool)."""
        super().__init__(fetch, bound)
        self._dropped: set[Any] = set()
        self._owner: Any = None  # the task the listing runs in

    async def _call(self, request: Request) -> T:
        with self._hold.joined():
            if wait := self._hold.left():  # a 429 came between the task's making and its first step
                await async_sleep(wait)
            return await self._fetch(*request, **self._bound())  # type: ignore[no-any-return]

    def _start(self, request: Request) -> Any:
        import asyncio

        return asyncio.get_running_loop().create_task(self._call(request))

    def _keep(self, task: Any) -> None:
        """Keep a task no one waits for until it ends (or :meth:`aclose` cancels it)."""
        self._dropped.add(task)
        task.add_done_callback(self._reaped)

    def _reaped(self, task: Any) -> None:
        self._dropped.discard(task)
        if not task.cancelled():
            task.exception()  # a dropped page's error is nobody's: retrieved, so asyncio does not log it

    async def take(self, wanted: list[Request], start: int, then: Request | None = None) -> T:
        """The page of ``wanted[0]``: the first ``start`` wanted are started, the rest kept if in flight.

        ``then`` starts the moment the page is in, if it is not in yet (see the module).
        """
        self._takes += 1
        for task in self._stale(wanted):
            self._keep(task)
        if wait := self._held(wanted):
            await async_sleep(wait)
        if self._inline(start):
            return await self._call(wanted[0])
        for request in self._to_start(wanted, start):
            self._running[request] = self._start(request)
        head = self._running.pop(wanted[0])
        if then is not None and not head.done():
            import asyncio

            self._owner = asyncio.current_task()
            head.add_done_callback(partial(self._then, then, self._takes))  # before the listing's own wake-up
        try:
            return await head  # type: ignore[no-any-return]
        except BaseException:
            self._keep(head)  # cancelled while waiting for it: aclose() waits until it has stopped
            raise

    def _then(self, request: Request, take: int, head: Any) -> None:
        if self._then_starts(request, take, head):
            self._running[request] = self._start(request)

    def _may_start(self, request: Request, take: int) -> bool:
        return super()._may_start(request, take) and not self._owner_cancelling()

    def _owner_cancelling(self) -> bool:
        return self._owner is not None and bool(self._owner.cancelling())

    async def aclose(self) -> None:
        """Cancel every fetch in flight and wait until each has stopped."""
        self._closed = True
        for task in self._stale([]):
            self._keep(task)
        if self._dropped:
            import asyncio

            for task in self._dropped:
                task.cancel()
            await asyncio.gather(*self._dropped, return_exceptions=True)
