"""Every vendor's cursor remembers the filters of its listing: resuming with other filters is refused."""

from __future__ import annotations

from typing import Any

import pytest

import mljobs
from mljobs.testing import serve

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS

#: (the filters of the first listing, other filters) per vendor; SymetryML lists everything in one answer.
FILTERS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "rime": ({"status": "JOB_STATUS_SUCCEEDED"}, {"status": mljobs.JobState.FAILED}),
    "domino": ({"status": "Succeeded"}, {"status": "Running"}),
    "vectara": ({"state": mljobs.JobState.SUCCEEDED}, {"state": "JOB_STATE__FAILED"}),
    "istari": ({"status": "Completed"}, {"status": "Completed", "archive_status": "all"}),
}


@pytest.mark.parametrize("vendor", list(FILTERS))
def test_resume_with_the_same_filters_continues_and_other_filters_raise(vendor: str) -> None:
    same, other = FILTERS[vendor]
    with serve(vendor, seed=12, **SIM_OPTIONS.get(vendor, {})) as sim:
        sim.add_jobs(9, states=["succeeded", "failed", "running"])
        with sim.client(**CLIENT_OPTIONS.get(vendor, {})) as client:
            scope = sim.scope
            everything = [j.id for j in client.jobs.list(**scope, **same)]
            first = next(iter(client.jobs.list(**scope, **same, page_size=2).pages()))
            assert first.next_cursor is not None and len(everything) == 3
            rest = [j.id for j in client.jobs.list(**scope, **same, page_size=2, cursor=first.next_cursor)]
            assert [j.id for j in first.items] + rest == everything
            sent = len(sim.requests)
            differs = next(k for k in other if other[k] != same.get(k))
            with pytest.raises(mljobs.InvalidArgumentError, match=rf"other filters \({differs} differ\)"):
                client.jobs.list(**scope, **other, cursor=first.next_cursor)
            assert len(sim.requests) == sent  # refused before anything was sent
            if vendor == "rime":  # RIME's page token carries the filters: a resume may set none
                assert [j.id for j in client.jobs.list(page_size=2, cursor=first.next_cursor)] == rest
            else:
                with pytest.raises(mljobs.InvalidArgumentError, match="resumes a listing with other filters"):
                    client.jobs.list(**scope, cursor=first.next_cursor)  # no filters are other filters here
