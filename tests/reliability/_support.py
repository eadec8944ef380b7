"""What the reliability tests share: every vendor's clients, hostile loopback servers, and awaiting either twin."""

from __future__ import annotations

import base64
import inspect
import socket
import threading
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

import mljobs
from mljobs._http import AsyncRetryTransport, RetryTransport
from mljobs.testing import VENDORS

from ..conftest import CLIENT_OPTIONS

SYNC: dict[str, type[Any]] = {
    "rime": mljobs.Rime,
    "domino": mljobs.Domino,
    "vectara": mljobs.Vectara,
    "istari": mljobs.Istari,
    "symetryml": mljobs.SymetryML,
}
ASYNC: dict[str, type[Any]] = {
    "rime": mljobs.AsyncRime,
    "domino": mljobs.AsyncDomino,
    "vectara": mljobs.AsyncVectara,
    "istari": mljobs.AsyncIstari,
    "symetryml": mljobs.AsyncSymetryML,
}
assert set(SYNC) == set(ASYNC) == set(VENDORS)

#: A job id in each vendor's own format (what a caller would pass).
SAMPLE_ID = {
    "rime": "0b0f7d6e-3c55-4b8e-9d3c-2f4f8b1a9e10",
    "domino": "65f1c0ffee0123456789abcd",
    "vectara": "SDIzYktHMzNHMlJpsbXC8p5IJaONNGgnpbsUViXXkOoqnA==",
    "istari": "5b1f0c3e-7a3d-4c4e-8d2a-9f1e0b6c7d8e",
    "symetryml": "7",
}
#: Credentials for a server that is not a simulator (a mock, a hostile socket).
OFFLINE_SECRET = {
    "rime": {"api_key": "rime-offline-SECRET-1"},
    "domino": {"api_key": "domino-offline-SECRET-2"},
    "vectara": {"api_key": "zut_offline-SECRET-3", "customer_id": 1234567890},
    "istari": {"api_key": "istari-offline-SECRET-4"},
    "symetryml": {"customer_id": "c1", "secret_key": base64.b64encode(b"symetry-offline-SECRET-5").decode()},
}


def client(vendor: str, mode: str, base_url: str, **kwargs: Any) -> Any:
    """A ``mode`` ("sync"/"async") client of ``vendor`` for ``base_url`` with offline credentials."""
    cls = (SYNC if mode == "sync" else ASYNC)[vendor]
    return cls(base_url=base_url, **{**CLIENT_OPTIONS.get(vendor, {}), **OFFLINE_SECRET[vendor], **kwargs})


def list_kwargs(vendor: str, **kwargs: Any) -> dict[str, Any]:
    """The keyword arguments ``jobs.list`` needs (Domino lists one project)."""
    return {"project_id": "p-1", **kwargs} if vendor == "domino" else kwargs


async def resolve(value: Any) -> Any:
    """``value``, awaited if it is awaitable: one test body drives either twin."""
    return await value if inspect.isawaitable(value) else value


async def collect(paginator: Any) -> list[Any]:
    """Every item of a sync or async paginator."""
    if hasattr(paginator, "__aiter__"):
        return [item async for item in paginator]
    return list(paginator)


async def close(client: Any) -> None:
    """Close a sync or async client."""
    await resolve(client.close())


class Hostile:
    """A loopback TCP server that accepts and then misbehaves, in a background thread.

    ``silent``: reads the request and never answers. ``trickle``: answers one byte of an endless status
    line and headers every ``interval`` seconds, so no single read ever waits long.
    """

    def __init__(self, mode: str, interval: float = 0.3) -> None:
        assert mode in ("silent", "trickle")
        self.mode, self.interval = mode, interval
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        self.stopping = threading.Event()
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            self.conns.append(conn)
            if self.mode == "trickle":
                threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\nX-Trickle: "
        sent = 0
        while not self.stopping.is_set():
            byte = head[sent : sent + 1] if sent < len(head) else b"a"
            try:
                conn.sendall(byte)
            except OSError:
                return
            sent += 1
            self.stopping.wait(self.interval)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=2)
        for conn in self.conns:
            conn.close()
        self.sock.close()


@contextmanager
def hostile(mode: str) -> Iterator[Hostile]:
    """Serve a :class:`Hostile` socket for the ``with`` block."""
    server = Hostile(mode)
    try:
        yield server
    finally:
        server.stop()


class Timer:
    """Wall-clock seconds since construction."""

    def __init__(self) -> None:
        self.start = time.monotonic()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.start


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records every request and answers with ``handler``."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def retry_sleeps(client: Any) -> list[float]:
    """Make the client's retry transport record its sleeps instead of sleeping; the list of them."""
    transport = client.api._httpx_args["transport"]
    assert isinstance(transport, RetryTransport | AsyncRetryTransport)
    sleeps: list[float] = []
    if isinstance(transport, RetryTransport):
        transport.sleep = sleeps.append
    else:

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        transport.sleep = sleep
    return sleeps


def virtual_holds(monkeypatch: Any) -> list[float]:
    """Make a listing's 429 holds (``mljobs._prefetch``) pass on a clock of their own; the list of their sleeps.

    A 429 (or a Retry-After) holds every page in flight of its listing for as long as the server asked, on
    ``time.monotonic`` and slept for real; the retry sleeps themselves are recorded (:func:`retry_sleeps`). With
    this, a hold starts, is checked and is slept on a clock that only those sleeps advance: the same holds, the
    same requests after them, none of the seconds (tests/facade/test_prefetch.py proves a hold in real time).
    """
    from mljobs import _prefetch

    for name in ("time", "sync_sleep", "async_sleep"):  # if a refactor renames them, fix it here
        assert hasattr(_prefetch, name), f"mljobs._prefetch has no {name!r} any more: update virtual_holds"
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    monkeypatch.setattr(_prefetch, "time", types.SimpleNamespace(monotonic=lambda: now[0]))
    monkeypatch.setattr(_prefetch, "sync_sleep", sleep)
    monkeypatch.setattr(_prefetch, "async_sleep", async_sleep)
    return slept
