"""``mljobs demo``: the main job end to end, on the embedded simulators, in seconds.

Every number it prints comes from the clients' answers; the checks at the end of each part fail the
demo (exit 70) if what the clients did is not what the demo says.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .._models import Job, JobState
from ..progress import Progress
from ..testing import serve
from ._exit import ExitCode
from ._output import Output, duration

__all__ = ["demo"]

#: The columns of the RIME listings (the vendor state only repeats the filter).
COLUMNS = ("id", "state", "created (UTC)", "finished (UTC)")
RATES = (0.1, 0.03, 0.01, 0.003, 0.001, 0.0003)
#: Real seconds each wait step also takes in a terminal, so a person sees the progress move.
TERMINAL_PACE = 0.12


class DemoCheckFailed(AssertionError):
    """What the clients did is not what the demo says."""


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise DemoCheckFailed(f"demo check failed: {what}")


def _paced(client: Any, sim: Any, out: Output) -> Any:
    """In a terminal, each wait step advances the simulator's clock and also pauses a little for the eye."""
    if out.terminal:

        def sleep(seconds: float) -> None:
            sim.advance(seconds)
            time.sleep(TERMINAL_PACE)

        client.jobs.sleep = sleep
    return client


def _counts(jobs: Sequence[Job]) -> str:
    counts = Counter(job.state.name.lower() for job in jobs)
    return ", ".join(f"{n} {state}" for state, n in sorted(counts.items()))


def domino(out: Output) -> None:
    """A learning-rate sweep on Domino: start, page, cancel one, wait for all, summarise."""
    with serve("domino", seed=7) as sim:
        sim.add_jobs(5, states=["succeeded", "failed", "succeeded"])  # the project's earlier runs
        client = _paced(sim.client(), sim, out)
        project = sim.project_id
        out.heading("Domino: a learning-rate sweep")
        out.code(f"client = mljobs.Domino(base_url={sim.base_url!r}, api_key=...)  # sim.client()")
        out.code('client.jobs.start(project_id=..., command="python train.py --lr 0.1", hardware_tier_id=...)')
        started = [
            client.jobs.start(
                project_id=project,
                command=f"python train.py --lr {lr}",
                hardware_tier_id="small-k8s",
                title=f"sweep lr={lr}",
            )
            for lr in RATES
        ]
        out.table(
            ("id", "title", "state", "vendor state"),
            [[j.id, str(j.message), j.state.name, str(j.raw_state)] for j in started],
            state_column=2,
        )
        diverging, slow = started[0], started[-1]
        sim.set_outcome(diverging.id, "failed")
        out.line(f"(the simulator is told that {diverging.message} diverges: that job will fail)")

        out.heading("The project's jobs, 4 to a page")
        out.code("for page in client.jobs.list(project_id=..., page_size=4).pages(): ...")
        listed: list[Job] = []
        for number, page in enumerate(client.jobs.list(project_id=project, page_size=4).pages(), 1):
            listed += page.items
            out.line(f"page {number}: {len(page.items)} jobs ({_counts(page.items)}); next_cursor={page.next_cursor!r}")
        _check(len(listed) == len(started) + 5 and len({j.id for j in listed}) == len(listed), "paged listing")

        out.heading(f"Cancelling {slow.message}")
        out.code(f"client.jobs.cancel({slow.id!r})")
        client.jobs.cancel(slow.id)
        out.line("Domino stops it a moment later; the wait below sees it end CANCELLED.")

        out.heading("Waiting for the sweep, with live progress")
        out.code("client.jobs.wait_all(ids, raise_on_failure=False, on_progress=mljobs.progress.Progress())")
        ids = [job.id for job in started]
        clock, real, sent = sim.clock.now(), time.perf_counter(), len(sim.requests)
        with Progress() as show:
            done = client.jobs.wait_all(ids, project_id=project, raise_on_failure=False, on_progress=show)
        simulated, elapsed, sent = sim.clock.now() - clock, time.perf_counter() - real, len(sim.requests) - sent

        out.heading("Summary")
        rows = []
        for job in done:
            took = (job.finished_at - job.started_at).total_seconds() if job.started_at and job.finished_at else None
            rows.append([str(job.message), job.id, job.state.name, str(job.raw_state), duration(took)])
        out.table(("title", "id", "final state", "vendor state", "ran for"), rows, state_column=2)
        out.line(
            f"{_counts(done)}: {duration(simulated)} of simulated time in {elapsed:.1f} s, "
            f"{sent} requests for {len(ids)} jobs (one listing a poll, not one request per job)"
        )
        by_id = {job.id: job for job in done}
        _check([j.id for j in done] == ids and all(j.is_terminal for j in done), "every job ended, in order")
        _check(by_id[diverging.id].state is JobState.FAILED, "the diverging run failed")
        _check(by_id[slow.id].state is JobState.CANCELLED, "the cancelled run is CANCELLED")
        log = client.jobs.logs(diverging.id).strip().splitlines()
        out.line(f"client.jobs.logs({diverging.id!r}) ends: {log[-1] if log else '(empty)'}")
        client.close()


def rime(out: Output) -> None:
    """RIME: a listing filtered on the server, and a resume from a saved cursor."""
    with serve("rime", seed=7) as sim:
        sim.add_jobs(24, states=["succeeded", "running", "succeeded", "failed", "queued", "succeeded"])
        sim.add_jobs(6, states=["succeeded"], job_type="JOB_TYPE_FILE_SCAN")
        client = sim.client()
        project = sim.project_id
        filters: dict[str, Any] = {"status": JobState.SUCCEEDED, "job_type": "JOB_TYPE_MODEL_STRESS_TEST"}
        out.heading("RIME: finished stress tests, filtered by the server")
        out.code("page = next(client.jobs.list(project_id=..., status=JobState.SUCCEEDED,")
        out.code('                             job_type="JOB_TYPE_MODEL_STRESS_TEST", page_size=5).pages())')
        filters["project_id"] = project
        first = next(iter(client.jobs.list(**filters, page_size=5).pages()))
        out.jobs(first.items, COLUMNS)
        saved = first.next_cursor
        _check(saved is not None, "a first page with more to come")
        assert saved is not None
        out.code("saved = page.next_cursor")
        out.line(f"{saved[:40]}... (an opaque string: keep it in a file, a database, a queue message)")

        out.heading("Later, in this process or another: resuming from the saved cursor")
        out.code("client.jobs.list(project_id=..., cursor=saved)  # the filters travel in the cursor")
        rest = list(client.jobs.list(project_id=project, cursor=saved))
        out.jobs(rest, COLUMNS)
        everything = [j.id for j in client.jobs.list(**filters)]
        out.line(
            f"{len(first.items)} + {len(rest)} = {len(first.items) + len(rest)} jobs, none twice: "
            f"the same {len(everything)} that one listing from the start gives"
        )
        _check([j.id for j in [*first.items, *rest]] == everything, "the resumed listing continues the first page")
        _check(
            all(j.state is JobState.SUCCEEDED and str(j.raw.job_type) == filters["job_type"] for j in rest),
            "the resumed listing keeps the filters",
        )
        client.close()


def demo(out: Output) -> int:
    """Run both parts; 0 when every check held."""
    started = time.perf_counter()
    out.line("mljobs demo: the Domino and RIME simulators run in this process, on loopback; nothing leaves")
    out.line("this machine. Waits advance the simulators' virtual clocks instead of sleeping.")
    domino(out)
    rime(out)
    out.line()
    out.line(f"Done in {time.perf_counter() - started:.1f} s. Next: 'mljobs serve domino', 'mljobs domino --help'.")
    return ExitCode.OK
