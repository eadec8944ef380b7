"""Run a simulator's ASGI app on loopback with uvicorn, in a background thread."""

from __future__ import annotations

import importlib
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import uvicorn

from ._core import FAULT_KINDS, Clock, FaultKind, FaultPlan, SimulatorError, VendorSimulator

#: Simulator class by vendor name (module ``mljobs.testing.<vendor>``, class ``Simulator``).
VENDORS = ("rime", "domino", "vectara", "istari", "symetryml")
STARTUP_TIMEOUT = 10.0


def simulator(
    vendor: str,
    *,
    seed: int = 0,
    wall_clock: bool = False,
    latency: float = 0.0,
    fault_rate: float = 0.0,
    faults: Sequence[FaultKind] | None = None,
    base_url: str = "http://127.0.0.1",
) -> VendorSimulator:
    """A simulator for ``vendor`` that is not served: use its ``asgi_app`` in process."""
    if vendor not in VENDORS:
        raise SimulatorError(f"no simulator for {vendor!r}; choose from {list(VENDORS)}")
    module = importlib.import_module(f"mljobs.testing.{vendor}")
    plan = FaultPlan(rate=fault_rate, kinds=tuple(faults) if faults else FAULT_KINDS, latency=latency)
    sim: VendorSimulator = module.Simulator(
        seed=seed, clock=Clock(virtual=not wall_clock), faults=plan, base_url=base_url
    )
    return sim


@contextmanager
def serve(
    vendor: str,
    *,
    seed: int = 0,
    wall_clock: bool = False,
    latency: float = 0.0,
    fault_rate: float = 0.0,
    faults: Sequence[FaultKind] | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
) -> Iterator[VendorSimulator]:
    """Serve a simulator for ``vendor`` on loopback for the duration of the ``with`` block.

    ``port=0`` picks a free port. ``sim.base_url`` and ``sim.credentials`` reach it.
    """
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
    sim = simulator(
        vendor,
        seed=seed,
        wall_clock=wall_clock,
        latency=latency,
        fault_rate=fault_rate,
        faults=faults,
        base_url=f"http://{host}:{bound}",
    )
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
