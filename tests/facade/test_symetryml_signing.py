"""SymetryAuth signs every request, and no repr shows the secret key (MockTransport, no cassette)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import mljobs
from mljobs.testing import simulator
from mljobs.vendors import _symetryml_signing as signing


def test_signing_headers_and_repr_hide_the_secret() -> None:
    sim = simulator("symetryml", seed=8)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"statusCode": "OK", "statusString": "", "values": {"jobinfo": []}})

    creds: dict[str, Any] = sim.credentials
    client = mljobs.SymetryML(**creds, transport=httpx.MockTransport(handler))
    assert list(client.jobs.list()) == []
    headers = seen[0].headers
    assert {"sym-date", "content-md5", "sym-version", "authorization"} <= set(headers)
    assert headers["content-md5"] == "" and creds["secret_key"] not in repr(client)
    assert creds["secret_key"] not in repr(client.api._httpx_args["auth"])
    with pytest.raises(mljobs.ConfigurationError, match="not valid Base64"):
        mljobs.SymetryML(**{**creds, "secret_key": "not base64!"})


def test_the_signature_is_the_documented_hmac() -> None:
    secret = "c2VjcmV0LWtleS1ieXRlcw=="
    text = signing.string_to_sign(
        verb="get",
        md5="",
        secret_key=secret,
        date="2014-07-31 08:01:07;1245",
        customer_id="c1",
        body=b"",
        resource="/symetry/rest/c1/jobs/5",
        query="",
    )
    assert text == f"GET\n\n{secret}\n2014-07-31 08:01:07;1245\nc1\n/symetry/rest/c1/jobs/5\n"
    with_body = signing.string_to_sign(
        verb="POST", md5="x", secret_key=secret, date="d", customer_id="c1", body=b'{"a":1}', resource="/r", query="q=1"
    )
    assert with_body.endswith('c1\n{"a":1}\n/r\nq=1\n')
    import base64
    import hashlib
    import hmac

    expected = base64.b64encode(hmac.new(base64.b64decode(secret), text.encode(), hashlib.sha256).digest()).decode()
    assert signing.signature(secret, text) == expected
    assert signing.content_md5(b"") == "" and signing.content_md5(b"abc") == "kAFQmDzST7DWlj99KOF/cg=="
    assert signing.parse_sym_date("2014-07-31 08:01:07;1245000").microsecond == 1245


def test_a_retry_after_on_a_still_running_answer_lengthens_the_next_poll() -> None:
    answers = [
        httpx.Response(
            202,
            headers={"Retry-After": "7"},
            json={"statusCode": "ACCEPTED", "statusString": "Job still running", "values": {}},
        ),
        httpx.Response(200, json={"statusCode": "OK", "statusString": "Job is finished", "values": {}}),
    ]
    creds: dict[str, Any] = simulator("symetryml", seed=8).credentials
    client = mljobs.SymetryML(**creds, transport=httpx.MockTransport(lambda request: answers.pop(0)))
    sleeps: list[float] = []
    client.jobs.sleep = sleeps.append
    client.jobs.jitter = lambda: 0.0
    assert client.jobs.wait("5", poll_interval=2).state is mljobs.JobState.SUCCEEDED
    assert sleeps == [7.0]
