"""Run a simulator's ASGI app on loopback with uvicorn, in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypedDict, overload

import uvicorn
from typing_extensions import Unpack

from .._extras import missing_extra
from .._registry import VENDORS as _REGISTRY
from ._core import FAULT_KINDS, Clock, FaultKind, FaultPlan, SimulatorError, VendorSimulator

# <vendors: simulator modules> written by scripts/generate.py from src/mljobs/_registry.py
# fmt: off
if TYPE_CHECKING:
    from . import domino, istari, rime, symetryml, vectara
# fmt: on
# </vendors: simulator modules>

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


# <vendors: simulator overloads> written by scripts/generate.py from src/mljobs/_registry.py
# fmt: off
@overload
def simulator(
    vendor: Literal["rime"], **options: Unpack[UnservedOptions]
) -> rime.Simulator: ...
@overload
def simulator(
    vendor: Literal["domino"], **options: Unpack[UnservedOptions]
) -> domino.Simulator: ...
@overload
def simulator(
    vendor: Literal["vectara"], **options: Unpack[UnservedOptions]
) -> vectara.Simulator: ...
@overload
def simulator(
    vendor: Literal["istari"], **options: Unpack[UnservedOptions]
) -> istari.Simulator: ...
@overload
def simulator(
    vendor: Literal["symetryml"], **options: Unpack[UnservedOptions]
) -> symetryml.Simulator: ...
@overload
def simulator(vendor: str, **options: Unpack[UnservedOptions]) -> VendorSimulator: ...
# fmt: on
# </vendors: simulator overloads>
def simulator(
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
    """A simulator for ``vendor`` that is not served: use its ``asgi_app`` in process.

    ``api`` picks the API generation for a vendor whose generations answer the same paths differently
    (``simulator("domino", api="public")``); by default, the one the vendor's mljobs client reads.
    """
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


# <vendors: serve overloads> written by scripts/generate.py from src/mljobs/_registry.py
# fmt: off
@overload
def serve(
    vendor: Literal["rime"], **options: Unpack[ServeOptions]
) -> AbstractContextManager[rime.Simulator]: ...
@overload
def serve(
    vendor: Literal["domino"], **options: Unpack[ServeOptions]
) -> AbstractContextManager[domino.Simulator]: ...
@overload
def serve(
    vendor: Literal["vectara"], **options: Unpack[ServeOptions]
) -> AbstractContextManager[vectara.Simulator]: ...
@overload
def serve(
    vendor: Literal["istari"], **options: Unpack[ServeOptions]
) -> AbstractContextManager[istari.Simulator]: ...
@overload
def serve(
    vendor: Literal["symetryml"], **options: Unpack[ServeOptions]
) -> AbstractContextManager[symetryml.Simulator]: ...
@overload
def serve(vendor: str, **options: Unpack[ServeOptions]) -> AbstractContextManager[VendorSimulator]: ...
# fmt: on
# </vendors: serve overloads>
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
    api: str | None = None,
) -> Iterator[Any]:  # the overloads above say which simulator
    """Serve a simulator for ``vendor`` on loopback for the duration of the ``with`` block.

    ``port=0`` picks a free port. ``sim.base_url`` and ``sim.credentials`` reach it, and ``sim.client()``
    is the vendor's mljobs client bound to it. ``api`` is as for :func:`simulator`
    (``serve("domino", api="document")``).
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
    try:
        sim = simulator(
            vendor,
            seed=seed,
            wall_clock=wall_clock,
            latency=latency,
            fault_rate=fault_rate,
            faults=faults,
            base_url=f"http://{host}:{bound}",
            api=api,
        )
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


class SimulatorFactory(Protocol):
    """The ``mljobs_simulator`` pytest fixture: ``mljobs_simulator("domino", **serve_options)`` serves one.

    Annotate the fixture argument with it for typed simulators and clients::

        def test_sweep(mljobs_simulator: SimulatorFactory) -> None:
            sim = mljobs_simulator("domino", seed=7)
            client = sim.client()                    # mljobs.Domino, on the simulator's clock
    """

    # <vendors: factory overloads> written by scripts/generate.py from src/mljobs/_registry.py
    # fmt: off
    @overload
    def __call__(
        self, vendor: Literal["rime"], **options: Unpack[ServeOptions]
    ) -> rime.Simulator: ...
    @overload
    def __call__(
        self, vendor: Literal["domino"], **options: Unpack[ServeOptions]
    ) -> domino.Simulator: ...
    @overload
    def __call__(
        self, vendor: Literal["vectara"], **options: Unpack[ServeOptions]
    ) -> vectara.Simulator: ...
    @overload
    def __call__(
        self, vendor: Literal["istari"], **options: Unpack[ServeOptions]
    ) -> istari.Simulator: ...
    @overload
    def __call__(
        self, vendor: Literal["symetryml"], **options: Unpack[ServeOptions]
    ) -> symetryml.Simulator: ...
    @overload
    def __call__(self, vendor: str, **options: Unpack[ServeOptions]) -> VendorSimulator: ...
    # fmt: on
    # </vendors: factory overloads>
