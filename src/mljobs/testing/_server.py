"""Run a simulator's ASGI app on loopback with uvicorn, in a background thread.

The public faces, :func:`mljobs.testing.serve` and :func:`mljobs.testing.simulator` with one overload a vendor,
are written by scripts/generate.py from the registry into ``_by_vendor.py``, over :func:`serve_simulator` and
:func:`make_simulator` here.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypedDict

import uvicorn
from typing_extensions import Unpack

from .._extras import missing_extra
from .._registry import VENDORS as _REGISTRY
from ._core import FAULT_KINDS, Clock, FaultKind, FaultPlan, SimulatorError, VendorSimulator

#: Every vendor with a simulator (module ``mljobs.testing.<vendor>``, class ``Simulator``), from the registry.
VENDORS: tuple[str, ...] = tuple(_REGISTRY)
STARTUP_TIMEOUT = 10.0


class SimulatorOptions(TypedDict, total=False):
    """What :func:`simulator` and :func:`serve` both take after the vendor's name."""

    seed: int
    wall_clock: bool
    latency: float
    fault_rate: float
    faults: Sequence[FaultKind] | None
    #: The API generation to answer in, for a vendor whose generations answer the same paths differently
    #: (Domino: ``"public"`` or ``"document"``; the simulator's ``apis``). Left out: the one its mljobs client reads.
    api: str | None


class ServeOptions(SimulatorOptions, total=False):
    """What :func:`serve` takes after the vendor's name (also what the ``mljobs_simulator`` fixture takes)."""

    host: str
    port: int


class UnservedOptions(SimulatorOptions, total=False):
    """What :func:`simulator` takes after the vendor's name."""

    base_url: str


def make_simulator(
    vendor: str,
    *,
    seed: int = 0,
    wall_clock: bool = False,
    latency: float = 0.0,
    fault_rate: float = 0.0,
    faults: Sequence[FaultKind] | None = None,
    base_url: str = "http://127.0.0.1",
    api: str | None = None,
) -> VendorSimulator:
    """``mljobs.testing.simulator()``: a simulator for ``vendor`` that is not served."""
    info = _REGISTRY.get(vendor) if isinstance(vendor, str) else None
    if info is None:
        raise SimulatorError(f"no simulator for {vendor!r}; choose from {list(VENDORS)}")
    plan = FaultPlan(rate=fault_rate, kinds=tuple(faults) if faults else FAULT_KINDS, latency=latency)
    try:
        cls = info.simulator_class()
    except ModuleNotFoundError as exc:  # e.g. pydantic, which only the vendor simulators import
        error = missing_extra(exc, "testing", "mljobs.testing")
        if error is None:
            raise
        raise error from exc
    return cls(seed=seed, clock=Clock(virtual=not wall_clock), faults=plan, base_url=base_url, api=api)


@contextmanager
def serve_simulator(
    vendor: str, *, host: str = "127.0.0.1", port: int = 0, **options: Unpack[SimulatorOptions]
) -> Iterator[Any]:  # mljobs.testing.serve's overloads say which simulator
    """``mljobs.testing.serve()``: serve a simulator for ``vendor`` on loopback for the ``with`` block."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it every answer (headers, then body) waits ~40 ms
    # for the client's delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise SimulatorError(f"cannot listen on {host}:{port}: {exc}") from exc
    bound = sock.getsockname()[1]
    try:
        sim = make_simulator(vendor, base_url=f"http://{host}:{bound}", **options)
    except BaseException:
        sock.close()  # a bad argument (an unknown vendor or api) leaves no socket behind
        raise
    config = uvicorn.Config(sim.asgi_app, log_level="critical", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"mljobs-sim-{vendor}", daemon=True)
    thread.start()
    try:
        _wait_started(server, thread)
        yield sim
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)
        sock.close()


def _wait_started(server: Any, thread: threading.Thread) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    if not server.started:
        raise SimulatorError("the simulator's server did not start")
