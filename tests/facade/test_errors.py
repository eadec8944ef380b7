"""The error tree, client construction and reprs, through mljobs.Rime over httpx.MockTransport."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

import mljobs

SECRET = "rime-key-SECRET-0123456789"
JOB = {"job": {"jobId": "j-1", "status": "JOB_STATUS_RUNNING", "creationTime": "2024-05-01T12:00:00Z"}}


def rime(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> mljobs.Rime:
    return mljobs.Rime(
        base_url="https://rime.test",
        api_key=SECRET,
        transport=httpx.MockTransport(handler),
        max_retries=0,
        api="v1-beta",
        **kwargs,
    )  # type: ignore[arg-type]


def answer(status: int, body: object = None, **kwargs: object) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str | bytes):
            return httpx.Response(status, content=body, **kwargs)  # type: ignore[arg-type]
        return httpx.Response(
            status, json=body if body is not None else {"code": 3, "message": "m", "details": []}, **kwargs
        )  # type: ignore[arg-type]

    return handler


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, mljobs.BadRequestError),
        (401, mljobs.AuthenticationError),
        (403, mljobs.PermissionDeniedError),
        (404, mljobs.NotFoundError),
        (409, mljobs.ConflictError),
        (422, mljobs.UnprocessableEntityError),
        (429, mljobs.RateLimitError),
        (500, mljobs.ServerError),
        (503, mljobs.ServerError),
        (418, mljobs.APIStatusError),
    ],
)
def test_each_status_maps_to_one_class(status: int, cls: type[mljobs.APIStatusError]) -> None:
    body = {"code": 5, "message": "job j-1 not found", "details": []}
    with pytest.raises(cls) as err:
        rime(answer(status, body, headers={"x-request-id": "req-42"})).jobs.get("j-1")
    assert type(err.value) is cls and isinstance(err.value, mljobs.APIStatusError)
    assert err.value.status_code == status and err.value.body == body and err.value.request_id == "req-42"
    assert "job j-1 not found" in str(err.value) and err.value.response.status_code == status


def test_a_non_json_error_body_is_kept_as_text() -> None:
    with pytest.raises(mljobs.AuthenticationError) as err:
        rime(answer(401, "<html><title>401 Authorization Required</title></html>")).jobs.get("j-1")
    assert err.value.body.startswith("<html>") and "401 Authorization Required" in str(err.value)


@pytest.mark.parametrize("content", [b"<html>bad gateway page</html>", b'{"job": {"jobId": "j-', b"[1, 2]"])
def test_a_success_body_that_does_not_parse_raises_response_validation_error(content: bytes) -> None:
    with pytest.raises(mljobs.ResponseValidationError) as err:
        rime(answer(200, content, headers={"content-type": "application/json"})).jobs.get("j-1")
    assert err.value.text == content.decode()


def test_connection_failures_and_timeouts() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(mljobs.APIConnectionError) as err:
        rime(refuse).jobs.get("j-1")
    assert not isinstance(err.value, mljobs.APITimeoutError)
    with pytest.raises(mljobs.APITimeoutError):
        rime(slow).jobs.get("j-1")
    with pytest.raises(mljobs.APIConnectionError):
        list(rime(refuse).jobs.list())


def test_a_connection_error_names_host_port_and_the_attempts_made() -> None:
    client = mljobs.Rime(base_url="http://127.0.0.1:1", api_key=SECRET, max_retries=2)  # nothing listens there
    client.api.get_httpx_client()._transport.sleep = lambda seconds: None  # type: ignore[attr-defined]
    with pytest.raises(mljobs.APIConnectionError) as err:
        client.jobs.get("j-1")
    assert (err.value.host, err.value.port, err.value.attempts) == ("127.0.0.1", 1, 3)
    assert "127.0.0.1:1, after 3 attempts" in str(err.value) and SECRET not in str(err.value)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(mljobs.APITimeoutError) as timed_out:
        rime(slow).jobs.get("j-1")
    assert (timed_out.value.host, timed_out.value.port, timed_out.value.attempts) == ("rime.test", 443, 1)
    assert "rime.test:443, after 1 attempt)" in str(timed_out.value)


async def test_the_async_connection_error_names_them_too() -> None:
    client = mljobs.AsyncRime(base_url="http://127.0.0.1:1", api_key=SECRET, max_retries=1)

    async def no_sleep(seconds: float) -> None:
        return None

    client.api.get_async_httpx_client()._transport.sleep = no_sleep  # type: ignore[attr-defined]
    with pytest.raises(mljobs.APIConnectionError) as err:
        await client.jobs.get("j-1")
    assert (err.value.host, err.value.port, err.value.attempts) == ("127.0.0.1", 1, 2)


NGINX_401 = (
    "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 "
    "Authorization Required</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n"
)


def test_an_html_error_page_shrinks_to_its_title() -> None:
    headers = {"content-type": "text/html"}
    with pytest.raises(mljobs.AuthenticationError) as err:
        rime(answer(401, NGINX_401, headers=headers)).jobs.get("j-1")
    assert str(err.value) == "401 Unauthorized: 401 Authorization Required" and err.value.body == NGINX_401
    with pytest.raises(mljobs.ServerError) as untitled:
        page = "<!DOCTYPE html><html><body><h1>Bad gateway</h1></body></html>"
        rime(answer(502, page, headers=headers)).jobs.get("j")
    assert str(untitled.value) == "502 Bad Gateway: an HTML page"
    from mljobs.testing import serve

    with serve("rime") as sim, sim.client(api_key="wrong") as wrong, pytest.raises(mljobs.AuthenticationError) as real:
        wrong.jobs.get("j-1")  # the simulator answers as RIME's ingress (nginx) does
    assert str(real.value) == "401 Unauthorized: 401 Authorization Required"


def test_success_parses_into_a_job() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=JOB)

    job = rime(handler).jobs.get("j?1")
    assert job.id == "j-1" and job.state is mljobs.JobState.RUNNING and job.created_at is not None
    assert seen[0].headers["rime-api-key"] == SECRET and seen[0].url.raw_path.startswith(b"/v1-beta/jobs/j%3F1?")


def test_unknown_state_and_extra_fields_never_crash() -> None:
    body = {"job": {"jobId": "j-1", "status": "JOB_STATUS_HIBERNATING", "fromTheFuture": {"x": 1}}}
    job = rime(answer(200, body)).jobs.get("j-1")
    assert job.state is mljobs.JobState.UNKNOWN and job.raw_state == "JOB_STATUS_HIBERNATING"
    assert job.raw["fromTheFuture"] == {"x": 1}


def test_missing_credentials_name_the_argument_and_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RIME_API_KEY", raising=False)
    monkeypatch.delenv("RIME_API_URL", raising=False)
    with pytest.raises(mljobs.ConfigurationError, match=r"base_url=.*RIME_API_URL"):
        mljobs.Rime(api_key=SECRET)
    with pytest.raises(mljobs.ConfigurationError, match=r"api_key=.*RIME_API_KEY"):
        mljobs.Rime(base_url="https://rime.test")
    monkeypatch.setenv("RIME_API_URL", "https://from-env.test/")
    monkeypatch.setenv("RIME_API_KEY", SECRET)
    client = mljobs.Rime()
    assert repr(client) == "Rime(base_url='https://from-env.test')"
    with pytest.raises(mljobs.ConfigurationError, match="http"):
        mljobs.Rime(base_url="ftp://x", api_key="k")


def test_secrets_never_in_repr_or_errors() -> None:
    client = rime(answer(401, {"code": 16, "message": "bad key", "details": []}))
    assert SECRET not in repr(client)
    with pytest.raises(mljobs.AuthenticationError) as err:
        client.jobs.get("j-1")
    assert SECRET not in str(err.value) and SECRET not in repr(err.value)


def test_bad_arguments_get_typed_errors() -> None:
    client = rime(answer(200, JOB))
    with pytest.raises(mljobs.InvalidArgumentError, match="status='RUNNING'"):
        client.jobs.list(status="RUNNING")  # type: ignore[arg-type]
    with pytest.raises(mljobs.InvalidArgumentError, match="page_size"):
        client.jobs.list(page_size=0)
    with pytest.raises(mljobs.InvalidArgumentError, match="job_id"):
        client.jobs.get("")
    with pytest.raises(mljobs.ConfigurationError, match="max_retries"):
        mljobs.Rime(base_url="https://rime.test", api_key="k", max_retries=-1)


def test_http_client_is_used_as_given_and_not_wrapped_in_retries() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={"code": 14, "message": "down", "details": []})

    own = httpx.Client(transport=httpx.MockTransport(handler), headers={"x-team": "ml"})
    client = mljobs.Rime(base_url="https://rime.test", api_key=SECRET, http_client=own)
    with pytest.raises(mljobs.ServerError):
        client.jobs.get("j-1")
    assert len(calls) == 1 and calls[0].headers["rime-api-key"] == SECRET
    client.close()
    assert not own.is_closed


def test_list_sends_filters_on_the_first_page_and_only_the_token_after() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        token = request.url.params.get("pageToken")
        if token is None:
            return httpx.Response(200, json={"jobs": [{"jobId": "a"}], "nextPageToken": "t1", "hasMore": True})
        return httpx.Response(200, json={"jobs": [{"jobId": "b"}], "nextPageToken": "", "hasMore": False})

    jobs = rime(handler).jobs.list(status=[mljobs.JobState.QUEUED, "JOB_STATUS_RUNNING"], page_size=1)
    assert [j.id for j in jobs] == ["a", "b"]
    first, second = (dict(r.url.params.multi_items()) for r in seen)
    assert sorted(seen[0].url.params.get_list("firstPageQuery.selectedStatuses")) == [
        "JOB_STATUS_PENDING",
        "JOB_STATUS_REQUESTED",
        "JOB_STATUS_RUNNING",
    ]
    assert first["pageSize"] == "1" and "pageToken" not in first
    assert second == {"pageToken": "t1", "pageSize": "1", "view": "JOB_VIEW_BASIC"}
    assert json.loads(seen[0].content or b"{}") == {}


@pytest.mark.parametrize("vendor", ["rime", "domino", "vectara", "istari", "symetryml"])
def test_every_not_found_names_the_id(vendor: str) -> None:
    from mljobs._registry import VENDORS
    from mljobs.testing import serve

    from ..conftest import SIM_OPTIONS
    from ..reliability._support import SAMPLE_ID

    unknown = SAMPLE_ID[vendor]
    with serve(vendor, **SIM_OPTIONS.get(vendor, {})) as sim, sim.client() as client:
        calls: list[Callable[[], object]] = [lambda: client.jobs.get(unknown), lambda: client.jobs.wait(unknown)]
        if VENDORS[vendor].can_cancel:
            extra = {"project_id": sim.scope["project_id"]} if vendor == "domino" else {}
            calls.append(lambda: client.jobs.cancel(unknown, **extra))
        for call in calls:
            with pytest.raises(mljobs.NotFoundError, match=unknown.replace("+", r"\+")):
                call()


def test_domino_created_at_is_the_submission_time_and_a_wrong_one_is_named() -> None:
    def domino(stage_times: object) -> mljobs.Domino:
        job = {"id": "j", "projectId": "p", "status": "Queued", "command": "c", "stageTimes": stage_times}
        return mljobs.Domino(base_url="https://domino.test", api_key=SECRET, max_retries=0,
                             transport=httpx.MockTransport(lambda r: httpx.Response(200, json=job)))  # fmt: skip

    job = domino({"submissionTime": "2024-05-01T12:00:00Z"}).jobs.get("j")
    assert job.created_at is not None and job.created_at.isoformat() == "2024-05-01T12:00:00+00:00"
    assert job.started_at is None
    with pytest.raises(mljobs.ResponseValidationError):
        domino({"submissionTime": 17}).jobs.get("j")
    with pytest.raises(mljobs.ResponseValidationError):
        domino("yesterday").jobs.get("j")
