"""Defect 1: a connection that drops while the body is read is retried, when the request is safe to repeat.

The simulators' ``drop`` fault sends a 200's status line and headers, a few bytes of body, then breaks
the connection: the retry decision has to be made after the body is read, not when the headers arrive.
"""

from __future__ import annotations

import httpx
import pytest

import mljobs
from mljobs.testing import VENDORS, serve

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS
from ._support import ASYNC, SYNC, collect, resolve, retry_sleeps


def make(vendor: str, mode: str, sim: object) -> object:
    client = (SYNC if mode == "sync" else ASYNC)[vendor](**sim.credentials, **CLIENT_OPTIONS.get(vendor, {}))  # type: ignore[attr-defined]
    retry_sleeps(client)  # the backoff is recorded, not slept
    return client


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
async def test_a_get_whose_body_drops_is_retried(vendor: str, mode: str) -> None:
    with serve(vendor, **SIM_OPTIONS.get(vendor, {})) as sim:
        (job_id,) = sim.add_jobs(1, states=["running"])
        sim.inject("drop")
        client = make(vendor, mode, sim)
        job = await resolve(client.jobs.get(job_id))  # type: ignore[attr-defined]
        await resolve(client.close())  # type: ignore[attr-defined]
    assert job.id == job_id
    statuses = [r.status for r in sim.requests]
    assert len(statuses) == 2 and statuses[0] == -1 and statuses[1] in (200, 202)  # the drop, then the retry
    assert sim.requests[0].path == sim.requests[1].path


#: The vendors whose next request may be out before the loop has read a page: the offset-paged ones fetch
#: pages ahead (after the first page, the rest at once); RIME sends the next page's request before it reads a
#: page's jobs (from the second page on).
PREFETCHED = {"domino", "istari", "rime"}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("vendor", ["rime", "domino", "vectara", "istari"])
async def test_a_list_page_whose_body_drops_is_retried(vendor: str, mode: str) -> None:
    with serve(vendor, **SIM_OPTIONS.get(vendor, {})) as sim:
        ids = sim.add_jobs(25, states=["running", "succeeded"])
        client = make(vendor, mode, sim)
        pages = client.jobs.list(page_size=10, **sim.scope).pages()  # type: ignore[attr-defined]
        seen: list[str] = []
        if mode == "sync":
            for page in pages:
                seen += [j.id for j in page.items]
                sim.inject("drop")  # the next page's answer breaks off mid-body
        else:
            async for page in pages:
                seen += [j.id for j in page.items]
                sim.inject("drop")
        await resolve(client.close())  # type: ignore[attr-defined]
    assert seen == ids[::-1]
    dropped = [(r.path, r.query) for r in sim.requests if r.status == -1]
    answered = [(r.path, r.query) for r in sim.requests if r.status == 200]
    if vendor in PREFETCHED:  # page 3 may be asked for before page 2 is read: the second drop may find nothing
        assert len(dropped) in (1, 2)
    else:  # one page at a time: each drop breaks the page after the one just read
        assert len(dropped) == 2
    assert all(request in answered for request in dropped)  # each dropped page was sent again and answered


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_domino_start_whose_body_drops_is_never_sent_again(mode: str) -> None:
    with serve("domino", **SIM_OPTIONS["domino"]) as sim:
        client = make("domino", mode, sim)
        sim.inject("drop")
        with pytest.raises(mljobs.APIConnectionError):
            await resolve(
                client.jobs.start(  # type: ignore[attr-defined]
                    project_id=sim.scope["project_id"], command="python train.py", hardware_tier_id="small-k8s"
                )
            )
        await resolve(client.close())  # type: ignore[attr-defined]
    starts = [r for r in sim.requests if r.method == "POST" and r.path == "/api/jobs/v1/jobs"]
    assert len(starts) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_symetryml_list_drop_is_retried(mode: str) -> None:
    with serve("symetryml") as sim:
        ids = sim.add_jobs(30)
        client = make("symetryml", mode, sim)
        sim.inject("drop")
        listed = await collect(client.jobs.list())  # type: ignore[attr-defined]
        await resolve(client.close())  # type: ignore[attr-defined]
    assert [j.id for j in listed] == ids[::-1] and [r.status for r in sim.requests] == [-1, 200]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_body_that_cannot_be_decoded_is_an_mljobs_error(mode: str) -> None:
    """A corrupt gzip body (httpx.DecodingError, not a TransportError) leaves as APIConnectionError, key scrubbed."""
    secret = "domino-key-5521"

    def corrupt(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": "gzip"}, content=b"not gzip at all")

    cls = mljobs.Domino if mode == "sync" else mljobs.AsyncDomino
    client = cls(base_url="http://domino.test", api_key=secret, transport=httpx.MockTransport(corrupt), max_retries=0)
    with pytest.raises(mljobs.APIConnectionError, match="DecodingError") as caught:
        await resolve(client.jobs.get("job-1"))
    assert secret not in str(caught.value) and secret not in repr(caught.value.request.headers)
    await resolve(client.close())
