"""The Vectara simulator (v1 and v2 over the same jobs), driven through the generated mljobs_vectara client."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mljobs_vectara import AuthenticatedClient
from mljobs_vectara.api.jobs import get_job_v2, list_jobs, list_jobs_v2
from mljobs_vectara.models import (
    AdminJobState,
    AdminListJobsRequest,
    AdminListJobsResponse,
    BadRequestError,
    Error,
    GooglerpcStatus,
    Job,
    JobState,
    JobType,
    ListJobsResponse,
    NotFoundError,
)
from mljobs_vectara.types import Unset
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


# ---- v2 --------------------------------------------------------------------------------------------------
def v2_listing(sim: Simulator, api: AuthenticatedClient | None = None, **query: Any) -> ListJobsResponse:
    response = list_jobs_v2.sync_detailed(client=api or client(sim), **query)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, ListJobsResponse)
    return response.parsed


def v2_every_page(sim: Simulator, **query: Any) -> tuple[list[str], int]:
    page = v2_listing(sim, **query)
    seen, pages = [job.id for job in page.jobs], 1
    while page.metadata.page_key:
        page = v2_listing(sim, **query, page_key=page.metadata.page_key)  # as the official SDK asks
        seen += [job.id for job in page.jobs]
        pages += 1
    assert "page_key" not in page.metadata.to_dict()  # the last page names no next one
    return seen, pages


def test_v2_lists_every_page_and_gets_the_same_jobs_as_v1(sim: Simulator) -> None:
    ids = sim.add_jobs(27, states=["queued", "running", "succeeded", "failed", "cancelled"])
    v2_ids = [sim.v2_id(i) for i in ids]
    assert all(i.startswith("job_") for i in v2_ids) and len(set(v2_ids)) == len(ids)
    seen, pages = v2_every_page(sim, limit=10)
    assert seen == v2_ids[::-1] and pages == 3  # every state without a filter; newest first
    assert v2_every_page(sim)[1] == 3  # the default limit is 10
    v1 = {job.id: job for job in listing(sim, AdminListJobsRequest(state=ALL_STATES, num_results=100)).job}
    for v1_id, v2_id in zip(ids, v2_ids, strict=True):
        got = get_job_v2.sync_detailed(v2_id, client=client(sim))
        assert got.status_code == 200 and isinstance(got.parsed, Job)
        job, old = got.parsed, v1[v1_id]
        assert job.id == v2_id and sim.job(v2_id) is sim.job(v1_id) and sim.phase(v2_id) == sim.phase(v1_id)
        assert (
            job.state
            == {
                "JOB_STATE__QUEUED": "queued",
                "JOB_STATE__STARTED": "started",
                "JOB_STATE__COMPLETED": "completed",
                "JOB_STATE__FAILED": "failed",
                "JOB_STATE__ABORTED": "aborted",
            }[old.state]
        )
        assert (
            job.type_
            == {
                "JOB__CORPUS_REBUILD_VECTOR_INDEX": JobType.REBUILD_VECTOR_INDEX,
                "JOB__CORPUS_REPLACE_FILTER_ATTRS": JobType.REPLACE_FILTER_ATTRIBUTES,
            }[old.type_]
        )
        assert job.corpus_keys == [sim.corpus_key] and job.created_by_username == old.user_handle
        assert int(job.created_at.timestamp()) == int(old.ts_create)  # the same instants, v1 in whole seconds
        for v2_time, v1_time in ((job.started_at, old.ts_start), (job.completed_at, old.ts_complete)):
            if v1_time == "0":  # v1's "not set" is v2's absent field
                assert isinstance(v2_time, Unset)
            else:
                assert isinstance(v2_time, dt.datetime) and abs(v2_time.timestamp() - int(v1_time)) < 1
    queued = get_job_v2.sync(sim.v2_id(ids[0]), client=client(sim))
    assert isinstance(queued, Job) and "started_at" not in queued.to_dict() and "completed_at" not in queued.to_dict()
    sim.advance(3600)
    ended = get_job_v2.sync(sim.v2_id(ids[0]), client=client(sim))
    assert isinstance(ended, Job) and ended.state in (JobState.COMPLETED, JobState.FAILED)
    assert ended.created_at <= ended.started_at <= ended.completed_at


def test_v2_filters_and_insertions_while_paging(sim: Simulator) -> None:
    mine = sim.add_jobs(12, states=["running", "succeeded", "failed"], corpus_id=[12, 13])
    sim.add_jobs(6, states=["failed"])  # the default corpus
    keyed = sim.add_jobs(2, states=["queued"], corpus_key=["my-corpus"])
    page = v2_listing(sim, corpus_key=["sim-corpus-13"], state=[JobState.FAILED], limit=2)
    assert {job.state for job in page.jobs} == {JobState.FAILED} and page.metadata.page_key
    sim.add_jobs(5, states=["failed"], corpus_id=[13])  # newer jobs must not shift the pages already handed out
    seen = [job.id for job in page.jobs]
    while page.metadata.page_key:  # the key carries the filters and the size: what else is sent is ignored
        page = v2_listing(sim, page_key=page.metadata.page_key, limit=50, state=[JobState.QUEUED])
        seen += [job.id for job in page.jobs]
    assert seen == [sim.v2_id(i) for i in mine[::-1] if sim.phase(i) == "failed"] and len(seen) == 4
    live = v2_listing(sim, state=[JobState.STARTED, JobState.QUEUED], limit=100).jobs
    assert {j.id for j in live} == {sim.v2_id(i) for i in sim.jobs if sim.phase(i) in ("running", "queued")}
    assert [j.id for j in v2_listing(sim, corpus_key=["my-corpus"]).jobs] == [sim.v2_id(i) for i in keyed[::-1]]
    assert v2_listing(sim, corpus_key=["no-such-corpus"]).jobs == []

    later = dt.datetime.fromtimestamp(sim.clock.now(), dt.UTC)
    sim.advance(5)
    (newest,) = sim.add_jobs(1, states=["queued"])
    assert [j.id for j in v2_listing(sim, after=later).jobs] == [sim.v2_id(newest)]
    sent = sim.requests[-1].query
    assert ("after", later.isoformat()) in sent  # the generated client's spelling; the SDK's ends in Z


def test_v2_repeated_keys_and_raw_states(sim: Simulator) -> None:
    running, retrying = sim.add_jobs(2, states=["running"])
    v2_listing(sim, state=[JobState.STARTED, JobState.FAILED_WILL_RETRY], corpus_key=["a", "b"])
    query = sim.requests[-1].query
    assert [v for k, v in query if k == "state"] == ["started", "failed_will_retry"]
    assert [v for k, v in query if k == "corpus_key"] == ["a", "b"]
    sim.set_raw_state(retrying, "failed_will_retry")  # a state given by its v2 name is sent by each API's name
    (v1,) = listing(sim, AdminListJobsRequest(job_id=retrying, state=ALL_STATES)).job
    assert v1.state == AdminJobState.JOB_STATE_TRANSIENT_FAILURE_RETRY_IMMINENT
    assert get_job_v2.sync(sim.v2_id(retrying), client=client(sim)).state == JobState.FAILED_WILL_RETRY  # type: ignore[union-attr]
    sim.set_raw_state(running, "JOB_STATE__HIBERNATING")  # one neither API knows is sent as it is
    hibernating = get_job_v2.sync(sim.v2_id(running), client=client(sim))
    assert isinstance(hibernating, Job) and hibernating.state == "JOB_STATE__HIBERNATING"
    assert not hibernating.state.is_known  # type: ignore[union-attr]
    assert sim.phase(sim.v2_id(running)) == "running"  # filters and phases follow the real state


def test_v2_auth_needs_no_customer_id(sim: Simulator) -> None:
    sim.add_jobs(2)
    url = f"{sim.base_url}/v2/jobs"
    assert httpx.get(url, headers={"x-api-key": sim.api_key}).status_code == 200  # no customer-id
    bearer = httpx.get(url, headers={"Authorization": f"Bearer {sim.access_token}", "customer-id": "1"})
    assert bearer.status_code == 200 and len(bearer.json()["jobs"]) == 2  # a customer-id is ignored
    for auth in ({}, {"x-api-key": "zut_wrong"}, {"authorization": "Bearer nope"}, {"authorization": sim.api_key}):
        denied = httpx.get(url, headers=auth)
        assert denied.status_code == 401, auth
        assert set(denied.json()) == {"messages", "request_id"} and denied.json()["messages"], auth
    wrong = list_jobs_v2.sync_detailed(client=client(sim, key="zut_wrong"))
    assert wrong.status_code == 401 and isinstance(wrong.parsed, Error)
    assert sim.requests[-1].headers["x-api-key"] == "***"
    assert sim.credentials_for("v2") == {"base_url": sim.base_url, "api_key": sim.api_key}
    assert sim.credentials_for("v1") == sim.credentials == {**sim.credentials_for("v2"), "customer_id": sim.customer_id}


def test_v2_errors(sim: Simulator) -> None:
    sim.add_jobs(3)
    missing = get_job_v2.sync_detailed("job_does-not-exist", client=client(sim))
    assert missing.status_code == 404 and isinstance(missing.parsed, NotFoundError)
    assert missing.parsed.id == "job_does-not-exist" and missing.parsed.messages and missing.parsed.request_id
    v1_id = next(iter(sim.jobs))
    assert httpx.get(f"{sim.base_url}/v2/jobs/{v1_id}", headers={"x-api-key": sim.api_key}).status_code == 404
    for query, field in (
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("state=QUEUED", "state"),
        ("after=yesterday", "after"),
        ("after=2024-05-01T12:00:00", "after"),  # no time zone
        ("page_key=bm90IGEga2V5", "page_key"),
        ("page_key=" + sim.sample_v2_page_key()[:-6], "page_key"),
    ):
        answer = httpx.get(f"{sim.base_url}/v2/jobs?{query}", headers={"x-api-key": sim.api_key})
        assert answer.status_code == 400, query
        parsed = BadRequestError.from_dict(answer.json())
        assert field in parsed.field_errors.additional_properties and parsed.messages and parsed.request_id, query
    from_the_top = {"page_key": sim.sample_v2_page_key()}
    answer = httpx.get(f"{sim.base_url}/v2/jobs", params=from_the_top, headers={"x-api-key": sim.api_key})
    assert len(answer.json()["jobs"]) == 3 and answer.json()["metadata"] == {}
    assert httpx.get(f"{sim.base_url}/v2/jobs?unknown=1", headers={"x-api-key": sim.api_key}).status_code == 200
    not_routed = httpx.get(f"{sim.base_url}/v2/corpora", headers={"x-api-key": sim.api_key})
    assert not_routed.status_code == 404 and set(not_routed.json()) == {"id", "messages", "request_id"}
    wrong_method = httpx.post(f"{sim.base_url}/v2/jobs", headers={"x-api-key": sim.api_key})
    assert wrong_method.status_code == 405 and set(wrong_method.json()) == {"messages", "request_id"}


def test_v2_faults_and_same_bytes() -> None:
    with serve("vectara", seed=3, fault_rate=1.0, faults=["503"]) as sim:
        answer = httpx.get(f"{sim.base_url}/v2/jobs", headers={"x-api-key": sim.credentials["api_key"]})
        assert answer.status_code == 503 and answer.headers["retry-after"] == "1"
        assert answer.json() == {"messages": ["Service unavailable"], "request_id": "req-sim-3-1"}
    bodies = []
    for _ in range(2):
        with serve("vectara", seed=11) as sim:
            sim.add_jobs(12, states=["queued", "running", "succeeded", "failed", "cancelled"])
            sim.advance(42)
            first = httpx.get(
                f"{sim.base_url}/v2/jobs?limit=5&state=completed&state=started", headers={"x-api-key": sim.api_key}
            )
            key = first.json()["metadata"]["page_key"]
            second = httpx.get(f"{sim.base_url}/v2/jobs", params={"page_key": key}, headers={"x-api-key": sim.api_key})
            bodies.append(first.content + second.content)
    assert bodies[0] == bodies[1]


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
    # v2's integer headers have the same problem: in a case with negated headers, a valid one (read back as
    # text) would make a merely added unknown header count as accepted negative data. A valid optional
    # header is left out; a negated one stays, and is refused.
    if case.headers and _negative(case, ParameterLocation.HEADER):
        for name in ("Request-Timeout", "Request-Timeout-Millis"):
            value = case.headers.get(name)
            if isinstance(value, str) and value.strip().isdigit() and int(value) >= 1:
                del case.headers[name]
    # v2's page_key is opaque too: a valid case sends one the server made.
    query = case.query
    if (
        isinstance(query, dict)
        and isinstance(query.get("page_key"), str)
        and not _negative(case, ParameterLocation.QUERY)
    ):
        query["page_key"] = sim.sample_v2_page_key()
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
