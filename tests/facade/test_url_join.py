"""The facade joins an operation's path to the client's base URL itself (one parse): exactly as httpx merges it."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mljobs_domino.api.jobs import get_job, get_job_logs

import mljobs
from mljobs._http import UrlJoin

BASES = [
    "http://127.0.0.1:5555",
    "http://127.0.0.1:5555/",
    "https://domino.example.com",
    "https://domino.example.com/domino",
    "https://domino.example.com/a/b/",
    "https://user:secret@domino.example.com:8443/x",
    "http://[::1]:8080/sub",
    "https://domino.example.com/base?q=1",
    "https://domino.example.com/base#frag",
    "https://d%C3%B6mino.example.com/%7Euser/",
    "https://dömino.example.com/ünicode",
]
PATHS = [
    "/api/jobs/beta/jobs/abc",
    "/",
    "/api/jobs/beta/jobs/a%2Fb",
    "/api/jobs/beta/jobs/%2E%2E",
    "/a/../b",
    "/./a",
    "/a/.hidden",
    "/a?x=1",
    "/a#f",
    "/a b/ü",
    "//double//slash",
    "relative/path",
    "http://elsewhere.example.com/x",
    "",
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_the_join_is_the_url_httpx_merges(base: str, path: str) -> None:
    client = httpx.Client(base_url=base)
    joined = UrlJoin(client.base_url)(path)
    assert client.build_request("GET", joined).url == client.build_request("GET", path).url
    assert str(client.build_request("GET", joined).url) == str(client.build_request("GET", path).url)


@settings(max_examples=300, deadline=None)
@given(job_id=st.text(min_size=1, max_size=30), base=st.sampled_from(BASES))
def test_every_job_id_the_generated_code_quotes_joins_as_httpx_merges(job_id: str, base: str) -> None:
    client = httpx.Client(base_url=base)
    join = UrlJoin(client.base_url)
    for operation in (get_job, get_job_logs):
        path = operation._get_kwargs(job_id)["url"]
        assert client.build_request("GET", join(path)).url == client.build_request("GET", path).url


def test_a_client_sends_to_the_joined_url_and_follows_a_base_url_set_later() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(404, json={"message": "no such job"})

    transport = httpx.MockTransport(answer)
    client = mljobs.Domino(base_url="https://domino.example.com/sub", api_key="k", transport=transport)
    with pytest.raises(mljobs.NotFoundError):
        client.jobs.get("j 1")
    client.api.get_httpx_client().base_url = httpx.URL("https://other.example.com/x/")
    with pytest.raises(mljobs.NotFoundError):
        client.jobs.get("j-2")
    assert seen == [
        "https://domino.example.com/sub/api/jobs/beta/jobs/j%201",
        "https://other.example.com/x/api/jobs/beta/jobs/j-2",
    ]
