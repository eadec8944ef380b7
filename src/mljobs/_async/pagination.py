"""Lazy iteration over a list operation's pages (the decisions are :class:`~mljobs._pagination.Walker`'s)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from .._pagination import AsyncFetchPage, Page, Paging, T, Unparsed
from .._prefetch import AsyncPrefetch

__all__ = ["AsyncPaginator"]


class AsyncPaginator(Paging[T]):
    """Every item of a list operation, fetched page by page only as iteration needs them.

    Iterate for items (``async for`` on ``AsyncPaginator``), or call :meth:`pages` for pages with their
    ``next_cursor``. Nothing is requested before iteration starts, and each iteration starts again from the
    first cursor. A ``next_cursor`` resumes the same listing later (``list(..., cursor=...)`` with the same
    filters), in this process or another.

    With ``prefetch`` above 1 (offset-paged vendors), once a page has said how many results there are, the
    pages after it are fetched ahead, up to ``prefetch`` at once (threads in the sync twin, tasks in the
    async one); pages are still handed out in order, each only for the request a listing one page at a time
    sends (a page fetched ahead for a guess that turned out wrong, e.g. after jobs were added, is dropped
    and fetched again). Token-paged vendors send one request at a time: a token is only known from the page
    before. Leaving the loop, an error or a cancelled task stops the fetches in flight.
    """

    _fetch: AsyncFetchPage[T]
    _chain: Callable[[float | None], AsyncIterator[Page[T]]] | None = None

    @classmethod
    def of_pages(
        cls,
        pages: Callable[[float | None], AsyncIterator[Page[T]]],
        *,
        max_items: int | None = None,
        page_size: int = 1,
    ) -> AsyncPaginator[T]:
        """A paginator over pages another source makes (e.g. one listing after another), capped at max_items.

        ``pages(deadline)`` is called with the deadline its requests must meet (None: none); ``page_size`` is
        what the source asks for (shown by repr).
        """

        async def nothing(cursor: str | None, size: int, **_: Any) -> Page[T]:
            return Page(items=[], next_cursor=None)

        paginator: AsyncPaginator[T] = cls(nothing, page_size=page_size, max_items=max_items)
        paginator._chain = pages
        return paginator

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn."""
        if self._chain is not None:
            left = self._max_items
            if left is not None and left <= 0:
                return
            chain = self._chain(self._deadline)
            try:
                async for page in chain:
                    if left is not None:
                        page = Page(items=page.items[:left], next_cursor=page.next_cursor)
                        left -= len(page.items)
                    yield page
                    if left is not None and left <= 0:
                        return  # the cap is reached: no page more is asked for
                    del page  # not kept while the next is fetched
            finally:
                await chain.aclose()  # type: ignore[attr-defined]
            return
        walker = self._walker()
        ahead = AsyncPrefetch[Page[T] | Unparsed[T]](self._fetch, self._bound, self._prefetch)
        try:
            while (wanted := walker.ahead(self._prefetch))[0]:
                got = await ahead.take(*wanted)
                if isinstance(got, Unparsed):  # an answer read here, where its items are used
                    got = got.read()
                yield walker.accept(got)
                del got  # a page handed out is not kept while the next is fetched
        finally:
            await ahead.aclose()

    async def __aiter__(self) -> AsyncIterator[T]:
        """Each item in turn."""
        pages = self.pages()
        try:
            async for page in pages:
                items = iter(page.items)
                del page  # the page is let go with its last job, before the next is fetched
                for item in items:
                    yield item
        finally:
            await pages.aclose()  # type: ignore[attr-defined]  # its fetches in flight stop now
