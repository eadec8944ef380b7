"""Paginator guards and caps, against scripted pages (no HTTP)."""

from __future__ import annotations

import pytest

from mljobs import AsyncPaginator, ConfigurationError, InvalidArgumentError, Page, PaginationError, Paginator
from mljobs._pagination import offset_cursor, read_offset_cursor


class Pages:
    """fetch(cursor, size) over a list of token pages: {cursor: (items, next)}."""

    def __init__(self, pages: dict[str | None, tuple[list[int], str | None]]) -> None:
        self.pages = pages
        self.calls: list[tuple[str | None, int]] = []

    def __call__(self, cursor: str | None, size: int) -> Page[int]:
        self.calls.append((cursor, size))
        items, nxt = self.pages[cursor]
        return Page(items=items[:size], next_cursor=nxt)


THREE = {None: ([1, 2], "b"), "b": ([3, 4], "c"), "c": ([5], None)}


def test_lazy_every_item_and_restartable() -> None:
    fetch = Pages(THREE)
    paginator = Paginator(fetch, page_size=2)
    assert fetch.calls == []
    assert list(paginator) == [1, 2, 3, 4, 5]
    assert list(paginator) == [1, 2, 3, 4, 5]
    assert len(fetch.calls) == 6


def test_pages_carry_the_cursor_to_resume_from() -> None:
    pages = list(Paginator(Pages(THREE), page_size=2).pages())
    assert [(p.items, p.next_cursor) for p in pages] == [([1, 2], "b"), ([3, 4], "c"), ([5], None)]
    assert list(Paginator(Pages(THREE), page_size=2, cursor=pages[0].next_cursor)) == [3, 4, 5]


def test_max_items_caps_the_total_and_the_last_request() -> None:
    fetch = Pages(THREE)
    assert list(Paginator(fetch, page_size=2, max_items=3)) == [1, 2, 3]
    assert fetch.calls == [(None, 2), ("b", 1)]
    assert list(Paginator(Pages(THREE), page_size=2, max_items=0)) == []


def test_a_repeated_token_stops_with_the_last_good_cursor() -> None:
    fetch = Pages({None: ([1], "b"), "b": ([2], "b")})
    seen = []
    with pytest.raises(PaginationError) as err:
        seen.extend(Paginator(fetch, page_size=1))
    assert seen == [1] and err.value.cursor == "b"
    fetch = Pages({None: ([1], "b"), "b": ([2], "c"), "c": ([3], "b")})
    with pytest.raises(PaginationError) as err:
        list(Paginator(fetch, page_size=1))
    assert err.value.cursor == "c"


def test_endless_empty_pages_that_claim_more_stop() -> None:
    pages: dict[str | None, tuple[list[int], str | None]] = {None: ([1], "t0")}
    pages.update({f"t{i}": ([], f"t{i + 1}") for i in range(100)})
    fetch = Pages(pages)
    with pytest.raises(PaginationError, match="empty pages") as err:
        list(Paginator(fetch, page_size=1))
    assert len(fetch.calls) == 6 and err.value.cursor == "t4"


def test_duplicates_from_shifted_offsets_are_dropped() -> None:
    fetch = Pages({None: ([5, 4], "b"), "b": ([4, 3], "c"), "c": ([2, 1], None)})
    assert list(Paginator(fetch, page_size=2, key=lambda x: x)) == [5, 4, 3, 2, 1]


@pytest.mark.parametrize("kwargs", [{"page_size": 0}, {"page_size": True}, {"page_size": 2, "max_items": -1}])
def test_bad_arguments_are_named(kwargs: dict[str, int]) -> None:
    with pytest.raises(ConfigurationError):
        Paginator(Pages(THREE), **kwargs)


def test_offset_cursors_round_trip_and_reject_garbage() -> None:
    assert read_offset_cursor(offset_cursor(120)) == 120 and read_offset_cursor(None) == 0
    for bad in ("garbage", offset_cursor(-1), "eyJ4IjogMX0"):
        with pytest.raises(ConfigurationError, match="not a cursor"):
            read_offset_cursor(bad)


async def test_async_twin() -> None:
    sync = Pages({None: ([1], "b"), "b": ([2], "b")})

    async def fetch(cursor: str | None, size: int) -> Page[int]:
        return sync(cursor, size)

    seen = []
    with pytest.raises(PaginationError):
        async for item in AsyncPaginator(fetch, page_size=1):
            seen.append(item)
    assert seen == [1]
    sync.pages = dict(THREE)
    assert [p.items async for p in AsyncPaginator(fetch, page_size=2, max_items=3).pages()] == [[1, 2], [3]]


def test_a_cursor_remembers_its_filters_and_other_filters_are_refused() -> None:
    pages = Pages({None: ([1, 2], "t1"), "t1": ([3], None)})
    first = next(Paginator(pages, page_size=2, filters={"status": ["RUNNING"], "project": "p"}).pages())
    assert first.next_cursor is not None and first.next_cursor != "t1"  # wrapped: the vendor's token inside
    resumed = Paginator(pages, page_size=2, cursor=first.next_cursor, filters={"project": "p", "status": ("RUNNING",)})
    assert list(resumed) == [3] and pages.calls[-1] == ("t1", 2)  # the server only ever sees its own token
    with pytest.raises(InvalidArgumentError, match=r"other filters \(status differ\)"):
        Paginator(pages, page_size=2, cursor=first.next_cursor, filters={"status": ["FAILED"], "project": "p"})
    with pytest.raises(InvalidArgumentError, match=r"other filters \(project, status differ\)"):
        Paginator(pages, page_size=2, cursor=first.next_cursor, filters={})
    with pytest.raises(InvalidArgumentError, match="not a cursor mljobs handed out"):
        Paginator(pages, page_size=2, cursor="t1", filters={})
    # a filter left unset is no filter: adding an unset one later keeps old cursors valid
    assert list(Paginator(pages, page_size=2, cursor=first.next_cursor,
                          filters={"status": ["RUNNING"], "project": "p", "name": None})) == [3]  # fmt: skip


def test_a_pagination_error_hands_out_a_wrapped_cursor_too() -> None:
    fetch = Pages({None: ([1], "b"), "b": ([2], "b")})
    with pytest.raises(PaginationError) as err:
        list(Paginator(fetch, page_size=1, filters={"f": 1}))
    assert err.value.cursor not in (None, "b")
    assert list(Paginator(Pages({"b": ([2], None)}), page_size=1, cursor=err.value.cursor, filters={"f": 1})) == [2]
