"""A ready ``on_progress`` for waits: a live line per job in a terminal, plain lines elsewhere.

>>> from mljobs.progress import Progress
>>> with Progress() as show:
...     client.jobs.wait_all(ids, on_progress=show)

In a terminal it draws a table with one live line per job (with the ``progress`` extra, which brings
rich). When the output is not a terminal (a log, a pipe, CI), or rich is missing, it writes one plain
line to the stream (stderr by default) each time a job's state changes, with no logging set up; it
configures no logger, so httpx's per-request lines stay off.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, Self, TextIO

from ._models import Job

__all__ = ["Progress"]


class Progress:
    """An ``on_progress`` callback that shows every job's state as waits poll it."""

    def __init__(self, *, stream: TextIO | None = None, console: Any = None, live: bool | None = None) -> None:
        """Draw on ``stream`` (default stderr) or a rich ``console``; ``live`` forces a mode (default: a TTY?)."""
        self._stream = stream or sys.stderr
        self._console = console
        self._rows: dict[str, tuple[Job, int, float]] = {}
        self._logged: dict[str, str | None] = {}
        self._live: Any = None
        if live is None:
            live = bool(console is not None and getattr(console, "is_terminal", False)) or self._stream.isatty()
        self.live = live and self._rich_available()

    @staticmethod
    def _rich_available() -> bool:
        try:
            import rich  # noqa: F401
        except ImportError:
            return False
        return True

    def __call__(self, job: Job | None, attempt: int, next_delay: float) -> None:
        """Record one poll's result and redraw (or log a state change)."""
        if job is None:
            return
        self._rows[job.id] = (job, attempt, next_delay)
        if self.live:
            self._draw()
        elif self._logged.get(job.id, "") != job.raw_state:
            self._logged[job.id] = job.raw_state
            pct = f" {job.progress:.0%}" if job.progress is not None else ""
            after = "" if job.is_terminal else f", next in {next_delay:.1f}s"
            line = f"{job.vendor} job {job.id}: {job.state.name} ({job.raw_state}){pct}, poll {attempt}{after}"
            self._stream.write(line + "\n")
            self._stream.flush()

    def _table(self) -> Any:
        from rich.table import Table

        table = Table(box=None, show_edge=False, pad_edge=False)
        for column in ("job", "state", "vendor state", "progress", "polls", "next poll"):
            table.add_column(column)
        colours = {"SUCCEEDED": "green", "FAILED": "red", "CANCELLED": "yellow", "RUNNING": "cyan"}
        for job, attempt, delay in self._rows.values():
            colour = colours.get(job.state.name, "white")
            table.add_row(
                job.id,
                f"[{colour}]{job.state.name}[/{colour}]",
                str(job.raw_state),
                "" if job.progress is None else f"{job.progress:.0%}",
                str(attempt),
                "done" if job.is_terminal else f"{delay:.1f}s",
            )
        return table

    def _draw(self) -> None:
        if self._live is None:
            from rich.console import Console
            from rich.live import Live

            console = self._console or Console(file=self._stream)
            self._live = Live(self._table(), console=console, auto_refresh=False, transient=False)
            self._live.start()
        self._live.update(self._table(), refresh=True)

    def close(self) -> None:
        """Stop drawing (leaves the last table on screen)."""
        if self._live is not None:
            self._live.stop()
            self._live = None

    def __enter__(self) -> Self:
        """Use in a ``with`` block; the drawing stops at its end."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop drawing."""
        self.close()
