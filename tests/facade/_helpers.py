"""Helpers the cassette tests share: counting requests, and waits that run on the simulator's clock."""

from __future__ import annotations

from typing import Any

import httpx

from mljobs.testing import VendorSimulator


class Counting(httpx.BaseTransport):
    """Counts requests (the cassette answers them: vcrpy patches the inner transport)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.count = 0
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        self.sent.append(request)
        return self.inner.handle_request(request)


class AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.count = 0
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        self.sent.append(request)
        return await self.inner.handle_async_request(request)


def virtual_time(jobs: Any, sim: VendorSimulator) -> None:
    """Waits sleep by advancing the simulator's clock, and read time from it: no real waiting."""
    jobs.sleep = sim.advance
    jobs.monotonic = sim.clock.now
    jobs.jitter = lambda: 0.0
