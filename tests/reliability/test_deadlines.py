"""Defects 2 and 3: a deadline is a promise, whatever the server does.

Real sockets on loopback (one that never answers, one that trickles a byte every 0.3 s forever) and
``Retry-After: 3600``; real time, real sleeps. ``wait(timeout=1)`` ends within 2 s with WaitTimeoutError,
sync and async; a ``get`` ends within the client's timeout per attempt.
"""

from __future__ import annotations

import httpx
import pytest

import mljobs
from mljobs import _constants as C

from ._support import SAMPLE_ID, Recorder, Timer, client, hostile, list_kwargs, resolve

MODES = ["sync", "async"]


async def waits(vendor: str, mode: str, base_url: str, **kwargs: object) -> tuple[Exception, float]:
    jobs = client(vendor, mode, base_url, **kwargs)
    timer = Timer()
    with pytest.raises(mljobs.WaitTimeoutError) as err:
        await resolve(jobs.jobs.wait(SAMPLE_ID[vendor], timeout=1))
    elapsed = timer.elapsed
    await resolve(jobs.close())
    return err.value, elapsed


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", ["rime", "domino", "vectara", "istari", "symetryml"])
async def test_wait_against_a_trickling_server_ends_at_its_deadline(vendor: str, mode: str) -> None:
    with hostile("trickle") as server:
        error, elapsed = await waits(vendor, mode, server.url)
    assert elapsed < 2.0, f"wait(timeout=1) took {elapsed:.1f}s"
    assert isinstance(error, mljobs.WaitTimeoutError) and error.job is None


@pytest.mark.parametrize("mode", MODES)
async def test_wait_against_a_socket_that_never_answers_ends_at_its_deadline(mode: str) -> None:
    with hostile("silent") as server:
        _, elapsed = await waits("rime", mode, server.url)
    assert elapsed < 2.0, f"wait(timeout=1) took {elapsed:.1f}s"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", ["rime", "symetryml", "domino"])
async def test_wait_all_against_a_trickling_server_ends_at_its_deadline(vendor: str, mode: str) -> None:
    with hostile("trickle") as server:
        jobs = client(vendor, mode, server.url)
        timer = Timer()
        kwargs = {"project_id": "p-1"} if vendor == "domino" else {}
        with pytest.raises(mljobs.WaitTimeoutError) as err:
            await resolve(jobs.jobs.wait_all([SAMPLE_ID[vendor], "8"], timeout=1, **kwargs))
        elapsed = timer.elapsed
        await resolve(jobs.close())
    assert elapsed < 2.0 and err.value.pending == [SAMPLE_ID[vendor], "8"]


@pytest.mark.parametrize(("mode", "mode_kind"), [("sync", "trickle"), ("async", "trickle"), ("sync", "silent")])
@pytest.mark.parametrize("vendor", ["rime", "vectara", "symetryml"])
async def test_get_gives_up_within_the_clients_timeout(vendor: str, mode: str, mode_kind: str) -> None:
    with hostile(mode_kind) as server:
        jobs = client(vendor, mode, server.url, timeout=0.5, max_retries=0)
        timer = Timer()
        with pytest.raises(mljobs.APITimeoutError):
            await resolve(jobs.jobs.get(SAMPLE_ID[vendor]))
        elapsed = timer.elapsed
        await resolve(jobs.close())
    assert elapsed < 1.2, f"get() with timeout=0.5 took {elapsed:.1f}s"


@pytest.mark.parametrize("mode", MODES)
async def test_get_retries_stay_bounded_by_the_timeout_per_attempt(mode: str) -> None:
    with hostile("trickle") as server:
        jobs = client("rime", mode, server.url, timeout=0.5, max_retries=1)
        timer = Timer()
        with pytest.raises(mljobs.APITimeoutError):
            await resolve(jobs.jobs.get(SAMPLE_ID["rime"]))
        elapsed = timer.elapsed
        await resolve(jobs.close())
        connections = server.connections
    # two attempts of 0.5 s, and one backoff of at most INITIAL_RETRY_DELAY between them
    assert connections == 2 and elapsed < 1.0 + C.INITIAL_RETRY_DELAY + 0.5


@pytest.mark.parametrize("mode", MODES)
async def test_a_per_call_timeout_bounds_get_whatever_the_server_does(mode: str) -> None:
    with hostile("trickle") as server:
        jobs = client("istari", mode, server.url)  # default client timeout: 60 s
        timer = Timer()
        with pytest.raises(mljobs.APITimeoutError):
            await resolve(jobs.jobs.get(SAMPLE_ID["istari"], timeout=0.5))
        elapsed = timer.elapsed
        await resolve(jobs.close())
    assert elapsed < 1.2


# ---- Retry-After ------------------------------------------------------------------------------------


def rate_limited(seconds: str) -> Recorder:
    return Recorder(lambda request: httpx.Response(429, headers={"Retry-After": seconds}, json={"message": "slow"}))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", ["rime", "domino", "vectara", "istari", "symetryml"])
async def test_a_retry_after_above_the_cap_is_not_slept_and_is_on_the_error(vendor: str, mode: str) -> None:
    answers = rate_limited("3600")
    jobs = client(vendor, mode, "http://vendor.test", transport=answers.transport())
    timer = Timer()
    with pytest.raises(mljobs.RateLimitError) as err:
        await resolve(jobs.jobs.get(SAMPLE_ID[vendor]))
    await resolve(jobs.close())
    assert timer.elapsed < 1.0 and len(answers.requests) == 1
    assert err.value.retry_after == 3600.0 and err.value.status_code == 429


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("hint", ["3600", "30"])
async def test_a_wait_never_sleeps_past_its_deadline_for_a_hint(mode: str, hint: str) -> None:
    answers = rate_limited(hint)
    jobs = client("rime", mode, "http://vendor.test", transport=answers.transport())
    timer = Timer()
    with pytest.raises(mljobs.WaitTimeoutError):
        await resolve(jobs.jobs.wait(SAMPLE_ID["rime"], timeout=1))
    await resolve(jobs.close())
    assert timer.elapsed < 2.0, f"wait(timeout=1) with Retry-After: {hint} took {timer.elapsed:.1f}s"
    assert len(answers.requests) <= 3


@pytest.mark.parametrize("mode", MODES)
async def test_a_listing_gives_up_on_a_hint_above_the_cap(mode: str) -> None:
    answers = rate_limited("86400")
    jobs = client("domino", mode, "http://vendor.test", transport=answers.transport())
    paginator = jobs.jobs.list(**list_kwargs("domino"))
    with pytest.raises(mljobs.RateLimitError) as err:
        if mode == "sync":
            list(paginator)
        else:
            [j async for j in paginator]
    await resolve(jobs.close())
    assert err.value.retry_after == 86400.0 and len(answers.requests) == 1


def test_every_status_error_carries_its_hint_and_none_without_one() -> None:
    request = httpx.Request("GET", "http://vendor.test/x")
    with_hint = httpx.Response(503, headers={"retry-after-ms": "1500"}, request=request)
    without = httpx.Response(500, request=request)
    assert mljobs.ServerError("503", response=with_hint).retry_after == 1.5
    assert mljobs.ServerError("500", response=without).retry_after is None
