"""Constant memory (issue 15 item 3): however long a listing, what it keeps stays the same size.

A listing drops repeats against the last ``SEEN_PAGES`` pages' items and checks page tokens against the last
``SEEN_PAGES`` tokens (and Brent's checkpoint, for loops longer than that); a Domino client remembers the
projects of its last ``KNOWN_PROJECTS`` jobs, an LRU.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

import mljobs
from mljobs import _constants as C
from mljobs._pagination import Page, Walker
from mljobs.testing import serve
from mljobs.vendors import domino

from ..conftest import SIM_OPTIONS
from ..reliability._support import client


class Item:
    def __init__(self, id: str) -> None:
        self.id = id


def test_a_long_listing_keeps_a_bounded_window_of_ids_and_tokens() -> None:
    walker: Walker[Item] = Walker(None, 100, None, lambda item: item.id)
    handed = 0
    for page in range(1_000):  # 100,000 items under fresh tokens
        assert walker.next_request() is not None
        items = [Item(f"{page}-{i}") for i in range(100)]
        handed += len(walker.accept(Page(items=items, next_cursor=f"t{page}")).items)
        assert len(walker.seen.keys) <= C.SEEN_PAGES * 100 and len(walker.sent.keys) <= C.SEEN_PAGES
    assert handed == 100_000


def test_repeats_from_the_pages_just_before_are_still_dropped() -> None:
    walker: Walker[Item] = Walker(None, 10, None, lambda item: item.id)
    first = walker.accept(Page(items=[Item(str(i)) for i in range(10)], next_cursor="a"))
    # jobs added at the front push the last ones of a page onto the next one (and a step back re-reads some)
    second = walker.accept(Page(items=[Item(str(i)) for i in range(5, 15)], next_cursor="b"))
    assert [i.id for i in first.items] == [str(i) for i in range(10)]
    assert [i.id for i in second.items] == [str(i) for i in range(10, 15)]


def rime_loop(length: int) -> Callable[[httpx.Request], httpx.Response]:
    """A RIME server whose page tokens go round a loop of ``length`` pages, each page with its own jobs."""

    def answer(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("pageToken", "")
        at = int(token[1:]) if token else 0
        jobs = [{"jobId": f"job-{at}-{i}", "status": "JOB_STATUS_RUNNING"} for i in range(2)]
        return httpx.Response(200, json={"jobs": jobs, "nextPageToken": f"t{(at + 1) % length}", "hasMore": True})

    return answer


@pytest.mark.parametrize("length", [3, C.SEEN_PAGES + 1, 50])
def test_a_server_that_loops_through_any_number_of_pages_is_stopped(length: int) -> None:
    requests: list[httpx.Request] = []

    def recorded(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        assert len(requests) < 1_000, "the listing goes round the loop forever"
        return rime_loop(length)(request)

    jobs = client("rime", "sync", "http://vendor.test", transport=httpx.MockTransport(recorded))
    with pytest.raises(mljobs.PaginationError, match="a second time") as err:
        list(jobs.jobs.list(page_size=2))
    jobs.close()
    assert len(requests) <= 3 * length + 2  # within two turns of its loop (Brent), not forever
    assert err.value.cursor is not None


def test_the_lru_forgets_the_oldest_and_a_set_refreshes() -> None:
    projects = domino._Projects(size=3)
    for job in "abcd":
        projects[job] = "p"
    assert list(projects) == ["b", "c", "d"]
    projects["b"] = "q"
    projects.update({"e": "p"})
    assert list(projects) == ["d", "b", "e"] and projects["b"] == "q"


def test_a_long_domino_listing_remembers_a_bounded_number_of_projects(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(domino, "KNOWN_PROJECTS", 50)
    with serve("domino", **SIM_OPTIONS["domino"]) as sim:
        ids = sim.add_jobs(300)
        with mljobs.Domino(**sim.credentials) as dom:
            assert [j.id for j in dom.jobs.list(page_size=20, **sim.scope)] == ids[::-1]
            assert list(dom.jobs._projects) == ids[:50][::-1]  # the last 50 listed (the oldest jobs)
            copy = dom.with_options(timeout=5)
            assert dict(copy.jobs._projects) == dict(dom.jobs._projects)  # with_options carries it over
            assert copy.jobs._projects is not dom.jobs._projects
            before = len(sim.requests)
            copy.jobs.cancel(ids[0])  # a job it remembers: the stop is the only request
            assert len(sim.requests) - before == 1
            copy.jobs.cancel(ids[-1])  # one it forgot: read first (the document's job names its project)
            assert len(sim.requests) - before == 3
