"""How the command line writes: rich in a terminal, plain aligned lines in a log or a pipe."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .._models import Job

__all__ = ["Output", "duration", "job_row", "when"]

JOB_COLUMNS = ("id", "state", "vendor state", "created (UTC)", "started (UTC)", "finished (UTC)", "message")
COLOURS = {"SUCCEEDED": "green", "FAILED": "red", "CANCELLED": "yellow", "RUNNING": "cyan", "QUEUED": "blue"}


def when(value: dt.datetime | None) -> str:
    """A time in UTC to the second, or ``-``."""
    return "-" if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def duration(seconds: float | None) -> str:
    """``42s``, ``4m 05s`` or ``1h 02m``; ``-`` when unknown."""
    if seconds is None:
        return "-"
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m {whole % 60:02d}s"
    return f"{whole // 3600}h {whole % 3600 // 60:02d}m"


def job_row(job: Job) -> list[str]:
    """The cells of :data:`JOB_COLUMNS` for ``job``."""
    message = (job.message or "").replace("\n", " ")
    return [
        job.id,
        job.state.name,
        str(job.raw_state),
        when(job.created_at),
        when(job.started_at),
        when(job.finished_at),
        message if len(message) <= 60 else message[:59] + "…",
    ]


class Output:
    """Writes to ``stream`` (stdout): a rich console when it is a terminal, plain lines otherwise."""

    def __init__(self, stream: TextIO | None = None, *, terminal: bool | None = None) -> None:
        """Write on ``stream``; ``terminal`` overrides the TTY check."""
        self.stream = stream or sys.stdout
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.console = Console(file=self.stream, highlight=False) if self.terminal else None

    def line(self, text: str = "", *, style: str | None = None) -> None:
        """One line of text (never read as markup)."""
        if self.console is not None:
            self.console.print(Text(text, style=style or ""), soft_wrap=True)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    def heading(self, text: str) -> None:
        """A section heading, after a blank line."""
        self.line()
        if self.console is not None:
            self.console.rule(Text(text, style="bold"), align="left")
        else:
            self.line(f"== {text}")

    def json(self, data: Any) -> None:
        """One JSON object on one line."""
        self.stream.write(json.dumps(data, ensure_ascii=False, allow_nan=False) + "\n")
        self.stream.flush()

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        state_column: int | None = None,
        wrap: Sequence[str] = (),
    ) -> None:
        """A table; in plain mode, columns aligned with two spaces and a header line.

        In a terminal too narrow for it, only the ``wrap`` columns (and the last) wrap; ids never do.
        """
        if self.console is not None:
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
            for n, header in enumerate(headers):
                wraps = header in wrap or n == len(headers) - 1
                table.add_column(header, overflow="fold", no_wrap=not wraps)
            for row in rows:
                cells = [Text(cell) for cell in row]
                if state_column is not None:
                    cells[state_column].stylize(COLOURS.get(row[state_column], ""))
                table.add_row(*cells)
            self.console.print(table)
            return
        widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
        for row in [list(headers), *rows]:
            self.line("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())

    def code(self, text: str) -> None:
        """A line of Python, as the demo shows the calls it makes."""
        self.line(f">>> {text}" if self.console is None else text, style="cyan")

    def jobs(self, jobs: Sequence[Job], columns: Sequence[str] = JOB_COLUMNS) -> None:
        """A table of jobs, without the columns no job has a value in (e.g. Domino's creation time)."""
        rows = [job_row(job) for job in jobs]
        keep = [
            i
            for i, name in enumerate(JOB_COLUMNS)
            if name in columns and (i < 2 or any(row[i] not in ("", "-") for row in rows))
        ]
        headers = [JOB_COLUMNS[i] for i in keep]
        self.table(headers, [[row[i] for i in keep] for row in rows], state_column=1, wrap=JOB_COLUMNS[3:])
