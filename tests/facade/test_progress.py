"""mljobs.progress.Progress: a live table in a terminal, log lines elsewhere."""

from __future__ import annotations

import io
import logging

import pytest
from rich.console import Console

from mljobs import Job, JobState
from mljobs.progress import Progress


def job(state: JobState, raw: str, progress: float | None = None) -> Job:
    return Job(vendor="rime", id="job-1", state=state, raw_state=raw, progress=progress)


def test_not_a_terminal_logs_each_state_change_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="mljobs.progress")
    show = Progress(stream=io.StringIO())
    assert not show.live
    show(job(JobState.QUEUED, "JOB_STATUS_PENDING"), 1, 2.0)
    show(job(JobState.QUEUED, "JOB_STATUS_PENDING"), 2, 4.0)
    show(None, 3, 8.0)
    show(job(JobState.SUCCEEDED, "JOB_STATUS_SUCCEEDED", 1.0), 4, 0.0)
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "rime job job-1: QUEUED (JOB_STATUS_PENDING), poll 1, next in 2.0s",
        "rime job job-1: SUCCEEDED (JOB_STATUS_SUCCEEDED) 100%, poll 4",
    ]


def test_a_terminal_gets_a_live_table() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100)
    with Progress(console=console) as show:
        assert show.live
        show(job(JobState.RUNNING, "JOB_STATUS_RUNNING", 0.5), 2, 4.0)
        show(job(JobState.SUCCEEDED, "JOB_STATUS_SUCCEEDED", 1.0), 3, 0.0)
    text = out.getvalue()
    assert "job-1" in text and "SUCCEEDED" in text and "done" in text and "50%" in text
