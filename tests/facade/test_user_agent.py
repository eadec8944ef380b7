"""Every request of every vendor says it comes from mljobs: ``User-Agent: mljobs/<version>``."""

from __future__ import annotations

import httpx
import pytest

import mljobs
from mljobs.testing import VENDORS

from ..reliability._support import SAMPLE_ID, client, close, resolve

AGENT = f"mljobs/{mljobs.__version__}"


def answer(seen: list[str]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(503)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("vendor", list(VENDORS))
async def test_jobs_and_client_api_send_the_mljobs_user_agent(vendor: str, mode: str) -> None:
    seen: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        return answer(seen).handle_request(request)

    mock = answer(seen) if mode == "sync" else httpx.MockTransport(handler)
    made = client(vendor, mode, "http://vendor.test", transport=mock, max_retries=0)
    with pytest.raises(mljobs.ServerError):
        await resolve(made.jobs.get(SAMPLE_ID[vendor]))
    http = made.api.get_httpx_client() if mode == "sync" else made.api.get_async_httpx_client()
    await resolve(http.get("/anything"))  # what a generated operation sends through client.api
    assert seen == [AGENT, AGENT]
    await close(made)


def test_a_callers_http_client_and_agent_are_respected() -> None:
    seen: list[str] = []
    with httpx.Client(transport=answer(seen)) as own:
        made = mljobs.Rime(base_url="http://rime.test", api_key="k", http_client=own)
        with pytest.raises(mljobs.ServerError):
            made.jobs.get(SAMPLE_ID["rime"])
        made.api.get_httpx_client().get("/x", headers={"User-Agent": "my-tool/2"})
    assert seen == [AGENT, "my-tool/2"]
