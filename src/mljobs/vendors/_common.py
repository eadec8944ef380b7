"""Helpers the vendor modules share: argument checks, and reading generated values with their types checked.

The generated models keep whatever JSON a server sent (an id may arrive as a dict, a message as a bool).
Every vendor's ``to_job`` and ``page`` read their fields through the readers here, so a value of the
wrong type raises :class:`BadField`, which the client turns into a ResponseValidationError naming the
field; a Job's fields always have their declared types. The one conversion: an integer id becomes its
decimal string (lossless; some services send numeric ids).
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, TypeVar

import httpx

from .._base import Vendor
from .._errors import CancelRejectedError, ConfigurationError, ConflictError, InvalidArgumentError, MljobsError
from .._http import base_url_of, setting, timeout_of
from .._models import Job, JobState, build_job, state_from_table


class BadField(ValueError):
    """A field of an answer holds a value of the wrong type (the client raises ResponseValidationError)."""

    def __init__(self, field: str, value: Any, expected: str) -> None:
        """Name the field, what it should be, and what came (its type only: values can be long)."""
        super().__init__(f"{field} must be {expected}, got {_kind(value)}")
        self.field = field


def _kind(value: Any) -> str:
    if isinstance(value, bool | int | float):
        text = repr(value)
        return f"{type(value).__name__} {text if len(text) <= 24 else text[:21] + '...'}"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    return type(value).__name__


def unset_to_none(value: Any) -> Any:
    """The generated ``UNSET`` sentinel as None; anything else as it is."""
    kind = type(value)
    if kind is str or value is None:  # most values read, and a listed job's JSON: no sentinel to look for
        return value
    return None if kind.__name__ == "Unset" and kind.__module__.endswith(".types") else value


def text(field: str, value: Any) -> str | None:
    """An optional string field (a generated enum is a string too); None when absent or null."""
    if value is None or type(value) is str:  # most values read: nothing more to check
        return value
    value = unset_to_none(value)
    if value is None or isinstance(value, str):
        return None if value is None else str(value)
    raise BadField(field, value, "a string")


def identifier(field: str, value: Any) -> str:
    """A required id: a non-empty string, or an integer as its decimal string."""
    if type(value) is str and value:  # most ids read: nothing more to check
        return value
    value = unset_to_none(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value:
        return value
    raise BadField(field, value, "a non-empty string (or an integer)")


def flag(field: str, value: Any) -> bool | None:
    """An optional boolean field."""
    value = unset_to_none(value)
    if value is None or isinstance(value, bool):
        return value
    raise BadField(field, value, "true or false")


def whole(field: str, value: Any) -> int | None:
    """An optional whole-number field."""
    value = unset_to_none(value)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise BadField(field, value, "a whole number")


def number(field: str, value: Any) -> float | None:
    """An optional finite number field, as a float."""
    value = unset_to_none(value)
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            result = float(value)
        except OverflowError:
            raise BadField(field, value, "a number a float can hold") from None
        if math.isfinite(result):
            return result
    raise BadField(field, value, "a finite number")


def items(field: str, value: Any) -> list[Any]:
    """An optional list field; [] when absent or null."""
    value = unset_to_none(value)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise BadField(field, value, "a list")


def aware(field: str, value: Any) -> dt.datetime | None:
    """An optional date-time field the generated code parsed (assumed UTC if naive)."""
    value = unset_to_none(value)
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        raise BadField(field, value, "an RFC 3339 date-time")
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


# ---- reading a job's JSON itself (a listed job, whose model is built on first use) ----------------------
# Each reader takes what the generated ``from_dict`` would have let through, and refuses (BadField) what it
# would have failed on: a missing required key, a date-time that is not one, an enum value that is not a string.

_ABSENT: Any = object()
_fromisoformat, _UTC = dt.datetime.fromisoformat, dt.UTC


#: What ``data.get(key, ABSENT)`` gives for a key the JSON does not have.
ABSENT: Any = _ABSENT
#: A JobState read once (an enum member read off its class is a lookup through the enum's metaclass).
UNKNOWN = JobState.UNKNOWN


def moment(value: Any, none: Any = _ABSENT) -> dt.datetime | None:
    """A listed job's date-time string as a date-time (UTC if naive); None when ``value is none`` (absent, by default).

    For a vendor's quick read of a listed job: anything else (a null where none is allowed, not a string, not a
    date-time) raises ValueError, and the vendor reads that job through the checked readers instead, which raise
    the BadField naming the field.
    """
    if type(value) is str:
        parsed = _fromisoformat(value)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)
    if value is none:
        return None
    raise ValueError("not a date-time string")


def json_object(field: str, value: Any) -> dict[str, Any]:
    """A JSON object (what a generated model is built from)."""
    if type(value) is dict or isinstance(value, dict):
        return value
    raise BadField(field, value, "an object")


def json_list(field: str, data: Mapping[str, Any], key: str) -> list[Any]:
    """A list field: [] when absent; null or another type is refused, as the model does."""
    value = data.get(key, [])
    if isinstance(value, list):
        return value
    raise BadField(field, value, "a list")


def json_required(field: str, data: Mapping[str, Any], key: str) -> Any:
    """A key the model requires (BadField when it is missing), its value unchecked."""
    value = data.get(key, _ABSENT)
    if value is _ABSENT:
        raise BadField(field, None, "present")
    return value


def json_enum(field: str, data: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    """An (open) enum field: a string, None when absent; null or another type is refused, as the model does."""
    value = data.get(key, _ABSENT)
    if type(value) is str or isinstance(value, str):
        return value
    if value is _ABSENT and not required:
        return None
    raise BadField(field, None, "present") if value is _ABSENT else BadField(field, value, "a string")


def json_time(
    field: str, data: Mapping[str, Any], key: str, *, required: bool = False, nullable: bool = False
) -> dt.datetime | None:
    """A date-time field, as :func:`aware` reads the model's (assumed UTC if naive); None when absent (or null)."""
    value = data.get(key, _ABSENT)
    if type(value) is str or isinstance(value, str):
        try:
            parsed = _fromisoformat(value)
        except ValueError:
            raise BadField(field, value, "an RFC 3339 date-time") from None
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)
    if value is _ABSENT and not required:
        return None
    if value is None and nullable:
        return None
    raise BadField(field, None, "present") if value is _ABSENT else BadField(field, value, "an RFC 3339 date-time")


def epoch(field: str, value: Any, *, per_second: int = 1, digits: bool = False) -> dt.datetime | None:
    """An optional time in epoch seconds (``per_second=1000``: milliseconds); 0 means not set.

    ``digits``: the value comes as a string of digits (an int64 in JSON), as Vectara sends them.
    """
    value = unset_to_none(value)
    if value is None:
        return None
    if digits and isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value) < 40:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadField(field, value, "a string of digits" if digits else "a number")
    if value == 0:
        return None
    try:
        return dt.datetime.fromtimestamp(value / per_second, dt.UTC)
    except (OverflowError, OSError, ValueError):
        raise BadField(field, value, "a time within the years 1 to 9999") from None


def expect(field: str, value: Any, kind: type[Any] | tuple[type[Any], ...], what: str) -> None:
    """A BadField naming ``field`` (``what`` it should be) unless ``value`` is a ``kind``, e.g. a parsed model."""
    if not isinstance(value, kind):
        raise BadField(field, value, what)


def vendor_job(
    vendor: str,
    table: Mapping[str, JobState] | JobState,
    job_id: tuple[str, Any],
    raw_state: str | None,
    times: tuple[dt.datetime | None, dt.datetime | None, dt.datetime | None],
    message: str | None,
    raw: Any,
    progress: float | None = None,
) -> Job[Any]:
    """A vendor's Job: ``job_id`` is (field, value), checked by :func:`identifier`; the state from ``table``.

    ``table`` may be the state itself, where the vendor's answer says more than its status. ``times`` are
    (created, started, finished), already read with their fields' checks.
    """
    created, started, finished = times
    state = table if type(table) is JobState else state_from_table(table, raw_state)  # type: ignore[arg-type]
    return build_job(vendor, identifier(*job_id), state, raw_state, created, started, finished, message, progress, raw)


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


def api_choice(value: Any, choices: tuple[str, ...], client: str) -> str:
    """Check a client's ``api=`` (one of ``choices``, the default first); ConfigurationError naming them."""
    if isinstance(value, str) and value in choices:
        return value
    raise ConfigurationError(f"{client}: api={value!r} is not one of its APIs; choose one of {list(choices)}")


class Generations(Vendor):
    """A vendor with several API generations: requests are sent in ``api``, one of ``apis``."""

    #: The values of the client's ``api=``: the vendor's current service first, the seed document's last.
    apis: ClassVar[tuple[str, ...]]
    api: str

    def __init__(self, api: str | None = None, client: str | None = None) -> None:
        """Speak ``api`` (None: the first of ``apis``); a ConfigurationError names the choices otherwise."""
        default = type(self).__name__.removesuffix("Vendor")
        self.api = api_choice(self.apis[0] if api is None else api, self.apis, client or default)


def group_by(pending: Iterable[str], known: Mapping[str, str], seen: Mapping[str, Any]) -> dict[str, list[str]]:
    """The ``pending`` ids not ``seen`` yet whose group (e.g. project) is ``known``, by group: one listing each."""
    out: dict[str, list[str]] = {}
    for job_id in pending:
        if job_id not in seen and job_id in known:
            out.setdefault(known[job_id], []).append(job_id)
    return out


ApiT = TypeVar("ApiT")


def token_client(
    cls: Callable[..., ApiT],
    base_url: str | None,
    api_key: str | None,
    timeout: float | httpx.Timeout | None,
    transport: Any,
    name: str,
    *,
    url_env: str,
    key_env: str,
    header: str | None = None,
    default_url: str | None = None,
) -> ApiT:
    """The generated ``AuthenticatedClient`` ``cls`` of a vendor that sends an API key.

    ``base_url`` and ``api_key`` fall back to ``url_env`` and ``key_env`` (then ``default_url``, if the vendor
    has one); the key goes in ``header`` as it is, or (None) as ``Authorization: Bearer``.
    """
    if default_url is not None:
        base_url = base_url or os.environ.get(url_env) or default_url
    url = base_url_of(base_url, "base_url", url_env, name)
    key = setting(api_key, "api_key", key_env, name)
    auth = {} if header is None else {"prefix": "", "auth_header_name": header}
    return cls(base_url=url, token=key, timeout=timeout_of(timeout), httpx_args={"transport": transport}, **auth)


def refused_when_ended(vendor: str, verb: str) -> Callable[[str, MljobsError], MljobsError]:
    """For a vendor that answers 409 to ``verb`` (cancel, stop) on a job that has ended: CancelRejectedError."""

    def refused(job: str, exc: MljobsError) -> MljobsError:
        if isinstance(exc, ConflictError):
            return CancelRejectedError(
                f"{vendor} refused to {verb} job {job}: {exc}", job_id=job, response=exc.response
            )
        return exc

    return refused
