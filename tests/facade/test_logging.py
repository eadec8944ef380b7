"""MLJOBS_LOG turns on mljobs' own log lines on stderr; they never carry a credential."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from mljobs._registry import VENDORS

#: Every vendor's client waits, lists, retries injected faults and cancels, with every decision logged.
WORKLOAD = textwrap.dedent(
    """
    import json
    import mljobs
    from mljobs._registry import VENDORS
    from mljobs.testing import serve
    secrets, errors = [], []
    options = {"domino": {"api": "document"}}  # tests/conftest.py SIM_OPTIONS: what mljobs.Domino reads today
    for name, info in VENDORS.items():
        with serve(name, seed=4, fault_rate=0.3, faults=["500", "429", "drop"], **options.get(name, {})) as sim:
            sim.faults.retry_after = 0.0
            secrets += [str(sim.credentials[c.argument]) for c in info.credentials if c.secret]
            ids = sim.add_jobs(4, states=["queued", "running"])
            client = sim.client(max_retries=5)
            try:
                client.jobs.wait_all(ids, raise_on_failure=False, timeout=7200, **sim.scope)
                list(client.jobs.list(**sim.scope))
                if info.can_cancel:
                    client.jobs.cancel(sim.add_jobs(1)[0])
            except mljobs.MljobsError as exc:  # e.g. a dropped connection mid-body, which is not retried
                errors.append(str(exc))
    print(json.dumps([secrets, errors]))
    """
)


def run(code: str, level: str | None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "MLJOBS_LOG"}
    if level is not None:
        environ["MLJOBS_LOG"] = level
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={**environ, **env}
    )


def test_debug_logs_every_decision_to_stderr_without_any_credential() -> None:
    proc = run(WORKLOAD, "debug")
    assert proc.returncode == 0, proc.stderr
    secrets, errors = json.loads(proc.stdout)
    assert len(secrets) == len(VENDORS) and len(errors) < len(VENDORS)
    lines = proc.stderr.splitlines()
    assert any(" DEBUG mljobs: retrying " in line for line in lines), proc.stderr[-2000:]
    assert any("jobs still open after poll" in line for line in lines)
    assert all(" mljobs" in line for line in lines), [line for line in lines if " mljobs" not in line][:3]
    assert not any("HTTP Request" in line for line in lines)  # httpx's logger stays off
    for secret in secrets:
        assert secret not in proc.stderr and all(secret not in error for error in errors)


def test_secrets_from_the_vendors_variables_are_masked_even_if_logged() -> None:
    code = "import logging, os, mljobs; logging.getLogger('mljobs').info('key=%s', os.environ['RIME_API_KEY'])"
    proc = run(code, "INFO", RIME_API_KEY="rime-sim-secret-abcdef")
    assert proc.returncode == 0
    assert proc.stderr.strip().endswith("INFO mljobs: key=***"), proc.stderr


def test_info_hides_debug_lines_and_nothing_is_logged_unless_asked() -> None:
    code = "import logging, mljobs; log = logging.getLogger('mljobs'); log.debug('hidden'); log.info('shown')"
    shown = run(code, "info").stderr
    assert shown.strip().endswith("INFO mljobs: shown") and "hidden" not in shown
    assert run(code, None).stderr == run(code, "").stderr == ""


def test_an_invalid_value_is_ignored_with_a_warning_that_says_what_works() -> None:
    code = "import logging, mljobs; logging.getLogger('mljobs').warning('not configured')"
    proc = run(code, "verbose")
    assert proc.returncode == 0
    assert "RuntimeWarning: MLJOBS_LOG='verbose' is ignored: use debug or info" in proc.stderr
    # No handler was added: the one line below is logging's last-resort handler, without our format.
    assert proc.stderr.strip().splitlines()[-1] == "not configured"
