"""Job.to_dict(): JSON-safe for every vendor's jobs, and it reads back to the same values."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest

from mljobs import Job, JobState
from mljobs._registry import VENDORS
from mljobs.testing import PHASES, serve

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS

#: A status each vendor's spec does not list, to prove an unknown one survives too.
NEW_STATUS = {"rime": "JOB_STATUS_NEW", "domino": "Hibernating", "vectara": "JOB_STATE__PAUSED", "istari": "Paused"}


def read_back(job: Job) -> dict[str, object]:
    text = json.dumps(job.to_dict(), allow_nan=False)  # strict JSON: no NaN, no objects
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_every_vendors_jobs_dump_as_json_and_read_back(vendor: str) -> None:
    with serve(vendor, seed=11, **SIM_OPTIONS.get(vendor, {})) as sim:
        ids = sim.add_jobs(len(PHASES), states=list(PHASES))
        if vendor in NEW_STATUS:
            sim.set_raw_state(ids[1], NEW_STATUS[vendor])
        client = sim.client(**CLIENT_OPTIONS.get(vendor, {}))
        jobs = [client.jobs.get(i) for i in ids] + list(client.jobs.list(**sim.scope))
    assert {j.state for j in jobs} >= {JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED}
    for job in jobs:
        data = read_back(job)
        assert list(data) == [
            "vendor", "id", "state", "raw_state", "created_at", "started_at", "finished_at", "message", "progress",
            "raw",
        ]  # fmt: skip
        assert (data["vendor"], data["id"], data["raw_state"], data["message"]) == (
            vendor, job.id, job.raw_state, job.message,
        )  # fmt: skip
        assert JobState(data["state"]) is job.state
        for name in ("created_at", "started_at", "finished_at"):
            value = getattr(job, name)
            text = data[name]
            assert (text is None) if value is None else dt.datetime.fromisoformat(str(text)) == value
        assert data["progress"] == job.progress
        assert data["raw"] == json.loads(json.dumps(job.raw.to_dict()))  # the vendor's own fields, as on the wire
    if vendor in NEW_STATUS:
        unknown = next(j for j in jobs if j.id == ids[1])
        assert unknown.state is JobState.UNKNOWN and read_back(unknown)["raw_state"] == NEW_STATUS[vendor]


def test_a_hand_made_job_converts_plain_values_and_refuses_what_json_cannot_hold() -> None:
    when = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    job = Job(vendor="rime", id="j", state=JobState.RUNNING, raw_state="R", started_at=when, progress=0.5,
              raw={"at": when, "state": JobState.QUEUED, "ids": ("a", 1), "nested": {"ok": True}})  # fmt: skip
    data = read_back(job)
    assert data["started_at"] == "2024-05-01T12:00:00+00:00" and data["state"] == "running"
    assert data["raw"] == {
        "at": "2024-05-01T12:00:00+00:00",
        "state": "queued",
        "ids": ["a", 1],
        "nested": {"ok": True},
    }
    assert read_back(Job(vendor="x", id="1", state=JobState.UNKNOWN, raw_state=None))["raw"] is None
    with pytest.raises(TypeError, match="raw holds a object"):
        Job(vendor="x", id="1", state=JobState.UNKNOWN, raw_state=None, raw=object()).to_dict()
    with pytest.raises(TypeError, match="no JSON form"):
        Job(vendor="x", id="1", state=JobState.UNKNOWN, raw_state=None, raw={"x": math.nan}).to_dict()
