"""The one job model every vendor maps to."""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, cast

import attrs

if TYPE_CHECKING:
    import httpx

__all__ = ["Job", "JobState", "RawT", "Unbuilt", "build_job", "state_from_table", "unbuilt"]

#: The vendor's own model on ``Job.raw`` (``mljobs.Job`` alone means ``Job[Any]``).
if TYPE_CHECKING:  # the default (PEP 696) is for type checkers: typing_extensions is not imported at run time
    from typing_extensions import TypeVar

    RawT = TypeVar("RawT", default=Any)
else:
    from typing import TypeVar

    RawT = TypeVar("RawT")


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
#: An enum member read off its class costs a lookup through the enum's metaclass: read once here.
_UNKNOWN = JobState.UNKNOWN


def state_from_table(table: Mapping[str, JobState], raw: str | None) -> JobState:
    """Look a vendor's state up in its table; a value the table does not know is ``UNKNOWN``."""
    if raw is None:
        return _UNKNOWN
    return table.get(raw, _UNKNOWN)


#: A listed job's ``raw`` before it is built: (its generated model, the job's JSON, the answer it came in).
#: A plain tuple, as a listing makes one a job: CPython takes tuples from a free list, so unlike an object of
#: a class of ours they do not bring the garbage collector's next pass nearer (~10% of a page's client CPU).
Unbuilt = tuple[type[Any], Any, "httpx.Response"]


@attrs.frozen(kw_only=True)
class Job(Generic[RawT]):
    """A job, as every vendor's client returns it.

    ``raw`` is the vendor's own generated model, for every field this class does not carry. ``Job`` is
    generic in it, so ``rime.jobs.get(id).raw`` is typed ``RimeJobMetadata`` and an editor completes the
    vendor's own fields; ``mljobs.Job`` alone is ``Job[Any]``.

    A listed job's ``raw`` is built on first use from the answer's JSON (listing then costs no model per
    job): the fields above are checked when the job is listed; a wrong value only ``raw`` holds raises
    ResponseValidationError when ``raw`` (or ``to_dict()``) is first read. A Domino document job read by id
    is built on first use too, but only once it is known to build: a wrong value raises at ``get()``.
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
    _raw: RawT | Unbuilt = attrs.field(default=cast(Any, None), repr=False, eq=False, alias="raw")

    @property
    def raw(self) -> RawT:
        """The vendor's own model of the job (built on first use for a listed job)."""
        value = self._raw
        if type(value) is tuple:
            value = _build(value)
            object.__setattr__(self, "_raw", value)  # built once: later reads get the same model
        return cast(RawT, value)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled and copied with ``raw`` built (a copy of a listed job holds its model, not the answer)."""
        return build_job, (*(getattr(self, name) for name in _FIELDS[:-1]), self.raw)

    @property
    def is_terminal(self) -> bool:
        """Whether the job has ended."""
        return self.state.is_terminal

    def to_dict(self) -> dict[str, Any]:
        """The job as JSON-safe values: ``json.dumps(job.to_dict())`` always works.

        ``state`` is the JobState's value (``"succeeded"``; ``JobState(d["state"])`` reads it back),
        datetimes are ISO 8601 strings with their offset, and ``raw`` is the vendor's own model as its
        ``to_dict()`` gives it (the vendor's field names and values, as on the wire).

        >>> json.dumps(client.jobs.get("job-456").to_dict())
        """
        return {
            "vendor": self.vendor,
            "id": self.id,
            "state": self.state.value,
            "raw_state": self.raw_state,
            "created_at": _iso(self.created_at),
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
            "message": self.message,
            "progress": self.progress,
            "raw": _jsonable(self.raw),
        }


#: Job's fields, in the order :func:`build_job` takes them.
_FIELDS = (
    "vendor", "id", "state", "raw_state", "created_at", "started_at", "finished_at", "message", "progress", "_raw",
)  # fmt: skip


def _slot_setters() -> tuple[Any, ...]:
    """The ``__set__`` of each of Job's slots, in :data:`_FIELDS` order (what attrs' ``__init__`` sets)."""
    fields = attrs.fields(Job)
    plain = all(f.validator is None and f.converter is None and f.on_setattr is None for f in fields)
    slots = [Job.__dict__.get(name) for name in _FIELDS]
    if (
        tuple(f.name for f in fields) != _FIELDS
        or not plain
        or not all(type(slot).__name__ == "member_descriptor" for slot in slots)
    ):  # a field added, or one that checks or converts: build_job must learn it
        raise RuntimeError("Job's fields are not the plain slots build_job sets")  # pragma: no cover
    return tuple(slot.__set__ for slot in slots)  # type: ignore[union-attr]


(_VENDOR, _ID, _STATE, _RAW_STATE, _CREATED, _STARTED, _FINISHED, _MESSAGE, _PROGRESS, _RAW) = _slot_setters()
_new = object.__new__


def build_job(
    vendor: str,
    id: str,
    state: JobState,
    raw_state: str | None,
    created_at: dt.datetime | None,
    started_at: dt.datetime | None,
    finished_at: dt.datetime | None,
    message: str | None,
    progress: float | None,
    raw: Any,
) -> Job[Any]:
    """``Job(vendor=vendor, id=id, ...)``, at a fraction of the cost: a listing builds one a job.

    Job has no validators or converters (the adapters check each value first), so its fields are set
    straight on their slots (as its frozen ``__init__`` does, through ``object.__setattr__``, one call a field).
    """
    job: Job[Any] = _new(Job)
    _VENDOR(job, vendor)
    _ID(job, id)
    _STATE(job, state)
    _RAW_STATE(job, raw_state)
    _CREATED(job, created_at)
    _STARTED(job, started_at)
    _FINISHED(job, finished_at)
    _MESSAGE(job, message)
    _PROGRESS(job, progress)
    _RAW(job, raw)
    return job


def _build(lazy: Unbuilt) -> Any:
    """An :data:`Unbuilt` raw's model (ResponseValidationError when its JSON does not parse as the spec says)."""
    from ._headers import scrub_response
    from ._http import PARSE_ERRORS, parse_failure

    model, data, response = lazy
    try:
        return model.from_dict(data)
    except PARSE_ERRORS as exc:
        raise parse_failure(scrub_response(response), exc) from exc


def unbuilt(job: Job[Any]) -> Unbuilt | None:
    """A listed job's raw before it is built (its model, JSON and answer), or None once it is a model."""
    value = job._raw
    return value if type(value) is tuple else None


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _jsonable(value: Any) -> Any:
    """``value`` as JSON types: a generated model through its ``to_dict()``; a TypeError for anything else."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        value = to_dict()
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError(f"Job.to_dict(): {value!r} has no JSON form")
        return value
    if isinstance(value, enum.Enum):
        return _jsonable(value.value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    raise TypeError(f"Job.to_dict(): raw holds a {type(value).__name__}, which has no JSON form")
