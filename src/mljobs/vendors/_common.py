"""Helpers the vendor modules share: argument checks and converting generated values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from .._errors import InvalidArgumentError
from .._models import JobState


def unset_to_none(value: Any) -> Any:
    """The generated ``UNSET`` sentinel as None; anything else as it is."""
    from_module = type(value).__module__
    return None if from_module.endswith(".types") and type(value).__name__ == "Unset" else value


def aware(value: Any) -> dt.datetime | None:
    """A datetime (assumed UTC if naive) from a generated field, or None."""
    value = unset_to_none(value)
    if not isinstance(value, dt.datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def raw_states(
    argument: str,
    value: str | JobState | Iterable[str | JobState] | None,
    table: Mapping[str, JobState],
) -> list[str]:
    """Vendor state strings for a filter given as vendor strings and/or JobState values."""
    if value is None:
        return []
    values = [value] if isinstance(value, str | JobState) else list(value)
    out: list[str] = []
    for item in values:
        if isinstance(item, JobState):
            matches = [raw for raw, state in table.items() if state is item]
            if not matches:
                raise InvalidArgumentError(f"{argument}={item!r}: this vendor has no state that maps to it")
            out += [m for m in matches if m not in out]
        elif isinstance(item, str) and item in table:
            if item not in out:
                out.append(item)
        else:
            raise InvalidArgumentError(
                f"{argument}={item!r} is not a state of this vendor; use one of {sorted(table)} or an mljobs.JobState"
            )
    return out


def positive_int(argument: str, value: int | None, maximum: int | None = None) -> int | None:
    """Check an optional whole-number argument."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"{argument} must be a whole number >= 1, got {value!r}")
    if maximum is not None and value > maximum:
        raise InvalidArgumentError(f"{argument} must be at most {maximum}, got {value}")
    return value


def job_id(value: str) -> str:
    """Check a job id argument."""
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(f"job_id must be a non-empty string, got {value!r}")
    return value
