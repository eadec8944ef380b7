"""The Vectara simulator, driven through the generated mljobs_vectara client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mljobs_vectara import AuthenticatedClient
from mljobs_vectara.api.jobs import list_jobs
from mljobs_vectara.models import AdminJobState, AdminListJobsRequest, AdminListJobsResponse, GooglerpcStatus
from schemathesis.core.parameters import ParameterLocation

from mljobs.testing import VendorSimulator, serve
from mljobs.testing.vectara import Simulator

from .conformance import conformance_test

ALL_STATES = [
    AdminJobState.JOB_STATE_QUEUED,
    AdminJobState.JOB_STATE_STARTED,
    AdminJobState.JOB_STATE_COMPLETED,
    AdminJobState.JOB_STATE_FAILED,
    AdminJobState.JOB_STATE_TRANSIENT_FAILURE_RETRY_IMMINENT,
    AdminJobState.JOB_STATE_ABORTED,
]
NO_CUSTOMER_ID = {"code": 16, "message": "Request does not contain customer-id-bin header.", "details": []}


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with serve("vectara", seed=7) as running:
        assert isinstance(running, Simulator)
        yield running


def client(sim: VendorSimulator, key: str | None = None) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=sim.base_url,
        token=key or sim.credentials["api_key"],
        auth_header_name="x-api-key",
        prefix="",
    )


def listing(sim: VendorSimulator, body: AdminListJobsRequest, api: AuthenticatedClient | None = None) -> Any:
    response = list_jobs.sync_detailed(client=api or client(sim), body=body, customer_id=sim.credentials["customer_id"])
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, AdminListJobsResponse) and response.parsed.status == []
    return response.parsed


def headers(sim: VendorSimulator) -> dict[str, str]:
    return {"customer-id": str(sim.credentials["customer_id"]), "x-api-key": sim.credentials["api_key"]}


def post(sim: VendorSimulator, content: bytes, extra: dict[str, str] | None = None) -> httpx.Response:
    return httpx.post(f"{sim.base_url}/v1/list-jobs", headers={**headers(sim), **(extra or {})}, content=content)


def test_list_every_page_get_one_and_see_it_end(sim: Simulator) -> None:
    ids = sim.add_jobs(45, states=["queued", "running", "succeeded", "failed", "cancelled"])
    page = listing(sim, AdminListJobsRequest(state=ALL_STATES, num_results=20))
    seen = [job.id for job in page.job]
    pages = 1
    while page.page_key:
        page = listing(sim, AdminListJobsRequest(page_key=page.page_key))
        seen += [job.id for job in page.job]
        pages += 1
    assert seen == ids[::-1] and pages == 3 and page.page_key == ""

    queued = ids[0]
    got = listing(sim, AdminListJobsRequest(job_id=queued, state=ALL_STATES)).job
    assert [job.id for job in got] == [queued]
    job = got[0]
    assert job.state == AdminJobState.JOB_STATE_QUEUED and job.ts_start == "0" and job.ts_complete == "0"
    assert int(job.ts_create) > 0 and job.corpus_id == [sim.corpus_id]
    assert job.user_handle and str(job.type_).startswith("JOB__CORPUS_")
    aborted = listing(sim, AdminListJobsRequest(job_id=ids[4], state=ALL_STATES)).job[0]
    assert aborted.state == AdminJobState.JOB_STATE_ABORTED and aborted.ts_complete != "0"

    sim.advance(3600)
    done = listing(sim, AdminListJobsRequest(job_id=queued, state=ALL_STATES)).job[0]
    assert done.state in (AdminJobState.JOB_STATE_COMPLETED, AdminJobState.JOB_STATE_FAILED)
    assert int(done.ts_create) <= int(done.ts_start) <= int(done.ts_complete)
    assert listing(sim, AdminListJobsRequest(job_id="bm8tc3VjaC1qb2I=", state=ALL_STATES)).job == []


def test_default_state_is_queued_and_started(sim: Simulator) -> None:
    ids = sim.add_jobs(10, states=["queued", "running", "succeeded", "failed", "cancelled"])
    live = list(listing(sim, AdminListJobsRequest()).job)
    assert [job.id for job in live] == [i for i in ids[::-1] if sim.phase(i) in ("queued", "running")]
    assert {job.state for job in live} == {AdminJobState.JOB_STATE_QUEUED, AdminJobState.JOB_STATE_STARTED}
    assert len(listing(sim, AdminListJobsRequest(state=ALL_STATES)).job) == 10


def test_filters_and_insertions_while_paging(sim: Simulator) -> None:
    mine = sim.add_jobs(12, states=["running", "succeeded", "failed"], corpus_id=[12, 13])
    sim.add_jobs(6, states=["failed"])  # the default corpus
    failed = [AdminJobState.JOB_STATE_FAILED]
    page = listing(sim, AdminListJobsRequest(corpus_id=[13], state=failed, num_results=2))
    assert {job.state for job in page.job} == {AdminJobState.JOB_STATE_FAILED}
    sim.add_jobs(5, states=["failed"], corpus_id=[13])  # newer jobs must not shift the pages already handed out
    seen = [job.id for job in page.job]
    while page.page_key:
        page = listing(sim, AdminListJobsRequest(page_key=page.page_key, num_results=50, state=ALL_STATES))
        seen += [job.id for job in page.job]
    assert seen == [i for i in mine[::-1] if sim.phase(i) == "failed"] and len(seen) == 4

    later = int(sim.clock.now()) + 1
    sim.advance(5)
    (newest,) = sim.add_jobs(1, states=["queued"])
    recent = listing(sim, AdminListJobsRequest(epoch_secs=str(later), state=ALL_STATES)).job
    assert [job.id for job in recent] == [newest]
    assert listing(sim, AdminListJobsRequest(corpus_id=[99999], state=ALL_STATES)).job == []


def test_auth_401s_and_bearer(sim: Simulator) -> None:
    sim.add_jobs(2)
    no_customer = httpx.post(
        f"{sim.base_url}/v1/list-jobs", headers={"x-api-key": sim.credentials["api_key"]}, content=b"{}"
    )
    assert no_customer.status_code == 401 and no_customer.json() == NO_CUSTOMER_ID
    wrong = list_jobs.sync_detailed(
        client=client(sim, key="zut_wrong"), body=AdminListJobsRequest(), customer_id=sim.credentials["customer_id"]
    )
    assert wrong.status_code == 401 and isinstance(wrong.parsed, GooglerpcStatus) and wrong.parsed.code == 16
    customer = str(sim.credentials["customer_id"])
    for auth in ({}, {"authorization": "Bearer not-a-jwt"}, {"authorization": sim.access_token}):
        denied = httpx.post(f"{sim.base_url}/v1/list-jobs", headers={"customer-id": customer, **auth}, content=b"{}")
        assert denied.status_code == 401 and denied.json()["code"] == 16, auth
    other = httpx.post(
        f"{sim.base_url}/v1/list-jobs",
        headers={"customer-id": "123456789", "x-api-key": sim.credentials["api_key"]},
        content=b"{}",
    )
    assert other.status_code == 401 and other.json()["code"] == 16
    bearer = httpx.post(
        f"{sim.base_url}/v1/list-jobs",
        headers={"Customer-Id": customer, "Authorization": f"Bearer {sim.access_token}"},
        content=b"{}",
    )
    assert bearer.status_code == 200 and len(bearer.json()["job"]) == 2
    assert sim.requests[-1].headers["authorization"] == "***"


def test_bad_requests_are_400_with_grpc_code_3(sim: Simulator) -> None:
    sim.add_jobs(3)
    enum = post(sim, b'{"state": ["QUEUED"]}')
    assert enum.status_code == 400
    assert enum.json() == {
        "code": 3,
        "message": 'proto: (line 1:12): invalid value for enum type: "QUEUED"',
        "details": [],
    }
    old = str(int(sim.clock.now()) - 181 * 24 * 3600)
    for body in (
        b"{nope",
        b"[1, 2]",
        b"null",
        b"\xff\xfe",
        b'{"numResults": 101}',
        b'{"numResults": "5"}',
        b'{"numResults": -1}',
        b'{"corpusId": ["a"]}',
        b'{"corpusId": 12}',
        b'{"jobId": 5}',
        b'{"jobId": null}',
        b'{"state": "JOB_STATE__QUEUED"}',
        b'{"state": [5]}',
        b'{"epochSecs": "yesterday"}',
        b'{"epochSecs": "' + old.encode() + b'"}',
        b'{"epochSecs": "99999999999999999999"}',
        b'{"pageKey": "%%%"}',
        b'{"pageKey": "bm90IGEga2V5"}',
        b'{"pageKey": "' + sim.sample_page_key().encode()[:-8] + b'"}',
    ):
        answer = post(sim, body)
        assert answer.status_code == 400, body
        assert answer.json()["code"] == 3 and answer.json()["details"] == [] and answer.json()["message"], body
    assert "180 days" in post(sim, b'{"epochSecs": "' + old.encode() + b'"}').json()["message"]
    assert post(sim, b"").status_code == 400  # the spec makes the body required
    assert post(sim, b"{}").status_code == 200
    assert post(sim, b'{"someFutureField": 1}').status_code == 200  # unknown keys are discarded
    # With a pageKey every other field is ignored (but still parsed).
    key = sim.sample_page_key()
    assert post(sim, f'{{"pageKey": "{key}", "epochSecs": "{old}"}}'.encode()).status_code == 200
    not_routed = httpx.post(f"{sim.base_url}/v1/jobs", headers=headers(sim))
    assert not_routed.status_code == 404 and not_routed.json()["code"] == 5
    wrong_method = httpx.get(f"{sim.base_url}/v1/list-jobs", headers=headers(sim))
    assert wrong_method.status_code == 405 and wrong_method.json()["code"] == 12


def test_in_band_status_and_raw_state(sim: Simulator) -> None:
    (job_id,) = sim.add_jobs(1, states=["running"])
    sim.inject_status("PERMISSION_DENIED", "key lacks the admin role")
    answer = list_jobs.sync_detailed(
        client=client(sim), body=AdminListJobsRequest(), customer_id=sim.credentials["customer_id"]
    )
    assert answer.status_code == 200 and isinstance(answer.parsed, AdminListJobsResponse)
    assert [(s.code, s.status_detail) for s in answer.parsed.status] == [
        ("PERMISSION_DENIED", "key lacks the admin role")
    ]
    assert answer.parsed.job == [] and answer.parsed.page_key == ""
    sim.set_raw_state(job_id, "JOB_STATE__HIBERNATING")
    (job,) = listing(sim, AdminListJobsRequest(job_id=job_id, state=ALL_STATES)).job
    assert job.state == "JOB_STATE__HIBERNATING" and not job.state.is_known


def test_same_seed_same_calls_same_bytes() -> None:
    bodies = []
    for _ in range(2):
        with serve("vectara", seed=11) as sim:
            sim.add_jobs(12, states=["queued", "running", "succeeded", "failed", "cancelled"])
            sim.advance(42)
            first = post(sim, b'{"numResults": 5, "state": ["JOB_STATE__COMPLETED", "JOB_STATE__STARTED"]}')
            second = post(sim, b'{"pageKey": "' + first.json()["pageKey"].encode() + b'"}')
            bodies.append(first.content + second.content)
    assert bodies[0] == bodies[1]


def test_faults_and_request_log() -> None:
    with serve("vectara", seed=3, fault_rate=1.0, faults=["503"]) as sim:
        answer = post(sim, b"{}")
        assert answer.status_code == 503 and answer.headers["retry-after"] == "1"
        assert answer.json() == {"code": 14, "message": "Service unavailable", "details": []}
        logged = sim.requests[-1]
        assert logged.status == 503 and logged.headers["x-api-key"] == "***"
    with serve("vectara", seed=3) as sim:
        sim.inject("429")
        assert post(sim, b"{}").json()["code"] == 8
        sim.inject("drop")
        with pytest.raises(httpx.RemoteProtocolError):
            post(sim, b"{}")


def _negative(case: Any, location: ParameterLocation) -> bool:
    meta = getattr(case, "meta", None)
    component = None if meta is None else meta.components.get(location)
    return component is not None and component.mode.is_negative


def _prepare(case: Any, sim: VendorSimulator) -> None:
    assert isinstance(sim, Simulator)
    # customer-id names the account: a valid case gets the simulator's. A case with negated headers keeps
    # the generated one (and gets 401): schemathesis reads an integer header back as text, so it would
    # count a valid request that merely adds an unknown header as accepted negative data.
    if case.headers and "customer-id" in case.headers and not _negative(case, ParameterLocation.HEADER):
        case.headers["customer-id"] = str(sim.customer_id)
    # Only a schema-valid body is adjusted: a negative one must reach the server as generated.
    if not isinstance(case.body, dict) or _negative(case, ParameterLocation.BODY):
        return
    body = case.body
    # pageKey is opaque: a random one is rightly refused with 400, so send one the server made.
    if isinstance(body.get("pageKey"), str) and body["pageKey"]:
        body["pageKey"] = sim.sample_page_key()
    # epochSecs may be at most 180 days back, which the schema cannot say: keep generated ones in range.
    since = body.get("epochSecs")
    if isinstance(since, str):
        earliest = int(sim.clock.now()) - 180 * 24 * 3600
        if not since.lstrip("-").isdigit() or not earliest <= int(since) < 2**63:
            body["epochSecs"] = str(earliest + 3600)


def _authenticate(case: Any, credentials: dict[str, Any]) -> None:
    case.headers = {**(case.headers or {}), "x-api-key": credentials["api_key"]}


test_conformance, conformance_sim = conformance_test("vectara", authenticate=_authenticate, prepare=_prepare)
