"""Per-call timeout= on get/list/cancel of every vendor, and client.with_options(timeout=, max_retries=)."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

import mljobs
from mljobs._http import DEADLINE
from mljobs._registry import VENDORS

from ..reliability._support import SAMPLE_ID, client, list_kwargs


class Deadlines:
    """A transport that notes each request's deadline (seconds from now) and refuses the connection."""

    def __init__(self) -> None:
        self.left: list[float | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        deadline = request.extensions.get(DEADLINE)
        self.left.append(None if deadline is None else deadline - time.monotonic())
        raise httpx.ConnectError("refused", request=request)


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_get_list_and_cancel_take_a_timeout_that_bounds_the_call(vendor: str) -> None:
    seen = Deadlines()
    jobs = client(vendor, "sync", "http://vendor.test", transport=httpx.MockTransport(seen), max_retries=0).jobs
    calls: list[Any] = [
        lambda **t: jobs.get(SAMPLE_ID[vendor], **t),
        lambda **t: list(jobs.list(**list_kwargs(vendor), **t)),
    ]
    if VENDORS[vendor].can_cancel:
        extra = {"project_id": "p-1"} if vendor == "domino" else {}
        calls.append(lambda **t: jobs.cancel(SAMPLE_ID[vendor], **extra, **t))
    for call in calls:
        with pytest.raises(mljobs.APIConnectionError):
            call(timeout=7)
        assert seen.left[-1] is not None and 6 < seen.left[-1] <= 7
        with pytest.raises(mljobs.APIConnectionError):
            call()
        assert seen.left[-1] is None  # no timeout: the client's own per-attempt timeout only
        with pytest.raises(mljobs.InvalidArgumentError, match="timeout must be a number of seconds > 0"):
            call(timeout=0)


async def test_the_async_twins_take_it_too() -> None:
    seen = Deadlines()

    async def handler(request: httpx.Request) -> httpx.Response:
        return seen(request)

    transport = httpx.MockTransport(handler)
    rime = mljobs.AsyncRime(base_url="http://rime.test", api_key="k", transport=transport, max_retries=0)
    for call in (rime.jobs.get, rime.jobs.cancel):
        with pytest.raises(mljobs.APIConnectionError):
            await call("j", timeout=5)
        assert seen.left[-1] is not None and 4 < seen.left[-1] <= 5
    with pytest.raises(mljobs.APIConnectionError):
        [job async for job in rime.jobs.list(timeout=5)]
    assert seen.left[-1] is not None and 4 < seen.left[-1] <= 5
