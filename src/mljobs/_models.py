"""The one job model every vendor maps to."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["Job", "JobState", "state_from_table"]


class JobState(enum.Enum):
    """A job's state, the same for every vendor. The vendor's own string is on ``Job.raw_state``."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    @property
    def is_terminal(self) -> bool:
        """Whether the job has ended (succeeded, failed or cancelled)."""
        return self in _TERMINAL


_TERMINAL = frozenset({JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED})


def state_from_table(table: Mapping[str, JobState], raw: str | None) -> JobState:
    """Look a vendor's state up in its table; a value the table does not know is ``UNKNOWN``."""
    if raw is None:
        return JobState.UNKNOWN
    return table.get(raw, JobState.UNKNOWN)


@attrs.frozen(kw_only=True)
class Job:
    """A job, as every vendor's client returns it.

    ``raw`` is the vendor's own generated model, for every field this class does not carry.
    """

    vendor: str
    id: str
    state: JobState
    raw_state: str | None
    created_at: dt.datetime | None = None
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    message: str | None = None
    progress: float | None = None
    raw: Any = attrs.field(default=None, repr=False, eq=False)

    @property
    def is_terminal(self) -> bool:
        """Whether the job has ended."""
        return self.state.is_terminal
