"""Domino's two API generations, offline: answers shaped as the vendor notes describe the Public API (from dpa-gen,
generated from Domino's own spec), read by the facade whatever ``api=`` says; and the requests each ``api=`` sends."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import mljobs
from mljobs.vendors.domino import DominoVendor

PROJECT = "p" * 24


def job_v1(job_id: str, status: str, **times: str) -> dict[str, Any]:
    """A JobV1 with only what the Public API requires (vendor notes §1.6), and no projectId."""
    return {
        "id": job_id, "number": 1, "runCommand": "python train.py",
        "status": {"executionStatus": status, "isArchived": False, "isCompleted": "completedTime" in times,
                   "isScheduled": False},
        "stageTimes": {"submissionTime": "2026-01-02T03:04:05Z", **times},
        "commitDetails": {"inputCommitId": "c0"}, "datasetMounts": [], "dominoStats": [], "externalVolumeMounts": [],
        "gitRepos": [], "netAppVolumeMounts": [], "projects": [],
    }  # fmt: skip


def serving(answers: dict[str, Any], sent: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        answer = answers[request.url.path]
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, json=answer(request) if callable(answer) else answer)

    return httpx.MockTransport(handle)


@pytest.mark.parametrize("api", ["public", "document"])
def test_either_api_reads_the_public_envelopes_without_total_count(api: str) -> None:
    def page(request: httpx.Request) -> dict[str, Any]:
        offset = int(request.url.params["offset"])
        jobs = [job_v1(f"j{n}", "Running") for n in range(offset, min(offset + 2, 5))]
        return {"jobs": jobs, "metadata": {"notices": [], "requestId": "r-1", "limit": 2, "offset": offset}}

    sent: list[httpx.Request] = []
    answers = {"/api/jobs/beta/jobs": page,
               "/api/jobs/beta/jobs/j0": {"job": job_v1("j0", "Succeeded", startTime="2026-01-02T03:05:00Z",
                                                         completedTime="2026-01-02T04:09:00+01:00"),
                                          "metadata": {"notices": [], "requestId": "r-2"}}}  # fmt: skip
    with mljobs.Domino(base_url="http://domino.invalid", api_key="k", api=api,  # type: ignore[arg-type]
                       transport=serving(answers, sent)) as client:  # fmt: skip
        listed = list(client.jobs.list(project_id=PROJECT, page_size=2))
        job = client.jobs.get("j0")
    assert [j.id for j in listed] == ["j0", "j1", "j2", "j3", "j4"]  # no totalCount: on while pages are full
    assert job.state is mljobs.JobState.SUCCEEDED and job.raw_state == "Succeeded"
    assert job.finished_at is not None and job.finished_at.utcoffset() is not None
    assert job.started_at is not None and job.created_at is not None and job.finished_at > job.started_at


def test_status_filters_map_onto_the_coarse_status_filter() -> None:
    public, document = DominoVendor("public"), DominoVendor("document")
    assert public.listings(None) == [(None, None)]
    assert public.listings(mljobs.JobState.RUNNING)[0][0] == "active"
    assert public.listings(["Queued", "Running"])[0] == ("active", frozenset({"Queued", "Running"}))
    assert public.listings([mljobs.JobState.FAILED, "Stopped"])[0][0] == "completed"
    assert public.listings(["Running", "Succeeded"]) == [(None, frozenset({"Running", "Succeeded"}))]
    assert document.listings(["Running", "Succeeded"]) == [("Running", None), ("Succeeded", None)]
    with pytest.raises(mljobs.InvalidArgumentError, match="Sleeping"):
        public.listings("Sleeping")
    with pytest.raises(mljobs.ConfigurationError, match="'public', 'document'"):
        DominoVendor("v4")


def test_requests_go_in_the_shape_of_api() -> None:
    started = {"job": job_v1("new", "Queued"), "metadata": {"notices": [], "requestId": "r"}}
    sent: list[httpx.Request] = []
    answers = {"/api/jobs/v1/jobs": started,
               "/api/jobs/beta/jobs": {"data": [], "offset": 0, "limit": 25, "totalCount": 0}}  # fmt: skip
    for api in ("public", "document"):
        with mljobs.Domino(base_url="http://domino.invalid", api_key="k", api=api,  # type: ignore[arg-type]
                           transport=serving(answers, sent)) as client:  # fmt: skip
            assert client.jobs.start(project_id=PROJECT, command="python a.py", hardware_tier_id="small").id == "new"
            assert list(client.jobs.list(project_id=PROJECT, status="Failed")) == []
    public_start, public_list, document_start, document_list = sent
    assert json.loads(public_start.content) == {"projectId": PROJECT, "runCommand": "python a.py",
                                                "hardwareTier": "small"}  # fmt: skip
    assert json.loads(document_start.content) == {"projectId": PROJECT, "commandToRun": "python a.py",
                                                  "hardwareTierId": "small"}  # fmt: skip
    assert public_list.url.params["statusFilter"] == "completed" and "status" not in public_list.url.params
    assert document_list.url.params["status"] == "Failed" and "statusFilter" not in document_list.url.params


def test_logs_and_errors_of_the_public_api() -> None:
    logs = {"logs": {"isComplete": True, "logContent": [
        {"log": "hello", "logType": "stdOut", "size": 5, "timestamp": "2026-01-02T03:04:05Z"},
        {"log": "world\n", "logType": "stdErr", "size": 6, "timestamp": "2026-01-02T03:04:06Z"}]},
        "metadata": {"notices": [], "pagination": {"limit": 1000}, "requestId": "r"}}  # fmt: skip
    broken = {"logs": {"isComplete": True, "logContent": "not a list"}, "metadata": {}}
    failure = httpx.Response(404, json={"errors": ["Job nope not found"], "requestId": "req-77"})
    text_log = httpx.Response(200, text='{"not": "an envelope"}\n', headers={"content-type": "text/plain"})
    answers = {"/api/jobs/beta/jobs/a/logs": logs, "/api/jobs/beta/jobs/b/logs": broken,
               "/api/jobs/beta/jobs/c/logs": text_log, "/api/jobs/beta/jobs/nope": failure}  # fmt: skip
    with mljobs.Domino(base_url="http://domino.invalid", api_key="k", transport=serving(answers, [])) as client:
        assert client.jobs.logs("a") == "hello\nworld\n"
        assert client.jobs.logs("c") == '{"not": "an envelope"}\n'  # the document's text, as it came
        with pytest.raises(mljobs.ResponseValidationError):
            client.jobs.logs("b")
        with pytest.raises(mljobs.NotFoundError) as missing:
            client.jobs.get("nope")
    assert missing.value.request_id == "req-77" and "req-77" in str(missing.value)
    assert "Job nope not found" in str(missing.value)


def test_a_wrong_field_of_a_public_answer_names_its_request_id() -> None:
    wrong = job_v1("j", "Running")
    wrong["title"] = {"not": "text"}
    answers = {"/api/jobs/beta/jobs/j": {"job": wrong, "metadata": {"notices": [], "requestId": "req-88"}}}
    with (
        mljobs.Domino(base_url="http://domino.invalid", api_key="k", transport=serving(answers, [])) as client,
        pytest.raises(mljobs.ResponseValidationError, match=r"title must be a string.*request id req-88") as bad,
    ):
        client.jobs.get("j")
    assert bad.value.field == "title"
