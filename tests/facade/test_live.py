"""Read-only checks against real deployments, recorded with ``python scripts/record.py --live``.

Recording needs the vendor's own environment variables (e.g. ``RIME_API_URL`` and ``RIME_API_KEY``); the
cassettes land in ``tests/cassettes/<vendor>/test_live_list_and_get.yaml`` and replay offline like every
other. Without such a cassette (nobody has recorded against that vendor yet) the test is skipped.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

import mljobs

from ..conftest import _SECRETS

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
CLIENTS = {"rime": "Rime", "domino": "Domino", "vectara": "Vectara", "istari": "Istari", "symetryml": "SymetryML"}
#: The environment variables holding credentials, scrubbed from live cassettes by value.
SECRET_VARIABLES = (
    "RIME_API_KEY",
    "DOMINO_USER_API_KEY",
    "VECTARA_API_KEY",
    "VECTARA_CUSTOMER_ID",
    "ISTARI_REGISTRY_AUTH_TOKEN",
    "SYMETRYML_CUSTOMER_ID",
    "SYMETRYML_SECRET_KEY",
)
#: What a vendor's list() needs, from the environment (Domino lists per project).
SCOPE = {"domino": {"project_id": "DOMINO_PROJECT_ID"}}
#: Replaying needs no real credential: the recorded ones are REDACTED and requests match without headers.
REPLAY_CREDENTIALS: dict[str, dict[str, Any]] = {
    "rime": {"api_key": "REDACTED"},
    "domino": {"api_key": "REDACTED"},
    "vectara": {"api_key": "REDACTED", "customer_id": 0},
    "istari": {"api_key": "REDACTED"},
    "symetryml": {"customer_id": "REDACTED", "secret_key": "UkVEQUNURUQ="},
}


def replay_settings(vendor: str, cassette: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The client's keyword arguments and list() scope, read back from a live cassette."""
    first = urlsplit(yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"][0]["request"]["uri"])
    kwargs = {"base_url": f"{first.scheme}://{first.netloc}", **REPLAY_CREDENTIALS[vendor]}
    query = parse_qs(first.query)
    scope = {k: query[p][0] for k, p in {"project_id": "projectId"}.items() if vendor == "domino" and p in query}
    return kwargs, scope


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    return f"{request.node.callspec.params['vendor']}/{request.node.originalname}"


@pytest.mark.live
@pytest.mark.vcr
@pytest.mark.parametrize("vendor", sorted(CLIENTS))
def test_live_list_and_get(vendor: str, record_mode: str) -> None:
    recording = record_mode != "none" and os.environ.get("MLJOBS_LIVE") == "1"
    cassette = CASSETTES / vendor / "test_live_list_and_get.yaml"
    if recording:
        _SECRETS.update(v for name in SECRET_VARIABLES if (v := os.environ.get(name)))
        kwargs: dict[str, Any] = {}  # every client reads its vendor's own environment variables
        scope: dict[str, Any] = {k: os.environ.get(v, "") for k, v in SCOPE.get(vendor, {}).items()}
    elif cassette.exists():
        kwargs, scope = replay_settings(vendor, cassette)
    else:
        pytest.skip(f"no live cassette for {vendor}: record one with scripts/record.py --live {vendor}")
    with getattr(mljobs, CLIENTS[vendor])(**kwargs) as client:
        jobs = list(client.jobs.list(max_items=3, **scope))
        assert all(isinstance(job, mljobs.Job) and job.vendor == vendor for job in jobs)
        if jobs and hasattr(client.jobs, "get"):
            assert client.jobs.get(jobs[0].id).id == jobs[0].id
