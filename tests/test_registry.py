"""The registry of vendors (mljobs._registry) says what the vendor modules and simulators really do."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

import mljobs
from mljobs._registry import VENDORS, VendorInfo, vendor
from mljobs.testing import VENDORS as SIMULATED
from mljobs.testing import simulator

from .conftest import RECORD_PORTS

#: The environment variables each vendor's own tools read, from /work/shared/vendor-notes and the seeds.
EXPECTED_ENV = {
    "rime": ("RIME_API_URL", "RIME_API_KEY"),
    "domino": ("DOMINO_API_HOST", "DOMINO_USER_API_KEY"),
    "vectara": ("VECTARA_CUSTOMER_ID", "VECTARA_API_KEY", "VECTARA_BASE_URL"),
    "istari": ("ISTARI_REGISTRY_URL", "ISTARI_REGISTRY_AUTH_TOKEN"),
    "symetryml": ("SYMETRYML_URL", "SYMETRYML_CUSTOMER_ID", "SYMETRYML_SECRET_KEY"),
}
#: A value each kind of credential accepts.
VALID = {"base_url": "http://127.0.0.1:9", "customer_id": "1234567890", "secret_key": "c2ltLXNlY3JldC1rZXk="}
INFOS = list(VENDORS.values())


def ids(info: VendorInfo) -> str:
    return info.name


def valid(argument: str) -> str:
    return VALID.get(argument, "sim-secret-credential")


def test_the_registry_lists_every_vendor_and_every_simulator() -> None:
    assert tuple(VENDORS) == ("rime", "domino", "vectara", "istari", "symetryml")
    assert tuple(VENDORS) == SIMULATED
    with pytest.raises(mljobs.InvalidArgumentError, match="no vendor 'nope'; choose from rime, domino"):
        vendor("nope")


def test_reading_the_registry_imports_no_vendor_module_and_no_simulator() -> None:
    code = (
        "import sys; from mljobs._registry import VENDORS; VENDORS['domino'].environment({'api_key': 'k'}); "
        "print([m for m in sys.modules if m.startswith(('mljobs_', 'mljobs.vendors', 'mljobs.testing', 'pydantic'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


@pytest.mark.parametrize("info", INFOS, ids=ids)
def test_classes_and_modules_are_the_ones_mljobs_exports(info: VendorInfo) -> None:
    assert info.client_class() is getattr(mljobs, info.sync_client)
    assert info.client_class(asynchronous=True) is getattr(mljobs, info.async_client)
    assert mljobs._LAZY[info.sync_client] == mljobs._LAZY[info.async_client] == info.name  # until issue 13
    assert info.sync_client in importlib.import_module(info.module).__all__
    jobs = info.jobs_class()
    assert callable(jobs.list) and callable(jobs.get) and callable(jobs.wait_all)
    assert info.jobs_class(asynchronous=True).__name__ == f"{info.async_client}Jobs"
    assert info.simulator_class().vendor == info.name
    assert __import__(info.generated_package).__name__ == info.generated_package


@pytest.mark.parametrize("info", INFOS, ids=ids)
def test_environment_variables_are_the_vendors_own(info: VendorInfo) -> None:
    assert info.env_names() == EXPECTED_ENV[info.name]


@pytest.mark.parametrize("info", INFOS, ids=ids)
@pytest.mark.parametrize("asynchronous", [False, True])
def test_each_credential_is_a_constructor_keyword_read_from_its_variable(
    info: VendorInfo, asynchronous: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    cls = info.client_class(asynchronous=asynchronous)
    keywords = inspect.signature(cls).parameters
    given = {c.argument: valid(c.argument) for c in info.credentials if not c.client_reads_env}
    for credential in info.credentials:
        assert keywords[credential.argument].kind is inspect.Parameter.KEYWORD_ONLY
        monkeypatch.setenv(credential.env, valid(credential.argument))
    client = cls(**given)  # everything else from the environment
    assert str(client.api._base_url).startswith("http://127.0.0.1:9")
    for credential in info.credentials:
        if credential.secret:
            assert valid(credential.argument) not in repr(client)
        if not credential.required:  # a default, or (Vectara's customer_id) needed by another api= only
            assert keywords[credential.argument].default is None
            assert credential.default is not None or "api=" in credential.description
            if credential.default is not None:
                monkeypatch.delenv(credential.env)  # unset: the vendor's default
                assert str(cls(**given).api._base_url) == credential.default
                monkeypatch.setenv(credential.env, valid(credential.argument))
            continue
        monkeypatch.delenv(credential.env)
        with pytest.raises(mljobs.ConfigurationError, match=credential.env):
            cls(**given)
        monkeypatch.setenv(credential.env, valid(credential.argument))


def test_every_client_reads_its_variables_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VECTARA_BASE_URL", "http://127.0.0.1:9")
    assert str(mljobs.Vectara(customer_id=1, api_key="k").api._base_url) == "http://127.0.0.1:9"
    assert str(mljobs.AsyncVectara(customer_id=1, api_key="k").api._base_url) == "http://127.0.0.1:9"
    assert str(mljobs.Vectara(customer_id=1, api_key="k", base_url="http://h.test").api._base_url) == "http://h.test"
    assert all(c.client_reads_env for v in INFOS for c in v.credentials)


@pytest.mark.parametrize("info", INFOS, ids=ids)
def test_scope_capabilities_headers_and_ports_match_the_code(info: VendorInfo) -> None:
    sim = simulator(info.name)
    assert set(sim.credentials) == {c.argument for c in info.credentials}
    assert set(sim.scope) == {s.argument for s in info.scope}
    listing = inspect.signature(info.jobs_class().list).parameters
    for scope in info.scope:
        assert listing[scope.argument].default is inspect.Parameter.empty  # list() requires it
    assert all(p.default is not inspect.Parameter.empty for n, p in listing.items() if n not in {"self", *sim.scope})
    for asynchronous in (False, True):
        jobs = info.jobs_class(asynchronous=asynchronous)
        assert hasattr(jobs, "cancel") is info.can_cancel
        assert hasattr(jobs, "logs") is info.has_logs
    assert bool(info.no_cancel_reason) is not info.can_cancel
    assert set(info.secret_headers) == set(type(sim).secret_headers) - {"cookie"}
    assert info.record_port == RECORD_PORTS[info.name]


@pytest.mark.parametrize("info", INFOS, ids=ids)
def test_environment_of_a_simulators_credentials(info: VendorInfo) -> None:
    sim = simulator(info.name)
    env = info.environment(sim.credentials)
    assert set(env) == set(info.env_names())
    assert all(isinstance(value, str) and value for value in env.values())
    secrets = [c.env for c in info.credentials if c.secret]
    assert secrets and all("sim-secret" in env[name] or info.name == "symetryml" for name in secrets)
