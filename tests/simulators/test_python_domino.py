"""Domino's own client, python-domino (dominodatalab 2.2.0), runs unchanged against the Domino simulator.

python-domino pins packaging==23.2, which the test tools cannot share, so it lives in its own virtual
environment (.python-domino-venv/, made on first use) and runs in a subprocess against the served simulator.
"""

from __future__ import annotations

import json
import os
import subprocess
import venv
from pathlib import Path

import pytest

from mljobs.testing import serve

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".python-domino-venv"
PIN = "dominodatalab==2.2.0"


@pytest.fixture(scope="session")
def domino_python() -> Path:
    python = VENV / "bin" / "python"
    marker = VENV / "installed.txt"
    if not marker.exists() or marker.read_text() != PIN:
        venv.create(VENV, with_pip=True, clear=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", PIN], check=True)
        marker.write_text(PIN)
    return python


SCRIPT = """
import json, sys
from domino import Domino
owner, name, key, host, phase = sys.argv[1:6]
domino = Domino(f"{owner}/{name}", api_key=key, host=host)
out = {"project_id": domino.project_id}
if phase == "start":
    job = domino.job_start(command="python train.py --epochs 3", title="from python-domino")
    out["job_id"] = job["id"]
    out["status"] = domino.job_status(job["id"])["statuses"]["executionStatus"]
else:
    job_id = sys.argv[6]
    if phase == "stop":
        domino.job_stop(job_id)
    out["status"] = domino.job_status(job_id)["statuses"]
print(json.dumps(out))
"""


def run(python: Path, sim: object, phase: str, *extra: str) -> dict[str, object]:
    args = [sim.project_owner, sim.project_name, sim.credentials["api_key"], sim.base_url, phase, *extra]  # type: ignore[attr-defined]
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOMINO_")}
    proc = subprocess.run(
        [str(python), "-c", SCRIPT, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_python_domino_starts_reads_and_stops_a_job(domino_python: Path) -> None:
    with serve("domino", seed=3) as sim:
        started = run(domino_python, sim, "start")
        assert started["project_id"] == sim.project_id and started["status"] == "Queued"  # type: ignore[attr-defined]
        job_id = str(started["job_id"])
        assert sim.job(job_id).fields["title"] == "from python-domino"
        sim.advance(60)
        running = run(domino_python, sim, "status", job_id)
        assert running["status"] == {
            "isCompleted": False,
            "isArchived": False,
            "isScheduled": False,
            "executionStatus": "Running",
        }
        run(domino_python, sim, "stop", job_id)
        sim.advance(5)
        stopped = run(domino_python, sim, "status", job_id)
        assert stopped["status"]["isCompleted"] and stopped["status"]["executionStatus"] == "Stopped"  # type: ignore[index]
        paths = [r.path for r in sim.requests]
        assert "/version" in paths and "/v4/jobs/start" in paths and "/v4/jobs/stop" in paths
        assert all(r.headers.get("x-domino-api-key") == "***" for r in sim.requests)
