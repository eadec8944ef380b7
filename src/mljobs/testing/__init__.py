"""Simulators of every vendor's jobs API, to test code against without a vendor account.

Install with ``pip install "mljobs[testing]"``. Each simulator is a real HTTP server on loopback that
speaks its vendor's wire format (auth header, pagination, error bodies, job states), validated against
the same ``specs/<vendor>.yaml`` the clients are generated from::

    from mljobs.testing import serve

    with serve("rime", seed=7) as sim:
        ids = sim.add_jobs(250, states=["running", "succeeded"])
        sim.base_url, sim.credentials, sim.scope
        sim.advance(600)                  # virtual time: running jobs finish
        sim.requests                      # every request, credentials masked

``simulator(vendor)`` gives the same object without a server, for in-process use of ``sim.asgi_app``.
"""

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
from ._server import VENDORS, serve, simulator

__all__ = [
    "PHASES",
    "TERMINAL",
    "VENDORS",
    "Clock",
    "FaultKind",
    "FaultPlan",
    "Phase",
    "RecordedRequest",
    "SimJob",
    "SimulatorError",
    "VendorSimulator",
    "serve",
    "simulator",
]
