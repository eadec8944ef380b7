"""Issue 15 item 5: a group wait on a busy server reads only what can have changed, and misses nothing.

In-process simulators (ASGI) on virtual time. The first poll reads the listing in full; later polls read the
listing of ended jobs down to an ended job listed below every pending one (``mljobs._waiting.ListingOrder``).
"""

from __future__ import annotations

import math
import sys
from typing import Any

import httpx
import pytest

import mljobs
from mljobs import _constants as C
from mljobs._models import Job, JobState
from mljobs._waiting import ListingOrder
from mljobs.testing import simulator

#: (vendor, simulator api, client api, listings a narrow read takes, page size of a snapshot's listing).
CASES = [
    ("domino", "public", "public", 1, 100),
    ("domino", "document", "document", 4, 100),
    ("rime", None, "v1", 1, 1000),
    ("rime", None, "v1-beta", 1, 1000),
    ("vectara", None, "v2", 1, 100),
    ("vectara", None, "v1", 1, 100),
    ("istari", None, None, 3, 100),
]
IDS = [f"{v}-{c or 'default'}" for v, _, c, _, _ in CASES]


def made(vendor: str, sim_api: str | None, client_api: str | None, seed: int = 3) -> tuple[Any, Any, dict[str, Any]]:
    """A simulator, its async client in process on its virtual clock (no jitter), and wait_all's scope."""
    sim = simulator(vendor, seed=seed, **({"api": sim_api} if sim_api else {}))
    options = {"api": client_api} if client_api else {}
    client = sim.async_client(transport=httpx.ASGITransport(app=sim.asgi_app), **options)
    client.jobs.jitter = lambda: 0.0
    scope = dict(sim.scope)
    if vendor == "rime" and client_api == "v1":
        scope["project_id"] = sim.project_id
    return sim, client, scope


def client_ids(sim: Any, client_api: str | None, ids: list[str]) -> list[str]:
    """The ids the client knows the jobs by (Vectara's v2 has its own)."""
    return [sim.v2_id(i) for i in ids] if client_api == "v2" else ids


@pytest.mark.parametrize(("vendor", "sim_api", "client_api", "listings", "page"), CASES, ids=IDS)
async def test_ten_jobs_among_5000_unrelated_running_ones_cost_one_full_read(
    vendor: str, sim_api: str | None, client_api: str | None, listings: int, page: int
) -> None:
    sim, client, scope = made(vendor, sim_api, client_api)
    ids = client_ids(sim, client_api, sim.add_jobs(10, states=["queued"]))
    sim.add_jobs(5000, states=["running"], outcome="never")  # newer: a newest-first listing meets them first
    polls: set[int] = set()
    async with client:
        before = len(sim.requests)
        done = await client.jobs.wait_all(
            ids, poll_interval=5, max_interval=30, timeout=24 * 3600,
            on_progress=lambda job, attempt, delay: polls.add(attempt), **scope,
        )  # fmt: skip
        requests = len(sim.requests) - before
    assert [j.id for j in done] == ids and all(j.is_terminal for j in done)
    full = math.ceil(5010 / page)  # a full read, as every poll made before
    # The first poll reads in full; a later one reads the ended listings (or GETs the few jobs left), and
    # every NARROW_POLLS-th one reads in full again (or GETs each job, when fewer requests).
    fulls = 1 + len(polls) // (C.NARROW_POLLS + 1)
    assert requests <= fulls * full + len(polls) * max(listings, 1) + 1, (requests, len(polls))
    if full > 1:
        assert requests < len(polls) * full / 2  # what the wait cost before: a full read each poll


class Ticking(httpx.AsyncBaseTransport):
    """Advances the simulator's clock a little on every request, so jobs end in the middle of listings."""

    def __init__(self, sim: Any, step: float) -> None:
        self.inner, self.sim, self.step = httpx.ASGITransport(app=sim.asgi_app), sim, step

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sim.advance(self.step)
        return await self.inner.handle_async_request(request)


@pytest.mark.parametrize(("vendor", "sim_api", "client_api", "listings", "page"), CASES, ids=IDS)
@pytest.mark.parametrize("seed", [1, 2])
async def test_jobs_ending_mid_listing_are_each_reported_once_and_none_is_missed(
    vendor: str,
    sim_api: str | None,
    client_api: str | None,
    listings: int,
    page: int,
    seed: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Waited jobs between unrelated ones (ended and running, older and newer), on small pages."""
    sim = simulator(vendor, seed=seed, **({"api": sim_api} if sim_api else {}))
    sim.add_jobs(30, states=["succeeded", "failed", "running", "cancelled"])  # older, some never listed ended
    ids = []
    for _ in range(6):
        ids += client_ids(sim, client_api, sim.add_jobs(5, states=["queued", "running"]))
        sim.add_jobs(7, states=["running", "succeeded", "queued"])  # unrelated, in between
    sim.add_jobs(40, states=["running"], outcome="never")
    options = {"api": client_api} if client_api else {}
    client = sim.async_client(transport=Ticking(sim, 1.7), **options)
    client.jobs.jitter = lambda: 0.0
    scope = dict(sim.scope)
    if vendor == "rime" and client_api == "v1":
        scope["project_id"] = sim.project_id
    # Small pages (the snapshot lists MAX_PAGE_SIZE a page), so a listing takes several requests and jobs end
    # between them.
    monkeypatch.setattr(sys.modules[type(client.jobs).__module__], "MAX_PAGE_SIZE", 3)
    seen: list[str] = []
    async with client:
        async for job in client.jobs.as_completed(ids, poll_interval=2, max_interval=20, timeout=4 * 3600, **scope):
            assert job.is_terminal
            ended = sim.job(job.id).finished(sim.clock.now())
            assert ended is not None and ended <= sim.clock.now()
            seen.append(job.id)
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))


async def test_a_job_archived_as_it_ends_is_still_seen_by_a_later_full_read() -> None:
    """Domino's Public API lists no archived job: the read that follows NARROW_POLLS narrow ones sees it."""
    sim, client, scope = made("domino", "public", "public")
    ids = sim.add_jobs(3, states=["queued"], queue_seconds=5, run_seconds=40)
    (hidden,) = sim.add_jobs(1, states=["queued"], queue_seconds=5, run_seconds=60)
    sim.add_jobs(300, states=["running"], outcome="never")
    polls: dict[str, int] = {}

    def on_progress(job: Job | None, attempt: int, delay: float) -> None:
        if job is not None and job.is_terminal:
            polls.setdefault(job.id, attempt)
        if sim.phase(hidden) == "succeeded":
            sim.job(hidden).archived = True

    async with client:
        done = await client.jobs.wait_all(
            [*ids, hidden], poll_interval=5, max_interval=5, timeout=3600, on_progress=on_progress, **scope
        )
    assert all(j.is_terminal for j in done) and done[-1].id == hidden
    assert polls[hidden] <= 2 + 2 * (C.NARROW_POLLS + 1)  # not at the deadline: within two rounds


@pytest.mark.parametrize(("vendor", "sim_api", "client_api", "listings", "page"), CASES, ids=IDS)
async def test_an_unknown_id_is_still_not_found(
    vendor: str, sim_api: str | None, client_api: str | None, listings: int, page: int
) -> None:
    sim, client, scope = made(vendor, sim_api, client_api)
    ids = client_ids(sim, client_api, sim.add_jobs(3, states=["queued"]))
    unknown = {
        "domino": "0123456789abcdef01234567",
        "vectara": "job_does_not_exist" if client_api == "v2" else "SDIzYktHMzNHMlJpsbXC8p5IJaONNGgnpbsUViXXkOoqnA==",
    }.get(vendor, "0b0f7d6e-3c55-4b8e-9d3c-2f4f8b1a9e10")
    async with client:
        with pytest.raises(mljobs.NotFoundError):
            await client.jobs.wait_all([*ids, unknown], timeout=600, **scope)


# ---- the sans-IO decisions ----------------------------------------------------------------------


def job(job_id: str, state: JobState) -> Job:
    return Job(vendor="test", id=job_id, state=state, raw_state=state.value, raw=None)


S, R = JobState.SUCCEEDED, JobState.RUNNING


def full_read(order: ListingOrder, pending: list[str], listing: list[tuple[str, JobState]]) -> list[str]:
    order.start(pending)
    read = []
    for job_id, state in listing:
        read.append(job_id)
        if order.saw(job(job_id, state)):
            order.finish(False)
            return read
    order.finish(True)
    return read


def test_a_full_read_goes_on_to_an_ended_job_below_the_group_then_narrow_reads_stop_there() -> None:
    order = ListingOrder(page_size=2)
    assert order.plan(["a", "b"], 1) == ("full", frozenset())  # nothing placed yet
    listing = [("x", R), ("a", R), ("y", S), ("b", R), ("z", R), ("w", S), ("v", S)]
    assert full_read(order, ["a", "b"], listing) == ["x", "a", "y", "b", "z", "w"]  # on to w, ended, below b
    assert order.plan(["a", "b"], 1) == ("narrow", frozenset({"w"}))
    order.took({"b": job("b", S)})  # b ended: a stop below a now
    assert order.plan(["a"], 1) == ("each", frozenset())  # one job left: a GET is no dearer than a listing
    assert order.plan(["a", "q"], 1) == ("full", frozenset())  # q has no place: read in full


def test_without_an_ended_job_below_the_group_a_narrow_read_is_not_trusted() -> None:
    order = ListingOrder(page_size=100)
    listing = [("a", R), ("b", R)] + [(f"r{i}", R) for i in range(C.LOOKAHEAD_JOBS + 5)]
    read = full_read(order, ["a", "b"], listing)
    assert len(read) == 2 + C.LOOKAHEAD_JOBS  # looked a page further, found no ended job, stopped
    assert order.plan(["a", "b", "c"][:2], 1)[0] == "each"  # 2 GETs are cheaper than a 2-page full read
    order = ListingOrder(page_size=100)
    assert full_read(order, ["a", "b"], [("a", R), ("b", R)]) == ["a", "b"]  # the listing ended below them
    assert order.plan(["a", "b"], 1) == ("narrow", frozenset())  # read the ended listing to its end


def test_every_narrow_polls_reads_a_full_one_and_many_listings_must_pay_for_themselves() -> None:
    order = ListingOrder(page_size=1)
    pending = [f"p{i}" for i in range(20)]
    full_read(order, pending, [(i, R) for i in pending] + [("old", S)])
    assert order.pages == 21
    plans = [order.plan(pending, 4)[0] for _ in range(C.NARROW_POLLS + 1)]
    assert plans == ["narrow"] * C.NARROW_POLLS + ["each"]  # 20 GETs < a 21-page full read
    order = ListingOrder(page_size=100)
    full_read(order, pending, [(i, R) for i in pending] + [("old", S)])
    assert order.plan(pending, 4)[0] == "full"  # 4 listings a poll cost more than the one-page full read
    assert order.plan(pending, 1)[0] == "narrow"


def test_a_get_each_wins_once_fewer_jobs_are_left_than_the_last_narrow_read_took_requests() -> None:
    order = ListingOrder(page_size=100)
    pending = [f"p{i}" for i in range(6)]
    full_read(order, pending, [(f"n{i}", R) for i in range(900)] + [(i, R) for i in pending] + [("old", S)])
    assert order.plan(pending, 3)[0] == "narrow"
    order.took({}, [250, 3, 0])  # 3 + 1 + 1 requests
    assert order.narrow_pages == 5
    assert order.plan(pending, 3)[0] == "narrow"  # 6 GETs cost more
    assert order.plan(pending[:5], 3)[0] == "each"
