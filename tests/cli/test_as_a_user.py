"""The command line as a user runs it: the installed ``mljobs`` script in subprocesses, no terminal."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

MLJOBS = str(Path(sys.executable).with_name("mljobs"))


def clean_env(**extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DOMINO_", "RIME_", "MLJOBS_"))}
    return {**keep, **extra}


Served = tuple["subprocess.Popen[str]", list[str], dict[str, str]]


@pytest.fixture
def served_domino() -> Iterator[Served]:
    """``mljobs serve domino`` in the background; yields (process, the environment it printed)."""
    proc = subprocess.Popen(
        [MLJOBS, "serve", "domino", "--port", "0", "--jobs", "6", "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    assert proc.stdout is not None
    lines, deadline = [], time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("# Ctrl-C"):
            break
    env = {}
    for line in lines:
        if line.startswith("export "):
            name, _, value = line.removeprefix("export ").partition("=")
            (env[name],) = shlex.split(value)
    try:
        yield proc, lines, env
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=10)


def test_serve_then_list_json_with_the_printed_environment(served_domino: Served) -> None:
    proc, lines, env = served_domino
    assert set(env) == {"DOMINO_API_HOST", "DOMINO_USER_API_KEY", "DOMINO_PROJECT_ID"}, lines
    assert lines[0].startswith(f"# mljobs: Domino Data Lab simulator on {env['DOMINO_API_HOST']}")
    assert f"# list scope: project_id={env['DOMINO_PROJECT_ID']}" in lines
    listed = subprocess.run(
        [MLJOBS, "domino", "list", "--project-id", env["DOMINO_PROJECT_ID"], "--json"],
        capture_output=True,
        text=True,
        env=clean_env(DOMINO_API_HOST=env["DOMINO_API_HOST"], DOMINO_USER_API_KEY=env["DOMINO_USER_API_KEY"]),
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    jobs = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(jobs) == 6 and all(job["vendor"] == "domino" for job in jobs)
    assert env["DOMINO_USER_API_KEY"] not in listed.stdout + listed.stderr

    wrong = subprocess.run(
        [sys.executable, "-m", "mljobs", "domino", "list"],  # the project from DOMINO_PROJECT_ID this time
        capture_output=True,
        text=True,
        env=clean_env(**{**env, "DOMINO_USER_API_KEY": "not-the-key"}),
        timeout=60,
    )
    assert wrong.returncode == 4 and wrong.stdout == ""
    (said,) = wrong.stderr.splitlines()  # the answer's requestId is in the message (Domino's errors carry one)
    assert re.fullmatch(r"mljobs: error: 401 Unauthorized: Unauthorized: missing or invalid API key "
                        r"\(Domino request id [\w-]+\)", said)  # fmt: skip

    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    assert "simulator stopped" in proc.stderr.read()


def test_demo_runs_end_to_end_in_seconds_and_reads_well_in_a_log() -> None:
    started = time.perf_counter()
    proc = subprocess.run([MLJOBS, "demo"], capture_output=True, text=True, env=clean_env(), timeout=120)
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert elapsed < 60
    out, err = proc.stdout, proc.stderr
    assert "\x1b" not in out + err  # no terminal: plain lines, no colour codes or redraws
    for part in ("== Domino: a learning-rate sweep", "== The project's jobs, 4 to a page", "== Summary",
                 "== RIME: finished stress tests", "none twice"):  # fmt: skip
        assert part in out, part
    summary = out.split("== Summary")[1].split("== RIME")[0]
    assert summary.count("SUCCEEDED") == 4 and "FAILED" in summary and "CANCELLED" in summary
    assert "page 3: 3 jobs" in out and "next_cursor=None" in out
    assert sum(": CANCELLED (Stopped)" in line for line in err.splitlines()) == 1  # Progress(), on stderr


def test_without_the_cli_extra_one_line_names_it() -> None:
    code = textwrap.dedent(
        """
        import importlib.abc, sys
        class Hide(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] == "click":
                    raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        sys.meta_path.insert(0, Hide())
        from mljobs._cli import main
        raise SystemExit(main(["--help"]))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "mljobs: the mljobs command line needs the 'cli' extra (click is not installed); "
        'from a checkout of mljobs: pip install ".[cli]"'
    ]
