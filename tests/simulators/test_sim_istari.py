"""The Istari simulator, driven through the generated mljobs_istari client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mljobs_istari import AuthenticatedClient
from mljobs_istari.api.jobs import (
    archive_job,
    get_agent_available_jobs,
    get_job,
    list_jobs,
    list_model_jobs,
    restore_job,
    update_job_status,
)
from mljobs_istari.models import ArchiveStatusFilter, HTTPError, HTTPValidationError, JobStatusMessage, JobStatusName

from mljobs.testing import VendorSimulator, serve

from .conformance import conformance_test


@pytest.fixture
def sim() -> Iterator[VendorSimulator]:
    with serve("istari", seed=7) as running:
        yield running


def client(sim: VendorSimulator, token: str | None = None) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=sim.base_url, token=token or sim.credentials["api_key"])


def test_list_every_page_get_cancel_and_finish(sim: VendorSimulator) -> None:
    ids = sim.add_jobs(23, states=["queued", "running", "succeeded"])
    api = client(sim)
    seen: list[str] = []
    page = 1
    while True:
        answer = list_jobs.sync(client=api, page=page, size=10)
        seen += [j.id for j in answer.items]
        if len(answer.items) < 10:
            break
        page += 1
    assert seen == ids[::-1]
    counted = list_jobs.sync(client=api, size=10, include_total=True)
    assert counted.total == 23 and counted.pages == 3
    assert list_jobs.sync(client=api, size=10, include_total=False).total is None
    assert list_jobs.sync(client=api, size=10).total == 23  # counted unless told not to
    running = get_job.sync(ids[1], client=api)
    assert running.status_history[-1].name == JobStatusName.RUNNING
    cancelled = update_job_status.sync(
        ids[1], client=api, status_name=JobStatusName.CANCELED, body=JobStatusMessage(message="not needed")
    )
    assert cancelled.status_history[-1].name == JobStatusName.CANCELED
    assert cancelled.status_history[-1].message == "not needed"
    refused = update_job_status.sync_detailed(ids[1], client=api, status_name=JobStatusName.CANCELED)
    assert refused.status_code == 409 and isinstance(refused.parsed, HTTPError)
    sim.advance(3600)
    done = get_job.sync(ids[0], client=api).status_history[-1].name
    assert done in (JobStatusName.COMPLETED, JobStatusName.FAILED)
    only_running = list_jobs.sync(client=api, status_name=JobStatusName.RUNNING)
    assert only_running.items == []


def test_archive_restore_agent_and_model_lists(sim: VendorSimulator) -> None:
    ids = sim.add_jobs(5, states=["queued", "succeeded"])
    api = client(sim)
    archived = archive_job.sync(ids[0], client=api)
    assert archived.archive_status_history[-1].name.value == "Archived"
    assert ids[0] not in [j.id for j in list_jobs.sync(client=api).items]
    assert [j.id for j in list_jobs.sync(client=api, archive_status=ArchiveStatusFilter.ARCHIVED).items] == [ids[0]]
    assert archive_job.sync_detailed(ids[0], client=api).status_code == 409
    assert restore_job.sync(ids[0], client=api).archive_status_history[-1].name.value == "Active"
    assert restore_job.sync_detailed(ids[0], client=api).status_code == 409
    available = get_agent_available_jobs.sync(sim.agent_id, client=api)  # type: ignore[attr-defined]
    assert sorted(j.id for j in available.items) == sorted([ids[0], ids[2], ids[4]])
    model = list_model_jobs.sync(sim.model_id, client=api)  # type: ignore[attr-defined]
    assert model.total == 5


def test_errors_have_the_vendor_shape(sim: VendorSimulator) -> None:
    api = client(sim)
    missing = get_job.sync_detailed("no-such-job", client=api)
    assert missing.status_code == 404 and missing.parsed.detail == "Job not found"
    denied = get_job.sync_detailed("x", client=client(sim, token="wrong"))
    assert denied.status_code == 401 and isinstance(denied.parsed, HTTPError)
    too_big = list_jobs.sync_detailed(client=api, size=101)
    assert too_big.status_code == 422 and isinstance(too_big.parsed, HTTPValidationError)
    assert too_big.parsed.detail[0].loc[-1] == "size"
    headers = {"Authorization": f"Bearer {sim.credentials['api_key']}"}
    bad_status = httpx.put(f"{sim.base_url}/api/v2/jobs/x/status?status_name=Paused", headers=headers)
    assert bad_status.status_code == 422
    (job,) = sim.add_jobs(1)
    malformed = httpx.put(
        f"{sim.base_url}/api/v2/jobs/{job}/status?status_name=Canceled", headers=headers, content=b"{nope"
    )
    assert malformed.status_code == 422
    wrong_type = httpx.put(
        f"{sim.base_url}/api/v2/jobs/{job}/status?status_name=Canceled", headers=headers, json={"message": 5}
    )
    assert wrong_type.status_code == 422


def test_status_updates_take_a_job_off_the_schedule_and_refuse_what_the_lifecycle_does_not_permit(
    sim: VendorSimulator,
) -> None:
    queued, running = sim.add_jobs(2, states=["queued", "running"], outcome="succeeded")
    agent = sim.agent_id  # type: ignore[attr-defined]
    api = client(sim)

    def names(job: str) -> list[str]:
        return [str(s.name) for s in get_job.sync(job, client=api).status_history]

    def available() -> set[str]:
        return {j.id for j in get_agent_available_jobs.sync(agent, client=api, size=100).items}

    sim.advance(1)
    assert queued in available() and running not in available()
    claimed = update_job_status.sync(queued, client=api, status_name=JobStatusName.CLAIMED, agent_id=agent)
    assert claimed.status_history[-1].name == JobStatusName.CLAIMED and claimed.status_history[-1].agent_id == agent
    assert queued not in available()  # claimed: no other agent may take it
    sim.advance(3600)  # the schedule would have run and finished it by now
    assert names(queued) == ["Created", "Pending", "Claimed"]
    assert update_job_status.sync(queued, client=api, status_name=JobStatusName.RUNNING) is not None
    sim.advance(3600)
    assert names(queued) == ["Created", "Pending", "Claimed", "Running"]  # no Claimed/Running appended later
    for back in (JobStatusName.PENDING, JobStatusName.CREATED, JobStatusName.RUNNING, JobStatusName.UNKNOWN):
        refused = update_job_status.sync_detailed(queued, client=api, status_name=back)
        assert refused.status_code == 409 and isinstance(refused.parsed, HTTPError), back
    done = update_job_status.sync(
        queued, client=api, status_name=JobStatusName.COMPLETED, body=JobStatusMessage(message="ok")
    )
    assert [s.name for s in done.status_history][-1] == JobStatusName.COMPLETED and sim.phase(queued) == "succeeded"
    assert update_job_status.sync_detailed(queued, client=api, status_name=JobStatusName.FAILED).status_code == 409
    # A job may not complete before it has run; it may fail or be cancelled from anywhere before an end.
    (fresh,) = sim.add_jobs(1, states=["queued"])
    assert update_job_status.sync_detailed(fresh, client=api, status_name=JobStatusName.COMPLETED).status_code == 409
    assert update_job_status.sync(fresh, client=api, status_name=JobStatusName.FAILED).status_history[-1].name == (
        JobStatusName.FAILED
    )
    assert sim.phase(fresh) == "failed" and fresh not in available()
    assert names(running)[-1] == "Completed"  # never touched: its schedule still runs it


def test_same_seed_same_calls_same_bytes() -> None:
    bodies = []
    for _ in range(2):
        with serve("istari", seed=11) as sim:
            sim.add_jobs(6, states=["queued", "running", "succeeded", "failed", "cancelled"])
            sim.advance(42)
            bodies.append(
                httpx.get(
                    f"{sim.base_url}/api/v2/jobs?include_total=true",
                    headers={"Authorization": f"Bearer {sim.credentials['api_key']}"},
                ).content
            )
    assert bodies[0] == bodies[1]


def _authenticate(case: Any, credentials: dict[str, Any]) -> None:
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {credentials['api_key']}"}


def _prepare(case: Any, sim: VendorSimulator) -> None:
    # Real ids, so schema-valid requests reach a job (a made-up id is a 404, which is fine, but rarer).
    params = case.path_parameters or {}
    if "job_id" in params and len(str(params["job_id"])) % 2:
        params["job_id"] = sorted(sim.jobs)[len(str(params["job_id"])) % len(sim.jobs)]
    if "agent_id" in params:
        params["agent_id"] = sim.agent_id  # type: ignore[attr-defined]
    if "model_id" in params:
        params["model_id"] = sim.model_id  # type: ignore[attr-defined]


test_conformance, conformance_sim = conformance_test("istari", authenticate=_authenticate, prepare=_prepare)
