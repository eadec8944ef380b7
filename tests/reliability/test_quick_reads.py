"""A listed job's quick read (issue 15) gives exactly what the checked field readers give, or hands over to them.

RIME's and Domino's document listings read the common job (every field of its spec type) at once. For every
field, a value of every JSON kind (absent, null, wrong types, empty, naive and offset date-times, bad dates) must
give the same Job, or the same error, as the checked readers, which a ``dict`` subclass always goes through.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from mljobs.testing import simulator
from mljobs.vendors import _common as common
from mljobs.vendors.domino import DominoVendor
from mljobs.vendors.rime import RimeVendor

RESPONSE = httpx.Response(200, request=httpx.Request("GET", "http://jobs.test/list"))
GONE = object()
KINDS: list[Any] = [
    GONE, None, 5, 0, True, 1.5, "", "x", "not a date", "2024-05-01T11:58:29", "2024-05-01T11:58:29.120+02:00",
    "2024-05-01T11:58:29Z", "2024-13-01T00:00:00Z", {}, {"a": 1}, [], ["2024-05-01T11:58:29Z"],
]  # fmt: skip


class Checked(dict[str, Any]):
    """The same JSON object, not a plain ``dict``: the quick read leaves it to the checked readers."""


def _rime_job() -> dict[str, Any]:
    sim = simulator("rime")
    [job_id] = sim.add_jobs(1, states=["succeeded"])
    return sim.metadata(sim.jobs[job_id], False)


def _domino_job() -> dict[str, Any]:
    sim = simulator("domino", api="document")
    [job_id] = sim.add_jobs(1, states=["succeeded"])
    return sim.doc_job(sim.jobs[job_id])


READERS = {
    "rime": (_rime_job, lambda data: RimeVendor.listed_job(RESPONSE, data)),
    "domino": (_domino_job, lambda data: DominoVendor.listed_job(RESPONSE, data, False)),
}
#: The keys a Job is read from, whether or not the simulator's job has them (a failed RIME job's errorMsg).
READ_KEYS = {
    "rime": ["jobId", "status", "errorMsg", "creationTime", "startTime", "completionTime"],
    "domino": ["id", "status", "projectId", "title", "stageTimes", "startedAt", "endedAt"],
}


def _outcome(read: Any, data: Any) -> Any:
    try:
        job = read(data)
    except Exception as exc:  # the error itself is what is compared
        return type(exc), str(exc)
    fields = (job.vendor, job.id, job.state, job.raw_state, job.created_at, job.started_at, job.finished_at)
    try:
        raw = job.raw.to_dict()
    except Exception as exc:  # a value only raw holds: raised when raw is read, alike both ways
        raw = (type(exc), str(exc))
    return (*fields, job.message, job.progress, raw)


def _variants(job: dict[str, Any], keys: list[str]) -> list[dict[str, Any]]:
    out = []
    for key in dict.fromkeys([*job, *keys]):
        for kind in KINDS:
            changed = {k: v for k, v in job.items() if k != key}
            if kind is not GONE:
                changed[key] = kind
            out.append(changed)
    if isinstance(job.get("stageTimes"), dict):  # Domino: the submission time sits in an object
        for kind in KINDS:
            stages = {k: v for k, v in job["stageTimes"].items() if k != "submissionTime"}
            if kind is not GONE:
                stages["submissionTime"] = kind
            out.append({**job, "stageTimes": stages})
    return out


@pytest.mark.parametrize("vendor", sorted(READERS))
def test_every_variant_of_every_field_reads_as_the_checked_readers_read_it(vendor: str) -> None:
    make, read = READERS[vendor]
    job = make()
    assert set(READ_KEYS[vendor]) - {"errorMsg", "title"} <= set(job)
    variants = _variants(job, READ_KEYS[vendor])
    assert len(variants) > 8 * len(KINDS)
    for data in variants:
        quick, checked = _outcome(read, data), _outcome(read, Checked(data))
        assert quick == checked, data
        if isinstance(quick[0], type):  # an error: a BadField naming the field, for the client to report
            assert issubclass(quick[0], common.BadField), data


@pytest.mark.parametrize("vendor", sorted(READERS))
def test_the_common_job_is_read_without_the_field_readers(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    make, read = READERS[vendor]
    job = make()
    expected = _outcome(read, Checked(job))
    for name in ("json_object", "json_enum", "json_time", "json_required", "vendor_job"):
        monkeypatch.setattr(common, name, _refuse)
    assert _outcome(read, job) == expected
    assert isinstance(expected[4], dt.datetime) and expected[4].tzinfo is not None


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the quick read called a checked reader")
