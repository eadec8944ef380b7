"""A listed job's ``raw`` is built on first use (issue 15): the same model as an eager parse, or the same error.

Listing checks the fields a Job carries when the job is listed (test_hostile's named defects); a wrong value
that only ``raw`` holds raises ResponseValidationError when ``raw`` is first read, never a bare exception.
"""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

import mljobs
from mljobs._headers import MASK
from mljobs.testing import serve

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS
from ._support import SYNC
from .test_hostile import answers, assert_typed, hostile_client, replace

__all__ = ["answers"]  # the fixture, shared with test_hostile

#: (vendor, the simulator's API generation): Domino's two list shapes, RIME's one.
CASES = [("rime", None), ("domino", "document"), ("domino", "public"), ("istari", None)]


def _client(vendor: str, sim: Any, api: str | None) -> Any:
    options = {**CLIENT_OPTIONS.get(vendor, {}), **({"api": api} if api else {})}
    return SYNC[vendor](**sim.credentials, **options)


@pytest.mark.parametrize(("vendor", "api"), CASES)
def test_a_listed_jobs_raw_is_the_model_a_get_parses(vendor: str, api: str | None) -> None:
    options = {**SIM_OPTIONS.get(vendor, {}), **({"api": api} if api else {})}
    with serve(vendor, seed=5, **options) as sim:
        sim.add_jobs(6, states=["running", "failed", "succeeded", "queued", "cancelled", "succeeded"])
        with _client(vendor, sim, api) as client:
            listed = list(client.jobs.list(page_size=4, **sim.scope))
            assert len(listed) == 6
            for job in listed:
                got = client.jobs.get(job.id, **({"view": "basic"} if vendor == "rime" else {}))  # as listed
                assert type(job.raw) is type(got.raw)
                assert job.raw.to_dict() == got.raw.to_dict()
                assert job.raw is job.raw  # built once
                assert job == got and job.to_dict() == got.to_dict()


def _first_page(jobs: Any, vendor: str) -> list[Any]:
    """The jobs of the captured list page (it holds two), served again for every request."""
    return list(jobs.list(max_items=2, **({"project_id": "p-1"} if vendor == "domino" else {})))


#: A field only ``raw`` holds, per vendor, and a value its generated model fails on.
RAW_ONLY = {
    "rime": ("agentId", 5),
    "domino": ("stageTimes", {"submissionTime": "2024-05-01T11:58:29Z", "startTime": 7}),
    "istari": ("file", 5),
}


@pytest.mark.parametrize("vendor", ["rime", "domino", "istari"])
def test_a_wrong_value_only_raw_holds_raises_when_raw_is_read(answers: Any, vendor: str) -> None:
    status, headers, body = answers[vendor]["list"]
    key, value = RAW_ONLY[vendor]
    items = {"rime": "jobs", "domino": "data", "istari": "items"}[vendor]
    data = json.dumps(replace(copy.deepcopy(body), (items, 0, key), value)).encode()
    listed = _first_page(hostile_client(vendor, status, headers, data).jobs, vendor)
    for job in listed:
        assert_typed(job)
    with pytest.raises(mljobs.ResponseValidationError) as err:
        _ = listed[0].raw
    assert err.value.text == data.decode()
    assert err.value.response is not None
    sent = err.value.response.request.headers
    assert all(sent[name] == MASK for name in ("rime-api-key", "x-domino-api-key", "authorization") if name in sent)
    with pytest.raises(mljobs.ResponseValidationError):
        listed[0].to_dict()
    assert listed[1].raw.to_dict()[key] != value  # the other jobs' models build


@pytest.mark.parametrize("vendor", ["rime", "domino"])
def test_a_copied_or_pickled_listed_job_holds_the_model(answers: Any, vendor: str) -> None:
    status, headers, body = answers[vendor]["list"]
    job = _first_page(hostile_client(vendor, status, headers, json.dumps(body).encode()).jobs, vendor)[0]
    copied = copy.copy(job)
    assert copied == job and copied.raw.to_dict() == job.raw.to_dict()
    # A pickle (or deepcopy) holds the model, not the answer. The generated models' UNSET is compared by
    # identity, which neither keeps (eager or lazy alike), so only the model's type is checked here.
    assert type(pickle.loads(pickle.dumps(job))._raw) is type(job.raw)
