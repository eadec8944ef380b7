"""Property-based conformance: schemathesis generates requests from each spec and checks the simulator's
answers against the same spec (status codes, content types, bodies, auth, undeclared methods)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from mljobs.testing import VendorSimulator, serve, simulator

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = 30


def rime_prepare(case: Any, sim: VendorSimulator) -> None:
    # pageToken is opaque: a random string is rightly refused with 400, so send one the server made.
    if case.query and case.query.get("pageToken"):
        case.query["pageToken"] = sim.sample_page_token()  # type: ignore[attr-defined]


def rime_auth(case: Any, credentials: dict[str, Any]) -> None:
    case.headers = {**(case.headers or {}), "rime-api-key": credentials["api_key"]}


#: vendor -> (prepare(case, sim): values that must come from the server, auth(case, credentials)).
VENDORS: dict[str, tuple[Callable[[Any, VendorSimulator], None], Callable[[Any, dict[str, Any]], None]]] = {
    "rime": (rime_prepare, rime_auth),
}


@pytest.fixture(scope="module")
def sims() -> Iterator[dict[str, VendorSimulator]]:
    running: dict[str, VendorSimulator] = {}
    managers = []
    for vendor in VENDORS:
        manager = serve(vendor, seed=SEED)
        sim = manager.__enter__()
        managers.append(manager)
        sim.add_jobs(30, states=["queued", "running", "succeeded", "failed", "cancelled"])
        running[vendor] = sim
    yield running
    for manager in managers:
        manager.__exit__(None, None, None)


SEED = 1


def conformance_test(vendor: str) -> Any:
    schema = schemathesis.openapi.from_path(ROOT / "specs" / f"{vendor}.yaml")
    prepare, authenticate = VENDORS[vendor]
    credentials = simulator(vendor, seed=SEED).credentials  # the same for every simulator with this seed

    @schema.auth()
    class Auth:
        # Registered with schemathesis, so its negative tests (a missing credential) still leave it out.
        def get(self, case: Any, context: Any) -> str:
            return vendor

        def set(self, case: Any, data: str, context: Any) -> None:
            authenticate(case, credentials)

    @schema.parametrize()
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def test(case: Any, sims: dict[str, VendorSimulator]) -> None:
        sim = sims[vendor]
        prepare(case, sim)
        case.call_and_validate(base_url=sim.base_url)

    return test


test_rime = conformance_test("rime")
