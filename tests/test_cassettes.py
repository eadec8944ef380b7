"""Cassettes: recorded by scripts/record.py, scrubbed, and replayed offline."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

from mljobs.testing import VENDORS
from mljobs.testing._core import SECRET_MARKER

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "cassettes"


def load_record_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("mljobs_record_script", ROOT / "scripts" / "record.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_no_credential_in_any_cassette() -> None:
    cassettes = sorted(CASSETTES.rglob("*.yaml"))
    assert cassettes, "no cassettes: run python scripts/record.py"
    for cassette in cassettes:
        text = cassette.read_text(encoding="utf-8")
        assert SECRET_MARKER not in text, f"{cassette}: a simulator credential was recorded"
    assert load_record_script().leaks(CASSETTES) == []


def test_no_simulator_secret_in_any_cassette() -> None:
    # Simulator credentials come from the seed: check the exact values for every seed the tests use.
    import importlib

    from mljobs.testing import simulator

    texts = [c.read_text(encoding="utf-8") for c in sorted(CASSETTES.rglob("*.yaml"))]
    for vendor in VENDORS:
        try:
            importlib.import_module(f"mljobs.testing.{vendor}")
        except ModuleNotFoundError:
            continue
        for seed in range(50):
            creds = simulator(vendor, seed=seed).credentials
            secrets = [str(v) for k, v in creds.items() if k in ("api_key", "secret_key") and v]
            for secret in secrets:
                assert not any(secret in text for text in texts), f"{vendor} seed {seed}: credential recorded"


def test_every_cassette_belongs_to_a_test() -> None:
    tests = {p.name for p in (ROOT / "tests").rglob("test_*.py")}
    names = {
        line.split("def ", 1)[1].split("(", 1)[0]
        for path in (ROOT / "tests").rglob("test_*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("def test_", "async def test_"))
    }
    assert tests
    stale = [c for c in sorted(CASSETTES.rglob("*.yaml")) if c.stem not in names]
    assert not stale, f"cassettes without a test (re-record with scripts/record.py): {stale}"


def test_the_leak_scan_finds_an_unscrubbed_header(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text("      rime-api-key:\n      - abc123\n      x-api-key:\n      - REDACTED\n")
    assert len(load_record_script().leaks(tmp_path)) == 1


def test_cassettes_are_per_vendor_and_hold_no_volatile_headers() -> None:
    for cassette in sorted(CASSETTES.rglob("*.yaml")):
        assert cassette.parent.name in VENDORS, cassette
        for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
            headers = {k.lower() for k in interaction["response"]["headers"]}
            assert not headers & {"date", "server", "set-cookie"}, cassette
            if not cassette.stem.startswith("test_live"):  # live cassettes hold the real deployment's URL
                assert interaction["request"]["uri"].startswith("http://127.0.0.1:187"), cassette
