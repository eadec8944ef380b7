"""Waiting until jobs are done: one sans-IO core, and the sync and async loops around it.

:class:`WaitCore` makes every decision (the next delay with backoff, jitter and hints, the deadline,
what a failed poll means, which jobs have ended) without I/O. :class:`SyncJobsBase` and
:class:`AsyncJobsBase` give every vendor's ``client.jobs`` the same ``wait``, ``wait_all`` and
``as_completed`` as short loops around it; a vendor supplies ``get``, ``cancel`` where it has one, and
``_snapshot`` where its list operation sees many jobs per request.

Group waits never lose a result: ``wait_all`` waits for every job and returns them all in input order,
failed and cancelled ones included, and ``as_completed`` yields every job as it ends. With
``raise_on_failure=True`` (the default is False for groups) the failures are raised once, after the last
job ended, as :class:`~mljobs.JobsFailedError`, which carries every job and the failed ones. A group
whose deadline passes raises :class:`~mljobs.WaitTimeoutError` with the jobs that did end on
``finished``. A single ``wait`` raises :class:`~mljobs.JobFailedError` by default.

A group's snapshot reads as little as can have changed. Where a vendor's list filters by status, the first
poll reads the listing in full and notes where each job stands in it (:class:`ListingOrder`); later polls
read only the listing of ended jobs, newest first, down to an ended job known to be listed below every
pending one, or GET each pending job where that takes fewer requests. After ``NARROW_POLLS`` narrow reads the next
poll reads the full listing again (or GETs each job).

The deadline bounds every request a wait sends: each poll or snapshot gets the time the wait has left
(at least ``FINAL_POLL_TIMEOUT``, so a job that ended right at the deadline is still seen), passed down
to the transport as the request's deadline. A failed read in a snapshot loses only that job's poll.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal, TypedDict

from . import _constants as C
from ._errors import (
    APIConnectionError,
    InvalidArgumentError,
    JobFailedError,
    JobsFailedError,
    MljobsError,
    RateLimitError,
    ServerError,
    WaitTimeoutError,
    check_keywords,
)
from ._lazy import lazy_names
from ._models import Job, JobState

__all__ = [
    "GROUP_WAIT_DEFAULTS",
    "WAIT_DEFAULTS",
    "GroupWaitOptions",
    "ListingOrder",
    "Orders",
    "ProgressCallback",
    "Snapshot",
    "WaitCore",
    "checked_ids",
]

log = logging.getLogger(C.LOGGER_NAME)

#: ``on_progress(job, attempt, next_delay)``, called after every poll (``next_delay`` is 0 once the job
#: has ended). ``job`` is None when the poll failed or, in a group wait, when a job was not seen yet.
ProgressCallback = Callable[[Job | None, int, float], None]


class GroupWaitOptions(TypedDict, total=False):
    """The options ``wait_all`` and ``as_completed`` take on every vendor (typed once, see ``Unpack``)."""

    #: Wall-clock seconds for the whole group (default one hour).
    timeout: float
    #: First delay between polls in seconds (default 2); it doubles per poll up to ``max_interval``.
    poll_interval: float
    #: The longest delay between polls in seconds (default 30).
    max_interval: float
    #: Called after every poll, once per job (see :data:`ProgressCallback`).
    on_progress: ProgressCallback | None
    #: Raise :class:`~mljobs.JobsFailedError` at the end if a job failed (default False: it is in the list);
    #: for a single ``wait``, raise :class:`~mljobs.JobFailedError` (default True).
    raise_on_failure: bool


class WaitOptions(GroupWaitOptions, total=False):
    """The options ``wait`` takes on every vendor: the group's, and ``cancel_on_timeout``."""

    #: Cancel the job when the deadline passes, then raise (default False).
    cancel_on_timeout: bool


#: The defaults of ``wait_all`` and ``as_completed``'s options.
GROUP_WAIT_DEFAULTS: Mapping[str, Any] = {
    "timeout": C.DEFAULT_WAIT_TIMEOUT,
    "poll_interval": C.DEFAULT_POLL_INTERVAL,
    "max_interval": C.DEFAULT_MAX_POLL_INTERVAL,
    "on_progress": None,
    "raise_on_failure": False,
}
#: The defaults of ``wait``'s options.
WAIT_DEFAULTS: Mapping[str, Any] = {**GROUP_WAIT_DEFAULTS, "raise_on_failure": True, "cancel_on_timeout": False}
#: The keywords each wait method takes (beyond the ids), with their defaults.
_DEFAULTS = {"wait": WAIT_DEFAULTS, "as_completed": GROUP_WAIT_DEFAULTS, "wait_all": GROUP_WAIT_DEFAULTS}


def start_wait(
    job_ids: Sequence[str], options: Mapping[str, Any], *, method: str, now: float, rng: Callable[[], float]
) -> WaitCore:
    """A :class:`WaitCore` for ``options`` (the keywords of ``method``), their defaults filled in.

    A keyword the method does not take is an InvalidArgumentError naming it (the type checker reports it too).
    """
    defaults = _DEFAULTS[method]
    check_keywords(method, options, defaults)
    given = {**defaults, **options}
    return WaitCore.start(
        job_ids,
        timeout=given["timeout"],
        poll_interval=given["poll_interval"],
        max_interval=given["max_interval"],
        now=now,
        rng=rng,
        raise_on_failure=given["raise_on_failure"],
        on_progress=given["on_progress"],
    )


#: Errors a poll may hit that do not end a wait before its deadline (their retries already ran out).
TRANSIENT = (APIConnectionError, ServerError, RateLimitError)


def _number(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidArgumentError(f"{name} must be a number of seconds > 0, got {value!r}")
    return float(value)


def checked_ids(job_ids: Iterable[str] | str) -> list[str]:
    """The ids of a group wait as a list: one string is refused (it is not a list of one-letter ids)."""
    if isinstance(job_ids, str):
        raise InvalidArgumentError("job_ids must be a list of ids, not one string")
    ids = list(job_ids)
    bad = [i for i in ids if not isinstance(i, str) or not i]
    if bad:
        raise InvalidArgumentError(f"job ids must be non-empty strings, got {bad[0]!r}")
    if len(set(ids)) != len(ids):
        raise InvalidArgumentError("job ids must not repeat")
    return ids


class Step:
    """What a wait loop does next: ``finished`` jobs to hand out, then sleep ``delay`` or time out."""

    __slots__ = ("delay", "finished", "timed_out")

    def __init__(self, finished: list[Job], delay: float = 0.0, timed_out: bool = False) -> None:
        """Hand out ``finished``, then sleep ``delay`` (or stop: ``timed_out``)."""
        self.finished, self.delay, self.timed_out = finished, delay, timed_out

    def __repr__(self) -> str:
        return f"Step(finished={self.finished!r}, delay={self.delay!r}, timed_out={self.timed_out!r})"


def ended_filters(table: Mapping[str, JobState], *, one_status_a_listing: bool) -> list[tuple[str, ...]]:
    """The ``status=`` of each listing that, together, shows every ended job (of the vendor's ``table``).

    One listing of every ended status, or, where a vendor's list filters on one status at a time, one each.
    """
    statuses = tuple(raw for raw, state in table.items() if state.is_terminal)
    return [(s,) for s in statuses] if one_status_a_listing else [statuses]


#: How a group wait's poll reads one listing's pending jobs (see :meth:`ListingOrder.plan`).
Read = Literal["full", "each", "narrow"]


class ListingOrder:
    """What a group wait learnt of one listing's order, so that later polls read only its ended jobs.

    Every vendor lists newest first (in creation order), and a listing filtered by status keeps that order;
    jobs are added at the top. A full read gives each pending and each ended job its place (0: the newest).
    Once every pending job has a place, and an ended job is known to be listed below all of them (or the
    listing ended below them), a listing of ended jobs only may stop at that job: a pending job that has
    ended since is listed above it. Ended jobs stay ended, so the stop stays right while jobs come and go.
    No timestamps are compared: a server's clock or the precision of its times cannot hide a job.
    """

    def __init__(self, page_size: int) -> None:
        """An order not learnt yet, of a listing read ``page_size`` jobs a request."""
        self.page_size = page_size
        #: Each job's place in the last full read, and the ids (with a place) known to have ended.
        self.place: dict[str, int] = {}
        self.ended: set[str] = set()
        #: Whether the last full read reached the listing's end, past every pending job.
        self.bottom = False
        #: About how many requests the last full read took, the narrow reads since, and the last one's requests.
        self.pages = 0
        self.narrow = 0
        self.narrow_pages = 0
        self._want: set[str] = set()
        self._read = self._open = self._mark = self._past = 0

    def start(self, pending: Iterable[str]) -> None:
        """A full read of the listing begins: forget the old order."""
        self.place, self.ended, self.bottom, self.narrow = {}, set(), False, 0
        self._want = set(pending)
        self._read, self._open, self._mark, self._past = 0, -1, -1, 0

    def saw(self, job: Job) -> bool:
        """Take the next job of a full read; True once it may stop.

        That is once every pending job was seen and an ended job below them all too, or ``LOOKAHEAD_JOBS``
        more jobs were read without one.
        """
        place = self._read
        self._read += 1
        if job.is_terminal:
            self.place[job.id] = self._mark = place
            self.ended.add(job.id)
        elif job.id in self._want:
            self.place[job.id] = self._open = place
        self._want.discard(job.id)
        if self._want:
            return False
        if self._mark > self._open:
            return True
        self._past += 1
        return self._past > C.LOOKAHEAD_JOBS

    def finish(self, reached_end: bool) -> None:
        """The full read is over: ``reached_end`` when the listing had no more jobs."""
        self.bottom = reached_end and not self._want
        self.pages = max(1, -(-self._read // self.page_size))

    def abandon(self) -> None:
        """The full read failed part way: nothing it placed is trusted (the next poll reads in full again)."""
        self.start(())

    def plan(self, pending: Sequence[str], listings: int) -> tuple[Read, frozenset[str]]:
        """How the next poll reads ``pending`` jobs, and for a narrow read, the jobs its listings stop at.

        ``listings``: how many listings of ended jobs a narrow read takes (a request each at least).

        - ``"full"``: the whole listing, placing each job, while a pending job has no place (the first poll);
        - ``"each"``: a GET of each pending job, when that costs no more requests than the other reads (a
          narrow read costs what the last one did, one request a listing at least);
        - ``"narrow"``: the listings of ended jobs, down to the first ended job listed below every pending
          one, or to their end if the full read ended below them;
        - after ``NARROW_POLLS`` narrow reads, a full read or (if fewer requests) a GET each, which also
          sees a job the filters cannot (archived, deleted, in a status they leave out).
        """
        place = self.place
        if not pending or any(i not in place for i in pending):
            return "full", frozenset()
        lowest = max(place[i] for i in pending)
        below = frozenset(i for i in self.ended if place[i] > lowest)
        safe = bool(below) or self.bottom
        if not safe or self.narrow >= C.NARROW_POLLS or (listings > 1 and listings >= self.pages):
            self.narrow = 0
            return ("each" if len(pending) <= self.pages else "full"), frozenset()
        if len(pending) <= max(listings, self.narrow_pages):
            return "each", frozenset()
        self.narrow += 1
        return "narrow", below

    def took(self, seen: Mapping[str, Job], read: Sequence[int] = ()) -> None:
        """After a narrow read or a GET each: the jobs it saw end are stops for the next narrow reads.

        ``read``: how many jobs a narrow read read off each listing; its requests (one a listing at least)
        are what the next one is expected to cost.
        """
        self.ended.update(i for i, job in seen.items() if job.is_terminal and i in self.place)
        if read:
            self.narrow_pages = sum(max(1, -(-n // self.page_size)) for n in read)


class Orders(dict[str, ListingOrder]):
    """A group wait's :class:`ListingOrder` of each listing it reads (by project, or ``""`` for a vendor's one list)."""

    def of(self, key: str, page_size: int) -> ListingOrder:
        """The order of listing ``key``, made on first use."""
        order = self.get(key)
        if order is None:
            order = self[key] = ListingOrder(page_size)
        return order


class Snapshot(dict[str, Job]):
    """What one poll of a group saw, by job id, and the longest hint of the reads that failed (``hint``)."""

    hint: float | None = None

    def failed(self, error: MljobsError) -> None:
        """Note a read that failed: its job stays pending; its Retry-After, if any, may lengthen the next delay."""
        hint = hint_of(error)
        if hint is not None and (self.hint is None or hint > self.hint):
            self.hint = hint

    def merge(self, other: Snapshot) -> Snapshot:
        """Add what ``other`` saw (and its hint) to this snapshot."""
        self.update(other)
        if other.hint is not None and (self.hint is None or other.hint > self.hint):
            self.hint = other.hint
        return self


class WaitCore:
    """The decisions of a wait for one job or many. Holds no I/O: the loops poll, then ask it.

    A plain class, not an attrs one: ``import mljobs`` loads it, and making an attrs class costs ~1 ms.
    """

    __slots__ = (
        "attempt", "done", "ids", "last", "max_interval", "on_progress", "pending", "poll_interval",
        "raise_on_failure", "rng", "started", "timeout",
    )  # fmt: skip

    def __init__(
        self,
        job_ids: Sequence[str],
        *,
        timeout: float,
        poll_interval: float,
        max_interval: float,
        now: float,
        raise_on_failure: bool = True,
        on_progress: ProgressCallback | None = None,
        rng: Callable[[], float] = random.random,
    ) -> None:
        """Check the settings and start the clock at ``now``."""
        self.timeout = _number("timeout", timeout)
        self.poll_interval = _number("poll_interval", poll_interval)
        self.max_interval = _number("max_interval", max_interval)
        if self.max_interval < self.poll_interval:
            raise InvalidArgumentError(
                f"max_interval ({self.max_interval:g}) must be >= poll_interval ({self.poll_interval:g})"
            )
        #: Every id of the wait, in input order; those still open; the jobs that ended, by id.
        self.ids: list[str] = list(job_ids)
        self.pending: list[str] = list(self.ids)
        self.done: dict[str, Job] = {}
        self.started, self.raise_on_failure, self.on_progress, self.rng = now, raise_on_failure, on_progress, rng
        self.attempt = 0
        self.last: dict[str, Job] = {}

    def __repr__(self) -> str:
        return f"WaitCore(pending={self.pending!r}, attempt={self.attempt}, timeout={self.timeout!r})"

    @classmethod
    def start(cls, job_ids: Sequence[str], **settings: Any) -> WaitCore:
        """``WaitCore(job_ids, **settings)``: check the settings and start the clock at ``now``."""
        return cls(job_ids, **settings)

    @property
    def deadline(self) -> float:
        """When the wait ends, on the injected monotonic clock."""
        return self.started + self.timeout

    def budget(self, now: float) -> float:
        """Seconds the next poll's requests may take: what the wait has left, at least FINAL_POLL_TIMEOUT."""
        return max(self.deadline - now, C.FINAL_POLL_TIMEOUT)

    def delay(self, now: float, hint: float | None) -> float:
        """The sleep after poll number ``attempt``.

        Capped exponential backoff from ``poll_interval`` to ``max_interval``, shortened by up to
        ``POLL_JITTER`` so many waiters do not poll in step. A server hint (Retry-After, a vendor's poll
        hint) can only lengthen it, and is not honoured above ``MAX_RETRY_AFTER``. It never reaches past
        the deadline.
        """
        base = min(self.poll_interval * 2.0 ** (self.attempt - 1), self.max_interval)
        delay = base * (1.0 - C.POLL_JITTER * self.rng())
        if hint is not None and delay < hint <= C.MAX_RETRY_AFTER:
            delay = hint
        return max(0.0, min(delay, self.deadline - now))

    def after_poll(self, seen: dict[str, Job], now: float, hint: float | None = None) -> Step:
        """Take one poll's results (empty when the poll failed) and say what to do next."""
        self.attempt += 1
        self.last.update(seen)
        finished = [seen[i] for i in self.pending if i in seen and seen[i].is_terminal]
        for job in finished:
            self.pending.remove(job.id)
            self.done[job.id] = job
        step = Step(finished)
        if self.pending:
            if now >= self.deadline:
                step.timed_out = True
            else:
                step.delay = self.delay(now, hint)
        if self.on_progress is not None:
            for job in finished:
                self.on_progress(job, self.attempt, 0.0)
            for job_id in self.pending:
                self.on_progress(self.last.get(job_id), self.attempt, step.delay)
        if self.pending:
            log.debug(
                "%d of %d jobs still open after poll %d; next poll in %.2fs",
                len(self.pending),
                len(self.pending) + len(finished),
                self.attempt,
                step.delay,
            )
        return step

    def settle(self, job: Job) -> Job:
        """A single wait's job to hand out, or JobFailedError for a failed or cancelled one if asked to raise."""
        if self.raise_on_failure and _failed(job):
            raise JobFailedError(job)
        return job

    def finished(self) -> list[Job]:
        """The jobs that have ended, in input order."""
        return [self.done[i] for i in self.ids if i in self.done]

    def group_failure(self) -> JobsFailedError | None:
        """After a group ended: the one error for its failed jobs, if asked to raise and any failed."""
        if not self.raise_on_failure:
            return None
        jobs = self.finished()
        failed = [job for job in jobs if _failed(job)]
        return JobsFailedError(jobs, failed) if failed else None

    def timeout_error(self, *, cancelled: bool = False, note: str = "") -> WaitTimeoutError:
        """The error for a wait whose deadline passed: the last job seen, the open ids, the jobs that ended."""
        first = self.pending[0]
        return WaitTimeoutError(
            first,
            self.last.get(first),
            self.timeout,
            cancelled=cancelled,
            pending=list(self.pending),
            finished=self.finished(),
            note=note,
        )


def _failed(job: Job) -> bool:
    return job.state in (JobState.FAILED, JobState.CANCELLED)


def hint_of(error: MljobsError) -> float | None:
    """The Retry-After of a failed poll's answer, if it had one."""
    hint = getattr(error, "retry_after", None)
    return hint if isinstance(hint, float) else None


def left_until(deadline: float | None) -> float | None:
    """Seconds until ``deadline`` (a ``time.monotonic()``), at least FINAL_POLL_TIMEOUT; None for none."""
    return None if deadline is None else max(deadline - time.monotonic(), C.FINAL_POLL_TIMEOUT)


class JobsState:
    """What a copy of a client (``with_options``) takes over from ``client.jobs``."""

    #: Time functions a test (or ``sim.client()``) set on this instance.
    _INJECTED = ("sleep", "monotonic", "jitter")

    def _timeout_note(self) -> str:
        """Why a wait timed out, when mljobs can tell: a virtual-clock simulator that nothing advanced."""
        client = getattr(self, "_client", None)
        if getattr(client, "_virtual_clock", False) and "monotonic" not in vars(self):
            return (
                "; the simulator's clock is virtual and nothing advanced it, so its jobs never moved: use "
                "sim.client() (its waits advance the clock), or serve(..., wall_clock=True)"
            )
        return ""

    def _carry_over(self, other: object) -> None:
        """Give ``other`` (the copy's jobs) this one's injected time functions and what it learnt."""
        for name in self._INJECTED:
            if name in vars(self):
                setattr(other, name, vars(self)[name])


#: The wait loops, in their twins (``mljobs._sync`` is generated from ``mljobs._async``), on first use.
__getattr__ = lazy_names(__name__, {"SyncJobsBase": "mljobs._sync.waiting", "AsyncJobsBase": "mljobs._async.waiting"})
