#!/usr/bin/env python3
"""Issue 15's benchmarks: P1-P7 measured side by side in one run, printed as the issue's table.

    python benchmarks/run.py                  # the full definitions (several minutes today)
    python benchmarks/run.py --quick          # under a minute: fewer rounds and jobs, same definitions
    python benchmarks/run.py --quick --json   # {"P1": {"ratio": x, "goal": y}, ..., "detail": {...}}
    python benchmarks/run.py --only P3,P4     # some figures
    python benchmarks/run.py --render saved.json   # the table of a saved --json run

Timing figures run their ways in shuffled rounds (medians, with the range of the per-round ratios),
against a simulator served in a process of its own. Progress lines go to stderr. Exit status 0 when every
goal is met, 1 otherwise (``--no-fail``: always 0); a figure that cannot be measured fails, except
python-domino's (P5), which is "not measured" when its venv is missing.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import random
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import _harness, figures
from benchmarks._harness import FULL, QUICK, Figure, Machine, Sizes, progress

KEYS = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]
#: Measuring order. First the timing figures on the simulator processes, alone (while those are all up and
#: idle). Then the untimed work, all at once: P3's request counts (virtual time), P6's memory, and P7's
#: simulators being built. Last what is timed of P3 and P7, alone again.
TIMED_ON_SIMS = ["P4", "P1", "P5", "P2"]
ON_SIMS = {"P1", "P2", "P5", "P6"}


def measure(sizes: Sizes, keys: Sequence[str], *, seed: int = 0, build_venvs: bool = False) -> dict[str, Figure]:
    """Measure figures ``keys`` with ``sizes``; a figure that fails to run is reported, not raised."""
    rng = random.Random(seed)
    results: dict[str, Figure] = {}
    sims: dict[str, Any] = {}
    started: dict[str, Any] = {}

    def attempt(key: str, run: Callable[[], Any]) -> Any:
        """``run()``, or None with ``key`` reported as not measured (a figure's failure is not the run's)."""
        try:
            return run()
        except Exception as exc:
            progress(f"{key}: not measured: {type(exc).__name__}: {exc}")
            results[key] = figures.not_measured(key, f"{type(exc).__name__}: {str(exc)[:300]}")
            return None

    def done(key: str, figure: Figure | None) -> None:
        if figure is not None:
            results[key] = figure
            for row in figure.rows:
                progress(f"{key}: {row.now}")

    try:
        try:
            sims = figures.start_sims(sizes, keys)
        except Exception as exc:
            for key in ON_SIMS.intersection(keys):
                results[key] = figures.not_measured(key, f"its simulator did not start ({type(exc).__name__}: {exc})")
        for key in [k for k in TIMED_ON_SIMS if k in keys and k not in results]:
            progress(f"{key}: measuring")
            done(key, attempt(key, functools.partial(_one, key, sizes, sims, rng, build_venvs)))
        _close({use: sim for use, sim in sims.items() if use != "domino memory"})  # free their memory and cores
        if "P7" in keys:
            started["P7"] = attempt("P7", lambda: figures.P7Pages(sizes, rng))
        if "P3" in keys:
            started["P3"] = attempt("P3", lambda: figures.P3Counts(sizes))
        if "P6" in keys and "P6" not in results:
            progress("P6: measuring (while P3 counts requests and P7 builds its simulators)")
            done("P6", attempt("P6", lambda: figures.p6(sizes, sims, rng)))
        _close(sims)
        sims = {}
        if started.get("P7") is not None:
            # P3's counts and P7's simulators first: what follows is timed, and alone.
            attempt("P7", lambda: started["P7"].built(_harness.Deadline(sizes.figure_timeout, "P7")))
        if started.get("P3") is not None:
            progress("P3: measuring")
            done("P3", attempt("P3", lambda: figures.p3(sizes, rng, started["P3"])))
        if started.get("P7") is not None and "P7" not in results:
            progress("P7: measuring")
            done("P7", attempt("P7", lambda: figures.p7(sizes, rng, started["P7"])))
    finally:
        _close(sims)
        for background in started.values():
            if background is not None:
                background.close()
    return results


def _close(sims: dict[str, Any]) -> None:
    """Stop every simulator process at once, then wait for them (a process may serve several uses)."""
    unique = list({id(sim): sim for sim in sims.values()}.values())
    for sim in unique:
        sim.stop()
    for sim in unique:
        sim.close()


def _one(key: str, sizes: Sizes, sims: dict[str, Any], rng: random.Random, build_venvs: bool) -> Figure:
    if key == "P1":
        return figures.p1(sizes, sims, rng)
    if key == "P2":
        return figures.p2(sizes, sims, rng)
    if key == "P4":
        return figures.p4(sizes, rng)
    return figures.p5(sizes, sims, rng, build_venvs=build_venvs)


def report(results: dict[str, Figure], sizes: Sizes, machine: dict[str, Any], command: str) -> dict[str, Any]:
    """The run as one JSON object: ``P1``...``P7`` -> ``{"ratio", "goal"}``, then everything else."""
    measured = [key for key in KEYS if key in results]
    out: dict[str, Any] = {key: {"ratio": results[key].ratio, "goal": results[key].goal} for key in measured}
    out["passed"] = {key: results[key].passed for key in KEYS if key in results}
    out["all_passed"] = all(out["passed"].values())
    out["mode"] = sizes.name
    out["command"] = command
    out["differences_from_full"] = sizes.differences()
    out["rows"] = [
        {
            "figure": key,
            "label": row.label,
            "now": row.now,
            "goal": row.goal_text,
            "value": row.value,
            "goal_value": row.goal,
            "passed": row.passed,
        }
        for key in KEYS
        if key in results
        for row in results[key].rows
    ]
    out["notes"] = [note for key in KEYS if key in results for note in results[key].notes]
    out["machine"] = machine
    out["sizes"] = dataclasses.asdict(sizes)
    out["detail"] = {key: results[key].detail for key in KEYS if key in results}
    return out


def render(data: dict[str, Any]) -> str:
    """A ``--json`` report as Markdown: the table, the notes, P3's per-vendor table, the machine."""
    lines = [f"Command: `{data['command']}` ({data['mode']} run)", ""]
    lines += ["| figure | measured now | goal | result |", "|---|---|---|---|"]
    for row in data["rows"]:
        result = {True: "pass", False: "**fail**", None: "not measured"}[row["passed"]]
        lines.append(f"| {row['label']} | {row['now']} | {row['goal']} | {result} |")
    notes = (
        [f"{data['mode']}: " + "; ".join(data["differences_from_full"]) + "."] if data["differences_from_full"] else []
    )
    notes += data["notes"]
    lines += ["", *(f"- {note}" for note in notes)] if notes else []
    p3 = data["detail"].get("P3", {})
    if "cases" in p3:
        lines += [
            "",
            f"P3 by vendor (seed {p3['seed']}; first poll after "
            f"{figures.POLL_INTERVAL:g} s, doubling to {figures.MAX_INTERVAL:g} s, no jitter; virtual time; detection "
            "latency is from a job's end to the poll that sees it):",
            "",
            "| vendor | jobs waited for | requests, polling each job | requests, `wait_all` | ratio | mean / max "
            "detection latency, each | mean / max detection latency, `wait_all` | same poll schedule |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for name, case in p3["cases"].items():
            each, listed = case["latency_each_s"], case["latency_wait_all_s"]
            lines.append(
                f"| {name} | {case.get('jobs', p3['jobs']):,} | {case['requests_each']} | "
                f"{case['requests_wait_all']} | {case['ratio']:.4f} | "
                f"{each['mean']:.1f} s / {each['max']:.1f} s | {listed['mean']:.1f} s / {listed['max']:.1f} s | "
                f"{'yes' if case['same_schedule'] else 'NO'} |"
            )
    m = data["machine"]
    lines += [
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores ({m['cores_usable']} usable), {m['implementation']} {m['python']}, "
        f"httpx {m['httpx']}, mljobs {m['mljobs']}, {m['platform']}.",
        f"Load average (1, 5, 15 min) at the start {_load(m['load_average_start'])}, at the end "
        f"{_load(m.get('load_average_end'))}; over the run's {m.get('wall_seconds', 0):g} s the machine was busy "
        f"{m.get('machine_busy_cores', '?')} cores on average, {m.get('our_cpu_cores', '?')} of them this run's "
        f"processes and {m.get('others_cpu_cores', '?')} other processes.",
        "",
        "All goals met."
        if data["all_passed"]
        else "Goals not met: " + ", ".join(key for key, passed in data["passed"].items() if not passed) + ".",
    ]
    return "\n".join(lines)


def _load(values: Sequence[float] | None) -> str:
    return "?" if not values else " / ".join(f"{v:.2f}" for v in values)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, measure, print, and say whether every goal was met."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="under a minute: fewer rounds and jobs")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 even when a goal is not met")
    parser.add_argument("--only", help="comma-separated figures, e.g. P1,P3 (default: all)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the rounds' shuffles (default 0)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument(
        "--build-venvs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="make python-domino's venv if it is not cached (default: yes, except with --quick)",
    )
    parser.add_argument("--render", metavar="JSON", help="print the table of a saved --json report, and exit")
    args = parser.parse_args(argv)
    if args.render:
        data = json.loads(Path(args.render).read_text())
        print(render(data))
        return 0 if data["all_passed"] or args.no_fail else 1
    keys = KEYS if not args.only else [k.strip().upper() for k in args.only.split(",")]
    unknown = sorted(set(keys) - set(KEYS))
    if unknown:
        parser.error(f"unknown figure(s) {unknown}; choose from {KEYS}")
    _harness.QUIET = args.quiet
    sizes = QUICK if args.quick else FULL
    machine = Machine()
    progress(f"{sizes.name} run of {', '.join(keys)}; load average {_load(machine.info['load_average_start'])}")
    build = not args.quick if args.build_venvs is None else args.build_venvs
    results = measure(sizes, keys, seed=args.seed, build_venvs=build)
    command = shlex.join(["python", "benchmarks/run.py", *(sys.argv[1:] if argv is None else argv)])
    data = report(results, sizes, machine.finish(), command)
    print(json.dumps(data, indent=2) if args.json else render(data))
    return 0 if data["all_passed"] or args.no_fail else 1


if __name__ == "__main__":
    sys.exit(main())
