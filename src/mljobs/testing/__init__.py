"""Simulators of every vendor's jobs API, to test code against without a vendor account.

Install with the ``testing`` extra (from a checkout of mljobs: ``pip install ".[testing]"``); without
it, importing this package raises a ``ModuleNotFoundError`` that says so. Each simulator is a real HTTP
server on loopback that speaks its vendor's wire format (auth header, pagination, error bodies, job
states), validated against the same ``specs/<vendor>.yaml`` the clients are generated from::

    from mljobs.testing import serve

    with serve("rime", seed=7) as sim:
        ids = sim.add_jobs(250, states=["running", "succeeded"])
        sim.base_url, sim.credentials, sim.scope
        sim.advance(600)                  # virtual time: running jobs finish
        sim.requests                      # every request, credentials masked
        sim.client().jobs.wait_all(ids)   # the vendor's client; its waits advance the virtual clock

``simulator(vendor)`` gives the same object without a server, for in-process use of ``sim.asgi_app``.
With pytest, the ``mljobs_simulator`` fixture serves simulators for one test (see :class:`SimulatorFactory`).
"""

from .._extras import missing_extra as _missing_extra

try:
    from ._by_vendor import SimulatorFactory, serve, simulator
    from ._core import (
        PHASES,
        TERMINAL,
        Clock,
        FaultKind,
        FaultPlan,
        Phase,
        RecordedRequest,
        SimJob,
        SimulatorError,
        VendorSimulator,
    )
    from ._server import VENDORS, ServeOptions, SimulatorOptions
except ModuleNotFoundError as _exc:
    _error = _missing_extra(_exc, "testing", "mljobs.testing")
    if _error is None:
        raise
    raise _error from _exc

__all__ = [
    "PHASES",
    "TERMINAL",
    "VENDORS",
    "Clock",
    "FaultKind",
    "FaultPlan",
    "Phase",
    "RecordedRequest",
    "ServeOptions",
    "SimJob",
    "SimulatorError",
    "SimulatorFactory",
    "SimulatorOptions",
    "VendorSimulator",
    "serve",
    "simulator",
]
