"""The RIME simulator, driven through the generated mljobs_rime client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mljobs_rime import AuthenticatedClient
from mljobs_rime.api.jobs import cancel_job, get_job, get_job_project_id, get_job_test_run_id, list_jobs
from mljobs_rime.models import GooglerpcStatus, RimeJobView, StatedbJobStatus

from mljobs.testing import VendorSimulator, serve

from .conformance import conformance_test


@pytest.fixture
def sim() -> Iterator[VendorSimulator]:
    with serve("rime", seed=7) as running:
        yield running


def client(sim: VendorSimulator, key: str | None = None) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=sim.base_url,
        token=key or sim.credentials["api_key"],
        auth_header_name="rime-api-key",
        prefix="",
    )


def test_list_every_page_get_cancel_and_finish(sim: VendorSimulator) -> None:
    ids = sim.add_jobs(45, states=["queued", "running", "succeeded"])
    api = client(sim)
    seen: list[str] = []
    first = list_jobs.sync_detailed(client=api, page_size="20")
    assert first.status_code == 200 and first.parsed is not None
    page = first.parsed
    seen += [job.job_id for job in page.jobs]
    while page.has_more:
        response = list_jobs.sync_detailed(client=api, page_size="20", page_token=page.next_page_token)
        assert response.status_code == 200
        page = response.parsed
        seen += [job.job_id for job in page.jobs]
    assert sorted(seen) == sorted(ids) and len(seen) == 45
    assert page.next_page_token == ""

    running = ids[1]
    got = get_job.sync(running, client=api, view=RimeJobView.JOB_VIEW_FULL)
    assert got.job.status == StatedbJobStatus.JOB_STATUS_RUNNING and got.job.job_progress_str
    assert cancel_job.sync_detailed(running, client=api).status_code == 200
    assert get_job.sync(running, client=api).job.cancellation_requested is True
    sim.advance(10)
    after = get_job.sync(running, client=api).job
    assert after.status == StatedbJobStatus.JOB_STATUS_CANCELLED and after.completion_time is not None

    queued = ids[0]
    sim.advance(3600)
    done = get_job.sync(queued, client=api).job
    assert done.status in (StatedbJobStatus.JOB_STATUS_SUCCEEDED, StatedbJobStatus.JOB_STATUS_FAILED)
    assert get_job_project_id.sync(queued, client=api).project_id.uuid
    if done.status == StatedbJobStatus.JOB_STATUS_SUCCEEDED:
        assert get_job_test_run_id.sync(queued, client=api).test_run_id


def test_filters_and_insertions_while_paging(sim: VendorSimulator) -> None:
    sim.add_jobs(30, states=["running", "succeeded", "failed"])
    api = client(sim)
    statuses = [StatedbJobStatus.JOB_STATUS_FAILED]
    page = list_jobs.sync(client=api, first_page_query_selected_statuses=statuses, page_size="4")
    assert {job.status for job in page.jobs} == {StatedbJobStatus.JOB_STATUS_FAILED}
    sim.add_jobs(5, states=["failed"])  # newer jobs must not shift the pages already handed out
    seen = [job.job_id for job in page.jobs]
    while page.has_more:
        page = list_jobs.sync(client=api, page_token=page.next_page_token, page_size="4")
        seen += [job.job_id for job in page.jobs]
    assert len(seen) == len(set(seen)) == 10


def test_errors_have_the_vendor_shape(sim: VendorSimulator) -> None:
    (job_id,) = sim.add_jobs(1, states=["succeeded"])
    api = client(sim)
    missing = get_job.sync_detailed("no-such-job", client=api)
    assert missing.status_code == 404 and isinstance(missing.parsed, GooglerpcStatus) and missing.parsed.code == 5
    denied = get_job.sync_detailed(job_id, client=client(sim, key="wrong-key"))
    assert denied.status_code == 401 and "401 Authorization Required" in denied.parsed
    refused = cancel_job.sync_detailed(job_id, client=api)
    assert refused.status_code == 400 and refused.parsed.code == 9
    key = {"rime-api-key": sim.credentials["api_key"]}
    for query in (
        "pageSize=abc",
        "pageSize=-1",
        "firstPageQuery.selectedStatuses=BOGUS",
        "pageToken=%%%",
        "view=JOB_VIEW_HUGE",
    ):
        answer = httpx.get(f"{sim.base_url}/v1-beta/jobs?{query}", headers=key)
        assert answer.status_code == 400, query
        assert answer.json()["code"] == 3
    malformed = httpx.post(f"{sim.base_url}/v1-beta/jobs/cancel/{job_id}", headers=key, content=b"{nope")
    assert malformed.status_code == 400 and "malformed JSON" in malformed.json()["message"]


def test_same_seed_same_calls_same_bytes() -> None:
    bodies = []
    for _ in range(2):
        with serve("rime", seed=11) as sim:
            sim.add_jobs(12, states=["queued", "running", "succeeded", "failed", "cancelled"])
            key = {"rime-api-key": sim.credentials["api_key"]}
            sim.advance(42)
            bodies.append(httpx.get(f"{sim.base_url}/v1-beta/jobs?pageSize=5&view=JOB_VIEW_FULL", headers=key).content)
    assert bodies[0] == bodies[1]


def test_faults_and_request_log() -> None:
    with serve("rime", seed=3, fault_rate=1.0, faults=["503"]) as sim:
        answer = httpx.get(f"{sim.base_url}/v1-beta/jobs", headers={"rime-api-key": sim.credentials["api_key"]})
        assert answer.status_code == 503 and answer.headers["retry-after"] == "1"
        assert answer.json() == {"code": 14, "message": "Service unavailable", "details": []}
        logged = sim.requests[-1]
        assert logged.status == 503 and logged.headers["rime-api-key"] == "***"
    with serve("rime", seed=3) as sim:
        sim.inject("drop")
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.get(f"{sim.base_url}/v1-beta/jobs", headers={"rime-api-key": sim.credentials["api_key"]})


def _prepare(case: Any, sim: VendorSimulator) -> None:
    # pageToken is opaque: a random string is rightly refused with 400, so send one the server made.
    if case.query and case.query.get("pageToken"):
        case.query["pageToken"] = sim.sample_page_token()  # type: ignore[attr-defined]


def _authenticate(case: Any, credentials: dict[str, Any]) -> None:
    case.headers = {**(case.headers or {}), "rime-api-key": credentials["api_key"]}


test_conformance, conformance_sim = conformance_test("rime", authenticate=_authenticate, prepare=_prepare)
