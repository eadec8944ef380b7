"""The ``mljobs`` commands, built with click from the registry of vendors."""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any, NoReturn

import click

from .. import _constants as C
from .._errors import (
    ConfigurationError,
    InvalidArgumentError,
    JobFailedError,
    MljobsError,
    WaitTimeoutError,
)
from .._extras import missing_extra
from .._logging import configure, handler, mask, unconfigure
from .._models import Job, JobState
from .._registry import VENDORS, VendorInfo
from ..progress import Progress
from ._exit import ExitCode
from ._options import credential_options, list_options
from ._output import Output, duration, when

__all__ = ["root", "run"]

DEFAULT_LIMIT = 50
SERVE_STATES = ("queued", "running", "running", "succeeded", "failed", "succeeded", "cancelled")
#: The secrets this process was given; masked out of every error line.
_secrets: set[str] = set()
_debug = threading.Event()

_TITLES = [v.title for v in VENDORS.values()]
ROOT_HELP = f"""Typed clients for the jobs APIs of {", ".join(_TITLES[:-1])} and {_TITLES[-1]}.

\b
  mljobs demo                              see it work end to end, on simulators (seconds)
  mljobs serve domino                      a Domino simulator on loopback, until Ctrl-C
  mljobs domino list --project-id P        a vendor's jobs (--json: one JSON object a line)
  mljobs rime wait ID ID --timeout 600     wait for jobs, with live progress

Credentials come from each vendor's environment variables (see 'mljobs VENDOR list --help') or flags,
and are never printed. MLJOBS_LOG=debug shows mljobs' own log lines, credentials masked.

\b
Exit codes:
{ExitCode.table()}
"""


class CliError(Exception):
    """An error the command line reports as one line with its own exit code."""

    def __init__(self, message: str, code: ExitCode) -> None:
        """Keep the exit code."""
        super().__init__(message)
        self.code = code


def _set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        _debug.set()
        configure(logging.DEBUG)


DEBUG_OPTION = click.Option(
    ["--debug"],
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_set_debug,
    help="Show mljobs' debug log lines and, on an error, the traceback.",
)


def _command(name: str, callback: Callable[..., int], params: list[click.Parameter], help_text: str) -> click.Command:
    return click.Command(name, callback=callback, params=[*params, DEBUG_OPTION], help=help_text)


# ---- the vendor commands -------------------------------------------------------------------------


def _client(info: VendorInfo, given: dict[str, Any]) -> Any:
    """The vendor's client from flags and environment variables (read by click), credentials checked first."""
    kwargs: dict[str, Any] = {}
    for credential in info.credentials:
        value = given.pop(credential.argument, None)
        if value is None and credential.required:
            raise CliError(
                f"{info.name}: missing {credential.option}: pass it, or set the environment variable {credential.env}",
                ExitCode.USAGE,
            )
        if value is not None:
            kwargs[credential.argument] = value
            if credential.secret:
                _secrets.add(value)
                mask(value)
    if given.get("api") is not None:
        kwargs["api"] = given.pop("api")
    return info.client_class()(**kwargs)


def _not_negative(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value < 0:
        raise click.BadParameter(f"must be 0 or more, got {value}")
    return value


def _list_command(info: VendorInfo) -> click.Command:
    filters = list_options(info)
    by_name = {option.name: option for option in filters}
    keywords = {option.keyword for option in filters}
    pages = "cursor" in keywords

    def callback(limit: int, json: bool, **given: Any) -> int:
        kwargs = {by_name[k].keyword: by_name[k].to_argument(v) for k, v in given.items() if k in by_name}
        client = _client(info, {k: v for k, v in given.items() if k not in by_name})
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
        if limit and "page_size" in keywords and "page_size" not in kwargs:
            kwargs["page_size"] = min(limit, C.DEFAULT_PAGE_SIZE)  # so a page ends where --limit does
        out, resume = Output(), None
        shown: list[Job] = []
        with client:
            for page in client.jobs.list(**kwargs).pages():
                take = page.items if not limit else page.items[: limit - len(shown)]
                for job in take:
                    if json:
                        out.json(job.to_dict())
                shown += take
                if limit and len(shown) >= limit:
                    resume = page.next_cursor if len(take) == len(page.items) else None
                    break
        if not json:
            out.jobs(shown) if shown else out.line("no jobs")
        if resume and pages:
            hint = f"continue with --cursor {resume} (and the same filters)"
            click.echo(f"mljobs: --limit {limit} reached; {hint}", err=True)
        return ExitCode.OK

    params: list[click.Parameter] = [
        *filters,
        click.Option(
            ["--limit"],
            type=int,
            callback=_not_negative,
            default=DEFAULT_LIMIT,
            show_default=True,
            metavar="N",
            help="Show at most N jobs (0: every job).",
        ),
        click.Option(["--json"], is_flag=True, help="One JSON object a line (Job.to_dict()) instead of a table."),
        *credential_options(info),
    ]
    scope = f" of one {info.scope[0].argument.removesuffix('_id')}" if info.scope else ""
    return _command("list", callback, params, f"List {info.title} jobs{scope}, newest first.")


def _get_command(info: VendorInfo) -> click.Command:
    def callback(job_id: str, json: bool, **given: Any) -> int:
        with _client(info, given) as client:
            job = client.jobs.get(job_id)
        out = Output()
        if json:
            out.json(job.to_dict())
        else:
            data = job.to_dict()
            for key in ("created_at", "started_at", "finished_at"):
                data[key] = when(getattr(job, key))
            data["state"] = job.state.name
            data.pop("raw")
            out.table(("field", "value"), [(k, "-" if v is None else str(v)) for k, v in data.items()])
        return ExitCode.OK

    params: list[click.Parameter] = [
        click.Argument(["job_id"], metavar="ID"),
        click.Option(["--json"], is_flag=True, help="The job as one JSON object (Job.to_dict(), with raw)."),
        *credential_options(info),
    ]
    return _command("get", callback, params, f"Show one {info.title} job.")


def _seconds(flag: str, default: float, help_text: str) -> click.Option:
    return click.Option(
        [flag],
        type=click.FloatRange(min=0, min_open=True),
        default=default,
        show_default=True,
        metavar="S",
        help=help_text,
    )


def _wait_command(info: VendorInfo) -> click.Command:
    def callback(job_ids: tuple[str, ...], timeout: float, poll_interval: float, json: bool, **given: Any) -> int:
        finished: dict[str, Job] = {}
        pending: list[str] = []
        out = Output()
        with _client(info, given) as client, Progress() as show:
            try:
                for job in client.jobs.as_completed(
                    list(job_ids),
                    timeout=timeout,
                    poll_interval=poll_interval,
                    max_interval=max(poll_interval, C.DEFAULT_MAX_POLL_INTERVAL),
                    on_progress=show,
                    raise_on_failure=False,
                ):
                    finished[job.id] = job
                    if json:
                        out.json(job.to_dict())
            except WaitTimeoutError as exc:
                pending = exc.pending
        if not json:
            rows = []
            for job_id in job_ids:
                job = finished.get(job_id)
                if job is None:
                    rows.append([job_id, "TIMED OUT", "-", "-", "did not end within the timeout"])
                    continue
                took = None
                if job.started_at and job.finished_at:
                    took = (job.finished_at - job.started_at).total_seconds()
                rows.append([job.id, job.state.name, str(job.raw_state), duration(took), job.message or ""])
            out.table(("id", "state", "vendor state", "ran for", "message"), rows, state_column=1)
        if pending:
            click.echo(f"mljobs: {len(pending)} of {len(job_ids)} jobs had not ended after {timeout:g}s", err=True)
            return ExitCode.TIMEOUT
        failed = [j for j in finished.values() if j.state in (JobState.FAILED, JobState.CANCELLED)]
        if failed:
            click.echo(f"mljobs: {len(failed)} of {len(job_ids)} jobs did not succeed", err=True)
            return ExitCode.JOB_FAILED
        return ExitCode.OK

    params: list[click.Parameter] = [
        click.Argument(["job_ids"], nargs=-1, required=True, metavar="ID..."),
        _seconds("--timeout", C.DEFAULT_WAIT_TIMEOUT, "Give up after S seconds (exit 3)."),
        _seconds("--poll-interval", C.DEFAULT_POLL_INTERVAL, "First delay between polls; it doubles up to 30 s."),
        click.Option(["--json"], is_flag=True, help="Each job as one JSON line when it ends, instead of a table."),
        *credential_options(info),
    ]
    help_text = (
        f"Wait until {info.title} jobs end, showing their progress live (plain lines off a terminal).\n\n"
        "Exit 0 when every job succeeded, 1 when one failed or was cancelled, 3 on --timeout."
    )
    return _command("wait", callback, params, help_text)


def _cancel_command(info: VendorInfo) -> click.Command:
    def callback(job_id: str, **given: Any) -> int:
        if not info.can_cancel:
            raise CliError(f"{info.name} cannot cancel jobs: {info.no_cancel_reason}", ExitCode.USAGE)
        with _client(info, given) as client:
            client.jobs.cancel(job_id)
        Output().line(f"{info.name} job {job_id}: cancel requested ('mljobs {info.name} wait {job_id}' shows the end)")
        return ExitCode.OK

    params: list[click.Parameter] = [click.Argument(["job_id"], metavar="ID"), *credential_options(info)]
    help_text = f"Cancel a {info.title} job."
    if not info.can_cancel:
        help_text += f" Not possible: {info.no_cancel_reason} (exit 2)."
    return _command("cancel", callback, params, help_text)


def _logs_command(info: VendorInfo) -> click.Command:
    def callback(job_id: str, **given: Any) -> int:
        with _client(info, given) as client:
            text = client.jobs.logs(job_id)
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
        return ExitCode.OK

    params: list[click.Parameter] = [click.Argument(["job_id"], metavar="ID"), *credential_options(info)]
    return _command("logs", callback, params, f"Print a {info.title} job's log.")


class VendorGroup(click.Group):
    """``mljobs <vendor> ...``: commands built on first use, so ``mljobs --help`` imports no vendor."""

    def __init__(self, info: VendorInfo) -> None:
        """The commands of ``info``'s vendor."""
        extra = ", logs" if info.has_logs else ""
        cancel = ", cancel" if info.can_cancel else ""
        super().__init__(info.name, help=f"{info.title} jobs: list, get, wait{cancel}{extra}.")
        self.info = info
        self._built: dict[str, click.Command] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        """The command names."""
        return ["list", "get", "wait", "cancel"] + (["logs"] if self.info.has_logs else [])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Build a command the first time it is asked for."""
        if cmd_name not in self.list_commands(ctx):
            return None
        if cmd_name not in self._built:
            build = {
                "list": _list_command,
                "get": _get_command,
                "wait": _wait_command,
                "cancel": _cancel_command,
                "logs": _logs_command,
            }[cmd_name]
            self._built[cmd_name] = build(self.info)
        return self._built[cmd_name]


# ---- serve and demo ------------------------------------------------------------------------------


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise KeyboardInterrupt


def _shell(value: str) -> str:
    import shlex

    return shlex.quote(value)


def serve_lines(info: VendorInfo, sim: Any, *, seed: int, count: int) -> list[str]:
    """What ``mljobs serve`` prints: shell lines (comments and ``export``) that point a shell at ``sim``."""
    vendor, wall_clock = info.name, not sim.clock.virtual
    clock = "wall clock" if wall_clock else "virtual clock"
    lines = [f"# mljobs: {info.title} simulator on {sim.base_url} (seed {seed}, {count} jobs, {clock})"]
    lines += [f"export {name}={_shell(value)}" for name, value in info.environment(sim.credentials).items()]
    for scope in info.scope:
        value = str(sim.scope[scope.argument])
        lines.append(f"export {scope.env}={_shell(value)}")
        lines.append(f"# list scope: {scope.argument}={value}")
        lines.append(f"#   mljobs {vendor} list --{scope.argument.replace('_', '-')} {_shell(value)}")
    if not info.scope:
        lines.append(f"#   mljobs {vendor} list")
    for credential in info.credentials:
        if not credential.client_reads_env:
            lines.append(
                f"# mljobs.{info.sync_client}() does not read {credential.env} (the command line does): "
                f"in Python pass {credential.argument}=os.environ[{credential.env!r}]"
            )
    if wall_clock:
        lines.append("# Wall clock: jobs progress on their own.")
    else:
        lines.append("# Virtual clock: jobs only move when time is advanced, and nothing advances it here,")
        lines.append("# so they stay as they are. Restart with --wall-clock to have them progress on their own.")
    lines.append("# Ctrl-C stops the simulator.")
    return lines


@click.command(
    "serve",
    help=(
        "Serve a vendor's simulator on loopback until Ctrl-C.\n\n"
        f"VENDOR is one of: {', '.join(VENDORS)}. It prints, as lines a shell can source, the base URL, "
        "the environment that points mljobs (and the vendor's own tools) at it, and the list scope where "
        "the vendor needs one: "
        "'mljobs serve domino > sim.env &' then '. ./sim.env'. The credentials are the simulator's own, "
        "made up from the seed.\n\n"
        "On the virtual clock (the default) jobs only move when time is advanced, which nothing does while "
        "it serves: they stay as they are. --wall-clock makes them progress on their own (queued 5-30 s, "
        "running 30-300 s)."
    ),
)
@click.argument("vendor", type=click.Choice(list(VENDORS)), metavar="VENDOR")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, show_default=True, metavar="P", help="0: a free port."
)
@click.option(
    "--jobs",
    "count",
    type=click.IntRange(min=0),
    default=25,
    show_default=True,
    metavar="N",
    help="Jobs to start with, in every state.",
)
@click.option(
    "--seed", type=int, default=0, show_default=True, metavar="S", help="Same seed: same ids, keys and schedules."
)
@click.option("--wall-clock", is_flag=True, help="Jobs progress on real time instead of a virtual clock.")
@click.option(
    "--fault-rate",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    metavar="F",
    help="Answer this share of requests with a 500, 502, 503, 429, a dropped connection or a slow answer.",
)
@click.option("--debug", is_flag=True, expose_value=False, is_eager=True, callback=_set_debug, help=DEBUG_OPTION.help)
def serve_command(vendor: str, port: int, count: int, seed: int, wall_clock: bool, fault_rate: float) -> int:
    """Serve a simulator (see the help above)."""
    from ..testing import serve

    info = VENDORS[vendor]
    with serve(vendor, port=port, seed=seed, wall_clock=wall_clock, fault_rate=fault_rate) as sim:
        sim.add_jobs(count, states=list(SERVE_STATES))
        click.echo("\n".join(serve_lines(info, sim, seed=seed, count=count)))
        sys.stdout.flush()
        previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            click.echo("mljobs: simulator stopped", err=True)
        finally:
            signal.signal(signal.SIGTERM, previous)
    return ExitCode.OK


@click.command(
    "demo",
    help=(
        "Show mljobs end to end on the embedded simulators, in seconds.\n\n"
        "Domino: a parameter sweep started, the listing paged, every job waited for with live progress, "
        "one cancelled, a summary. RIME: a filtered listing, resumed from a saved cursor. Nothing "
        "leaves this machine; waits run on the simulators' virtual clocks."
    ),
)
@click.option("--debug", is_flag=True, expose_value=False, is_eager=True, callback=_set_debug, help=DEBUG_OPTION.help)
def demo_command() -> int:
    """Run the demo."""
    from ._demo import demo

    return demo(Output())


class Root(click.Group):
    """The top group: its commands in the order they were added (demo, serve, then the vendors)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Commands in the order added."""
        return list(self.commands)


@click.group(
    cls=Root, help=ROOT_HELP, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110}
)
@click.version_option(package_name="mljobs", prog_name="mljobs", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, expose_value=False, is_eager=True, callback=_set_debug, help=DEBUG_OPTION.help)
def root() -> None:
    """The ``mljobs`` group (its help is ROOT_HELP)."""


root.add_command(demo_command)
root.add_command(serve_command)
for _info in VENDORS.values():
    root.add_command(VendorGroup(_info))


# ---- running and reporting -----------------------------------------------------------------------


def _one_line(message: str) -> str:
    text = " ".join(part.strip() for part in str(message).splitlines() if part.strip())
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def _exit_code(exc: BaseException) -> tuple[ExitCode, str]:
    """The exit code and the message for an exception."""
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, JobFailedError):
        return ExitCode.JOB_FAILED, str(exc)
    if isinstance(exc, WaitTimeoutError):
        return ExitCode.TIMEOUT, str(exc)
    if isinstance(exc, ConfigurationError | InvalidArgumentError):
        return ExitCode.USAGE, str(exc)
    if isinstance(exc, MljobsError):  # the service refused, did not answer, or answered nonsense
        return ExitCode.API_ERROR, str(exc)
    if isinstance(exc, ModuleNotFoundError):
        error = missing_extra(exc, "cli", "this command")
        if error is not None:
            return ExitCode.USAGE, str(error)
    if type(exc).__name__ == "SimulatorError":  # mljobs.testing's, imported only by serve and demo
        return ExitCode.USAGE, str(exc)
    return ExitCode.INTERNAL, f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)"


def run(argv: Sequence[str]) -> int:
    """Run the command line; every error is one line on stderr (plus its traceback with --debug)."""
    _debug.clear()
    logging_before = handler() is not None
    try:
        return _run(argv)
    finally:
        if not logging_before:
            unconfigure()  # --debug's handler holds this run's stderr


def _run(argv: Sequence[str]) -> int:
    try:
        result = root.main(args=list(argv), prog_name="mljobs", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.UsageError as exc:
        path = exc.ctx.command_path if exc.ctx is not None else "mljobs"
        message = exc.format_message()
        click.echo(f"mljobs: error: {_one_line(message)} (see '{path} --help')", err=True)
        return ExitCode.USAGE
    except (KeyboardInterrupt, click.Abort):
        click.echo("mljobs: interrupted", err=True)
        return ExitCode.INTERRUPTED
    except click.ClickException as exc:
        click.echo(f"mljobs: error: {_one_line(exc.format_message())}", err=True)
        return ExitCode.USAGE
    except Exception as exc:
        code, message = _exit_code(exc)
        if _debug.is_set():
            traceback.print_exc()
        click.echo(f"mljobs: error: {_one_line(message)}", err=True)
        return code
    return int(result) if isinstance(result, int) else ExitCode.OK
