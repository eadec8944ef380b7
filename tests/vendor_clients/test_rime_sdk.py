"""RIME's own client, rime-sdk 2.13.2, runs unchanged against the RIME simulator: every job-reader call.

rime-sdk's job calls are its swagger client's ``JobReaderApi`` (``rime_sdk/swagger/swagger_client``).
rime-sdk pins pandas<1.5, which has no wheel for Python 3.11, so it is installed without its
dependencies, with those of the swagger client, and loaded without running ``rime_sdk/__init__.py``
(a bare ``rime_sdk`` package module whose ``__path__`` is the installed folder). Its error handler
(``rime_sdk.internal.rest_error_handler``) is run on each failure answer, as rime-sdk's own methods do.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import mljobs
from mljobs.testing import VendorSimulator, serve

from ._venvs import VendorClient, VendorError

pytestmark = pytest.mark.vendor_clients
GENERATIVE = "JOB_TYPE_GENERATIVE_MODEL_TEST"
NO_SUCH_JOB = str(uuid.UUID(int=7, version=4))
LOAD = """
import importlib.util, sys, types
found = importlib.util.find_spec("rime_sdk")
package = types.ModuleType("rime_sdk")
package.__path__ = list(found.submodule_search_locations)
sys.modules["rime_sdk"] = package
from rime_sdk.swagger import swagger_client
from rime_sdk.swagger.swagger_client.rest import ApiException
from rime_sdk.internal.rest_error_handler import RESTErrorHandler

def connect(host, key):
    configuration = swagger_client.Configuration()   # as rime_sdk.Client.__init__ does
    configuration.api_key["rime-api-key"] = key
    configuration.host = host.rstrip("/")
    return swagger_client.JobReaderApi(swagger_client.ApiClient(configuration))

def handled(call):
    # What rime-sdk's methods raise: every job call runs inside RESTErrorHandler.
    try:
        with RESTErrorHandler():
            call()
    except ValueError as exc:
        return str(exc)
    raise AssertionError("no error")

def every_job(list_page, **first):
    # rime_sdk.project.Project.list_stress_testing_jobs: filters first, then only the token; stop on hasMore.
    page = list_page(page_size=20, **first)
    jobs = list(page.jobs)
    while page.has_more:
        page = list_page(page_token=page.next_page_token, page_size=20)
        jobs += page.jobs
    return [job.job_id for job in jobs]
"""


@pytest.fixture(scope="module")
def rime_sdk(rime_sdk_python: Path) -> Iterator[VendorClient]:
    client = VendorClient(rime_sdk_python)
    client.run(LOAD)
    yield client
    client.close()


@pytest.fixture
def sim(rime_sdk: VendorClient) -> Iterator[VendorSimulator]:
    with serve("rime", seed=5) as running:
        rime_sdk.run(f"api = connect({running.base_url!r}, {running.credentials['api_key']!r})")
        yield running


def test_list_jobs_for_project_with_every_filter_and_every_page(rime_sdk: VendorClient, sim: VendorSimulator) -> None:
    stress = sim.add_jobs(30, states=["queued", "running", "succeeded", "failed"])
    scans = sim.add_jobs(3, states=["running"], job_type="JOB_TYPE_FILE_SCAN", internal_created=True)
    sim.add_jobs(2, job_type=GENERATIVE)  # no project: never listed per project
    project = sim.project_id  # type: ignore[attr-defined]
    listed = rime_sdk(f"every_job(lambda **kw: api.list_jobs_for_project({project!r}, **kw))")
    assert listed == (stress + scans)[::-1]
    running = rime_sdk(
        f"every_job(lambda **kw: api.list_jobs_for_project({project!r}, **kw),"
        " first_page_query_selected_statuses=['JOB_STATUS_RUNNING', 'JOB_STATUS_FAILED'],"
        " first_page_query_selected_types=['JOB_TYPE_MODEL_STRESS_TEST', 'JOB_TYPE_FILE_SCAN'],"
        " view='JOB_VIEW_FULL')"
    )
    assert set(running) == {i for i in stress + scans if sim.phase(i) in ("running", "failed")}
    internal = rime_sdk(
        f"[j.job_id for j in api.list_jobs_for_project({project!r}, first_page_query_internal_created=True).jobs]"
    )
    assert set(internal) == set(scans)
    first = next(r for r in sim.requests if "firstPageQuery.internalCreated" in dict(r.query))
    assert dict(first.query)["firstPageQuery.internalCreated"] == "True"  # a Python bool, as rime-sdk sends it
    repeated = next(r for r in sim.requests if "firstPageQuery.selectedTypes" in dict(r.query))
    assert [v for k, v in repeated.query if k == "firstPageQuery.selectedStatuses"] == [
        "JOB_STATUS_RUNNING",
        "JOB_STATUS_FAILED",
    ]
    full = rime_sdk(f"api.list_jobs_for_project({project!r}, page_size=1, view='JOB_VIEW_FULL').jobs[0]")
    assert full["job_progress_str"] and full["job_data"]["file_scan"]["project_id"]["uuid"] == project


def test_list_gai_test_jobs(rime_sdk: VendorClient, sim: VendorSimulator) -> None:
    sim.add_jobs(4, states=["running"])
    gai = sim.add_jobs(25, states=["running", "succeeded"], job_type=GENERATIVE)
    workspace = sim.workspace_id  # type: ignore[attr-defined]
    listed = rime_sdk(f"every_job(lambda **kw: api.list_gai_test_job({workspace!r}, **kw))")
    assert listed == gai[::-1]
    done = rime_sdk(
        f"every_job(lambda **kw: api.list_gai_test_job({workspace!r}, **kw),"
        " first_page_query_selected_statuses=['JOB_STATUS_SUCCEEDED'], view='JOB_VIEW_FULL')"
    )
    assert set(done) == {i for i in gai if sim.phase(i) == "succeeded"}
    job = rime_sdk(f"api.list_gai_test_job({workspace!r}, page_size=1, view='JOB_VIEW_FULL').jobs[0]")
    assert job["job_type"] == GENERATIVE and job["job_data"]["generative_model"]["workspace_id"]["uuid"] == workspace
    assert job["job_data"]["generative_model"]["progress"]["total_attacks"] == 200


def test_get_cancel_project_and_test_run_ids_and_mljobs_sees_the_same_job(
    rime_sdk: VendorClient, sim: VendorSimulator
) -> None:
    queued, running, succeeded = sim.add_jobs(3, states=["queued", "running", "succeeded"])
    basic = rime_sdk(f"api.get_job({running!r}).job")
    assert basic["status"] == "JOB_STATUS_RUNNING" and basic["job_progress_str"] is None
    full = rime_sdk(f"api.get_job({running!r}, view='JOB_VIEW_FULL').job")
    assert full["job_progress_str"] and full["start_time"] and full["agent_id"]["uuid"]
    assert rime_sdk(f"api.cancel_job({running!r})") == {}
    cancel = next(r for r in sim.requests if r.path == f"/v1/jobs/cancel/{running}")
    assert cancel.method == "POST" and cancel.body == b"{}"
    assert rime_sdk(f"api.get_job({running!r}).job.cancellation_requested") is True
    sim.advance(10)
    assert rime_sdk(f"api.get_job({running!r}).job.status") == "JOB_STATUS_CANCELLED"
    with mljobs.Rime(**sim.credentials, api="v1-beta") as client:  # the document's /v1-beta API, the same job
        assert client.jobs.get(running).state is mljobs.JobState.CANCELLED
    assert rime_sdk(f"api.get_project_id({queued!r}).project_id.uuid") == sim.project_id  # type: ignore[attr-defined]
    test_run = rime_sdk(f"api.get_test_run_id({succeeded!r}).test_run_id")
    assert test_run == sim.job(succeeded).fields["test_run_id"]
    assert {r.path for r in sim.requests} >= {
        f"/v1/jobs/{running}",
        f"/v1/jobs/{queued}/project-id",
        f"/v1/jobs/{succeeded}/test-run-id",
    }


def test_failure_answers_as_rime_sdk_handles_them(rime_sdk: VendorClient, sim: VendorSimulator) -> None:
    (ended,) = sim.add_jobs(1, states=["succeeded"])
    for call, status in (
        (f"api.get_job({NO_SUCH_JOB!r})", 404),
        ("api.get_job('not-a-job-id')", 400),  # rime_sdk.Client.get_job: "not a valid job id"
        (f"api.cancel_job({ended!r})", 400),  # FAILED_PRECONDITION: it has ended
        (f"api.get_project_id({NO_SUCH_JOB!r})", 404),
        (f"api.get_test_run_id({NO_SUCH_JOB!r})", 404),
    ):
        with pytest.raises(VendorError) as raised:
            rime_sdk(call)
        assert raised.value.type == "ApiException" and raised.value.status == status, call
    assert rime_sdk(f"handled(lambda: api.get_job({NO_SUCH_JOB!r}))") == f"Not Found: job {NO_SUCH_JOB} not found"
    assert rime_sdk("handled(lambda: api.get_job('not-a-job-id'))") == (
        "Bad Request: job id not-a-job-id is not a valid job id"
    )
    assert "cannot be cancelled" in rime_sdk(f"handled(lambda: api.cancel_job({ended!r}))")
    rime_sdk.run(f"wrong = connect({sim.base_url!r}, 'not-the-key')")
    with pytest.raises(VendorError) as denied:
        rime_sdk(f"wrong.get_job({ended!r})")
    assert denied.value.status == 401
    # A 401 is the ingress's HTML page: rime-sdk reports the reason only, as it does for nginx's answer.
    assert rime_sdk(f"handled(lambda: wrong.list_jobs_for_project({sim.project_id!r}))").startswith(  # type: ignore[attr-defined]
        "Unauthorized: Your API token is either invalid or expired."
    )
