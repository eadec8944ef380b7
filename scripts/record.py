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
#: A credential header whose value is anything but REDACTED.
LEAK = re.compile(
    r"^[ \t]*(rime-api-key|x-domino-api-key|x-api-key|authorization|customer-id|cookie|sym-date|content-md5):"
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor", nargs="*", help="only these vendors (default: all)")
    parser.add_argument("--live", action="store_true", help="record the 'live' tests against real deployments")
    args = parser.parse_args(argv)
    files = test_files(args.vendor)
    if not files:
        print(f"error: no cassette tests for {args.vendor or 'any vendor'}", file=sys.stderr)
        return 2
    env = dict(os.environ)
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--record-mode=rewrite"]
    if args.live:
        env["MLJOBS_LIVE"] = "1"
        cmd += ["-m", "live"]
    else:
        env.pop("MLJOBS_LIVE", None)
    for vendor, paths in files.items():
        print(f"== recording {vendor}: {', '.join(str(p.relative_to(ROOT)) for p in paths)}")
        if not args.live:
            # Start clean, so a cassette whose test was renamed or removed does not linger.
            for stale in (CASSETTES / vendor).glob("*.yaml"):
                stale.unlink()
        proc = subprocess.run([*cmd, *map(str, paths)], cwd=ROOT, env=env, check=False)
        if proc.returncode not in (0, 5):
            print(f"error: recording {vendor} failed (pytest exit {proc.returncode})", file=sys.stderr)
            return 1
    problems = leaks(CASSETTES)
    if problems:
        print("error: credentials left in cassettes:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print(f"recorded {sum(len(p) for p in files.values())} test modules; no credential in any cassette")
    return 0


if __name__ == "__main__":
    sys.exit(main())
