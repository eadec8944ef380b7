"""The wait loops every vendor's ``client.jobs`` shares, around the sans-IO :class:`~mljobs._waiting.WaitCore`."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Sequence
from typing import Any, Generic, Unpack

from .. import _constants as C
from .._errors import InvalidArgumentError, MljobsError
from .._http import AsyncSleep, async_sleep, check_timeout, deadline_in
from .._keywords import spelled_out
from .._models import Job, RawT
from .._waiting import (
    GROUP_WAIT_DEFAULTS,
    TRANSIENT,
    WAIT_DEFAULTS,
    GroupWaitOptions,
    JobsState,
    ListingOrder,
    Orders,
    Snapshot,
    WaitOptions,
    checked_ids,
    hint_of,
    left_until,
    start_wait,
)

__all__ = ["AsyncJobsBase"]

log = logging.getLogger(C.LOGGER_NAME)


class AsyncJobsBase(JobsState, Generic[RawT]):
    """``wait``, ``wait_all`` and ``as_completed`` for a vendor's ``client.jobs`` (``SyncJobsBase``; ``AsyncJobsBase``).

    In async, cancelling the awaiting task stops a wait, and nothing lingers.
    """

    sleep: AsyncSleep = staticmethod(async_sleep)
    monotonic: Callable[[], float] = staticmethod(time.monotonic)
    jitter: Callable[[], float] = staticmethod(random.random)

    async def get(self, job_id: str, *, timeout: float | None = None) -> Job[RawT]:
        """The job ``job_id``; ``timeout``: seconds for the call, retries included (default: the client's)."""
        return (await self._poll(job_id, deadline_in(check_timeout("timeout", timeout))))[0]

    async def _poll(self, job_id: str, deadline: float | None = None) -> tuple[Job[RawT], float | None]:
        """One poll of one job, done by ``deadline``: the job, and the answer's hint for the next delay.

        A vendor implements this (or, with no hint to give, ``get``).
        """
        if type(self).get is AsyncJobsBase.get:
            raise NotImplementedError(f"{type(self).__name__} implements neither get nor _poll")
        return await self.get(job_id, timeout=left_until(deadline)), None

    async def _snapshot(
        self, pending: Sequence[str], deadline: float | None = None, orders: Orders | None = None
    ) -> Snapshot:
        """The state of as many ``pending`` jobs as a few requests see, by ``deadline``. Default: one poll each.

        ``orders``: what this group wait learnt of the vendor's listings so far (see :meth:`_snapshot_narrowed`).
        """
        return await self._read_each(pending, deadline)

    async def _read_each(self, pending: Sequence[str], deadline: float | None = None) -> Snapshot:
        """Poll each job; a read that fails for a transient reason leaves only its job pending."""
        snapshot = Snapshot()
        for job_id in pending:
            try:
                snapshot[job_id] = (await self._poll(job_id, deadline))[0]
            except TRANSIENT as exc:
                snapshot.failed(exc)
        return snapshot

    async def _snapshot_from(
        self,
        pending: Sequence[str],
        jobs: AsyncIterable[Job],
        deadline: float | None = None,
        order: ListingOrder | None = None,
    ) -> Snapshot:
        """Read ``pending`` jobs off a lazy listing, stopping as soon as all are seen; poll the rest one by one.

        With ``order``, the read also places each job in it (:meth:`ListingOrder.saw` says when to stop).
        A listing that fails keeps what it saw (the rest wait for the next poll).
        """
        want, snapshot = set(pending), Snapshot()
        listing = aiter(jobs)
        if order is not None:
            order.start(pending)
        reached_end = True
        try:
            async for job in listing:
                if job.id in want:
                    snapshot[job.id] = job
                if order.saw(job) if order is not None else len(snapshot) == len(want):
                    reached_end = False
                    break
        except TRANSIENT as exc:
            if order is not None:
                order.abandon()
            snapshot.failed(exc)
            return snapshot
        finally:
            await _close(listing)  # leave no half-read listing behind
        if order is not None:
            order.finish(reached_end)
        return snapshot.merge(await self._read_each([i for i in pending if i not in snapshot], deadline))

    async def _snapshot_narrowed(
        self,
        pending: Sequence[str],
        listing: Callable[[Any], AsyncIterable[Job]],
        ended: Sequence[Any],
        orders: Orders | None,
        key: str = "",
        page_size: int = C.DEFAULT_PAGE_SIZE,
        deadline: float | None = None,
    ) -> Snapshot:
        """A snapshot off one listing: of its ended jobs only when its order allows it, else of it in full.

        ``listing(None)`` lists every job, newest first, ``page_size`` a request; ``listing(status)`` for each
        ``status`` of ``ended`` lists jobs in those statuses, and together they show every ended job.
        ``orders[key]`` is what this wait learnt of the listing's order; :meth:`ListingOrder.plan` says whether
        this poll reads the listing in full, GETs each job, or reads narrowly. A narrow read stops each listing
        at the first job the plan names, and ends once every pending job was seen; a pending job it does not
        see has not ended.
        """
        if orders is None:
            return await self._snapshot_from(pending, listing(None), deadline)
        order = orders.of(key, page_size)
        how, stops = order.plan(pending, len(ended))
        if how == "full":
            return await self._snapshot_from(pending, listing(None), deadline, order)
        if how == "each":
            snapshot = await self._read_each(pending, deadline)
            order.took(snapshot)
            return snapshot
        want, snapshot, read = set(pending), Snapshot(), [0] * len(ended)
        for n, status in enumerate(ended):
            jobs = aiter(listing(status))
            try:
                async for job in jobs:
                    read[n] += 1
                    if job.id in stops:
                        break
                    if job.id in want:
                        snapshot[job.id] = job
                        if len(snapshot) == len(want):
                            break
            except TRANSIENT as exc:
                snapshot.failed(exc)  # what it saw is kept; the rest wait for the next poll
                break
            finally:
                await _close(jobs)
            if len(snapshot) == len(want):
                break
        order.took(snapshot, read)
        return snapshot

    async def _cancel_for_timeout(self, job_id: str) -> None:
        cancel = getattr(self, "cancel", None)
        if cancel is None:
            raise InvalidArgumentError("cancel_on_timeout=True, but this vendor cannot cancel jobs")
        log.debug("deadline passed: cancelling job %s", job_id)
        await cancel(job_id)

    @spelled_out(WaitOptions, WAIT_DEFAULTS)
    async def wait(self, job_id: str, **options: Unpack[WaitOptions]) -> Job[RawT]:
        """Poll until the job ends and return it (the last poll's answer: no extra request).

        Options (:class:`~mljobs._waiting.WaitOptions`, the same on every vendor): ``timeout``,
        ``poll_interval`` (default 2 s, doubling per poll up to) ``max_interval`` (30 s), ``on_progress``,
        ``raise_on_failure`` (default True) and ``cancel_on_timeout`` (default False).

        ``timeout`` is a wall-clock deadline in seconds (default one hour); past it,
        :class:`~mljobs.WaitTimeoutError` (also a ``TimeoutError``) carries the last job seen, after the
        job is cancelled if ``cancel_on_timeout``. A FAILED or CANCELLED job raises
        :class:`~mljobs.JobFailedError` unless ``raise_on_failure`` is False.
        """
        cancel_on_timeout = options.get("cancel_on_timeout", False)
        if cancel_on_timeout and getattr(self, "cancel", None) is None:
            raise InvalidArgumentError("cancel_on_timeout=True, but this vendor cannot cancel jobs")
        core = start_wait([job_id], options, method="wait", now=self.monotonic(), rng=self.jitter)
        failure: MljobsError | None = None
        while True:
            try:
                job, hint = await self._poll(job_id, deadline_in(core.budget(self.monotonic())))
                seen, failure = {job_id: job}, None
            except TRANSIENT as exc:
                seen, hint, failure = {}, hint_of(exc), exc
            step = core.after_poll(seen, self.monotonic(), hint)
            if step.finished:
                return core.settle(step.finished[0])
            if step.timed_out:
                if cancel_on_timeout:
                    await self._cancel_for_timeout(job_id)
                raise core.timeout_error(cancelled=cancel_on_timeout, note=self._timeout_note()) from failure
            await self.sleep(step.delay)

    @spelled_out(GroupWaitOptions, GROUP_WAIT_DEFAULTS)
    async def as_completed(
        self, job_ids: Iterable[str], **options: Unpack[GroupWaitOptions]
    ) -> AsyncIterator[Job[RawT]]:
        """Yield every job as it ends, failed and cancelled ones too, polling many per request where it can.

        Options (:class:`~mljobs._waiting.GroupWaitOptions`): ``timeout``, ``poll_interval``, ``max_interval``,
        ``on_progress`` and ``raise_on_failure`` (default False), as for :meth:`wait`.

        One deadline covers the group; past it, :class:`~mljobs.WaitTimeoutError` lists the open jobs
        (``pending``) and carries those that ended (``finished``). With ``raise_on_failure=True``, after the
        last job is yielded, :class:`~mljobs.JobsFailedError` is raised if any failed.
        """
        core = start_wait(
            checked_ids(job_ids),
            options,
            method="as_completed",
            now=self.monotonic(),
            rng=self.jitter,
        )
        orders = Orders()
        while core.pending:
            try:
                snapshot = await self._snapshot(list(core.pending), deadline_in(core.budget(self.monotonic())), orders)
            except TRANSIENT as exc:
                snapshot = Snapshot()
                snapshot.failed(exc)
            step = core.after_poll(snapshot, self.monotonic(), snapshot.hint)
            for job in step.finished:
                yield job
            if step.timed_out:
                raise core.timeout_error(note=self._timeout_note())
            if core.pending:
                await self.sleep(step.delay)
        failure = core.group_failure()
        if failure is not None:
            raise failure

    @spelled_out(GroupWaitOptions, GROUP_WAIT_DEFAULTS)
    async def wait_all(self, job_ids: Iterable[str], **options: Unpack[GroupWaitOptions]) -> list[Job[RawT]]:
        """Wait for every job and return them all in input order, failed and cancelled ones included.

        With ``raise_on_failure=True`` failures are raised once, at the end, as
        :class:`~mljobs.JobsFailedError` (every job and the failed ones). See :meth:`as_completed`.
        """
        ids = checked_ids(job_ids)
        done: dict[str, Job[RawT]] = {}
        async for job in self.as_completed(ids, **options):
            done[job.id] = job
        return [done[i] for i in ids]


async def _close(listing: object) -> None:
    """Close a listing read part way (a paginator's generator), if it can be closed."""
    close = getattr(listing, "aclose", None)
    if close is not None:
        await close()
