"""Shared fixtures: simulators for tests that replay cassettes, and the cassettes' scrubbing.

Cassette tests (``@pytest.mark.vcr``) replay ``tests/cassettes/<vendor>/<test>.yaml`` offline by default.
``python scripts/record.py`` re-records them by running the same tests with ``--record-mode=rewrite``
against simulators served on fixed loopback ports; nothing else ever records.

In replay mode :func:`make_sim` returns the same simulator object, unserved: its ids, credentials and
base URL are the same as when recording (they come from the seed), so tests read the same either way.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mljobs._registry import VENDORS, recorded_as_redacted
from mljobs.testing import VendorSimulator, serve, simulator

#: Simulator options that pin the existing tests to seed document 001's generation: ``serve("domino")`` and
#: ``mljobs.Domino`` speak the Public API by default, and the tests written for the document's shapes pass
#: these (``serve(vendor, **SIM_OPTIONS.get(vendor, {}))``); the cassette tests get them from ``make_sim``.
#: Tests of Domino's Public API (tests/facade/test_domino_public.py) pass ``api="public"``.
SIM_OPTIONS: dict[str, dict[str, Any]] = {"domino": {"api": "document"}}
#: Client options that pick the seed document's API generation where the client's default is the vendor's
#: current one: the tests written for the documents (every vendor at once) pass these to the constructor.
CLIENT_OPTIONS: dict[str, dict[str, Any]] = {"rime": {"api": "v1-beta"}, "vectara": {"api": "v1"}}
#: Fixed loopback ports used while recording, so recorded URLs are stable.
RECORD_PORTS = {info.name: info.record_port for info in VENDORS.values()}
#: Request headers that carry credentials (and the signing date); recorded as REDACTED.
SECRET_HEADERS = recorded_as_redacted()
#: Response headers that vary from run to run or could carry credentials.
DROP_RESPONSE_HEADERS = ("date", "server", "set-cookie")
REDACTED = "REDACTED"
_SECRETS: set[str] = set()
#: A SymetryML sym-date (wall-clock time) echoed in a 401 body: replaced so recordings repeat exactly.
_SYM_DATE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d;\d+")


def _scrub_text(text: str) -> str:
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return _SYM_DATE.sub("SYM-DATE", text)


def _scrub_request(request: Any) -> Any:
    request.uri = _scrub_text(request.uri)
    if isinstance(request.body, bytes):
        request.body = _scrub_text(request.body.decode("utf-8", "replace")).encode()
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response["headers"]
    for name in list(headers):
        if name.lower() in DROP_RESPONSE_HEADERS:
            del headers[name]
        else:
            headers[name] = [_scrub_text(v) for v in headers[name]]
    body = response["body"].get("string")
    if isinstance(body, bytes):
        body = response["body"]["string"] = _scrub_text(body.decode("utf-8", "replace")).encode()
    elif isinstance(body, str):
        body = response["body"]["string"] = _scrub_text(body)
    for name in headers:
        if name.lower() == "content-length" and body is not None:
            headers[name] = [str(len(body if isinstance(body, bytes) else body.encode()))]
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": [(name, REDACTED) for name in SECRET_HEADERS],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    # Cassette modules declare VENDOR; pytest-recording asks every module, cassettes or not.
    vendor = getattr(request.module, "VENDOR", None) or request.module.__name__.rsplit(".", 1)[-1]
    return os.path.join(os.path.dirname(__file__), "cassettes", vendor)


@pytest.fixture
def make_sim(record_mode: str) -> Iterator[Callable[..., VendorSimulator]]:
    """``make_sim(vendor, seed=0, **serve_kwargs)``: served while recording, in-process while replaying."""
    stack: list[Any] = []
    _SECRETS.clear()  # a test's cassette is scrubbed of its own simulators' credentials (short ones match ids)

    def make(vendor: str, seed: int = 0, **kwargs: Any) -> VendorSimulator:
        kwargs = {**SIM_OPTIONS.get(vendor, {}), **kwargs}
        port = RECORD_PORTS[vendor]
        if record_mode == "none":
            sim = simulator(vendor, seed=seed, base_url=f"http://127.0.0.1:{port}", **kwargs)
        else:
            manager = serve(vendor, seed=seed, port=port, **kwargs)
            sim = manager.__enter__()
            stack.append(manager)
        _SECRETS.update(str(v) for k, v in sim.credentials.items() if k != "base_url" and v)
        sim.faults.retry_after = 0.0  # a recorded 429/503 asks for no real wait when replayed
        return sim

    yield make
    for manager in reversed(stack):
        manager.__exit__(None, None, None)
