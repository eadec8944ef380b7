"""Checked by mypy --strict in tests/test_quality.py, never run: what a type checker sees of the public API."""

from __future__ import annotations

from typing import Any, assert_type

import httpx
from mljobs_domino import AuthenticatedClient as DominoApi
from mljobs_domino.api.jobs import add_job_tag, get_job_logs, list_commits_v1
from mljobs_domino.models import Job as DominoJobModel
from mljobs_domino.models import JobV1, NewJobTag, TagEnvelopeV1
from mljobs_istari.api.jobs import get_job as istari_get_job
from mljobs_istari.models import Job as IstariJobModel
from mljobs_rime.api.jobs import get_job as rime_get_job
from mljobs_rime.models import RimeGetJobResponse, RimeJobMetadata
from mljobs_symetryml.api.jobs import get_job as symetry_get_job
from mljobs_symetryml.models import JobInfo, JobResponse
from mljobs_vectara.api.jobs import list_jobs as vectara_list_jobs
from mljobs_vectara.models import AdminJob, AdminListJobsRequest, AdminListJobsResponse
from mljobs_vectara.models import Job as VectaraV2Job

import mljobs
from mljobs.testing import SimulatorFactory, VendorSimulator, serve, simulator

#: Each vendor's Job: generic in the vendor's own model on ``job.raw`` (issue 11).
RimeJob = mljobs.Job[RimeJobMetadata]
DominoJob = mljobs.Job[DominoJobModel | JobV1]  # the Public API's JobV1, or the document's Job (issue 14)


def sync_api(client: mljobs.Rime) -> None:
    assert_type(client.jobs.get("job-456"), RimeJob)
    assert_type(client.jobs.get("job-456").raw, RimeJobMetadata)  # an editor completes RIME's own fields
    assert_type(client.jobs.list(status="JOB_STATUS_RUNNING"), mljobs.Paginator[RimeJob])
    assert_type(client.jobs.wait("job-456"), RimeJob)
    assert_type(client.jobs.wait_all(["a", "b"]), list[RimeJob])
    assert_type(client.jobs.cancel("job-456"), None)
    for job in client.jobs.as_completed(["a", "b"]):
        assert_type(job, RimeJob)
        assert_type(job.state, mljobs.JobState)
        assert_type(job.state.is_terminal, bool)
    for page in client.jobs.list(page_size=50, max_items=120).pages():
        assert_type(page.items, list[RimeJob])
        assert_type(page.next_cursor, str | None)
    any_job: mljobs.Job = client.jobs.get("j")  # mljobs.Job alone (Job[Any]) still takes any vendor's job
    assert_type(any_job.raw, Any)


async def async_api(client: mljobs.AsyncRime) -> None:
    assert_type(await client.jobs.get("job-456"), RimeJob)
    assert_type((await client.jobs.get("job-456")).raw, RimeJobMetadata)
    assert_type(await client.jobs.wait("job-456"), RimeJob)
    assert_type(client.jobs.list(), mljobs.AsyncPaginator[RimeJob])
    async for job in client.jobs.as_completed(["a"]):
        assert_type(job, RimeJob)


async def construction_and_options(client: mljobs.Rime, domino: mljobs.AsyncDomino) -> None:
    assert_type(client.with_options(timeout=5, max_retries=0), mljobs.Rime)
    assert_type(await domino.with_options(timeout=5).jobs.get("j"), DominoJob)
    mljobs.Rime(base_url="https://rime.test", api_key="k", bogus=1)  # type: ignore[call-arg]
    assert_type(client.jobs.list(timeout=10), mljobs.Paginator[RimeJob])
    assert_type(client.jobs.cancel("j", timeout=10), None)
    # The keyword sets typed once (ClientOptions, ListOptions) still type each keyword (issue 13).
    mljobs.Rime(base_url="https://rime.test", api_key="k", max_retries="2")  # type: ignore[arg-type]
    mljobs.AsyncDomino(transport=httpx.HTTPTransport())  # type: ignore[arg-type]
    client.jobs.list(page_size="50")  # type: ignore[arg-type]
    client.jobs.list(pagesize=50)  # type: ignore[call-arg]


def errors(
    exc: mljobs.WaitTimeoutError,
    failed: mljobs.JobFailedError,
    pages: mljobs.PaginationError,
    group: mljobs.JobsFailedError,
) -> None:
    assert_type(exc.job, mljobs.Job | None)
    assert_type(exc.finished, list[mljobs.Job])
    assert_type(exc.pending, list[str])
    assert_type(failed.job, mljobs.Job)
    assert_type(group.jobs, list[mljobs.Job])
    assert_type(group.failed, list[mljobs.Job])
    one: mljobs.JobFailedError = group
    del one
    assert_type(pages.cursor, str | None)
    timeout: TimeoutError = exc
    del timeout


def every_vendor(
    domino: mljobs.Domino, vectara: mljobs.Vectara, istari: mljobs.Istari, symetry: mljobs.SymetryML
) -> None:
    assert_type(domino.jobs.get("j"), DominoJob)
    assert_type(domino.jobs.get("j").raw, DominoJobModel | JobV1)  # either generation's answer
    assert_type(domino.jobs.start(project_id="p", command="c", hardware_tier_id="t"), DominoJob)
    assert_type(domino.jobs.logs("j"), str)
    assert_type(domino.jobs.list(project_id="p", status="Running"), mljobs.Paginator[DominoJob])
    assert_type(domino.jobs.wait_all(["j"], project_id="p", timeout=60), list[DominoJob])
    assert_type(vectara.jobs.get("j").raw, VectaraV2Job | AdminJob)  # v2's Job (the default), or v1's adminJob
    assert_type(vectara.jobs.wait_all(["j"]), list[mljobs.Job[VectaraV2Job | AdminJob]])
    v2_jobs = vectara.jobs.list(state="failed_will_retry", corpus_key="docs")
    assert_type(v2_jobs, mljobs.Paginator[mljobs.Job[VectaraV2Job | AdminJob]])
    assert_type(mljobs.Vectara(api_key="k", customer_id=1, api="v1"), mljobs.Vectara)
    assert_type(istari.jobs.list(status="Running"), mljobs.Paginator[mljobs.Job[IstariJobModel]])
    assert_type(istari.jobs.get("j").raw, IstariJobModel)
    assert_type(istari.jobs.cancel("j"), None)
    assert_type(symetry.jobs.wait("5").raw, JobInfo | JobResponse)  # a listed JobInfo, or a GET's answer


def domino_api_generations() -> None:
    assert_type(mljobs.Domino(api="public"), mljobs.Domino)
    assert_type(mljobs.AsyncDomino(api="document"), mljobs.AsyncDomino)
    mljobs.Domino(api="v4")  # type: ignore[arg-type]
    job = mljobs.Domino().jobs.get("j")
    if isinstance(job.raw, JobV1):
        assert_type(job.raw.run_command, str)


def any_operation(
    domino: mljobs.Domino,
    rime: mljobs.Rime,
    vectara: mljobs.Vectara,
    istari: mljobs.Istari,
    symetry: mljobs.SymetryML,
) -> None:
    # client.call(op, ...): the arguments are checked against the operation's own, and the result is the
    # operation's success model (its error models are raised as mljobs errors, never returned).
    assert_type(domino.call(add_job_tag, "j", body=NewJobTag(name="best")), TagEnvelopeV1)
    assert_type(domino.call(get_job_logs, "j"), str)
    assert_type(domino.call(list_commits_v1, "owner", "project"), list[str])
    assert_type(rime.call(rime_get_job, "j"), RimeGetJobResponse)
    assert_type(rime.jobs.list(project_id="p"), mljobs.Paginator[mljobs.Job[RimeJobMetadata]])
    assert_type(rime.jobs.project_id("j"), str)
    assert_type(rime.jobs.test_run_id("j"), str)
    assert_type(mljobs.Rime(api="v1-beta"), mljobs.Rime)
    assert_type(vectara.call(vectara_list_jobs, body=AdminListJobsRequest(), customer_id=1), AdminListJobsResponse)
    assert_type(istari.call(istari_get_job, "j"), IstariJobModel)
    assert_type(symetry.call(symetry_get_job, "c", "5"), JobResponse | None)  # its errors share the model
    # wrong arguments are type errors (mypy --strict reports an ignore that is not needed, so these must fail)
    domino.call(add_job_tag, 5, body=NewJobTag(name="best"))  # type: ignore[arg-type]
    domino.call(add_job_tag, "j")  # type: ignore[call-arg]
    assert_type(domino.api, DominoApi)
    assert_type(domino.jobs.get("j"), DominoJob)


async def any_async_operation(domino: mljobs.AsyncDomino) -> None:
    assert_type(await domino.call(add_job_tag, "j", body=NewJobTag(name="best")), TagEnvelopeV1)


def simulators(mljobs_simulator: SimulatorFactory, name: str, job: mljobs.Job) -> None:
    with serve("domino") as sim:
        assert_type(sim.client(), mljobs.Domino)
        assert_type(sim.async_client(), mljobs.AsyncDomino)
        assert_type(sim.client().jobs.wait_all(["a"]), list[DominoJob])
    assert_type(mljobs_simulator("rime").client(), mljobs.Rime)
    assert_type(mljobs_simulator("symetryml", seed=3).async_client(), mljobs.AsyncSymetryML)
    assert_type(simulator("istari").client(), mljobs.Istari)
    assert_type(simulator("vectara", wall_clock=True).client(), mljobs.Vectara)
    some: VendorSimulator = simulator(name)  # any vendor: its clients are Any
    assert_type(some.client(), Any)
    assert_type(job.to_dict(), dict[str, Any])
