"""Lazy pagination over any vendor's list operation, sync and async.

The decisions (what to ask for next, when to stop, what is a broken page) live in :class:`_Walker`,
which does no I/O; :class:`Paginator` and :class:`AsyncPaginator` are the two short loops around it.

A broken server cannot make a listing run forever: a page token seen before ends it, and so do
``MAX_EMPTY_PAGES`` pages in a row that hand out nothing new (empty, or only items an earlier page
returned) while claiming more. Either way :class:`~mljobs.PaginationError` carries the cursor to resume
from. Offset-paged vendors also step back when their total fell between two pages (:func:`resume_at`).

A cursor remembers the filters of the listing that handed it out (a fingerprint of them, wrapped around
the vendor's own cursor, which is all the server ever sees): resuming with other filters is an
:class:`~mljobs.InvalidArgumentError`, on every vendor.
"""

from __future__ import annotations

import base64
import binascii
import enum
import functools
import hashlib
import json
import logging
import operator
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Hashable, Mapping
from typing import Any, Generic, Self, TypedDict, TypeVar

import attrs

from . import _constants as C
from ._errors import ConfigurationError, InvalidArgumentError, PaginationError, check_keywords
from ._http import check_timeout, deadline_in
from ._lazy import lazy_names

__all__ = ["ListOptions", "Page"]

T = TypeVar("T")
log = logging.getLogger(C.LOGGER_NAME)


@attrs.frozen
class Page(Generic[T]):
    """One page of results. ``next_cursor`` resumes after this page (``cursor=``); None on the last page."""

    items: list[T]
    next_cursor: str | None


class ListOptions(TypedDict, total=False):
    """The paging keywords ``list()`` takes on every vendor that pages (typed once, see ``Unpack``)."""

    #: Items per request (default 100, or the vendor's most if lower); above the vendor's most is an error.
    page_size: int | None
    #: Stop after this many items (default: every one).
    max_items: int | None
    #: Resume after the page whose ``next_cursor`` (or a PaginationError's ``cursor``) this is, with the same
    #: filters.
    cursor: str | None
    #: Seconds for each page's request, retries included (default: the client's timeout).
    timeout: float | None


class Unparsed(Generic[T]):
    """A page's success answer, in but not read yet (what an offset-paged vendor's fetch returns).

    The fetches a prefetching listing keeps in flight only send, take in and raise for an error answer; the
    listing reads each success where it takes the page (:meth:`read`), so the JSON and the items made from it
    are made in the thread that uses them, not in a thread of the pool that holds the GIL against it. An
    answer never taken (a guess gone wrong, a listing left early) is never read. Reading raises what the
    eager read raises.
    """

    __slots__ = ("_read",)

    def __init__(self, read: Callable[[], Page[T]]) -> None:
        """``read()`` reads the answer (once)."""
        self._read = read

    def read(self) -> Page[T]:
        """The page, read now."""
        return self._read()


#: ``fetch(cursor, page_size)`` gets one page (read, or unread); a paginator bound to a deadline (see
#: ``_bounded``) also passes ``deadline=`` (a ``time.monotonic()``) for the request to be done by.
FetchPage = Callable[..., "Page[T] | Unparsed[T]"]
AsyncFetchPage = Callable[..., Awaitable["Page[T] | Unparsed[T]"]]


#: The de-duplication key of every vendor's listing: the job id (``job.id``, read in C: it runs once a job).
job_key: Callable[[Any], Hashable] = operator.attrgetter("id")


@functools.lru_cache(maxsize=C.SEEN_PAGES * 16)  # a prefetching listing asks for its window's cursors every page
def offset_cursor(offset: int, total: int | None = None) -> str:
    """An opaque cursor for offset-paginated vendors (``total``: what the server counted on the last page)."""
    data: dict[str, int] = {"offset": offset} if total is None else {"offset": offset, "total": total}
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


@functools.lru_cache(maxsize=C.SEEN_PAGES * 16)
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


def offset_after(cursor: str | None, size: int) -> str | None:
    """The :func:`offset_cursor` after a full page of ``size`` at ``cursor``, while its total says there is more.

    None when the cursor holds no total (the first page's, or a server that counts none): what comes
    after is not known until that page answers.
    """
    offset, total = read_offset_position(cursor)
    if total is None or offset + size >= total:
        return None
    return offset_cursor(offset + size, total)


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


def _canonical(value: Any) -> Any:
    """A filter value as plain JSON: enums as their values, lists sorted; None and empty lists are no filter."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, list | tuple | set | frozenset):
        values = sorted({json.dumps(_canonical(v), sort_keys=True, default=str) for v in value if v is not None})
        return values or None
    return value


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, default=str).encode()
    return hashlib.blake2b(text, digest_size=4).hexdigest()


class _Cursors:
    """The cursors a listing hands out: the vendor's own, with a fingerprint of the listing's filters.

    ``cursor=`` must come from a listing with the same filters; what is sent to the server is the vendor's
    cursor alone, as before. Without filters (None) cursors pass through as they are.

    ``carried``: the vendor's own cursor holds the filters (RIME's page token), so a resume may leave filters
    out: each one it sets must match the cursor's, and the rest carry on from the cursor.
    """

    def __init__(self, filters: Mapping[str, Any] | None, *, carried: bool = False) -> None:
        """Fingerprint ``filters`` (one short digest per filter that is set)."""
        self.carried = carried
        self.filters = None if filters is None else {k: _canonical(v) for k, v in filters.items()}
        self.prints = None if self.filters is None else {
            k: _digest(v) for k, v in sorted(self.filters.items()) if v is not None
        }  # fmt: skip

    def wrap(self, raw: str | None) -> str | None:
        """The cursor to hand out for the vendor's ``raw`` one."""
        if raw is None or self.prints is None:
            return raw
        data = json.dumps({"c": raw, "f": self.prints}, separators=(",", ":"), sort_keys=True)
        return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")

    def unwrap(self, cursor: str | None) -> str | None:
        """The vendor's cursor inside ``cursor``; InvalidArgumentError if it is no cursor of these filters."""
        if cursor is None or self.prints is None:
            return cursor
        shown = cursor if len(cursor) <= 40 else cursor[:37] + "..."
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            raw, prints = data["c"], data["f"]
        except (binascii.Error, ValueError, KeyError, TypeError, AttributeError):
            raise InvalidArgumentError(
                f"cursor={shown!r} is not a cursor mljobs handed out: pass a page's next_cursor (or a "
                "PaginationError's cursor) as it is"
            ) from None
        if not isinstance(raw, str) or not isinstance(prints, dict):
            raise InvalidArgumentError(f"cursor={shown!r} is not a cursor mljobs handed out")
        if self.carried:  # the vendor's cursor holds the filters: those set now must match, the rest carry on
            changed = sorted(k for k in self.prints if prints.get(k) != self.prints[k])
            self.prints = {**prints, **self.prints}
        else:
            changed = sorted(k for k in set(prints) | set(self.prints) if prints.get(k) != self.prints.get(k))
        if changed:
            raise InvalidArgumentError(
                f"cursor={shown!r} resumes a listing with other filters ({', '.join(changed)} differ): "
                "resume with the same filters as the listing that handed it out"
            )
        return raw


def unwrap_cursor(cursor: str | None, filters: Mapping[str, Any] | None) -> str | None:
    """The vendor's own cursor in ``cursor`` for a listing with ``filters`` (see :class:`Paginator`)."""
    return _Cursors(filters).unwrap(cursor)


class _Recent:
    """The keys of the last ``size`` things seen, in a bounded window (oldest forgotten first)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.keys: OrderedDict[Hashable, None] = OrderedDict()

    def __contains__(self, key: Hashable) -> bool:
        return key in self.keys

    def add(self, key: Hashable) -> None:
        self.keys[key] = None
        if len(self.keys) > self.size:
            self.keys.popitem(last=False)


class _RecentPages:
    """The keys of the items of the last ``size`` pages, a set a page (the oldest page forgotten first).

    A page is checked against them at once (set operations, in C), not item by item: repeats are rare.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.pages: deque[set[Hashable]] = deque()
        #: Every key remembered: the union of ``pages`` (no key is in two: a page's keys are new ones).
        self.keys: set[Hashable] = set()

    def __contains__(self, key: Hashable) -> bool:
        return key in self.keys

    def overlaps(self, keys: set[Hashable]) -> bool:
        """Whether any of ``keys`` is one remembered."""
        return not keys.isdisjoint(self.keys)

    def add_page(self, keys: set[Hashable]) -> None:
        """Remember a page's new keys (forgetting the oldest page's, once ``size`` are kept); none: nothing."""
        if not keys:  # a page of repeats only takes no place: it does not push out a page of jobs handed out
            return
        self.pages.append(keys)
        self.keys |= keys
        if len(self.pages) > self.size:
            self.keys -= self.pages.popleft()


def _same(cursor: str | None) -> str | None:
    return cursor


class Walker(Generic[T]):
    """The paging decisions, without I/O: what to fetch next (and ahead), which pages are broken, what is new.

    Memory stays bounded however long the listing: repeats are dropped against the items of the last
    ``SEEN_PAGES`` pages (repeats come from the pages just before: jobs added at the front push the ones
    already read onto the next page, and a step back re-reads a few), and a page token is checked against
    the last ``SEEN_PAGES`` tokens and, for loops longer than that, against a checkpoint moved on at
    doubling distances (Brent's cycle detection: a server that loops through any number of pages is
    stopped within two turns of its loop).
    """

    __slots__ = (
        "after", "cursor", "done", "empty_in_a_row", "key", "mark", "max_items", "page_size", "pages", "reach",
        "seen", "sent", "steps", "wrap", "yielded",
    )  # fmt: skip

    def __init__(
        self,
        cursor: str | None,
        page_size: int,
        max_items: int | None,
        key: Callable[[T], Hashable] | None,
        *,
        wrap: Callable[[str | None], str | None] | None = None,
        after: Callable[[str | None, int], str | None] | None = None,
    ) -> None:
        """Walk from ``cursor``, ``page_size`` a page, up to ``max_items``; ``key`` is an item's identity."""
        self.cursor, self.page_size, self.max_items, self.key = cursor, page_size, max_items, key
        #: The vendor's cursor as the caller sees it (with the filters' fingerprint), see :class:`_Cursors`.
        self.wrap: Callable[[str | None], str | None] = _same if wrap is None else wrap
        #: ``after(cursor, size)``: the vendor's cursor of the page after a full page of ``size`` at ``cursor``
        #: if the listing does not change meanwhile (None: the last page, or not known). Without it (or with
        #: ``prefetch`` 1) pages are read one at a time.
        self.after = after
        self.yielded = self.pages = self.empty_in_a_row = 0
        self.done = False
        self.sent = _Recent(C.SEEN_PAGES)
        self.seen = _RecentPages(C.SEEN_PAGES)
        #: Brent's checkpoint: a token seen, and the steps since it was taken and until it moves on.
        self.mark = cursor
        self.steps, self.reach = 0, 1

    def __repr__(self) -> str:
        return f"Walker(cursor={self.cursor!r}, page_size={self.page_size}, yielded={self.yielded}, pages={self.pages})"

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

    def ahead(self, prefetch: int) -> tuple[list[tuple[str | None, int]], int, tuple[str | None, int] | None]:
        """The requests worth having in flight, how many of them (from the first) to start now, and the next.

        First the next request (:meth:`next_request`), then up to ``prefetch`` - 1 a listing one page at a
        time sends after it if every page comes back full, the listing does not change and no item repeats.
        A page is only ever handed out for the request a listing one page at a time sends (see
        :class:`~mljobs._async.pagination.AsyncPaginator`), so a wrong guess costs a request, never a result.

        The number to start is 1 for the first page (whose answer gives the total), then all of them: up to
        ``prefetch`` in flight from the second page on (a ramp of 1, 2, 4 cost two round trips). It falls back
        to 1 while pages hand out nothing new (jobs added meanwhile, or a broken server), so that rule ends
        after as many requests as one page at a time. ``max_items`` bounds what is wanted, so no page past the
        cap is sent. Both empty when finished.

        The next is the request after those, when all are started and there are more than one: the one to
        start the moment the first is answered while the listing waits for it (the window moves on by one
        page then, as it would on the next call, without waiting for the listing to come back for it).
        None otherwise.
        """
        request = self.next_request()
        if request is None:
            return [], 0, None
        wanted = [request]
        cursor, size = request
        left = None if self.max_items is None else self.max_items - self.yielded - size
        most = prefetch + 1 if prefetch > 1 and self.pages and not self.empty_in_a_row else prefetch
        while self.after is not None and len(wanted) < most and (left is None or left > 0):
            cursor = self.after(cursor, size)
            if cursor is None:
                break
            size = self.page_size if left is None else min(self.page_size, left)
            wanted.append((cursor, size))
            left = None if left is None else left - size
        then = wanted.pop() if len(wanted) > prefetch else None
        start = 1 if self.empty_in_a_row or not self.pages else len(wanted)
        return wanted, start, then

    def accept(self, page: Page[T]) -> Page[T]:
        """Check a fetched page, and return the page to hand out (duplicates and items past max_items cut)."""
        sent = self.cursor
        nxt = page.next_cursor
        if nxt is not None and (nxt == sent or nxt in self.sent or self._looped(nxt)):
            raise PaginationError(
                f"the server returned the page token {nxt!r} a second time; stopping instead of looping. "
                f"Resume with cursor={self.wrap(sent)!r}",
                cursor=self.wrap(sent),
            )
        items = self._fresh(page.items)
        if not items and nxt is not None:
            self.empty_in_a_row += 1
            if self.empty_in_a_row >= C.MAX_EMPTY_PAGES:
                raise PaginationError(
                    f"the server returned {self.empty_in_a_row} pages in a row with nothing new (empty pages, "
                    f"or only items earlier pages returned) that claim more results; stopping. "
                    f"Resume with cursor={self.wrap(sent)!r}",
                    cursor=self.wrap(sent),
                )
        else:
            self.empty_in_a_row = 0
        self.sent.add(sent)
        self.pages += 1
        if self.max_items is not None:
            items = items[: self.max_items - self.yielded]
        self.yielded += len(items)
        self.cursor = nxt
        self.done = nxt is None
        return Page(items=items, next_cursor=self.wrap(nxt))

    def _looped(self, token: str) -> bool:
        """Whether ``token`` is Brent's checkpoint (a loop); the checkpoint moves on at doubling distances."""
        if token == self.mark:
            return True
        self.steps += 1
        if self.steps == self.reach:
            self.mark, self.steps, self.reach = token, 0, self.reach * 2
        return False

    def _fresh(self, items: list[T]) -> list[T]:
        """``items`` without those a recent page (or this one) already returned."""
        if self.key is None:
            return items
        keys = list(map(self.key, items))
        page = set(keys)
        if len(page) == len(keys) and not self.seen.overlaps(page):  # no repeat: the page as it came
            self.seen.add_page(page)
            return items
        fresh, kept = [], set()
        for item, k in zip(items, keys, strict=True):
            if k in kept or k in self.seen:
                log.debug("skipping %r: already returned by an earlier page (jobs were added while paging)", k)
                continue
            kept.add(k)
            fresh.append(item)
        self.seen.add_page(kept)
        return fresh


def _earliest(deadline: float | None, timeout: float | None) -> float | None:
    """The deadline of one page's request: the listing's bound (a wait's), or ``timeout`` from now, the sooner."""
    per_page = deadline_in(timeout)
    if deadline is None or per_page is None:
        return per_page if deadline is None else deadline
    return min(deadline, per_page)


def whole_number(name: str, value: Any, least: int) -> int:
    """``value`` if it is a whole number >= ``least``; a ConfigurationError naming ``name`` and the value otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise ConfigurationError(f"{name} must be a whole number >= {least}, got {value!r}")
    return value


def _check(page_size: int, max_items: int | None, prefetch: int) -> None:
    whole_number("page_size", page_size, 1)
    if max_items is not None:
        whole_number("max_items", max_items, 0)
    whole_number("prefetch", prefetch, 1)


class Paging(Generic[T]):
    """What both paginators hold: the fetch, the paging settings, the listing's filters and its deadlines."""

    def __init__(
        self,
        fetch: Callable[..., Any],
        *,
        page_size: int,
        max_items: int | None = None,
        cursor: str | None = None,
        key: Callable[[T], Hashable] | None = None,
        timeout: float | None = None,
        filters: Mapping[str, Any] | None = None,
        filters_in_cursor: bool = False,
        prefetch: int = 1,
        after: Callable[[str | None, int], str | None] | None = None,
    ) -> None:
        """``fetch(cursor, page_size)`` gets one page; ``key`` drops items an earlier page returned.

        ``timeout``: seconds for each page's request, retries included (default: the client's).
        ``filters``: what selects the listing's items; given, every cursor handed out carries a
        fingerprint of them, and ``cursor=`` must come from a listing with the same filters
        (InvalidArgumentError otherwise). The vendor's own cursor is what ``fetch`` sees and sends.
        ``filters_in_cursor``: the vendor's cursor carries the filters, so a resume may also set none.
        ``prefetch``: how many pages to keep in flight (1: one at a time); ``after(cursor, size)`` says the
        vendor's cursor of the page after a full one (see :class:`Walker`), without which there is no prefetch.
        """
        _check(page_size, max_items, prefetch)
        self._fetch, self._page_size, self._max_items, self._key = fetch, page_size, max_items, key
        self._prefetch, self._after = prefetch, after
        self._timeout = check_timeout("timeout", timeout)
        self._cursors = _Cursors(filters, carried=filters_in_cursor)
        self._cursor = cursor
        self._start = self._cursors.unwrap(cursor)
        self._deadline: float | None = None

    @classmethod
    def listing(cls, fetch: Callable[..., Any], options: ListOptions, *, page_size: int, **settings: Any) -> Self:
        """A paginator for ``list(**options)``: ``max_items``, ``cursor`` and ``timeout`` from ``options``.

        ``page_size`` is the one the vendor settled on (from ``options``'s, checked against its most);
        ``settings``: ``key``, ``filters``, ``filters_in_cursor``. A keyword ``list()`` does not take is an
        InvalidArgumentError naming it.
        """
        check_keywords("list", options, ListOptions.__annotations__)
        return cls(
            fetch, page_size=page_size, max_items=options.get("max_items"), cursor=options.get("cursor"),
            timeout=options.get("timeout"), **settings,
        )  # fmt: skip

    def _bounded(self, deadline: float | None) -> Self:
        """The paginator, with every request it sends done by ``deadline`` (a ``time.monotonic()``)."""
        self._deadline = deadline
        return self

    def _bound(self) -> dict[str, float]:
        """``deadline=`` for the next page's request, if it has one."""
        deadline = _earliest(self._deadline, self._timeout)
        return {} if deadline is None else {"deadline": deadline}

    def _walker(self) -> Walker[T]:
        return Walker(
            self._start, self._page_size, self._max_items, self._key, wrap=self._cursors.wrap, after=self._after
        )

    def __repr__(self) -> str:
        """Show the paging settings."""
        name = type(self).__name__
        shown = f"page_size={self._page_size}, max_items={self._max_items}, cursor={self._cursor!r}"
        return f"{name}({shown}, prefetch={self._prefetch})" if self._prefetch > 1 else f"{name}({shown})"


#: The loops, in their twins (``mljobs._sync`` is generated from ``mljobs._async``), on first use.
__getattr__ = lazy_names(
    __name__, {"Paginator": "mljobs._sync.pagination", "AsyncPaginator": "mljobs._async.pagination"}
)
