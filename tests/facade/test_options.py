"""Per-call timeout= on get/list/cancel of every vendor, and client.with_options(timeout=, max_retries=)."""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx
import pytest

import mljobs
from mljobs._http import DEADLINE
from mljobs._registry import VENDORS
from mljobs.testing import serve, simulator

from ..conftest import SIM_OPTIONS
from ..reliability._support import SAMPLE_ID, client, list_kwargs


class Deadlines:
    """A transport that notes each request's deadline (seconds from now) and refuses the connection."""

    def __init__(self) -> None:
        self.left: list[float | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        deadline = request.extensions.get(DEADLINE)
        self.left.append(None if deadline is None else deadline - time.monotonic())
        raise httpx.ConnectError("refused", request=request)


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_get_list_and_cancel_take_a_timeout_that_bounds_the_call(vendor: str) -> None:
    seen = Deadlines()
    jobs = client(vendor, "sync", "http://vendor.test", transport=httpx.MockTransport(seen), max_retries=0).jobs
    calls: list[Any] = [
        lambda **t: jobs.get(SAMPLE_ID[vendor], **t),
        lambda **t: list(jobs.list(**list_kwargs(vendor), **t)),
    ]
    if VENDORS[vendor].can_cancel:
        extra = {"project_id": "p-1"} if vendor == "domino" else {}
        calls.append(lambda **t: jobs.cancel(SAMPLE_ID[vendor], **extra, **t))
    for call in calls:
        with pytest.raises(mljobs.APIConnectionError):
            call(timeout=7)
        assert seen.left[-1] is not None and 6 < seen.left[-1] <= 7
        with pytest.raises(mljobs.APIConnectionError):
            call()
        assert seen.left[-1] is None  # no timeout: the client's own per-attempt timeout only
        with pytest.raises(mljobs.InvalidArgumentError, match="timeout must be a number of seconds > 0"):
            call(timeout=0)


async def test_the_async_twins_take_it_too() -> None:
    seen = Deadlines()

    async def handler(request: httpx.Request) -> httpx.Response:
        return seen(request)

    transport = httpx.MockTransport(handler)
    rime = mljobs.AsyncRime(base_url="http://rime.test", api_key="k", transport=transport, max_retries=0, api="v1-beta")
    for call in (rime.jobs.get, rime.jobs.cancel):
        with pytest.raises(mljobs.APIConnectionError):
            await call("j", timeout=5)
        assert seen.left[-1] is not None and 4 < seen.left[-1] <= 5
    with pytest.raises(mljobs.APIConnectionError):
        [job async for job in rime.jobs.list(timeout=5)]
    assert seen.left[-1] is not None and 4 < seen.left[-1] <= 5


def _pool(client: Any) -> Any:
    """The transport under mljobs' retries (and under a copy's borrowing): the connection pool."""
    transport = client.api.get_httpx_client()._transport.transport
    return getattr(transport, "transport", transport)


def test_with_options_is_a_configured_copy_that_shares_the_connection_pool() -> None:
    with serve("domino", seed=9, **SIM_OPTIONS["domino"]) as sim:
        ids = sim.add_jobs(3, states=["running"])
        original = sim.client()
        original.jobs.get(ids[0])  # learns the job's project
        copy = original.with_options(timeout=7, max_retries=0)
        assert type(copy) is mljobs.Domino and repr(copy) == repr(original)
        assert copy.api is not original.api and copy.jobs is not original.jobs
        assert copy.api.get_httpx_client() is not original.api.get_httpx_client()
        assert _pool(copy) is _pool(original) and _pool(copy.with_options(timeout=3)) is _pool(original)
        assert copy.api.get_httpx_client().timeout == httpx.Timeout(7)
        assert original.api.get_httpx_client().timeout == httpx.Timeout(60, connect=10)
        assert copy.jobs._projects == original.jobs._projects and copy.jobs._projects is not original.jobs._projects
        sim.inject("503")
        with pytest.raises(mljobs.ServerError):
            copy.jobs.get(ids[0])  # max_retries=0: not retried
        sim.inject("503")
        assert original.jobs.get(ids[0]).id == ids[0]  # the original still retries
        started = time.perf_counter()
        assert all(j.is_terminal for j in copy.jobs.wait_all(ids))  # still on the simulator's virtual clock
        assert time.perf_counter() - started < 5
        copy.close()
        assert original.jobs.get(ids[0]).is_terminal  # closing the copy leaves the pool open
        original.close()
    shared = httpx.Client()
    made = mljobs.Rime(base_url="http://rime.test", api_key="k", http_client=shared)
    assert made.with_options(timeout=3).api is not made.api
    with pytest.raises(mljobs.ConfigurationError, match="max_retries does not apply"):
        made.with_options(max_retries=3)
    shared.close()


async def test_the_async_with_options_shares_the_pool_too() -> None:
    with serve("rime", seed=3) as sim:
        ids = sim.add_jobs(1, states=["running"])
        original = sim.async_client()
        copy = original.with_options(timeout=4)
        inner = original.api.get_async_httpx_client()._transport.transport
        assert copy.api.get_async_httpx_client()._transport.transport.transport is inner
        assert copy.api.get_async_httpx_client().timeout == httpx.Timeout(4)
        assert (await copy.jobs.get(ids[0])).id == ids[0]
        await copy.close()
        assert (await original.jobs.get(ids[0])).id == ids[0]
        await original.close()


@pytest.mark.parametrize("vendor", list(VENDORS))
@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_constructor_keyword_the_client_does_not_take_is_an_error_naming_it(vendor: str, asynchronous: bool) -> None:
    cls = VENDORS[vendor].client_class(asynchronous=asynchronous)
    with pytest.raises(mljobs.InvalidArgumentError, match=r"got an unexpected keyword argument 'timout'.*max_retries"):
        cls(**{**simulator(vendor).credentials, "timout": 5})
    made = cls(**simulator(vendor).credentials, timeout=5, max_retries=0)
    assert made.api._timeout == httpx.Timeout(5)


@pytest.mark.parametrize("vendor", [v for v in VENDORS if v != "symetryml"])  # SymetryML answers all at once
@pytest.mark.parametrize("asynchronous", [False, True])
def test_list_takes_the_paging_keywords_typed_once_and_names_one_it_does_not_take(
    vendor: str, asynchronous: bool
) -> None:
    cls = VENDORS[vendor].client_class(asynchronous=asynchronous)
    jobs = cls(**simulator(vendor).credentials).jobs
    scope = {**list_kwargs(vendor), **({"project_id": str(uuid.uuid4())} if vendor == "rime" else {})}  # RIME v1
    with pytest.raises(mljobs.InvalidArgumentError, match=r"list\(\) got an unexpected keyword argument 'pagesize'"):
        jobs.list(**scope, pagesize=5)
    listing = jobs.list(**scope, page_size=5, max_items=7, timeout=3)
    assert "page_size=5, max_items=7" in repr(listing)


@pytest.mark.parametrize("vendor", list(VENDORS))
@pytest.mark.parametrize("asynchronous", [False, True])
def test_run_time_signatures_spell_out_each_keyword_set_with_its_defaults(vendor: str, asynchronous: bool) -> None:
    # help(), IPython's ``?`` and the command line read inspect.signature, which says only ``**options`` for
    # a keyword set typed once (Unpack): the methods spell each keyword out, with the default it has.
    import inspect

    from mljobs._async.client import AsyncClientOptions
    from mljobs._pagination import ListOptions
    from mljobs._waiting import GROUP_WAIT_DEFAULTS, WAIT_DEFAULTS, GroupWaitOptions, WaitCore, WaitOptions, start_wait

    def keywords(function: Any) -> dict[str, Any]:
        parameters = inspect.signature(function).parameters.values()
        assert all(p.kind is not p.VAR_KEYWORD for p in parameters)
        return {p.name: p.default for p in parameters if p.kind is p.KEYWORD_ONLY}

    cls = VENDORS[vendor].client_class(asynchronous=asynchronous)
    made = keywords(cls)
    assert {k: made[k] for k in AsyncClientOptions.__annotations__} == {
        "timeout": None, "max_retries": 2, "transport": None, "http_client": None,
    }  # fmt: skip
    jobs = cls(**simulator(vendor).credentials).jobs
    if vendor != "symetryml":  # SymetryML answers all at once: its list() takes no paging keywords
        listing = keywords(jobs.list)
        assert {k: listing[k] for k in ListOptions.__annotations__} == dict.fromkeys(ListOptions.__annotations__)
    assert set(WAIT_DEFAULTS) == set(WaitOptions.__annotations__)
    assert set(GROUP_WAIT_DEFAULTS) == set(GroupWaitOptions.__annotations__)
    for method, defaults in [("wait", WAIT_DEFAULTS), ("wait_all", GROUP_WAIT_DEFAULTS)]:
        shown = keywords(getattr(jobs, method))
        assert {k: shown[k] for k in defaults} == defaults
        # The defaults shown are the ones a wait uses when the keyword is left out.
        given = {k: v for k, v in defaults.items() if k != "cancel_on_timeout"}
        left_out = start_wait(["j"], {}, method=method, now=0.0, rng=time.monotonic)
        spelled = start_wait(["j"], given, method=method, now=0.0, rng=time.monotonic)
        assert [getattr(left_out, k) for k in WaitCore.__slots__] == [getattr(spelled, k) for k in WaitCore.__slots__]
    assert keywords(jobs.as_completed).keys() >= GROUP_WAIT_DEFAULTS.keys()
