"""The vendor-neutral simulator machinery: clocks, schedules, faults, argument checks."""

from __future__ import annotations

import time

import httpx
import pytest

from mljobs.testing import SimulatorError, serve, simulator


def test_wall_clock_jobs_move_on_real_time() -> None:
    with serve("rime", seed=1, wall_clock=True) as sim:
        (job,) = sim.add_jobs(1, queue_seconds=0.05, run_seconds=0.1, outcome="succeeded")
        assert sim.phase(job) == "queued"
        time.sleep(0.3)
        assert sim.phase(job) == "succeeded"


def test_virtual_time_moves_only_on_advance_and_cancel_later() -> None:
    sim = simulator("istari", seed=1)
    (job,) = sim.add_jobs(1, queue_seconds=5, run_seconds=50, outcome="never")
    assert sim.phase(job) == "queued"
    sim.advance(10)
    assert sim.phase(job) == "running"
    sim.advance(10_000)
    assert sim.phase(job) == "running"  # outcome="never"
    sim.cancel_later(job, after=5)
    sim.advance(5)
    assert sim.phase(job) == "cancelled"


def test_latency_and_slow_faults_delay_answers() -> None:
    with serve("rime", seed=2, latency=0.2) as sim:
        key = {"rime-api-key": sim.credentials["api_key"]}
        started = time.perf_counter()
        assert httpx.get(f"{sim.base_url}/v1-beta/jobs", headers=key).status_code == 200
        assert time.perf_counter() - started >= 0.2
        sim.faults.latency = 0.0
        sim.inject("slow")
        started = time.perf_counter()
        assert httpx.get(f"{sim.base_url}/v1-beta/jobs", headers=key).status_code == 200
        assert time.perf_counter() - started >= sim.faults.slow_seconds


def test_seeded_fault_rate_is_repeatable() -> None:
    outcomes = []
    for _ in range(2):
        with serve("rime", seed=9, fault_rate=0.5, faults=["500", "503"]) as sim:
            key = {"rime-api-key": sim.credentials["api_key"]}
            outcomes.append([httpx.get(f"{sim.base_url}/v1-beta/jobs", headers=key).status_code for _ in range(12)])
    assert outcomes[0] == outcomes[1] and {200, 500, 503} >= set(outcomes[0]) and len(set(outcomes[0])) > 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: simulator("nope"), "no simulator for 'nope'"),
        (lambda: simulator("rime", fault_rate=2), "fault_rate"),
        (lambda: simulator("rime", faults=["418"]), "unknown fault kind"),
        (lambda: simulator("rime").add_jobs(1, states=["paused"]), "unknown state 'paused'"),
        (lambda: simulator("rime").add_jobs(1, outcome="maybe"), "unknown outcome"),  # type: ignore[arg-type]
        (lambda: simulator("rime").advance(-1), "advance"),
        (lambda: simulator("rime").inject("teapot"), "unknown fault kind"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_name_the_problem(call: object, message: str) -> None:
    with pytest.raises(SimulatorError, match=message):
        call()  # type: ignore[operator]


def test_a_taken_port_is_a_clear_error() -> None:
    with serve("rime") as sim, pytest.raises(SimulatorError, match="cannot listen"):
        port = int(sim.base_url.rsplit(":", 1)[1])
        with serve("rime", port=port):
            pass


def test_set_outcome_makes_a_live_job_fail_or_never_end() -> None:
    sim = simulator("rime", seed=1)
    doomed, endless = sim.add_jobs(2, queue_seconds=5, run_seconds=50, outcome="succeeded")
    sim.set_outcome(doomed, "failed")
    sim.set_outcome(endless, "never")
    sim.advance(10_000)
    assert sim.phase(doomed) == "failed" and sim.phase(endless) == "running"
    sim.set_outcome(endless, "succeeded")  # an endless job given an end finishes a minute later
    sim.advance(60)
    assert sim.phase(endless) == "succeeded"


def test_listing_helpers_agree_with_sorting_and_filtering_every_job() -> None:
    # The listings walk back from the right place (issue 15, item 6); this pins that to the plain way.
    sim = simulator("domino", seed=3)
    sim.add_jobs(7, states=["running", "succeeded"])
    first = sim.count_jobs(where=("project_id", sim.project_id))  # type: ignore[attr-defined]
    sim.add_jobs(5, project_id="other")  # after the index exists: it must keep up
    sim.add_jobs(4, states=["failed"])
    everything = sorted(sim.jobs.values(), key=lambda j: j.seq, reverse=True)
    assert sim.newest_first() == everything
    for where in (None, ("project_id", sim.project_id), ("project_id", "other"), ("project_id", "nobody")):
        chosen = [j for j in everything if where is None or j.fields["project_id"] == where[1]]
        assert sim.count_jobs(where=where) == len(chosen)
        assert list(sim.walk_newest(where=where)) == chosen
        for before in (-1, 0, 1, 6, 7, 11, 16, 17, 99):
            assert list(sim.walk_newest(before, where=where)) == [j for j in chosen if j.seq < before]
        for offset in (0, 1, 3, 10, 11, 16, 40):
            for limit in (0, 1, 4, 25):
                assert sim.newest_page(offset, limit, where=where) == chosen[offset : offset + limit]
    assert first == 7 and sim.count_jobs() == 16


def test_a_listing_sees_jobs_added_after_it_was_first_read() -> None:
    with serve("domino", seed=4, api="document") as sim:  # the document's envelope: {data, totalCount}
        key = {"X-Domino-Api-Key": sim.credentials["api_key"]}
        url = f"{sim.base_url}/api/jobs/beta/jobs"
        query = {"projectId": sim.scope["project_id"], "limit": 2}
        sim.add_jobs(3)
        assert httpx.get(url, params=query, headers=key).json()["totalCount"] == 3
        (newest,) = sim.add_jobs(1)
        answer = httpx.get(url, params=query, headers=key).json()
        assert answer["totalCount"] == 4
        assert answer["data"][0]["id"] == newest


def test_archiving_a_job_by_hand_updates_the_count_the_listings_use() -> None:
    sim = simulator("istari", seed=5)
    ids = sim.add_jobs(4)
    assert sim.count_archived() == 0
    sim.jobs[ids[1]].archived = True
    sim.jobs[ids[3]].archived = True
    sim.jobs[ids[3]].archived = True
    assert sim.count_archived() == 2
    sim.jobs[ids[1]].archived = False
    assert sim.count_archived() == 1


@pytest.mark.parametrize("vendor", ["domino", "istari"])
def test_list_answers_read_from_kept_state_are_the_bytes_built_afresh(vendor: str) -> None:
    # Status-filtered lists group the jobs by status once a moment, and pages reuse each job's JSON while what
    # it is built from is unchanged: after every kind of change, the answer must be what an empty cache gives.
    with serve(vendor, seed=11, **({"api": "document"} if vendor == "domino" else {})) as sim, httpx.Client() as http:
        if vendor == "domino":
            url, headers = f"{sim.base_url}/api/jobs/beta/jobs", {"X-Domino-Api-Key": sim.credentials["api_key"]}
            base, key, statuses = {"projectId": sim.scope["project_id"], "limit": 5}, "status", sim.states
        else:
            url, headers = f"{sim.base_url}/api/v2/jobs", {"Authorization": f"Bearer {sim.credentials['api_key']}"}
            base, key = {"size": 5, "archive_status": "all"}, "status_name"
            statuses = {"all": ("Created", "Pending", "Running", "Completed", "Failed", "Canceled")}
        names = sorted({name for names in statuses.values() for name in names})
        queries = [base, {**base, "page": 2} if vendor == "istari" else {**base, "offset": 5}]
        queries += [{**base, key: name} for name in names]

        def answers() -> list[bytes]:
            return [http.get(url, params=q, headers=headers).content for q in queries]

        def same_as_afresh() -> None:
            kept = answers()
            sim._listed.clear()  # type: ignore[attr-defined]
            sim._grouped.clear()  # type: ignore[attr-defined]
            sim._checked.clear()  # type: ignore[attr-defined]
            assert kept == answers()

        ids = sim.add_jobs(12, states=["queued", "running", "succeeded", "failed", "cancelled"])
        answers()
        same_as_afresh()
        changes = [
            lambda: sim.advance(40),
            lambda: sim.cancel_later(ids[-2], 0),
            lambda: sim.set_outcome(ids[-4], "failed"),
            lambda: sim.set_raw_state(ids[-1], "Paused"),
            lambda: sim.jobs[ids[-3]].fields.update(title="renamed", function="renamed"),
        ]
        if vendor == "istari":
            changes += [
                lambda: http.delete(f"{url}/{ids[-5]}", headers=headers).raise_for_status(),
                lambda: http.put(f"{url}/{ids[-6]}/status", params={"status_name": "Failed"}, headers=headers),
            ]
        changes += [lambda: sim.add_jobs(3, states=["running"]), lambda: sim.advance(400)]
        for change in changes:
            answers()  # the caches are warm
            change()
            same_as_afresh()
