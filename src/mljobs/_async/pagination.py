"""Lazy iteration over a list operation's pages (the decisions are :class:`~mljobs._pagination.Walker`'s)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from .._pagination import AsyncFetchPage, Page, Paging, T

__all__ = ["AsyncPaginator"]


class AsyncPaginator(Paging[T]):
    """Every item of a list operation, fetched page by page only as iteration needs them.

    Iterate for items (``async for`` on ``AsyncPaginator``), or call :meth:`pages` for pages with their
    ``next_cursor``. Nothing is requested before iteration starts, and each iteration starts again from the
    first cursor. A ``next_cursor`` resumes the same listing later (``list(..., cursor=...)`` with the same
    filters), in this process or another.
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
            async for page in self._chain(self._deadline):
                if left is not None:
                    if left <= 0:
                        return
                    page = Page(items=page.items[:left], next_cursor=page.next_cursor)
                    left -= len(page.items)
                yield page
            return
        walker = self._walker()
        while (request := walker.next_request()) is not None:
            yield walker.accept(await self._fetch(*request, **self._bound()))

    async def __aiter__(self) -> AsyncIterator[T]:
        """Each item in turn."""
        async for page in self.pages():
            for item in page.items:
                yield item
