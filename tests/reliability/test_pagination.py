"""Defect 8: a broken server's paging ends in a bounded number of requests, with PaginationError and a cursor.

A page that hands out nothing new (after de-duplication by job id) counts as empty, on every vendor. And
the offset-pagination caveat: jobs removed between two pages shift unseen jobs onto pages already read;
Domino and Istari notice (the total fell) and step back, so no job that stayed is missed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import mljobs
from mljobs import _constants as C
from mljobs.testing import serve, simulator

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS
from ._support import ASYNC, SYNC, Recorder, client, collect, list_kwargs, resolve

BOUND = 1 + C.MAX_EMPTY_PAGES  # the first page, then the pages that hand out nothing new


FRESH = itertools.count()


def rime_fresh_tokens(request: httpx.Request) -> httpx.Response:
    jobs = [{"jobId": "a", "status": "JOB_STATUS_RUNNING"}, {"jobId": "b", "status": "JOB_STATUS_RUNNING"}]
    return httpx.Response(200, json={"jobs": jobs, "nextPageToken": f"t{next(FRESH)}", "hasMore": True})


def vectara_fresh_keys(request: httpx.Request) -> httpx.Response:
    jobs = [{"id": "a", "state": "JOB_STATE__STARTED"}, {"id": "b", "state": "JOB_STATE__STARTED"}]
    return httpx.Response(200, json={"job": jobs, "pageKey": f"k{next(FRESH)}", "status": []})


def two_jobs(vendor: str) -> list[dict[str, Any]]:
    """Two jobs "a" and "b" as the vendor's simulator represents them."""
    sim = simulator(vendor)
    show = sim.doc_job if vendor == "domino" else sim.representation  # type: ignore[attr-defined]
    return [{**show(sim.jobs[i]), "id": name} for i, name in zip(sim.add_jobs(2), "ab", strict=True)]


def domino_ignores_offset(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": two_jobs("domino"), "offset": 0, "limit": 2, "totalCount": 10**12})


def istari_ignores_page(request: httpx.Request) -> httpx.Response:
    body = {"items": two_jobs("istari"), "total": 2 * 10**9, "page": 1, "size": 2, "pages": 10**9}
    return httpx.Response(200, json=body)


def symetryml_repeats_a_job(request: httpx.Request) -> httpx.Response:
    info = {"jobId": 5, "isStarted": True, "isDone": False}
    return httpx.Response(200, json={"statusCode": "OK", "statusString": "", "values": {"jobinfo": [info, info]}})


BROKEN: dict[str, Callable[[httpx.Request], httpx.Response]] = {
    "rime": rime_fresh_tokens,
    "vectara": vectara_fresh_keys,
    "domino": domino_ignores_offset,
    "istari": istari_ignores_page,
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("vendor", list(BROKEN))
async def test_the_same_jobs_under_fresh_cursors_end_in_a_bounded_number_of_requests(vendor: str, mode: str) -> None:
    answers = Recorder(BROKEN[vendor])
    jobs = client(vendor, mode, "http://vendor.test", transport=answers.transport())
    handed: list[str] = []
    pages = jobs.jobs.list(page_size=2, **list_kwargs(vendor)).pages()
    with pytest.raises(mljobs.PaginationError, match="nothing new") as err:
        if mode == "sync":
            for page in pages:
                handed += [j.id for j in page.items]
        else:
            async for page in pages:
                handed += [j.id for j in page.items]
    await resolve(jobs.close())
    assert handed == ["a", "b"]
    assert len(answers.requests) == BOUND
    assert err.value.cursor is not None
    # the cursor resumes: it is one this vendor's list() accepts
    resumed = client(vendor, "sync", "http://vendor.test", transport=Recorder(BROKEN[vendor]).transport())
    with pytest.raises(mljobs.PaginationError):
        list(resumed.jobs.list(cursor=err.value.cursor, page_size=2, **list_kwargs(vendor)))


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_single_page_with_a_job_twice_hands_it_out_once(mode: str) -> None:
    answers = Recorder(symetryml_repeats_a_job)
    jobs = client("symetryml", mode, "http://vendor.test", transport=answers.transport())
    listed = await collect(jobs.jobs.list())
    await resolve(jobs.close())
    assert [j.id for j in listed] == ["5"]


def test_a_status_by_status_listing_bounds_each_listing() -> None:
    answers = Recorder(domino_ignores_offset)
    jobs = client("domino", "sync", "http://vendor.test", transport=answers.transport())
    with pytest.raises(mljobs.PaginationError):
        list(jobs.jobs.list(project_id="p-1", status=["Running", "Pending"], page_size=2))
    assert len(answers.requests) == BOUND


# ---- the offset-pagination caveat ---------------------------------------------------------------


def remove(vendor: str, sim: Any, job_ids: list[str]) -> None:
    for job_id in job_ids:
        if vendor == "istari":
            sim.jobs[job_id].archived = True  # archived jobs leave the default (active) listing
        else:
            del sim.jobs[job_id]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("vendor", ["istari", "domino"])
async def test_jobs_removed_between_pages_make_no_job_that_stayed_go_missing(vendor: str, mode: str) -> None:
    with serve(vendor, seed=11, **SIM_OPTIONS.get(vendor, {})) as sim:
        ids = sim.add_jobs(120, states=["running", "succeeded"])
        jobs = (SYNC if mode == "sync" else ASYNC)[vendor](**sim.credentials, **CLIENT_OPTIONS.get(vendor, {}))
        seen: list[str] = []
        removed: list[str] = []
        pages = jobs.jobs.list(page_size=10, **sim.scope).pages()
        number = 0

        def between_pages(page: Any) -> None:
            nonlocal number
            seen.extend(j.id for j in page.items)
            number += 1
            if number in (2, 5):  # remove jobs already handed out: later jobs shift onto pages already read
                gone = seen[-7:]
                removed.extend(gone)
                remove(vendor, sim, gone)

        if mode == "sync":
            for page in pages:
                between_pages(page)
        else:
            async for page in pages:
                between_pages(page)
        await resolve(jobs.close())
    stayed = [i for i in ids[::-1] if i not in removed]
    missing = [i for i in stayed if i not in seen]
    assert missing == [], f"{len(missing)} jobs that stayed were never listed"
    assert len(seen) == len(set(seen))
