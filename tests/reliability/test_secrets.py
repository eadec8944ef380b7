"""Defect 5 and the secrets sweep: no credential of any vendor in logs, errors, reprs or cassettes.

Every credential value a client sends (API keys, tokens, SymetryML's HMAC signatures) is collected from
the wire by a spy transport, together with the simulators' own secrets; then every DEBUG log line (of
every logger), every exception with its whole chain, the reprs of every client, ``client.api``, jobs,
paginators, and the requests and responses the errors hand out are searched for them.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import mljobs
from mljobs.testing import VENDORS, serve, simulator

from ..conftest import CLIENT_OPTIONS, SIM_OPTIONS
from ._support import ASYNC, OFFLINE_SECRET, SAMPLE_ID, SYNC, hostile, resolve

ROOT = Path(__file__).resolve().parents[2]
#: Request headers that carry a credential (or, for SymetryML, a signature made with one).
CREDENTIAL_HEADERS = ("rime-api-key", "x-domino-api-key", "x-api-key", "authorization")


class Spy(httpx.BaseTransport):
    """Remembers every credential value that went out, then sends the request on."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.sent: set[str] = set()

    def note(self, request: httpx.Request) -> None:
        for name in CREDENTIAL_HEADERS:
            value = request.headers.get(name)
            if value:
                self.sent.add(value)
                self.sent.update(part for part in value.split() if len(part) >= 12)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.note(request)
        return self.inner.handle_request(request)


class AsyncSpy(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.spy = Spy(httpx.MockTransport(lambda r: httpx.Response(500)))

    @property
    def sent(self) -> set[str]:
        return self.spy.sent

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.spy.note(request)
        return await self.inner.handle_async_request(request)


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__]


def views(obj: Any) -> Iterator[str]:
    """Every way a value shows itself: repr, str, and for httpx messages their headers and URL."""
    yield repr(obj)
    yield str(obj)
    if isinstance(obj, httpx.Request | httpx.Response):
        yield repr(obj.headers)
        yield str(dict(obj.headers))
        yield str(list(obj.headers.raw))
    if isinstance(obj, httpx.Request):
        yield str(obj.url)


def handed_out(error: BaseException) -> Iterator[Any]:
    """The exceptions of the chain and every request or response they carry."""
    for link in chain(error):
        yield link
        yield from traceback.format_exception(link)
        for name in ("response", "request"):
            try:
                value = getattr(link, name, None)
            except RuntimeError:  # httpx: ".request has not been set"
                value = None
            if value is not None:
                yield value
                if isinstance(value, httpx.Response):
                    yield value.request


def sim_secrets(sim: Any) -> set[str]:
    found = {str(v) for k, v in vars(sim).items() if any(w in k for w in ("key", "token", "secret")) and v}
    found.discard(str(getattr(sim, "corpus_key", "")))  # Vectara's v2 corpus key names a corpus, it is no secret
    return {s for s in found if len(s) >= 8}


def assert_clean(texts: list[str], secrets: set[str]) -> None:
    assert secrets, "no secret to look for"
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"a credential ({secret[:6]}...) appears in: {text[:300]}"


async def exercise(vendor: str, mode: str, sim: Any, objects: list[Any], errors: list[BaseException]) -> set[str]:
    cls = (SYNC if mode == "sync" else ASYNC)[vendor]
    spy = Spy() if mode == "sync" else AsyncSpy()
    client = cls(**sim.credentials, **CLIENT_OPTIONS.get(vendor, {}), transport=spy, max_retries=0)
    objects += [client, client.api, client.jobs]
    (job_id,) = sim.add_jobs(1, states=["running"])
    paginator = client.jobs.list(page_size=5, **sim.scope) if vendor != "symetryml" else client.jobs.list()
    objects.append(paginator)
    objects += [j async for j in paginator] if mode == "async" else list(paginator)
    job = await resolve(client.jobs.get(job_id))
    objects += [job, job.raw]

    async def fails(*calls: tuple[str | None, Any]) -> None:
        for fault, call in calls:
            if fault is not None:
                sim.inject(fault)
            try:
                await resolve(call())
            except mljobs.MljobsError as exc:
                errors.append(exc)
            else:
                raise AssertionError("expected an mljobs error")

    missing = "0" if vendor == "symetryml" else SAMPLE_ID[vendor]
    await fails(
        (None, lambda: client.jobs.get(missing)),  # NotFoundError
        ("503", lambda: client.jobs.get(job_id)),  # ServerError (no retries left)
        ("drop", lambda: client.jobs.get(job_id)),  # APIConnectionError (dropped mid-body)
        ("429", lambda: client.jobs.get(job_id)),  # RateLimitError
    )
    wrong = {
        k: (v if k in ("base_url", "customer_id") else "c2ltLXNlY3JldC1vdGhlcg==") for k, v in sim.credentials.items()
    }
    denied = cls(**wrong, transport=(Spy() if mode == "sync" else AsyncSpy()), max_retries=0)
    objects.append(denied)
    await fails((None, lambda: denied.jobs.get(job_id)))
    await resolve(client.close())
    await resolve(denied.close())
    return spy.sent


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
async def test_no_credential_in_logs_errors_or_reprs(vendor: str, mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: mljobs, httpx, httpcore
    objects: list[Any] = []
    errors: list[BaseException] = []
    with serve(vendor, seed=21, **SIM_OPTIONS.get(vendor, {})) as sim:
        sent = await exercise(vendor, mode, sim, objects, errors)
    texts = [text for obj in objects for text in views(obj)]
    texts += [text for error in errors for item in handed_out(error) for text in views(item)]
    texts.append(caplog.text)
    texts += [r.getMessage() for r in caplog.records]
    assert len(errors) == 5 and any(isinstance(e, mljobs.APIConnectionError) for e in errors)
    assert_clean(texts, sent | sim_secrets(sim))


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
async def test_no_credential_in_timeouts_or_unparseable_answers(vendor: str, mode: str) -> None:
    cls = (SYNC if mode == "sync" else ASYNC)[vendor]
    secrets = {str(v) for k, v in OFFLINE_SECRET[vendor].items() if k != "customer_id"}
    errors: list[BaseException] = []
    garbage = httpx.MockTransport(lambda r: httpx.Response(200, content=b"<html>proxy</html>"))
    spied = Spy(garbage) if mode == "sync" else AsyncSpy(garbage)
    for kwargs in ({"transport": spied},):
        jobs = cls(base_url="http://vendor.test", **OFFLINE_SECRET[vendor], max_retries=0, **kwargs)
        with pytest.raises(mljobs.MljobsError) as err:
            await resolve(jobs.jobs.get(SAMPLE_ID[vendor]))
        errors.append(err.value)
        await resolve(jobs.close())
    with hostile("silent") as server:
        jobs = cls(base_url=server.url, **OFFLINE_SECRET[vendor], max_retries=0, timeout=0.3)
        with pytest.raises(mljobs.APITimeoutError) as timed_out:
            await resolve(jobs.jobs.get(SAMPLE_ID[vendor]))
        errors.append(timed_out.value)
        await resolve(jobs.close())
    texts = [text for error in errors for item in handed_out(error) for text in views(item)]
    assert_clean(texts, secrets | spied.sent)
    assert isinstance(errors[0], mljobs.ResponseValidationError)


def test_the_generated_clients_repr_shows_no_token() -> None:
    for vendor in VENDORS:
        api = SYNC[vendor](base_url="http://vendor.test", **OFFLINE_SECRET[vendor]).api
        api.get_httpx_client()  # the header dict is filled when the httpx client is made
        for secret in (str(v) for k, v in OFFLINE_SECRET[vendor].items() if k != "customer_id"):
            assert secret not in repr(api), vendor
        assert "base_url='http://vendor.test'" in repr(api)


def test_no_credential_in_any_cassette() -> None:
    """Every cassette file against every simulator credential a test could have used (seeds 0 to 99)."""
    import importlib.util

    cassettes = sorted((ROOT / "tests" / "cassettes").rglob("*.yaml"))
    assert cassettes
    texts = {c: c.read_text(encoding="utf-8") for c in cassettes}
    secrets: set[str] = set()
    for vendor in VENDORS:
        for seed in range(100):
            secrets |= sim_secrets(simulator(vendor, seed=seed))
    for path, text in texts.items():
        for secret in secrets:
            assert secret not in text, f"{path}: a simulator credential was recorded"
    spec = importlib.util.spec_from_file_location("mljobs_record_script_sweep", ROOT / "scripts" / "record.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.leaks(ROOT / "tests" / "cassettes") == []  # every credential header (signatures too) REDACTED
