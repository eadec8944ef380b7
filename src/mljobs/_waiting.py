"""Waiting until jobs are done: one sans-IO core, and the sync and async loops around it.

:class:`WaitCore` makes every decision (the next delay with backoff, jitter and hints, the deadline,
what a failed poll means, which jobs have ended) without I/O. :class:`SyncJobsBase` and
:class:`AsyncJobsBase` give every vendor's ``client.jobs`` the same ``wait``, ``wait_all`` and
``as_completed`` as short loops around it; a vendor supplies ``get``, ``cancel`` where it has one, and
``_snapshot`` where its list operation sees many jobs per request.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence

import attrs

from . import _constants as C
from ._errors import (
    APIConnectionError,
    InvalidArgumentError,
    JobFailedError,
    MljobsError,
    RateLimitError,
    ServerError,
    WaitTimeoutError,
)
from ._http import parse_retry_after
from ._models import Job, JobState

__all__ = ["AsyncJobsBase", "ProgressCallback", "SyncJobsBase", "WaitCore"]

log = logging.getLogger(C.LOGGER_NAME)

#: ``on_progress(job, attempt, next_delay)``, called after every poll (``next_delay`` is 0 once the job
#: has ended). ``job`` is None when the poll failed or, in a group wait, when a job was not seen yet.
ProgressCallback = Callable[[Job | None, int, float], None]
#: Errors a poll may hit that do not end a wait before its deadline (their retries already ran out).
TRANSIENT = (APIConnectionError, ServerError, RateLimitError)


def _number(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidArgumentError(f"{name} must be a number of seconds > 0, got {value!r}")
    return float(value)


def _ids(job_ids: Iterable[str] | str) -> list[str]:
    if isinstance(job_ids, str):
        raise InvalidArgumentError("job_ids must be a list of ids, not one string")
    ids = list(job_ids)
    bad = [i for i in ids if not isinstance(i, str) or not i]
    if bad:
        raise InvalidArgumentError(f"job ids must be non-empty strings, got {bad[0]!r}")
    if len(set(ids)) != len(ids):
        raise InvalidArgumentError("job ids must not repeat")
    return ids


@attrs.define
class Step:
    """What a wait loop does next: ``finished`` jobs to hand out, then sleep ``delay`` or time out."""

    finished: list[Job]
    delay: float = 0.0
    timed_out: bool = False


@attrs.define
class WaitCore:
    """The decisions of a wait for one job or many. Holds no I/O: the loops poll, then ask it."""

    pending: list[str]
    timeout: float
    poll_interval: float
    max_interval: float
    started: float
    raise_on_failure: bool = True
    on_progress: ProgressCallback | None = None
    rng: Callable[[], float] = random.random
    attempt: int = 0
    last: dict[str, Job] = attrs.field(factory=dict)

    @classmethod
    def start(
        cls,
        job_ids: Sequence[str],
        *,
        timeout: float,
        poll_interval: float,
        max_interval: float,
        now: float,
        raise_on_failure: bool = True,
        on_progress: ProgressCallback | None = None,
        rng: Callable[[], float] = random.random,
    ) -> WaitCore:
        """Check the settings and start the clock at ``now``."""
        timeout = _number("timeout", timeout)
        poll_interval = _number("poll_interval", poll_interval)
        max_interval = _number("max_interval", max_interval)
        if max_interval < poll_interval:
            raise InvalidArgumentError(f"max_interval ({max_interval:g}) must be >= poll_interval ({poll_interval:g})")
        return cls(list(job_ids), timeout, poll_interval, max_interval, now, raise_on_failure, on_progress, rng)

    @property
    def deadline(self) -> float:
        """When the wait ends, on the injected monotonic clock."""
        return self.started + self.timeout

    def delay(self, now: float, hint: float | None) -> float:
        """The sleep after poll number ``attempt``.

        Capped exponential backoff from ``poll_interval`` to ``max_interval``, shortened by up to
        ``POLL_JITTER`` so many waiters do not poll in step. A server hint (Retry-After, a vendor's poll
        hint) can only lengthen it. It never reaches past the deadline.
        """
        base = min(self.poll_interval * 2.0 ** (self.attempt - 1), self.max_interval)
        delay = base * (1.0 - C.POLL_JITTER * self.rng())
        if hint is not None and hint > delay:
            delay = min(hint, C.MAX_RETRY_AFTER)
        return max(0.0, min(delay, self.deadline - now))

    def after_poll(self, seen: dict[str, Job], now: float, hint: float | None = None) -> Step:
        """Take one poll's results (empty when the poll failed) and say what to do next."""
        self.attempt += 1
        self.last.update(seen)
        finished = [seen[i] for i in self.pending if i in seen and seen[i].is_terminal]
        for job in finished:
            self.pending.remove(job.id)
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
        """The job to hand out, or JobFailedError for a failed or cancelled one if asked to raise."""
        if self.raise_on_failure and job.state in (JobState.FAILED, JobState.CANCELLED):
            raise JobFailedError(job)
        return job

    def timeout_error(self, *, cancelled: bool = False) -> WaitTimeoutError:
        """The error for a wait whose deadline passed, carrying the last job seen."""
        first = self.pending[0]
        return WaitTimeoutError(
            first, self.last.get(first), self.timeout, cancelled=cancelled, pending=list(self.pending)
        )


def hint_of(error: MljobsError) -> float | None:
    """The Retry-After of a failed poll's answer, if it had one."""
    response = getattr(error, "response", None)
    return None if response is None else parse_retry_after(response.headers)


class SyncJobsBase:
    """``wait``, ``wait_all`` and ``as_completed`` for a vendor's sync ``client.jobs``."""

    #: Injectable (on an instance) for tests: mljobs never sleeps, reads the time or draws jitter otherwise.
    sleep: Callable[[float], None] = staticmethod(time.sleep)
    monotonic: Callable[[], float] = staticmethod(time.monotonic)
    jitter: Callable[[], float] = staticmethod(random.random)

    def get(self, job_id: str) -> Job:
        """The job ``job_id`` (each vendor implements it)."""
        raise NotImplementedError

    def _poll(self, job_id: str) -> tuple[Job, float | None]:
        """One poll of one job: the job, and a vendor's hint for the next delay (None here)."""
        return self.get(job_id), None

    def _snapshot(self, pending: Sequence[str]) -> dict[str, Job]:
        """The state of as many ``pending`` jobs as a few requests see. Default: one get each."""
        return {job_id: self.get(job_id) for job_id in pending}

    def _snapshot_from(self, pending: Sequence[str], jobs: Iterable[Job]) -> dict[str, Job]:
        """Read ``pending`` jobs off a lazy listing, stopping as soon as all are seen; get the rest one by one."""
        want, seen = set(pending), {}
        for job in jobs:
            if job.id in want:
                seen[job.id] = job
                if len(seen) == len(want):
                    break
        for job_id in want.difference(seen):
            seen[job_id] = self.get(job_id)  # the listing cannot see it (filtered out, or too old)
        return seen

    def _cancel_for_timeout(self, job_id: str) -> None:
        cancel = getattr(self, "cancel", None)
        if cancel is None:
            raise InvalidArgumentError("cancel_on_timeout=True, but this vendor cannot cancel jobs")
        log.debug("deadline passed: cancelling job %s", job_id)
        cancel(job_id)

    def wait(
        self,
        job_id: str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
        cancel_on_timeout: bool = False,
    ) -> Job:
        """Poll until the job ends and return it (the last poll's answer: no extra request).

        ``timeout`` is a wall-clock deadline in seconds (default one hour); past it,
        :class:`~mljobs.WaitTimeoutError` (also a ``TimeoutError``) carries the last job seen, after the
        job is cancelled if ``cancel_on_timeout``. A FAILED or CANCELLED job raises
        :class:`~mljobs.JobFailedError` unless ``raise_on_failure`` is False.
        """
        if cancel_on_timeout and getattr(self, "cancel", None) is None:
            raise InvalidArgumentError("cancel_on_timeout=True, but this vendor cannot cancel jobs")
        core = WaitCore.start(
            [job_id],
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            now=self.monotonic(),
            rng=self.jitter,
            raise_on_failure=raise_on_failure,
            on_progress=on_progress,
        )
        while True:
            try:
                job, hint = self._poll(job_id)
                seen = {job_id: job}
            except TRANSIENT as exc:
                seen, hint = {}, hint_of(exc)
            step = core.after_poll(seen, self.monotonic(), hint)
            if step.finished:
                return core.settle(step.finished[0])
            if step.timed_out:
                if cancel_on_timeout:
                    self._cancel_for_timeout(job_id)
                raise core.timeout_error(cancelled=cancel_on_timeout)
            self.sleep(step.delay)

    def as_completed(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
    ) -> Iterator[Job]:
        """Yield each job as it ends, polling many per request where the vendor's list operation can.

        One deadline covers the group; past it, :class:`~mljobs.WaitTimeoutError` lists the open jobs.
        """
        core = WaitCore.start(
            _ids(job_ids),
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            now=self.monotonic(),
            rng=self.jitter,
            raise_on_failure=raise_on_failure,
            on_progress=on_progress,
        )
        while core.pending:
            try:
                seen, hint = self._snapshot(list(core.pending)), None
            except TRANSIENT as exc:
                seen, hint = {}, hint_of(exc)
            step = core.after_poll(seen, self.monotonic(), hint)
            for job in step.finished:
                yield core.settle(job)
            if step.timed_out:
                raise core.timeout_error()
            if core.pending:
                self.sleep(step.delay)

    def wait_all(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
    ) -> list[Job]:
        """Wait for every job and return them in input order (see :meth:`as_completed`)."""
        ids = _ids(job_ids)
        done = {
            job.id: job
            for job in self.as_completed(
                ids,
                timeout=timeout,
                poll_interval=poll_interval,
                max_interval=max_interval,
                on_progress=on_progress,
                raise_on_failure=raise_on_failure,
            )
        }
        return [done[i] for i in ids]


class AsyncJobsBase:
    """The async twin of :class:`SyncJobsBase`. Cancelling the awaiting task stops a wait; nothing lingers."""

    sleep: Callable[[float], Awaitable[None]] = staticmethod(asyncio.sleep)
    monotonic: Callable[[], float] = staticmethod(time.monotonic)
    jitter: Callable[[], float] = staticmethod(random.random)

    async def get(self, job_id: str) -> Job:
        """The job ``job_id`` (each vendor implements it)."""
        raise NotImplementedError

    async def _poll(self, job_id: str) -> tuple[Job, float | None]:
        return await self.get(job_id), None

    async def _snapshot(self, pending: Sequence[str]) -> dict[str, Job]:
        return {job_id: await self.get(job_id) for job_id in pending}

    async def _snapshot_from(self, pending: Sequence[str], jobs: AsyncIterator[Job]) -> dict[str, Job]:
        want, seen = set(pending), {}
        try:
            async for job in jobs:
                if job.id in want:
                    seen[job.id] = job
                    if len(seen) == len(want):
                        break
        finally:
            close = getattr(jobs, "aclose", None)
            if close is not None:
                await close()  # leave no half-read listing behind
        for job_id in want.difference(seen):
            seen[job_id] = await self.get(job_id)
        return seen

    async def _cancel_for_timeout(self, job_id: str) -> None:
        cancel = getattr(self, "cancel", None)
        if cancel is None:
            raise InvalidArgumentError("cancel_on_timeout=True, but this vendor cannot cancel jobs")
        log.debug("deadline passed: cancelling job %s", job_id)
        await cancel(job_id)

    async def wait(
        self,
        job_id: str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
        cancel_on_timeout: bool = False,
    ) -> Job:
        """Poll until the job ends and return it; see :meth:`SyncJobsBase.wait`."""
        if cancel_on_timeout and getattr(self, "cancel", None) is None:
            raise InvalidArgumentError("cancel_on_timeout=True, but this vendor cannot cancel jobs")
        core = WaitCore.start(
            [job_id],
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            now=self.monotonic(),
            rng=self.jitter,
            raise_on_failure=raise_on_failure,
            on_progress=on_progress,
        )
        while True:
            try:
                job, hint = await self._poll(job_id)
                seen = {job_id: job}
            except TRANSIENT as exc:
                seen, hint = {}, hint_of(exc)
            step = core.after_poll(seen, self.monotonic(), hint)
            if step.finished:
                return core.settle(step.finished[0])
            if step.timed_out:
                if cancel_on_timeout:
                    await self._cancel_for_timeout(job_id)
                raise core.timeout_error(cancelled=cancel_on_timeout)
            await self.sleep(step.delay)

    async def as_completed(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
    ) -> AsyncIterator[Job]:
        """Yield each job as it ends; see :meth:`SyncJobsBase.as_completed`."""
        core = WaitCore.start(
            _ids(job_ids),
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            now=self.monotonic(),
            rng=self.jitter,
            raise_on_failure=raise_on_failure,
            on_progress=on_progress,
        )
        while core.pending:
            try:
                seen, hint = await self._snapshot(list(core.pending)), None
            except TRANSIENT as exc:
                seen, hint = {}, hint_of(exc)
            step = core.after_poll(seen, self.monotonic(), hint)
            for job in step.finished:
                yield core.settle(job)
            if step.timed_out:
                raise core.timeout_error()
            if core.pending:
                await self.sleep(step.delay)

    async def wait_all(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        max_interval: float = C.DEFAULT_MAX_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = True,
    ) -> list[Job]:
        """Wait for every job and return them in input order."""
        ids = _ids(job_ids)
        done: dict[str, Job] = {}
        async for job in self.as_completed(
            ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
        ):
            done[job.id] = job
        return [done[i] for i in ids]
