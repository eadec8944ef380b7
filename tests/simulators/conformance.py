"""Property-based conformance: schemathesis generates requests from a vendor's spec and checks the
simulator's answers against the same spec (status codes, content types, bodies, auth, undeclared methods).

Each ``tests/simulators/test_sim_<vendor>.py`` builds its test with :func:`conformance_test`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks
from schemathesis.config import SchemathesisConfig

from mljobs.testing import VendorSimulator, serve, simulator

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("MLJOBS_CONFORMANCE_EXAMPLES", "30"))
#: Derandomized by default so CI is repeatable; MLJOBS_CONFORMANCE_RANDOM=1 explores new cases each run.
DERANDOMIZE = os.environ.get("MLJOBS_CONFORMANCE_RANDOM") != "1"
SEED = 1
#: What schemathesis accepts by default for a schema-valid request (its positive_data_acceptance check).
POSITIVE_STATUSES = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")

Prepare = Callable[[Any, VendorSimulator], None]
Authenticate = Callable[[Any, dict[str, Any]], None]


def conformance_test(
    vendor: str,
    *,
    authenticate: Authenticate,
    prepare: Prepare | None = None,
    session: Callable[[dict[str, Any]], Any] | None = None,
    excluded_checks: tuple[str, ...] = (),
    also_valid: tuple[int, ...] = (),
    also_valid_for: Mapping[str, tuple[int, ...]] | None = None,
    serve_options: Mapping[str, Any] | None = None,
) -> Any:
    """A schemathesis test of ``vendor``'s simulator against ``specs/<vendor>.yaml``.

    ``authenticate(case, credentials)`` adds the credential; it is registered with schemathesis, so its
    negative tests (a missing credential) still leave it out. ``prepare(case, sim)`` replaces values that
    must come from the server (opaque page tokens). ``session(credentials)`` gives a requests.Session for
    vendors that sign each request. ``excluded_checks`` names schemathesis checks a vendor's documented
    behaviour contradicts (each exclusion says why where it is made). ``also_valid`` adds statuses that a
    schema-valid request may get besides schemathesis's defaults (a state or id the schema cannot express;
    each vendor says why). ``also_valid_for`` does the same for single operations, by operationId.
    ``serve_options`` go to :func:`serve` (e.g. ``{"api": "public"}``).
    """
    options = dict(serve_options or {})

    def accepting(extra: tuple[int, ...]) -> dict[str, Any]:
        statuses = [*POSITIVE_STATUSES, *(str(s) for s in also_valid + extra)]
        return {"positive_data_acceptance": {"expected-statuses": statuses}}

    settings_: dict[str, Any] = {"checks": accepting(())} if also_valid else {}
    if also_valid_for:
        settings_["operations"] = [
            {"include-operation-id": operation, "checks": accepting(extra)}
            for operation, extra in also_valid_for.items()
        ]
    config = SchemathesisConfig.from_dict(settings_) if settings_ else None
    schema = schemathesis.openapi.from_path(ROOT / "specs" / f"{vendor}.yaml", config=config)
    credentials = simulator(vendor, seed=SEED, **options).credentials  # the same for every simulator with this seed

    @schema.auth()
    class Auth:
        def get(self, case: Any, context: Any) -> str:
            return vendor

        def set(self, case: Any, data: str, context: Any) -> None:
            authenticate(case, credentials)

    @pytest.fixture(scope="module")
    def conformance_sim() -> Iterator[VendorSimulator]:
        with serve(vendor, seed=SEED, **options) as sim:
            sim.add_jobs(30, states=["queued", "running", "succeeded", "failed", "cancelled"])
            yield sim

    @schema.parametrize()
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=DERANDOMIZE,
    )
    def test(case: Any, conformance_sim: VendorSimulator) -> None:
        if prepare is not None:
            prepare(case, conformance_sim)
        kwargs: dict[str, Any] = {"session": session(credentials)} if session is not None else {}
        if excluded_checks:
            kwargs["excluded_checks"] = [getattr(checks, name) for name in excluded_checks]
        case.call_and_validate(base_url=conformance_sim.base_url, **kwargs)

    return test, conformance_sim
