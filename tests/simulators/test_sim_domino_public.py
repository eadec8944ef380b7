"""The Domino simulator answering in Domino's Public API shapes (``api="public"``), through mljobs_domino.

The document's paths (list, get, logs, start) answer with the Public API's envelopes; everything else is
the same as in ``api="document"`` (``test_sim_domino.py``), over the same kind of jobs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mljobs_domino import AuthenticatedClient
from mljobs_domino.api.jobs import get_job, get_job_logs, list_jobs, start_job, stop_job
from mljobs_domino.models import (
    FailureEnvelopeV1,
    GetJobsSortBy,
    GetJobsStatusFilter,
    Job,
    JobEnvelopeV1,
    JobList,
    JobLogType,
    JobStatus,
    LogsEnvelopeV1,
    NewJobV1,
    PaginatedJobEnvelopeV1,
    StartJobRequest,
    StopJobRequest,
)
from mljobs_domino.types import Unset

import mljobs
from mljobs.testing import serve, simulator
from mljobs.testing.domino import Simulator

from .conformance import conformance_test
from .test_sim_domino import _authenticate, _prepare


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with serve("domino", seed=7, api="public") as running:
        assert isinstance(running, Simulator) and running.api == "public"
        yield running


def client(sim: Simulator, key: str | None = None) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=sim.base_url, token=key or sim.api_key, prefix="", auth_header_name="X-Domino-Api-Key"
    )


def page(sim: Simulator, **query: Any) -> PaginatedJobEnvelopeV1:
    answer = list_jobs.sync_detailed(client=client(sim), project_id=sim.project_id, **query)
    assert answer.status_code == 200 and isinstance(answer.parsed, PaginatedJobEnvelopeV1), answer.content
    return answer.parsed


def logs(sim: Simulator, job_id: str, **query: Any) -> LogsEnvelopeV1:
    text = get_job_logs.sync(job_id, client=client(sim), **query)
    assert isinstance(text, str)  # text/plain is declared first: the generated client hands over the body
    return LogsEnvelopeV1.from_dict(json.loads(text))


def test_list_every_page_in_the_public_envelope(sim: Simulator) -> None:
    ids = sim.add_jobs(23, states=["queued", "running", "succeeded", "failed", "cancelled"])
    seen: list[str] = []
    offset = 0
    while True:
        answer = page(sim, offset=offset, limit=10)
        meta = answer.metadata
        assert (meta.offset, meta.limit, meta.total_count) == (offset, 10, 23) and meta.request_id
        assert meta.notices == [] and "data" not in answer.to_dict()
        seen += [j.id for j in answer.jobs]
        offset += len(answer.jobs)
        if offset >= meta.total_count:
            break
    assert seen == ids[::-1]
    (job,) = page(sim, limit=1).jobs
    newest = sim.job(ids[-1])
    assert sim.phase(newest.id) == "succeeded"
    assert job.number == newest.seq + 1 and job.run_command == newest.fields["command"]
    assert job.status.execution_status == JobStatus.SUCCEEDED and job.status.is_completed
    assert job.commit_details.output_commit_id == newest.fields["commit_id"][::-1]
    assert not job.status.is_archived and not job.status.is_scheduled
    times = job.stage_times
    assert times.submission_time.tzinfo is not None and isinstance(times.completed_time, dt.datetime)
    assert job.commit_details.input_commit_id == newest.fields["commit_id"] and job.started_by_id == sim.user_id
    assert "projectId" not in job.to_dict() and "command" not in job.to_dict()  # JobV1 has neither
    assert job.dataset_mounts == [] and job.projects == []


def test_status_filter_sort_archived_and_tags(sim: Simulator) -> None:
    ids = sim.add_jobs(10, states=["queued", "running", "succeeded", "failed", "cancelled"])
    by_phase = {i: sim.phase(i) for i in ids}
    for status_filter, phases in (
        (GetJobsStatusFilter.ACTIVE, {"queued", "running"}),
        (GetJobsStatusFilter.COMPLETED, {"succeeded", "failed", "cancelled"}),
        (GetJobsStatusFilter.QUEUED, {"queued"}),
        (GetJobsStatusFilter.RUNNING, {"running"}),
    ):
        listed = [j.id for j in page(sim, status_filter=status_filter).jobs]
        assert listed == [i for i in ids[::-1] if by_phase[i] in phases], status_filter
    assert [j.number for j in page(sim, sort_by=GetJobsSortBy.NUMBER, ascending=True).jobs] == list(range(1, 11))
    sim.job(ids[0]).archived = True
    assert ids[0] not in [j.id for j in page(sim).jobs]
    assert [j.id for j in page(sim, status_filter=GetJobsStatusFilter.ARCHIVED).jobs] == [ids[0]]
    shown = [j for j in page(sim, show_archived=True).jobs if j.id == ids[0]]
    assert len(shown) == 1 and shown[0].status.is_archived
    sim.job(ids[3]).fields["tags"].append({"name": "production"})
    assert [j.id for j in page(sim, tag_filter="production").jobs] == [ids[3]]
    assert [j.id for j in page(sim, status=JobStatus.RUNNING).jobs] == [j.id for j in page(sim).jobs]  # not its filter


def test_get_start_logs_stop_in_the_public_envelopes(sim: Simulator) -> None:
    started = start_job.sync_detailed(
        client=client(sim),
        body=NewJobV1(project_id=sim.project_id, run_command="python x.py", title="t", hardware_tier="gpu-small"),
    )
    assert started.status_code == 200 and isinstance(started.parsed, JobEnvelopeV1)
    job = started.parsed.job
    assert job.run_command == "python x.py" and job.title == "t" and job.status.execution_status == JobStatus.QUEUED
    assert isinstance(job.stage_times.start_time, Unset) and started.parsed.metadata.request_id
    assert sim.job(job.id).fields["hardware_tier_id"] == "gpu-small"
    default_tier = start_job.sync(client=client(sim), body=NewJobV1(project_id=sim.project_id, run_command="a"))
    assert isinstance(default_tier, JobEnvelopeV1) and sim.job(default_tier.job.id).fields["hardware_tier_id"]
    document_body = StartJobRequest(project_id=sim.project_id, command_to_run="x", hardware_tier_id="small-k8s")
    refused = start_job.sync_detailed(client=client(sim), body=document_body)
    assert refused.status_code == 400 and "runCommand" in refused.content.decode()  # its own generation's only

    sim.advance(40)
    got = get_job.sync_detailed(job.id, client=client(sim))
    assert isinstance(got.parsed, JobEnvelopeV1) and got.parsed.job.status.execution_status == JobStatus.RUNNING
    so_far = logs(sim, job.id)
    assert [c.log for c in so_far.logs.log_content] == [f"Job {job.id} queued on gpu-small", "$ python x.py"]
    assert [c.log_type for c in so_far.logs.log_content] == [JobLogType.PREPARE_OUTPUT, JobLogType.STD_OUT]
    assert so_far.logs.log_content[1].size == len("$ python x.py") and not so_far.logs.is_complete
    since = so_far.metadata.pagination.latest_time_nano
    assert isinstance(since, str) and since.isdigit()
    stdout = logs(sim, job.id, log_type=JobLogType.STD_OUT)
    assert [c.log for c in stdout.logs.log_content] == ["$ python x.py"]
    first = logs(sim, job.id, limit=1)
    assert len(first.logs.log_content) == 1 and first.metadata.pagination.limit == 1

    assert stop_job.sync_detailed(client=client(sim), body=StopJobRequest(project_id=sim.project_id, job_id=job.id))
    sim.advance(5)
    ended = get_job.sync(job.id, client=client(sim))
    assert isinstance(ended, JobEnvelopeV1) and ended.job.status.execution_status == JobStatus.STOPPED
    assert logs(sim, job.id).logs.is_complete
    assert [c.log for c in logs(sim, job.id, latest_time_nano=since).logs.log_content] == ["Job stopped"]
    bad = get_job_logs.sync_detailed(job.id, client=client(sim), latest_time_nano="yesterday")
    assert bad.status_code == 400


def test_either_envelope_parses_and_the_two_tell_themselves_apart() -> None:
    """The generated unions pick the right member for each generation's answer (disjoint required keys)."""
    answers = {}
    for api in ("public", "document"):
        with serve("domino", seed=5, api=api) as sim:
            (job_id,) = sim.add_jobs(1, states=["running"])
            api_client = client(sim)  # type: ignore[arg-type]
            answers[api] = (
                list_jobs.sync(client=api_client, project_id=sim.project_id),  # type: ignore[attr-defined]
                get_job.sync(job_id, client=api_client),
            )
    assert isinstance(answers["public"][0], PaginatedJobEnvelopeV1) and isinstance(answers["public"][1], JobEnvelopeV1)
    assert isinstance(answers["document"][0], JobList) and isinstance(answers["document"][1], Job)
    document_page = answers["document"][0].to_dict()
    broken = {**document_page, "data": [{k: v for k, v in document_page["data"][0].items() if k != "command"}]}
    offline = AuthenticatedClient(base_url="http://unused.invalid", token="")
    # The error names what each shape lacks, not only the last one tried.
    with pytest.raises(
        ValueError, match=r"JobList \(KeyError: 'command'\); PaginatedJobEnvelopeV1 \(KeyError: 'jobs'\)"
    ):
        list_jobs._parse_response(client=offline, response=httpx.Response(200, json=broken))


def test_errors_are_the_same_in_both(sim: Simulator) -> None:
    missing = get_job.sync_detailed("0" * 24, client=client(sim))
    assert missing.status_code == 404 and isinstance(missing.parsed, FailureEnvelopeV1)
    denied = list_jobs.sync_detailed(client=client(sim, key="wrong"), project_id=sim.project_id)
    assert denied.status_code == 401 and isinstance(denied.parsed, FailureEnvelopeV1)
    assert list_jobs.sync_detailed(client=client(sim), project_id="nope").status_code == 404


def test_the_default_is_what_mljobs_domino_reads_and_the_document_api_is_one_argument_away() -> None:
    """``serve("domino")`` answers as ``mljobs.Domino`` speaks by default: the Public API."""
    assert simulator("domino").api == "public" and simulator("domino", api="document").api == "document"
    with serve("domino", seed=5) as sim:
        (job_id,) = sim.add_jobs(1, states=["running"])
        assert isinstance(get_job.sync(job_id, client=client(sim)), JobEnvelopeV1)  # type: ignore[arg-type]
        assert sim.client().jobs.get(job_id).id == job_id
        with mljobs.Domino(**sim.credentials) as default:
            assert default.jobs.get(job_id).raw_state == "Running"
    with serve("domino", seed=5, api="document") as sim:
        (job_id,) = sim.add_jobs(1, states=["running"])
        assert sim.client().jobs.get(job_id).id == job_id


# The body may be either generation's (StartJobBody); a Public API server refuses the document's StartJobRequest.
test_conformance, conformance_sim = conformance_test(
    "domino",
    authenticate=_authenticate,
    prepare=_prepare,
    serve_options={"api": "public"},
    also_valid_for={"startJob": (400,)},
)
