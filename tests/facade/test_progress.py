"""mljobs.progress.Progress: a live table in a terminal, plain lines elsewhere."""

from __future__ import annotations

import io
import subprocess
import sys

from rich.console import Console

from mljobs import Job, JobState
from mljobs.progress import Progress


def job(state: JobState, raw: str, progress: float | None = None) -> Job:
    return Job(vendor="rime", id="job-1", state=state, raw_state=raw, progress=progress)


def test_not_a_terminal_writes_each_state_change_once() -> None:
    out = io.StringIO()
    show = Progress(stream=out)
    assert not show.live
    show(job(JobState.QUEUED, "JOB_STATUS_PENDING"), 1, 2.0)
    show(job(JobState.QUEUED, "JOB_STATUS_PENDING"), 2, 4.0)
    show(None, 3, 8.0)
    show(job(JobState.SUCCEEDED, "JOB_STATUS_SUCCEEDED", 1.0), 4, 0.0)
    assert out.getvalue().splitlines() == [
        "rime job job-1: QUEUED (JOB_STATUS_PENDING), poll 1, next in 2.0s",
        "rime job job-1: SUCCEEDED (JOB_STATUS_SUCCEEDED) 100%, poll 4",
    ]


def test_off_a_terminal_lines_reach_stderr_with_no_logging_setup_and_no_httpx_lines() -> None:
    # A real wait in a fresh interpreter whose stderr is a pipe: Progress() with no arguments and no
    # logging configured shows every state change, and httpx's "HTTP Request: ..." lines stay off.
    code = (
        "from mljobs.progress import Progress\n"
        "from mljobs.testing import serve\n"
        "with serve('rime', seed=3) as sim:\n"
        "    ids = sim.add_jobs(2, queue_seconds=5, run_seconds=20, outcome='succeeded')\n"
        "    sim.client().jobs.wait_all(ids, on_progress=Progress())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    lines = proc.stderr.splitlines()
    assert proc.stdout == ""
    assert sum("SUCCEEDED (JOB_STATUS_SUCCEEDED)" in line for line in lines) == 2, proc.stderr
    assert any("QUEUED (JOB_STATUS_PENDING)" in line for line in lines), proc.stderr
    assert not any("HTTP Request" in line or "httpx" in line for line in lines), proc.stderr


def test_a_terminal_gets_a_live_table() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100)
    with Progress(console=console) as show:
        assert show.live
        show(job(JobState.RUNNING, "JOB_STATUS_RUNNING", 0.5), 2, 4.0)
        show(job(JobState.SUCCEEDED, "JOB_STATUS_SUCCEEDED", 1.0), 3, 0.0)
    text = out.getvalue()
    assert "job-1" in text and "SUCCEEDED" in text and "done" in text and "50%" in text
