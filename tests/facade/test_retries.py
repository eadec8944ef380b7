"""The retry rules, with httpx.MockTransport and a fake sleep (nothing really waits)."""

from __future__ import annotations

import email.utils
import logging
import time

import httpx
import pytest

from mljobs._http import IDEMPOTENT, AsyncRetryTransport, RetryPolicy, RetryTransport, parse_retry_after


class Script:
    """A MockTransport handler that answers from a list, one item per request."""

    def __init__(self, *answers: int | Exception | httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(answer, json={"n": len(self.requests)})


def client(script: Script, sleeps: list[float], max_retries: int = 2) -> httpx.Client:
    policy = RetryPolicy(max_retries=max_retries, random=lambda: 0.0)
    return httpx.Client(
        transport=RetryTransport(httpx.MockTransport(script), policy, sleep=sleeps.append),
        base_url="http://vendor.test",
    )


def test_retries_5xx_then_succeeds_with_exponential_backoff() -> None:
    sleeps: list[float] = []
    script = Script(503, 502, 200)
    answer = client(script, sleeps).get("/jobs")
    assert answer.status_code == 200 and len(script.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_gives_up_after_max_retries_and_returns_the_last_answer() -> None:
    sleeps: list[float] = []
    script = Script(500, 500, 500)
    assert client(script, sleeps).get("/jobs").status_code == 500
    assert len(script.requests) == 3 and len(sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    sleeps: list[float] = []
    script = Script(status)
    assert client(script, sleeps).get("/jobs").status_code == status
    assert len(script.requests) == 1 and sleeps == []


def test_408_and_429_are_retried() -> None:
    sleeps: list[float] = []
    script = Script(408, 429, 200)
    assert client(script, sleeps).get("/jobs").status_code == 200 and len(sleeps) == 2


def test_retry_after_seconds_date_and_ms_are_honoured_up_to_the_cap() -> None:
    sleeps: list[float] = []
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = Script(
        httpx.Response(429, headers={"Retry-After": "3"}),
        httpx.Response(503, headers={"retry-after-ms": "250"}),
        httpx.Response(503, headers={"Retry-After": later}),
        200,
    )
    assert client(script, sleeps, max_retries=4).get("/jobs").status_code == 200
    assert sleeps[0] == 3.0 and sleeps[1] == 0.25
    assert 25.0 < sleeps[2] <= 30.5


def test_a_retry_after_above_the_cap_is_not_slept_and_the_answer_is_returned() -> None:
    # Issue 10: a hint above MAX_RETRY_AFTER used to be cut to 60 s and slept; now it is not slept at all.
    sleeps: list[float] = []
    script = Script(httpx.Response(429, headers={"Retry-After": "86400"}), 200)
    assert client(script, sleeps, max_retries=4).get("/jobs").status_code == 429
    assert sleeps == [] and len(script.requests) == 1


def test_parse_retry_after() -> None:
    assert parse_retry_after({"retry-after": "2.5"}) == 2.5
    assert parse_retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=1445412480.0 - 10) == 10.0
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert parse_retry_after({}) is None


def test_backoff_is_capped_and_jittered_down_by_at_most_a_quarter() -> None:
    policy = RetryPolicy(random=lambda: 1.0)
    assert policy.backoff(0) == 0.5 * 0.75
    assert policy.backoff(20) == 8.0 * 0.75
    assert RetryPolicy(random=lambda: 0.0).backoff(3) == 4.0


def test_connection_errors_and_timeouts_are_retried_for_safe_requests() -> None:
    sleeps: list[float] = []
    script = Script(httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), 200)
    assert client(script, sleeps).get("/jobs").status_code == 200 and len(sleeps) == 2


def test_a_post_that_may_have_reached_the_server_is_never_retried(caplog: pytest.LogCaptureFixture) -> None:
    sleeps: list[float] = []
    caplog.set_level(logging.DEBUG, logger="mljobs")
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(httpx.ReadTimeout):
        client(script, sleeps).post("/jobs/start", json={"cmd": "train"})
    assert len(script.requests) == 1 and sleeps == []
    assert "not safe to repeat" in caplog.text
    for status in (500, 503, 429):
        script = Script(status)
        assert client(script, sleeps).post("/jobs/start").status_code == status
        assert len(script.requests) == 1


def test_a_post_that_never_left_is_retried_and_marked_posts_retry_like_gets() -> None:
    sleeps: list[float] = []
    script = Script(httpx.ConnectError("refused"), 200)
    assert client(script, sleeps).post("/jobs/start").status_code == 200 and len(sleeps) == 1
    script = Script(503, 200)
    marked = client(script, sleeps).post("/v1/list-jobs", json={}, extensions={IDEMPOTENT: True})
    assert marked.status_code == 200 and len(script.requests) == 2
    script = Script(503)
    unmarked = client(script, sleeps).get("/x", extensions={IDEMPOTENT: False})
    assert unmarked.status_code == 503 and len(script.requests) == 1


def test_one_debug_line_per_decision_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="mljobs")
    sleeps: list[float] = []
    script = Script(503, 200)
    client(script, sleeps).get("/jobs?api_key=SECRET123", headers={"x-api-key": "SECRET123"})
    lines = [r.getMessage() for r in caplog.records if r.name == "mljobs"]
    assert lines == ["retrying GET /jobs in 0.50s (retry 1 of 2): HTTP 503"]
    assert "SECRET123" not in caplog.text


async def test_async_twin_follows_the_same_rules() -> None:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    script = Script(503, httpx.ReadError("reset"), 200)
    transport = AsyncRetryTransport(httpx.MockTransport(script), RetryPolicy(random=lambda: 0.0), sleep=sleep)
    async with httpx.AsyncClient(transport=transport, base_url="http://vendor.test") as http:
        assert (await http.get("/jobs")).status_code == 200
        assert sleeps == [0.5, 1.0]
        script = Script(httpx.ReadTimeout("slow"))
        transport.transport = httpx.MockTransport(script)
        with pytest.raises(httpx.ReadTimeout):
            await http.post("/jobs/start")
        assert len(script.requests) == 1
