"""Istari's own client, istari-digital-client 13.3.4, runs unchanged against the Istari simulator.

Both of its clients: the new one (``Istari`` and ``IstariIntegrations``: ``jobs.list/get/archive/restore``,
a job's ``update_status``, ``poll``, ``archive`` and ``restore``, ``agents.available_jobs``) and the legacy
``Client`` (``list_jobs(...).iter_items()`` and ``iter_pages()``, ``get_job``, ``update_job_status``,
``archive_job``, ``restore_job``, ``get_agent_available_jobs``, ``list_model_jobs`` and a job's
``poll_job``), with the failure answers each raises on (404, 401, 409). Creating a job needs Istari's
file storage (an upload before ``POST /api/v2/models/{id}/jobs``), which the simulator does not serve.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import mljobs
from mljobs.testing import VendorSimulator, serve

from ._venvs import VendorClient, VendorError, clock_running

pytestmark = pytest.mark.vendor_clients
CONNECT = """
from istari_digital_client import Client, Configuration, Istari, IstariIntegrations
config = Configuration(registry_url={url!r}, registry_auth_token={token!r})
istari, integrations, legacy = Istari(config), IstariIntegrations(config), Client(config)
"""
NO_SUCH_JOB = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def istari(istari_python: Path) -> Iterator[VendorClient]:
    client = VendorClient(istari_python)
    yield client
    client.close()


@pytest.fixture
def sim(istari: VendorClient) -> Iterator[VendorSimulator]:
    with serve("istari", seed=5) as running:
        istari.run(CONNECT.format(url=running.base_url, token=running.credentials["api_key"]))
        yield running


def test_new_client_lists_every_page_with_filters_and_counts_once(istari: VendorClient, sim: VendorSimulator) -> None:
    ids = sim.add_jobs(23, states=["queued", "running", "succeeded"])
    assert istari("[j.id for j in istari.jobs.list(size=5)]") == ids[::-1]
    assert istari("istari.jobs.list(size=5).total") == 23  # one counted request, read lazily
    running = istari("[j.id for j in istari.jobs.list(status_name='running', size=3)]")
    assert set(running) == {i for i in ids if sim.phase(i) == "running"}
    oldest = istari("[j.id for j in istari.jobs.list(sort='created', size=10, page=2)]")
    assert oldest == ids[10:]
    model = sim.model_id  # type: ignore[attr-defined]
    assert len(istari(f"[j.id for j in istari.jobs.list(resource_id={model!r}, size=100)]")) == 23
    function = sim.job(ids[0]).fields["function"]
    named = istari(f"[j.id for j in istari.jobs.list(name={function.upper()[:6]!r}, size=100)]")
    assert ids[0] in named and all(sim.job(i).fields["function"].startswith(function[:6]) for i in named)
    pages = [dict(r.query) for r in sim.requests if r.path == "/api/v2/jobs"]
    assert pages[0] == {"page": "1", "size": "5", "include_total": "false"}
    assert {"page": "1", "size": "1", "include_total": "true"} in pages


def test_new_client_get_update_poll_archive_restore_and_agents(istari: VendorClient, sim: VendorSimulator) -> None:
    queued, running, other = sim.add_jobs(3, states=["queued", "queued", "queued"], outcome="succeeded")
    agent = sim.agent_id  # type: ignore[attr-defined]
    sim.advance(1)
    assert istari(f"istari.jobs.get({queued!r}).status_name") == "Pending"
    available = istari(f"[j.id for j in integrations.agents.available_jobs({agent!r}, size=2)]")
    assert sorted(available) == sorted([queued, running, other])
    istari.run(f"job = istari.jobs.get({queued!r})")
    assert istari(f"job.update_status('Claimed', agent_id={agent!r}).status_name") == "Claimed"
    assert istari(f"job.update_status('Running', agent_id={agent!r}).status_name") == "Running"
    assert queued not in istari(f"[j.id for j in integrations.agents.available_jobs({agent!r})]")
    with pytest.raises(VendorError) as back:
        istari("job.update_status('Pending')")  # the service refuses going back
    assert back.value.type == "ConflictError" and back.value.status == 409
    sim.advance(3600)
    assert istari(f"istari.jobs.get({queued!r}).status_name") == "Running"  # the agent owns it now
    done = istari("job.update_status('Completed', message={'message': 'all parts meshed'})")
    assert done["status_history"][-1]["name"] == "Completed" and done["status_history"][-1]["message"] == (
        "all parts meshed"
    )
    assert istari("job.poll(interval=0.05, timeout=10)") == "Completed"  # already ended: one GET
    (live,) = sim.add_jobs(1, states=["running"], outcome="succeeded")
    with clock_running(sim):
        assert istari(f"istari.jobs.get({live!r}).poll(interval=0.05, timeout=30)", timeout=60) == "Completed"
    with mljobs.Istari(**sim.credentials) as client:  # mljobs sees what Istari's client did
        assert client.jobs.get(queued).state is mljobs.JobState.SUCCEEDED

    istari(f"istari.jobs.archive({other!r})")
    assert other not in istari("[j.id for j in istari.jobs.list(size=100)]")
    assert istari("[j.id for j in istari.jobs.list(archive_status='archived')]") == [other]
    with pytest.raises(VendorError) as again:
        istari(f"istari.jobs.archive({other!r})")
    assert again.value.type == "ConflictError"
    assert istari(f"istari.jobs.restore({other!r}).archive_status_name") == "Active"
    istari.run(f"restored = istari.jobs.get({other!r}); restored.archive()")
    assert istari(f"istari.jobs.get({other!r}).archive_status_name") == "Archived"
    istari.run("restored.restore()")
    assert istari(f"istari.jobs.get({other!r}).archive_status_name") == "Active"


def test_legacy_client_pages_to_the_end_and_runs_every_job_call(istari: VendorClient, sim: VendorSimulator) -> None:
    ids = sim.add_jobs(23, states=["queued", "running", "succeeded"], outcome="succeeded")
    # It sends no include_total and stops on total 0 or page == pages: it ends only if the server counts.
    assert istari("[j.id for j in legacy.list_jobs(size=5).iter_items()]") == ids[::-1]
    assert istari("[len(p.items) for p in legacy.list_jobs(size=10).iter_pages()]") == [10, 10, 3]
    assert istari("[j.id for j in legacy.list_jobs(status_name='Running', size=2).iter_items()]") == [
        i for i in ids[::-1] if sim.phase(i) == "running"
    ]
    model = sim.model_id  # type: ignore[attr-defined]
    assert istari(f"[j.id for j in legacy.list_model_jobs({model!r}, size=4).iter_items()]") == ids[::-1]
    agent = sim.agent_id  # type: ignore[attr-defined]
    waiting = [i for i in ids if sim.phase(i) == "queued"]
    sim.advance(0.5)
    assert sorted(istari(f"[j.id for j in legacy.get_agent_available_jobs({agent!r}, size=3).iter_items()]")) == (
        sorted(waiting)
    )
    target = waiting[0]
    assert istari(f"legacy.get_job({target!r}).status.name") == "Pending"
    assert istari(f"legacy.update_job_status({target!r}, 'Running', agent_id={agent!r}).status.name") == "Running"
    with pytest.raises(VendorError) as back:
        istari(f"legacy.update_job_status({target!r}, 'Created')")
    assert back.value.type == "ConflictException" and back.value.status == 409
    assert istari(f"legacy.update_job_status({target!r}, 'Canceled').status.name") == "Canceled"
    assert istari(f"legacy.get_job({target!r}).poll_job()") == "Canceled"  # ended: no wait
    assert istari(f"legacy.archive_job({waiting[1]!r}).archive_status.name") == "Archived"
    assert istari(f"legacy.restore_job({waiting[1]!r}).archive_status.name") == "Active"
    (live,) = sim.add_jobs(1, states=["running"], outcome="succeeded")
    with clock_running(sim):  # poll_job sleeps a fixed 5 s between polls
        assert istari(f"legacy.get_job({live!r}).poll_job()", timeout=60) == "Completed"


def test_failure_answers_as_both_clients_raise_them(istari: VendorClient, sim: VendorSimulator) -> None:
    (ended,) = sim.add_jobs(1, states=["succeeded"])
    for call, raised_type, status in (
        (f"istari.jobs.get({NO_SUCH_JOB!r})", "NotFoundError", 404),
        (f"legacy.get_job({NO_SUCH_JOB!r})", "NotFoundException", 404),
        (f"istari.jobs.get({ended!r}).update_status('Canceled')", "ConflictError", 409),
        (f"legacy.update_job_status({ended!r}, 'Canceled')", "ConflictException", 409),
        (f"legacy.restore_job({ended!r})", "ConflictException", 409),
    ):
        with pytest.raises(VendorError) as raised:
            istari(call)
        assert (raised.value.type, raised.value.status) == (raised_type, status), call
    istari.run(CONNECT.format(url=sim.base_url, token="not-the-token"))
    with pytest.raises(VendorError) as denied:
        istari(f"istari.jobs.get({ended!r})")
    assert denied.value.type == "AuthenticationError" and denied.value.status == 401
    with pytest.raises(VendorError) as denied:
        istari(f"legacy.get_job({ended!r})")
    assert denied.value.type == "UnauthorizedException" and denied.value.status == 401
