"""client.call(operation, ...): any generated operation, with mljobs' transport, retries, checks and errors."""

from __future__ import annotations

import httpx
import pytest
from mljobs_domino.api.jobs import add_job_tag, get_job, remove_job_tag, stop_job
from mljobs_domino.models import NewJobTag, StopJobRequest, TagEnvelopeV1
from mljobs_rime.api.jobs import get_job_project_id
from mljobs_symetryml.api.jobs import get_job as symetry_get

import mljobs
from mljobs.testing import serve


def test_an_operation_returns_its_success_model_and_an_error_status_raises() -> None:
    with serve("domino", seed=3, api="document") as sim:
        (job_id,) = sim.add_jobs(1, states=["running"])
        with sim.client() as client:
            tag = client.call(add_job_tag, job_id, body=NewJobTag(name="best-model"))
            assert isinstance(tag, TagEnvelopeV1) and tag.tag.name == "best-model"  # type: ignore[union-attr]
            assert sim.jobs[job_id].fields["tags"][0]["name"] == "best-model"
            assert client.call(get_job, job_id=job_id).id == job_id  # path parameters by keyword too
            # the generated sync() returns the error model here; call() raises the mljobs error
            assert add_job_tag.sync("nope", client=client.api, body=NewJobTag(name="x")) is not None
            with pytest.raises(mljobs.NotFoundError) as missing:
                client.call(add_job_tag, "nope", body=NewJobTag(name="x"))
            assert missing.value.status_code == 404
            with pytest.raises(mljobs.NotFoundError):
                client.call(remove_job_tag, job_id, "tag-none", project_id=sim.project_id)
            # a 200 without a body the spec describes: the operation's own parse (None) comes back
            body = StopJobRequest(project_id=sim.project_id, job_id=job_id, commit_results=False)
            assert client.call(stop_job, body=body) is None


def test_retries_path_checks_and_arguments_are_mljobs_own() -> None:
    with serve("domino", seed=4, api="document") as sim:
        (job_id,) = sim.add_jobs(1)
        with sim.client() as client:
            sim.inject("503")
            sim.inject("429")
            assert client.call(get_job, job_id).id == job_id  # retried twice, on the simulator's clock
            sent = len(sim.requests)
            with pytest.raises(mljobs.InvalidArgumentError, match=r"job_id='\.\.' cannot be sent"):
                client.call(get_job, "..")
            with pytest.raises(mljobs.InvalidArgumentError, match="job_id='a/b' cannot be sent"):
                client.call(get_job, job_id="a/b")
            with pytest.raises(mljobs.InvalidArgumentError, match=r"add_job_tag: .*body"):
                client.call(add_job_tag, job_id)  # type: ignore[call-arg]
            with pytest.raises(mljobs.InvalidArgumentError, match="takes a generated operation module"):
                client.call(len, job_id)  # type: ignore[arg-type]
            assert len(sim.requests) == sent  # none of these was sent


def test_a_status_the_spec_does_not_list_is_a_response_validation_error() -> None:
    def teapot(request: httpx.Request) -> httpx.Response:
        assert request.headers["rime-api-key"] == "k"
        return httpx.Response(203, json={"projectId": "p"})

    client = mljobs.Rime(base_url="http://rime.test", api_key="k", transport=httpx.MockTransport(teapot))
    with pytest.raises(mljobs.ResponseValidationError, match=r"203 answer to GET .*get_job_project_id"):
        client.call(get_job_project_id, "00000000-0000-4000-8000-000000000000")


async def test_the_async_twin() -> None:
    with serve("symetryml", seed=5) as sim:
        (job_id,) = sim.add_jobs(1, states=["succeeded"])
        async with sim.async_client() as client:
            answer = await client.call(symetry_get, client.customer_id, job_id)
            assert answer is not None and answer.status_string == "Job is finished"
            with pytest.raises(mljobs.NotFoundError):
                await client.call(symetry_get, client.customer_id, "404404")
