"""Defect 11: a status the client does not know is UNKNOWN with the raw value kept, never success."""

from __future__ import annotations

import httpx
import pytest

import mljobs

from ._support import Recorder, client, resolve


def symetryml_says(status: int, code: str, text: str | None) -> Recorder:
    body: dict[str, object] = {"statusCode": code, "values": {}}
    if text is not None:
        body["statusString"] = text
    return Recorder(lambda request: httpx.Response(status, json=body))


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("text", ["Job is teleporting", "job is finished", ""])
async def test_symetryml_an_unknown_status_string_with_ok_is_unknown(mode: str, text: str) -> None:
    jobs = client("symetryml", mode, "http://vendor.test", transport=symetryml_says(200, "OK", text).transport())
    job = await resolve(jobs.jobs.get("5"))
    await resolve(jobs.close())
    assert job.state is mljobs.JobState.UNKNOWN and not job.is_terminal
    assert job.raw_state == (text or "OK")


def test_symetryml_an_envelope_without_its_status_string_does_not_parse() -> None:
    jobs = client("symetryml", "sync", "http://vendor.test", transport=symetryml_says(200, "OK", None).transport())
    with pytest.raises(mljobs.ResponseValidationError, match="statusString"):
        jobs.jobs.get("5")


def test_symetryml_a_wait_on_an_unknown_status_keeps_polling_until_its_deadline() -> None:
    answers = symetryml_says(200, "OK", "Job is teleporting")
    jobs = client("symetryml", "sync", "http://vendor.test", transport=answers.transport()).jobs
    clock = [0.0]
    jobs.monotonic = lambda: clock[0]
    jobs.sleep = lambda seconds: clock.__setitem__(0, clock[0] + seconds)
    with pytest.raises(mljobs.WaitTimeoutError) as err:
        jobs.wait("5", timeout=60)
    assert err.value.job is not None and err.value.job.raw_state == "Job is teleporting"
    assert len(answers.requests) > 3


@pytest.mark.parametrize(
    ("code", "state"), [("ACCEPTED", mljobs.JobState.RUNNING), ("CREATED", mljobs.JobState.QUEUED)]
)
def test_symetryml_codes_that_say_the_job_has_not_ended_still_map(code: str, state: mljobs.JobState) -> None:
    jobs = client("symetryml", "sync", "http://vendor.test", transport=symetryml_says(202, code, "?").transport())
    assert jobs.jobs.get("5").state is state
