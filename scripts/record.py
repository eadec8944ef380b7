#!/usr/bin/env python3
"""Re-record every cassette under tests/cassettes/<vendor>/ from the simulators.

    python scripts/record.py                 # every vendor
    python scripts/record.py rime domino     # only these vendors
    python scripts/record.py --live rime     # against a real deployment (see below)

It runs the cassette tests (``@pytest.mark.vcr``) with ``--record-mode=rewrite``: each test serves its
simulator on a fixed loopback port (tests/conftest.py), so the recorded URLs, ids and bodies are the
same on every run and recording twice leaves ``git status`` clean. Credentials are scrubbed from request
headers, query strings, bodies and response headers and bodies before a cassette is written; this script
then scans every cassette it wrote and fails if a credential is still there.

``--live`` records the tests marked ``live`` against a real deployment instead, with the URL and
credentials from the vendor's own environment variables (e.g. ``RIME_API_URL``/``RIME_API_KEY``).
Tests replay offline by default and never record unless this script (or --record-mode) asks.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
CASSETTES = TESTS / "cassettes"
VENDOR_LINE = re.compile(r'^VENDOR = "([a-z]+)"$', re.MULTILINE)
sys.path.insert(0, str(ROOT / "src"))
from mljobs._registry import VENDORS, recorded_as_redacted  # noqa: E402  (the registry imports nothing heavy)

#: A credential header whose value is anything but REDACTED.
LEAK = re.compile(
    rf"^[ \t]*({'|'.join(re.escape(h) for h in recorded_as_redacted())}):"
    r"[ \t]*\n[ \t]*-[ \t]*(?!REDACTED\b)(\S.*)$",
    re.IGNORECASE | re.MULTILINE,
)


def test_files(vendors: list[str]) -> dict[str, list[Path]]:
    """Cassette test modules by vendor (a module declares ``VENDOR = "<vendor>"``)."""
    found: dict[str, list[Path]] = {}
    for path in sorted(TESTS.rglob("test_*.py")):
        match = VENDOR_LINE.search(path.read_text(encoding="utf-8"))
        if match and (not vendors or match.group(1) in vendors):
            found.setdefault(match.group(1), []).append(path)
    return found


def leaks(directory: Path) -> list[str]:
    """Credential headers left unscrubbed in the cassettes under ``directory``."""
    problems = []
    for cassette in sorted(directory.rglob("*.yaml")):
        for match in LEAK.finditer(cassette.read_text(encoding="utf-8")):
            problems.append(f"{os.path.relpath(cassette, ROOT)}: {match.group(1)} is not scrubbed")
    return problems


#: The environment a live recording needs, per vendor.
LIVE_ENV = {info.name: info.live_env() for info in VENDORS.values()}


def record_live(cmd: list[str], vendors: list[str]) -> int:
    """Record tests/facade/test_live.py for each vendor whose environment is set (or the named ones)."""
    ready = [v for v in (vendors or LIVE_ENV) if all(os.environ.get(name) for name in LIVE_ENV[v])]
    missing = sorted(set(vendors) - set(ready))
    if missing:
        needs = "; ".join(f"{v}: {', '.join(LIVE_ENV[v])}" for v in missing)
        print(f"error: set the environment for a live recording ({needs})", file=sys.stderr)
        return 2
    if not ready:
        print(f"error: no vendor's environment is set; each needs: {LIVE_ENV}", file=sys.stderr)
        return 2
    print(f"== recording live: {', '.join(ready)}")
    env = {**os.environ, "MLJOBS_LIVE": "1"}
    live = [*cmd, "-m", "live", str(TESTS / "facade" / "test_live.py"), "-k", " or ".join(ready)]
    if subprocess.run(live, cwd=ROOT, env=env, check=False).returncode != 0:
        print("error: live recording failed", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor", nargs="*", help="only these vendors (default: all)")
    parser.add_argument("--live", action="store_true", help="record the 'live' tests against real deployments")
    args = parser.parse_args(argv)
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--record-mode=rewrite"]
    status = record_live(cmd, args.vendor) if args.live else record_simulated(cmd, args.vendor)
    if status:
        return status
    problems = leaks(CASSETTES)
    if problems:
        print("error: credentials left in cassettes:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print("no credential in any cassette")
    return 0


def record_simulated(cmd: list[str], vendors: list[str]) -> int:
    """Record every cassette test module of the vendors from their simulators."""
    files = test_files(vendors)
    if not files:
        print(f"error: no cassette tests for {vendors or 'any vendor'}", file=sys.stderr)
        return 2
    env = {k: v for k, v in os.environ.items() if k != "MLJOBS_LIVE"}
    for vendor, paths in files.items():
        print(f"== recording {vendor}: {', '.join(str(p.relative_to(ROOT)) for p in paths)}")
        # Start clean, so a cassette whose test was renamed or removed does not linger (live ones stay).
        for stale in (CASSETTES / vendor).glob("*.yaml"):
            if not stale.stem.startswith("test_live"):
                stale.unlink()
        proc = subprocess.run([*cmd, *map(str, paths)], cwd=ROOT, env=env, check=False)
        if proc.returncode not in (0, 5):
            print(f"error: recording {vendor} failed (pytest exit {proc.returncode})", file=sys.stderr)
            return 1
    print(f"recorded {sum(len(p) for p in files.values())} test modules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
