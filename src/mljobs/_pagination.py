"""Lazy pagination over any vendor's list operation, sync and async.

The decisions (what to ask for next, when to stop, what is a broken page) live in :class:`_Walker`,
which does no I/O; :class:`Paginator` and :class:`AsyncPaginator` are the two short loops around it.

A broken server cannot make a listing run forever: a page token seen before ends it, and so do
``MAX_EMPTY_PAGES`` pages in a row that hand out nothing new (empty, or only items an earlier page
returned) while claiming more. Either way :class:`~mljobs.PaginationError` carries the cursor to resume
from. Offset-paged vendors also step back when their total fell between two pages (:func:`resume_at`).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator
from typing import Any, Generic, TypeVar

import attrs

from . import _constants as C
from ._errors import ConfigurationError, PaginationError

__all__ = ["AsyncPaginator", "Page", "Paginator"]

T = TypeVar("T")
log = logging.getLogger(C.LOGGER_NAME)


@attrs.frozen
class Page(Generic[T]):
    """One page of results. ``next_cursor`` resumes after this page (``cursor=``); None on the last page."""

    items: list[T]
    next_cursor: str | None


#: ``fetch(cursor, page_size)`` gets one page; a paginator bound to a deadline (see ``_bounded``) also passes
#: ``deadline=`` (a ``time.monotonic()``) for the request to be done by.
FetchPage = Callable[..., Page[T]]
AsyncFetchPage = Callable[..., Awaitable[Page[T]]]


def job_key(job: Any) -> Hashable:
    """The de-duplication key of every vendor's listing: the job id."""
    return job.id  # type: ignore[no-any-return]


def offset_cursor(offset: int, total: int | None = None) -> str:
    """An opaque cursor for offset-paginated vendors (``total``: what the server counted on the last page)."""
    data: dict[str, int] = {"offset": offset} if total is None else {"offset": offset, "total": total}
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def read_offset_position(cursor: str | None) -> tuple[int, int | None]:
    """The (offset, total) in a cursor made by :func:`offset_cursor` ((0, None) for None); a clear error otherwise."""
    if cursor is None:
        return 0, None
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset, total = data["offset"], data.get("total")
    except (binascii.Error, ValueError, KeyError, TypeError, AttributeError):
        raise ConfigurationError(f"cursor {cursor!r} is not a cursor this vendor's list() made") from None
    if not _count(offset) or not (total is None or _count(total)):
        raise ConfigurationError(f"cursor {cursor!r} is not a cursor this vendor's list() made")
    return offset, total


def read_offset_cursor(cursor: str | None) -> int:
    """The offset in a cursor made by :func:`offset_cursor` (0 for None); a clear error for anything else."""
    return read_offset_position(cursor)[0]


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def resume_at(start: int, end: int, total_before: int | None, total_now: int | None) -> int:
    """Where an offset listing goes on after the page that covered ``start`` to ``end``, newest first.

    Jobs are added at the front (which only repeats jobs, and repeats are dropped by id) but may be
    removed anywhere: removing ``d`` jobs from pages already read shifts ``d`` unseen jobs onto them,
    just before this page's ``start``. Every such shift makes the total fall, so when the server's total
    fell by ``d`` since the last page, the listing goes back to ``start - d`` and reads on from there (a
    page of repeats, dropped), missing none.
    """
    if total_before is None or total_now is None or total_now >= total_before:
        return end
    back = total_before - total_now
    log.debug("the total fell from %d to %d while listing: going back %d places so no job is missed",
              total_before, total_now, back)  # fmt: skip
    return max(0, start - back)


@attrs.define
class _Walker(Generic[T]):
    """The paging decisions, without I/O."""

    cursor: str | None
    page_size: int
    max_items: int | None
    key: Callable[[T], Hashable] | None
    yielded: int = 0
    empty_in_a_row: int = 0
    done: bool = False
    sent: set[str | None] = attrs.field(factory=set)
    seen: set[Hashable] = attrs.field(factory=set)

    def next_request(self) -> tuple[str | None, int] | None:
        """The (cursor, page size) to fetch next, or None when finished."""
        if self.done:
            return None
        if self.max_items is not None:
            left = self.max_items - self.yielded
            if left <= 0:
                return None
            return self.cursor, min(self.page_size, left)
        return self.cursor, self.page_size

    def accept(self, page: Page[T]) -> Page[T]:
        """Check a fetched page, and return the page to hand out (duplicates and items past max_items cut)."""
        sent = self.cursor
        nxt = page.next_cursor
        if nxt is not None and (nxt == sent or nxt in self.sent):
            raise PaginationError(
                f"the server returned the page token {nxt!r} a second time; stopping instead of looping. "
                f"Resume with cursor={sent!r}",
                cursor=sent,
            )
        items = self._fresh(page.items)
        if not items and nxt is not None:
            self.empty_in_a_row += 1
            if self.empty_in_a_row >= C.MAX_EMPTY_PAGES:
                raise PaginationError(
                    f"the server returned {self.empty_in_a_row} pages in a row with nothing new (empty pages, "
                    f"or only items earlier pages returned) that claim more results; stopping. "
                    f"Resume with cursor={sent!r}",
                    cursor=sent,
                )
        else:
            self.empty_in_a_row = 0
        self.sent.add(sent)
        if self.max_items is not None:
            items = items[: self.max_items - self.yielded]
        self.yielded += len(items)
        self.cursor = nxt
        self.done = nxt is None
        return Page(items=items, next_cursor=nxt)

    def _fresh(self, items: list[T]) -> list[T]:
        """``items`` without those an earlier page (or this one) already returned."""
        if self.key is None:
            return items
        fresh = []
        for item in items:
            k = self.key(item)
            if k in self.seen:
                log.debug("skipping %r: already returned by an earlier page (jobs were added while paging)", k)
                continue
            self.seen.add(k)
            fresh.append(item)
        return fresh


def _check(page_size: int, max_items: int | None) -> None:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ConfigurationError(f"page_size must be a whole number >= 1, got {page_size!r}")
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise ConfigurationError(f"max_items must be a whole number >= 0, got {max_items!r}")


class Paginator(Generic[T]):
    """Every item of a list operation, fetched page by page only as iteration needs them.

    Iterate for items, or call :meth:`pages` for pages with their ``next_cursor``. Nothing is requested
    before iteration starts, and each iteration starts again from the first cursor.
    """

    def __init__(
        self,
        fetch: FetchPage[T],
        *,
        page_size: int,
        max_items: int | None = None,
        cursor: str | None = None,
        key: Callable[[T], Hashable] | None = None,
    ) -> None:
        """``fetch(cursor, page_size)`` gets one page; ``key`` drops items an earlier page returned."""
        _check(page_size, max_items)
        self._fetch, self._page_size, self._max_items, self._cursor, self._key = (
            fetch, page_size, max_items, cursor, key)  # fmt: skip
        self._chain: Callable[[float | None], Iterator[Page[T]]] | None = None
        self._deadline: float | None = None

    @classmethod
    def of_pages(
        cls, pages: Callable[[float | None], Iterator[Page[T]]], *, max_items: int | None = None
    ) -> Paginator[T]:
        """A paginator over pages another source makes (e.g. one listing after another), capped at max_items.

        ``pages(deadline)`` is called with the deadline its requests must meet (None: none).
        """
        paginator: Paginator[T] = cls(
            lambda cursor, size, **_: Page(items=[], next_cursor=None), page_size=1, max_items=max_items
        )
        paginator._chain = pages
        return paginator

    def _bounded(self, deadline: float | None) -> Paginator[T]:
        """The paginator, with every request it sends done by ``deadline`` (a ``time.monotonic()``)."""
        self._deadline = deadline
        return self

    def pages(self) -> Iterator[Page[T]]:
        """Each page in turn."""
        if self._chain is not None:
            left = self._max_items
            for page in self._chain(self._deadline):
                if left is not None:
                    if left <= 0:
                        return
                    page = Page(items=page.items[:left], next_cursor=page.next_cursor)
                    left -= len(page.items)
                yield page
            return
        walker = _Walker(self._cursor, self._page_size, self._max_items, self._key)
        bound = {} if self._deadline is None else {"deadline": self._deadline}
        while (request := walker.next_request()) is not None:
            yield walker.accept(self._fetch(*request, **bound))

    def __iter__(self) -> Iterator[T]:
        """Each item in turn."""
        for page in self.pages():
            yield from page.items

    def __repr__(self) -> str:
        """Show the paging settings."""
        return f"Paginator(page_size={self._page_size}, max_items={self._max_items}, cursor={self._cursor!r})"


class AsyncPaginator(Generic[T]):
    """The async twin of :class:`Paginator`: ``async for job in client.jobs.list(...)``."""

    def __init__(
        self,
        fetch: AsyncFetchPage[T],
        *,
        page_size: int,
        max_items: int | None = None,
        cursor: str | None = None,
        key: Callable[[T], Hashable] | None = None,
    ) -> None:
        """``fetch(cursor, page_size)`` gets one page; ``key`` drops items an earlier page returned."""
        _check(page_size, max_items)
        self._fetch, self._page_size, self._max_items, self._cursor, self._key = (
            fetch, page_size, max_items, cursor, key)  # fmt: skip
        self._chain: Callable[[float | None], AsyncIterator[Page[T]]] | None = None
        self._deadline: float | None = None

    @classmethod
    def of_pages(
        cls, pages: Callable[[float | None], AsyncIterator[Page[T]]], *, max_items: int | None = None
    ) -> AsyncPaginator[T]:
        """The async twin of :meth:`Paginator.of_pages`."""

        async def nothing(cursor: str | None, size: int, **_: Any) -> Page[T]:
            return Page(items=[], next_cursor=None)

        paginator: AsyncPaginator[T] = cls(nothing, page_size=1, max_items=max_items)
        paginator._chain = pages
        return paginator

    def _bounded(self, deadline: float | None) -> AsyncPaginator[T]:
        """The async twin of :meth:`Paginator._bounded`."""
        self._deadline = deadline
        return self

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn."""
        if self._chain is not None:
            left = self._max_items
            async for page in self._chain(self._deadline):
                if left is not None:
                    if left <= 0:
                        return
                    page = Page(items=page.items[:left], next_cursor=page.next_cursor)
                    left -= len(page.items)
                yield page
            return
        walker = _Walker(self._cursor, self._page_size, self._max_items, self._key)
        bound = {} if self._deadline is None else {"deadline": self._deadline}
        while (request := walker.next_request()) is not None:
            yield walker.accept(await self._fetch(*request, **bound))

    async def __aiter__(self) -> AsyncIterator[T]:
        """Each item in turn."""
        async for page in self.pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        """Show the paging settings."""
        return f"AsyncPaginator(page_size={self._page_size}, max_items={self._max_items}, cursor={self._cursor!r})"
