"""The Domino simulator answering in the seed document's shapes (``api="document"``), driven through the
generated mljobs_domino client. ``test_sim_domino_public.py`` drives the same paths in the Public API's."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mljobs_domino import AuthenticatedClient
from mljobs_domino.api.jobs import (
    add_job_tag,
    get_job,
    get_job_logs,
    link_job_goal,
    list_job_goals,
    list_jobs,
    remove_job_tag,
    start_job,
    stop_job,
    unlink_job_goal,
)
from mljobs_domino.models import FailureEnvelopeV1, JobGoalLink, JobStatus, NewJobTag, StartJobRequest, StopJobRequest

from mljobs.testing import SimulatorError, VendorSimulator, serve, simulator

from .conformance import conformance_test


@pytest.fixture
def sim() -> Iterator[VendorSimulator]:
    with serve("domino", seed=7, api="document") as running:
        yield running


def client(sim: VendorSimulator, key: str | None = None) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=sim.base_url, token=key or sim.credentials["api_key"], prefix="", auth_header_name="X-Domino-Api-Key"
    )


def test_list_every_page_start_stop_and_finish(sim: VendorSimulator) -> None:
    ids = sim.add_jobs(23, states=["queued", "running", "succeeded"])
    api, project = client(sim), sim.scope["project_id"]
    seen: list[str] = []
    offset = 0
    while True:
        page = list_jobs.sync(client=api, project_id=project, offset=offset, limit=10)
        seen += [j.id for j in page.data]
        offset += len(page.data)
        if offset >= page.total_count:
            break
    assert seen == ids[::-1]
    running = list_jobs.sync(client=api, project_id=project, status=JobStatus.RUNNING)
    assert {j.id for j in running.data} == {i for i in ids if sim.phase(i) == "running"}
    started = start_job.sync(
        client=api,
        body=StartJobRequest(project_id=project, command_to_run="python x.py", hardware_tier_id="small-k8s", title="t"),
    )
    assert started.status == JobStatus.PENDING and started.command == "python x.py"
    sim.advance(40)
    assert get_job.sync(started.id, client=api).status == JobStatus.RUNNING
    assert "$ python x.py" in get_job_logs.sync(started.id, client=api)
    stop = stop_job.sync_detailed(client=api, body=StopJobRequest(project_id=project, job_id=started.id))
    assert stop.status_code == 200
    sim.advance(5)
    assert get_job.sync(started.id, client=api).status == JobStatus.STOPPED
    again = stop_job.sync_detailed(client=api, body=StopJobRequest(project_id=project, job_id=started.id))
    assert again.status_code == 409 and again.parsed["errors"]


def test_tags_and_goals(sim: VendorSimulator) -> None:
    (job,) = sim.add_jobs(1)
    api, project = client(sim), sim.scope["project_id"]
    tagged = add_job_tag.sync(job, client=api, body=NewJobTag(name="production"))
    assert tagged.tag.name == "production" and tagged.metadata.request_id
    assert remove_job_tag.sync_detailed(job, tagged.tag.id, client=api, project_id=project).status_code == 200
    assert remove_job_tag.sync_detailed(job, tagged.tag.id, client=api, project_id=project).status_code == 404
    linked = link_job_goal.sync(client=api, body=JobGoalLink(job_id=job, goal_id="goal-123"))
    assert (linked.goal.job_id, linked.goal.goal_id, linked.goal.project_id) == (job, "goal-123", project)
    assert [g.goal_id for g in list_job_goals.sync(client=api, job_id=job).goals] == ["goal-123"]
    assert unlink_job_goal.sync_detailed("goal-123", client=api, job_id=job).status_code == 200
    assert list_job_goals.sync(client=api, job_id=job).goals == []
    assert unlink_job_goal.sync_detailed("goal-123", client=api, job_id=job).status_code == 404


def test_errors_have_the_vendor_shape(sim: VendorSimulator) -> None:
    api, project = client(sim), sim.scope["project_id"]
    missing = get_job.sync_detailed("0" * 24, client=api)
    assert missing.status_code == 404 and isinstance(missing.parsed, FailureEnvelopeV1) and missing.parsed.errors
    denied = get_job.sync_detailed("0" * 24, client=client(sim, key="wrong"))
    assert denied.status_code == 401 and isinstance(denied.parsed, FailureEnvelopeV1)
    assert list_jobs.sync_detailed(client=api, project_id=project, limit=0).status_code == 400
    headers = {"X-Domino-Api-Key": sim.credentials["api_key"]}
    assert httpx.get(f"{sim.base_url}/api/jobs/beta/jobs", headers=headers).status_code == 400  # projectId
    assert httpx.post(f"{sim.base_url}/api/jobs/v1/jobs", headers=headers, content=b"{x").status_code == 400
    wrong_type = httpx.post(
        f"{sim.base_url}/api/jobs/v1/jobs",
        headers=headers,
        json={"projectId": project, "commandToRun": 5, "hardwareTierId": "small-k8s"},
    )
    assert wrong_type.status_code == 400 and "commandToRun" in wrong_type.json()["errors"][0]
    basic = base64.b64encode(f":{sim.credentials['api_key']}".encode()).decode()
    old_client = httpx.get(f"{sim.base_url}/version", headers={"Authorization": f"Basic {basic}"})
    assert old_client.status_code == 200  # python-domino <= 2.1 sends the key as a Basic password


def test_same_seed_same_calls_same_bytes() -> None:
    bodies = []
    for _ in range(2):
        with serve("domino", seed=11, api="document") as sim:
            sim.add_jobs(8, states=["queued", "running", "succeeded", "failed", "cancelled"])
            sim.advance(42)
            bodies.append(
                httpx.get(
                    f"{sim.base_url}/api/jobs/beta/jobs?projectId={sim.scope['project_id']}",
                    headers={"X-Domino-Api-Key": sim.credentials["api_key"]},
                ).content
            )
    assert bodies[0] == bodies[1]


def test_document_bodies_only_and_the_api_choice() -> None:
    with serve("domino", seed=2, api="document") as sim:
        public_body = {"projectId": sim.scope["project_id"], "runCommand": "python a.py"}
        headers = {"X-Domino-Api-Key": sim.credentials["api_key"]}
        refused = httpx.post(f"{sim.base_url}/api/jobs/v1/jobs", headers=headers, json=public_body)
        assert refused.status_code == 400 and "commandToRun" in refused.json()["errors"][0]
    with pytest.raises(SimulatorError, match="choose from"):
        simulator("domino", api="v4")
    with pytest.raises(SimulatorError, match="serves all its API generations at once"):
        simulator("rime", api="v1")


def _authenticate(case: Any, credentials: dict[str, Any]) -> None:
    case.headers = {**(case.headers or {}), "X-Domino-Api-Key": credentials["api_key"]}


def _prepare(case: Any, sim: VendorSimulator) -> None:
    # Real project and job ids most of the time, so schema-valid requests reach real objects.
    # Only values of the right type are replaced: a negative case stays negative.
    project = sim.scope["project_id"]
    if case.query and isinstance(case.query.get("projectId"), str):
        case.query["projectId"] = project
    if isinstance(case.body, dict) and isinstance(case.body.get("projectId"), str):
        case.body["projectId"] = project
    params = case.path_parameters or {}
    if isinstance(params.get("projectId"), str):
        params["projectId"] = project
    for name, real in (("ownerName", sim.project_owner), ("projectName", sim.project_name)):  # type: ignore[attr-defined]
        if isinstance(params.get(name), str):
            params[name] = real
    if isinstance(case.body, dict) and isinstance(case.body.get("tier"), str):
        case.body["tier"] = "small-k8s"
    for name in ("jobId", "runId"):
        if isinstance(params.get(name), str) and len(params[name]) % 2:
            params[name] = sorted(sim.jobs)[len(params[name]) % len(sim.jobs)]
    if isinstance(case.body, dict) and isinstance(case.body.get("jobId"), str) and len(case.body["jobId"]) % 2:
        case.body["jobId"] = sorted(sim.jobs)[0]


# The body may be either generation's (StartJobBody); a document server refuses the Public API's NewJobV1.
test_conformance, conformance_sim = conformance_test(
    "domino",
    authenticate=_authenticate,
    prepare=_prepare,
    serve_options={"api": "document"},
    also_valid_for={"startJob": (400,)},
)
