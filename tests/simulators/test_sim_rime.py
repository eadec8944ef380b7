"""The RIME simulator, driven through the generated mljobs_rime client."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from mljobs_rime import AuthenticatedClient
from mljobs_rime.api.jobs import (
    cancel_job,
    cancel_job_v1,
    get_job,
    get_job_project_id,
    get_job_project_id_v1,
    get_job_test_run_id,
    get_job_test_run_id_v1,
    get_job_v1,
    list_gai_test_jobs,
    list_jobs,
    list_jobs_for_project,
)
from mljobs_rime.models import GooglerpcStatus, RimeJobType, RimeJobView, StatedbJobStatus

from mljobs.testing import VendorSimulator, serve

from .conformance import ROOT, conformance_test


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
    missing = get_job.sync_detailed(str(uuid.UUID(int=1, version=4)), client=api)
    assert missing.status_code == 404 and isinstance(missing.parsed, GooglerpcStatus) and missing.parsed.code == 5
    malformed_id = get_job.sync_detailed("no-such-job", client=api)
    assert malformed_id.status_code == 400 and malformed_id.parsed.code == 3
    assert "not a valid job id" in malformed_id.parsed.message
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


GENERATIVE = "JOB_TYPE_GENERATIVE_MODEL_TEST"
OTHER_PROJECT = str(uuid.UUID(int=2, version=4))


def every_page(first: Any, fetch: Any) -> list[str]:
    page, seen = first, [job.job_id for job in first.jobs]
    for _ in range(100):
        if not page.has_more:
            return seen
        page = fetch(page.next_page_token)
        seen += [job.job_id for job in page.jobs]
    raise AssertionError("more than 100 pages")


def test_rime_sdk_operations_serve_the_same_jobs(sim: VendorSimulator) -> None:
    stress = sim.add_jobs(12, states=["queued", "running", "succeeded"])
    scans = sim.add_jobs(3, states=["running"], job_type="JOB_TYPE_FILE_SCAN")
    internal = sim.add_jobs(2, states=["succeeded"], internal_created=True)
    elsewhere = sim.add_jobs(2, states=["running"], object_id=OTHER_PROJECT)
    gai = sim.add_jobs(5, states=["running", "succeeded"], job_type=GENERATIVE)
    api = client(sim)
    project = sim.project_id  # type: ignore[attr-defined]
    workspace = sim.workspace_id  # type: ignore[attr-defined]

    def project_page(token: str) -> Any:
        return list_jobs_for_project.sync(project, client=api, page_token=token, page_size="5")

    first = list_jobs_for_project.sync(project, client=api, page_size="5")
    assert every_page(first, project_page) == (stress + scans + internal)[::-1]  # newest first
    assert {j.job_id for j in list_jobs_for_project.sync(OTHER_PROJECT, client=api).jobs} == set(elsewhere)
    only = list_jobs_for_project.sync(project, client=api, first_page_query_internal_created=True)
    assert {j.job_id for j in only.jobs} == set(internal)
    typed = list_jobs_for_project.sync(
        project, client=api, first_page_query_selected_types=[RimeJobType.JOB_TYPE_FILE_SCAN]
    )
    assert {j.job_id for j in typed.jobs} == set(scans)
    running = list_jobs_for_project.sync(
        project, client=api, first_page_query_selected_statuses=[StatedbJobStatus.JOB_STATUS_RUNNING], page_size="2"
    )
    seen = every_page(
        running, lambda token: list_jobs_for_project.sync(project, client=api, page_token=token, page_size="2")
    )
    assert set(seen) == {i for i in stress + scans if sim.phase(i) == "running"}

    def gai_page(token: str) -> Any:
        return list_gai_test_jobs.sync(workspace, client=api, page_token=token, page_size="2")

    assert every_page(list_gai_test_jobs.sync(workspace, client=api, page_size="2"), gai_page) == gai[::-1]
    done = list_gai_test_jobs.sync(
        workspace, client=api, first_page_query_selected_statuses=[StatedbJobStatus.JOB_STATUS_SUCCEEDED]
    )
    assert {j.job_id for j in done.jobs} == {i for i in gai if sim.phase(i) == "succeeded"}
    assert list_gai_test_jobs.sync(OTHER_PROJECT, client=api).jobs == []
    # A token names its list: another list refuses it.
    wrong = list_gai_test_jobs.sync_detailed(workspace, client=api, page_token=first.next_page_token)
    assert wrong.status_code == 400 and wrong.parsed.code == 3

    full = get_job_v1.sync(gai[0], client=api, view=RimeJobView.JOB_VIEW_FULL).job
    assert full.job_type == RimeJobType.JOB_TYPE_GENERATIVE_MODEL_TEST
    assert full.job_data.generative_model.workspace_id.uuid == workspace
    assert full.job_data.generative_model.progress.total_attacks == 200
    no_project = get_job_project_id_v1.sync_detailed(gai[0], client=api)
    assert no_project.status_code == 400 and no_project.parsed.code == 9
    assert get_job_project_id_v1.sync(scans[0], client=api).project_id.uuid == project
    assert get_job_project_id_v1.sync(elsewhere[0], client=api).project_id.uuid == OTHER_PROJECT

    # Cancelled through /v1, seen through the document's /v1-beta: one service, one state.
    target = next(i for i in stress if sim.phase(i) == "running")
    assert cancel_job_v1.sync_detailed(target, client=api).status_code == 200
    assert get_job.sync(target, client=api).job.cancellation_requested is True
    sim.advance(10)
    assert get_job_v1.sync(target, client=api).job.status == StatedbJobStatus.JOB_STATUS_CANCELLED
    assert get_job.sync(target, client=api).job.status == StatedbJobStatus.JOB_STATUS_CANCELLED
    refused = cancel_job_v1.sync_detailed(target, client=api)
    assert refused.status_code == 400 and refused.parsed.code == 9
    succeeded = next(i for i in stress if sim.phase(i) == "succeeded")
    assert get_job_test_run_id_v1.sync(succeeded, client=api).test_run_id == sim.job(succeeded).fields["test_run_id"]
    not_done = get_job_test_run_id_v1.sync_detailed(gai[0], client=api)
    assert not_done.status_code == 400 and not_done.parsed.code == 9
    for operation in (get_job_v1, cancel_job_v1, get_job_project_id_v1, get_job_test_run_id_v1):
        assert operation.sync_detailed("not-a-uuid", client=api).status_code == 400
        assert operation.sync_detailed(OTHER_PROJECT, client=api).status_code == 404
    assert list_jobs_for_project.sync_detailed("not-a-uuid", client=api).status_code == 400


def test_code_that_follows_the_documents_pagination_example_ends(sim: VendorSimulator) -> None:
    """The seed document's Python example: the first request's own parameters, then only ``page_token``."""
    ids = sim.add_jobs(45, states=["queued", "running", "succeeded"])
    headers = {"rime-api-key": sim.credentials["api_key"]}
    for path in ("/v1-beta/jobs", f"/v1/jobs/project/{sim.project_id}"):  # type: ignore[attr-defined]
        all_objects: list[dict[str, Any]] = []
        page_token = ""
        params: dict[str, str] = {"pageSize": "5"}
        for _ in range(20):  # the example loops "while True"; a server that ignores page_token never ends
            if page_token != "":
                params = {"page_token": page_token}
            res = httpx.get(sim.base_url + path, params=params, headers=headers)
            assert res.status_code == 200, res.text
            res_json = res.json()
            all_objects.extend(res_json["jobs"])
            page_token = res_json["nextPageToken"]
            if not res_json["hasMore"]:
                break
        else:
            raise AssertionError(f"{path}: the example's loop did not end")
        assert [job["jobId"] for job in all_objects] == ids[::-1]


def _aliased_parameters() -> list[Any]:
    spec = yaml.safe_load((ROOT / "specs" / "rime.yaml").read_text(encoding="utf-8"))
    shared = spec["components"]["parameters"]
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for param in operation.get("parameters", []):
                param = shared[param["$ref"].rsplit("/", 1)[1]] if "$ref" in param else param
                for alias in param.get("x-aliases", []):
                    found.append(pytest.param(path, method, param["name"], alias, id=f"{path}-{alias}"))
    return found


ALIASED = _aliased_parameters()


def test_every_query_parameter_that_grpc_gateway_aliases_says_so() -> None:
    """Each query parameter of a list has its proto field name in x-aliases (grpc-gateway accepts both)."""
    names = {(path, name) for path, _, name, _ in (p.values for p in ALIASED)}
    for path in ("/v1-beta/jobs", "/v1/jobs/project/{projectId}", "/v1-beta/jobs/generative/workspaces/{workspaceId}"):
        assert (path, "pageToken") in names and (path, "pageSize") in names
        assert (path, "firstPageQuery.selectedStatuses") in names


@pytest.mark.parametrize(("path", "method", "name", "alias"), ALIASED)
def test_a_proto_field_name_alias_means_what_its_json_name_means(
    sim: VendorSimulator, path: str, method: str, name: str, alias: str
) -> None:
    sim.add_jobs(6, states=["running", "succeeded", "failed"])
    sim.add_jobs(2, states=["running"], job_type="JOB_TYPE_FILE_SCAN", internal_created=True)
    sim.add_jobs(4, states=["running", "succeeded"], job_type=GENERATIVE)
    url = sim.base_url + path.format(projectId=sim.project_id, workspaceId=sim.workspace_id)  # type: ignore[attr-defined]
    headers = {"rime-api-key": sim.credentials["api_key"]}
    token = httpx.get(url, params={"pageSize": "2"}, headers=headers).json()["nextPageToken"]
    samples = {
        "pageToken": token,
        "pageSize": "2",
        "firstPageQuery.selectedStatuses": "JOB_STATUS_RUNNING",
        "firstPageQuery.selectedTypes": "JOB_TYPE_FILE_SCAN",
        "firstPageQuery.objectId": sim.project_id,  # type: ignore[attr-defined]
        "firstPageQuery.internalCreated": "true",
    }
    assert method == "get" and name in samples, f"no sample value for {name}: add one"
    unfiltered = httpx.get(url, headers=headers).json()
    canonical = httpx.get(url, params={name: samples[name]}, headers=headers).json()
    aliased = httpx.get(url, params={alias: samples[name]}, headers=headers).json()
    assert canonical != unfiltered, f"{name}={samples[name]} changes nothing here: the test could not fail"
    assert aliased == canonical
    both = httpx.get(url, params=[(name, samples[name]), (alias, samples[name])], headers=headers)
    assert both.status_code == 200
    if not name.startswith("firstPageQuery.selected"):  # a scalar given twice must agree
        clash = httpx.get(url, params=[(name, samples[name]), (alias, "0")], headers=headers)
        assert clash.status_code == 400 and "given twice" in clash.json()["message"]


def _prepare(case: Any, sim: VendorSimulator) -> None:
    # Ids are UUIDs and page tokens opaque: random strings are rightly refused with 400, so send ones the
    # server knows (some of the time, so that the 400s are checked too).
    params = case.path_parameters or {}
    for name, real in (("projectId", sim.project_id), ("workspaceId", sim.workspace_id)):  # type: ignore[attr-defined]
        if name in params and len(str(params[name])) % 2:
            params[name] = real
    if "jobId" in params and len(str(params["jobId"])) % 2 and sim.jobs:
        params["jobId"] = sorted(sim.jobs)[len(str(params["jobId"])) % len(sim.jobs)]
    if case.query and case.query.get("pageToken"):
        scope = {"project_id": params.get("projectId")} if "projectId" in params else {}
        if "workspaceId" in params:
            scope = {"workspace_id": params["workspaceId"]}
        case.query["pageToken"] = sim.sample_page_token(**scope)  # type: ignore[attr-defined]


def _authenticate(case: Any, credentials: dict[str, Any]) -> None:
    case.headers = {**(case.headers or {}), "rime-api-key": credentials["api_key"]}


# grpc-gateway answers 400 to schema-valid requests the schema cannot tell apart: a job id that is not a
# UUID (INVALID_ARGUMENT), cancelling an ended job or asking the test run of one that is not a completed
# stress test (FAILED_PRECONDITION), a page token of another list.
test_conformance, conformance_sim = conformance_test(
    "rime", authenticate=_authenticate, prepare=_prepare, also_valid=(400,)
)
