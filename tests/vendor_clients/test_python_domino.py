"""Domino's own client, python-domino (dominodatalab 2.2.0), runs unchanged against the Domino simulator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mljobs.testing import VendorSimulator, serve

from ._venvs import VendorClient

pytestmark = pytest.mark.vendor_clients


@pytest.fixture(scope="module")
def domino(python_domino_python: Path) -> Iterator[VendorClient]:
    client = VendorClient(python_domino_python)
    client.run("from domino import Domino")
    yield client
    client.close()


@pytest.fixture
def sim(domino: VendorClient) -> Iterator[VendorSimulator]:
    with serve("domino", seed=3) as running:
        owner, name = running.project_owner, running.project_name  # type: ignore[attr-defined]
        key = running.credentials["api_key"]
        domino.run(f"d = Domino({f'{owner}/{name}'!r}, api_key={key!r}, host={running.base_url!r})")
        yield running


def test_python_domino_starts_reads_and_stops_a_job(domino: VendorClient, sim: VendorSimulator) -> None:
    assert domino("d.project_id") == sim.project_id  # type: ignore[attr-defined]
    job_id = domino("d.job_start(command='python train.py --epochs 3', title='from python-domino')['id']")
    assert domino(f"d.job_status({job_id!r})['statuses']['executionStatus']") == "Queued"
    assert sim.job(job_id).fields["title"] == "from python-domino"
    sim.advance(60)
    assert domino(f"d.job_status({job_id!r})['statuses']") == {
        "isCompleted": False,
        "isArchived": False,
        "isScheduled": False,
        "executionStatus": "Running",
    }
    domino(f"d.job_stop({job_id!r}).status_code")
    sim.advance(5)
    stopped = domino(f"d.job_status({job_id!r})['statuses']")
    assert stopped["isCompleted"] and stopped["executionStatus"] == "Stopped"
    paths = [r.path for r in sim.requests]
    assert "/version" in paths and "/v4/jobs/start" in paths and "/v4/jobs/stop" in paths
    assert all(r.headers.get("x-domino-api-key") == "***" for r in sim.requests)
