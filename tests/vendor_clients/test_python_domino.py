"""Domino's own client, python-domino (dominodatalab 2.2.0), runs unchanged against the Domino simulator.

Every job and run function it has: ``job_start`` (with each option that reaches the server),
``job_status``, ``job_stop``, ``jobs_list``, ``job_restart``, ``job_runtime_execution_details``,
``job_start_blocking``, ``runs_list``, ``runs_start``, ``runs_status``, ``runs_start_blocking``,
``run_stop``, ``runs_stdout``, ``get_run_log``, ``hardware_tiers_list``, ``commits_list``, and the
failure answers it handles (404, 401, 409). The blocking helpers poll on wall-clock time, so those tests
move the simulator's virtual clock from a thread while python-domino waits.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import mljobs
from mljobs.testing import VendorSimulator, serve

from ..conftest import SIM_OPTIONS
from ._venvs import VendorClient, VendorError, clock_running

pytestmark = pytest.mark.vendor_clients


@pytest.fixture(scope="module")
def domino(python_domino_python: Path) -> Iterator[VendorClient]:
    client = VendorClient(python_domino_python)
    client.run("from domino import Domino, exceptions")
    yield client
    client.close()


def connect(domino: VendorClient, sim: VendorSimulator, name: str = "d", key: str | None = None) -> None:
    project = f"{sim.project_owner}/{sim.project_name}"  # type: ignore[attr-defined]
    key = key or sim.credentials["api_key"]
    domino.run(f"{name} = Domino({project!r}, api_key={key!r}, host={sim.base_url!r})")


@pytest.fixture
def sim(domino: VendorClient) -> Iterator[VendorSimulator]:
    with serve("domino", seed=3, **SIM_OPTIONS["domino"]) as running:
        connect(domino, running)
        yield running


def test_job_start_status_stop_with_every_option(domino: VendorClient, sim: VendorSimulator) -> None:
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
    assert domino(f"d.job_stop({job_id!r}).status_code") == 200
    sim.advance(5)
    stopped = domino(f"d.job_status({job_id!r})['statuses']")
    assert stopped["isCompleted"] and stopped["executionStatus"] == "Stopped"

    tiers = domino("d.hardware_tiers_list()")
    assert [t["hardwareTier"]["isDefault"] for t in tiers].count(True) == 1
    commit, environment = sim.commits[1], sim.environments[0]  # type: ignore[attr-defined]
    options = domino(
        f"d.job_start(command='python evaluate.py', hardware_tier_id={tiers[1]['hardwareTier']['id']!r},"
        f" environment_id={environment!r}, commit_id={commit!r}, external_volume_mounts=['vol-1'])['id']"
    )
    assert domino("d.commits_list()") == sim.commits  # type: ignore[attr-defined]
    job = sim.job(options).fields
    assert (job["hardware_tier_id"], job["environment_id"], job["commit_id"]) == (
        tiers[1]["hardwareTier"]["id"],
        environment,
        commit,
    )
    by_name = domino(
        f"d.job_start(command='Rscript report.R', hardware_tier_name={tiers[2]['hardwareTier']['name']!r})"
    )
    assert sim.job(by_name["id"]).fields["hardware_tier_id"] == tiers[2]["hardwareTier"]["id"]
    assert (
        domino(f"d.get_hardware_tier_id_from_name({tiers[2]['hardwareTier']['name']!r})")
        == (tiers[2]["hardwareTier"]["id"])
    )
    details = domino(f"d.job_runtime_execution_details({options!r})")
    assert details == {
        "hardwareTierId": tiers[1]["hardwareTier"]["id"],
        "hardwareTier": tiers[1]["hardwareTier"]["name"],
    }
    branch = domino("d.job_start(command='python etl.py', branch='feature-x')['id']")
    start = [r for r in sim.requests if r.path == "/v4/jobs/start"][-1]
    assert b'"mainRepoGitRef": {"type": "branches", "value": "feature-x"}' in start.body
    assert sim.job(branch).fields["command"] == "python etl.py"
    # python-domino checks these against the server's lists before it starts anything.
    with pytest.raises(VendorError) as unknown:
        domino("d.job_start(command='x', environment_id='env-nope')")
    assert unknown.value.type == "EnvironmentNotFoundException"
    with pytest.raises(VendorError) as unknown:
        domino("d.job_start(command='x', commit_id='0' * 40)")
    assert unknown.value.type == "CommitNotFoundException"


def test_jobs_list_restart_and_every_filter(domino: VendorClient, sim: VendorSimulator) -> None:
    ids = sim.add_jobs(12, states=["queued", "running", "succeeded", "failed"])
    project = sim.project_id  # type: ignore[attr-defined]
    newest = domino(f"[j['id'] for j in d.jobs_list({project!r}, page_size=5)['jobs']]")
    assert newest == ids[::-1][:5]
    paged = [
        domino(f"[j['id'] for j in d.jobs_list({project!r}, page_size=5, page_no={n})['jobs']]") for n in (1, 2, 3)
    ]
    assert [i for page in paged for i in page] == ids[::-1]
    assert domino(f"d.jobs_list({project!r}, page_size=5)['totalCount']") == 12
    completed = domino(f"[j['id'] for j in d.jobs_list({project!r}, page_size=50, status='completed')['jobs']]")
    assert set(completed) == {i for i in ids if sim.phase(i) in ("succeeded", "failed")}
    oldest = domino(f"d.jobs_list({project!r}, sort_by='asc', page_size=1)['jobs'][0]['id']")
    assert oldest == ids[0]
    titled = domino(f"[j['title'] for j in d.jobs_list({project!r}, order_by='title', page_size=50)['jobs']]")
    assert len(titled) == 12
    query = dict(next(r for r in sim.requests if r.path == "/v4/jobs").query)
    assert query == {
        "projectId": project,
        "order_by": "number",
        "sort_by": "desc",
        "page_size": "5",
        "page_no": "1",
        "show_archived": "false",
        "status": "all",
    }
    ended = next(i for i in ids if sim.phase(i) == "succeeded")
    assert domino(f"d.job_restart({ended!r}).status_code") == 200
    again = sim.newest_first()[0]
    assert again.id != ended and again.fields["command"] == sim.job(ended).fields["command"]
    assert again.fields["commit_id"] == sim.job(ended).fields["commit_id"]  # the original input commit
    domino(f"d.job_restart({ended!r}, should_use_original_input_commit=False)")
    assert sim.newest_first()[0].fields["commit_id"] == sim.commits[0]  # type: ignore[attr-defined]


def test_runs_start_list_status_stdout_stop_and_mljobs_lists_the_run(
    domino: VendorClient, sim: VendorSimulator
) -> None:
    started = domino("d.runs_start(['main.py', '--alpha', '0.5'], title='a v1 run', tier='medium-k8s')")
    run_id = started["runId"]
    assert run_id in sim.jobs and f"#r/{run_id}" in started["message"]
    assert sim.job(run_id).fields["command"] == "main.py --alpha 0.5"
    run = domino(f"d.runs_status({run_id!r})")
    assert run["status"] == "Queued" and run["outputCommitId"] is None and run["hardwareTierId"] == "medium-k8s"
    listed = domino("d.runs_list()")
    assert listed["objectType"] == "list" and listed["data"][0]["id"] == run_id
    with mljobs.Domino(**sim.credentials) as client:  # Domino's Jobs API sees the run python-domino started
        assert run_id in [job.id for job in client.jobs.list(**sim.scope)]
        assert client.jobs.get(run_id).raw_state == "Pending"
    sim.advance(60)
    assert "main.py --alpha 0.5" in domino(f"d.runs_stdout({run_id!r})")
    assert domino(f"d.get_run_log({run_id!r})").startswith("\n[")  # the (empty) setup log, then stdout
    domino(f"d.run_stop({run_id!r})")
    sim.advance(5)
    stopped = domino(f"d.runs_status({run_id!r})")
    assert stopped["status"] == "Stopped" and stopped["isCompleted"] and stopped["outputCommitId"]


def test_job_start_blocking_and_runs_start_blocking_return(domino: VendorClient, sim: VendorSimulator) -> None:
    with clock_running(sim, on_new_job=lambda job_id: sim.set_outcome(job_id, "succeeded")):
        done = domino("d.job_start_blocking(poll_freq=0.05, max_poll_time=30, command='python train.py')", timeout=60)
        assert done["statuses"]["isCompleted"] and done["statuses"]["executionStatus"] == "Succeeded"
        run = domino("d.runs_start_blocking(['main.py'], poll_freq=0.05, max_poll_time=30)", timeout=60)
        assert sim.phase(run["runId"]) == "succeeded"
    with clock_running(sim, on_new_job=lambda job_id: sim.set_outcome(job_id, "failed")):
        with pytest.raises(VendorError) as failed:
            domino("d.job_start_blocking(poll_freq=0.05, max_poll_time=30, command='python broken.py')", timeout=60)
        assert failed.value.type == "RunFailedException"
        with pytest.raises(VendorError) as failed:
            domino("d.runs_start_blocking(['broken.py'], poll_freq=0.05, max_poll_time=30)", timeout=60)
        assert failed.value.type == "RunFailedException" and "did not succeed" in failed.value.message


def test_failure_answers_as_python_domino_surfaces_them(domino: VendorClient, sim: VendorSimulator) -> None:
    (ended,) = sim.add_jobs(1, states=["succeeded"])
    missing = "0" * 24
    for call in (
        f"d.job_status({missing!r})",
        f"d.runs_status({missing!r})",
        f"d.job_runtime_execution_details({missing!r})",
    ):
        with pytest.raises(VendorError) as raised:
            domino(call)
        assert raised.value.type == "HTTPError" and raised.value.status == 404, call
    with pytest.raises(VendorError) as conflict:
        domino(f"d.job_stop({ended!r})")  # it has ended: a 409, which python-domino reads as expired credentials
    assert (
        conflict.value.type == "ReloginRequiredException" and "Temporary credentials expired" in conflict.value.message
    )
    with pytest.raises(VendorError) as denied:
        connect(domino, sim, name="wrong", key="not-the-key")  # Domino() reads /version first
    assert denied.value.type == "HTTPError" and denied.value.status == 401
    assert all(r.headers.get("x-domino-api-key") == "***" for r in sim.requests)
