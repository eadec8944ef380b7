"""Every code example in README.md and docs/*.md runs, so the docs cannot rot.

How a fenced block is treated:

* ``python``: executed, each block in a fresh namespace, in the order of its file. A block that names a
  vendor's client (``mljobs.Domino``, ``mljobs.AsyncRime``, ...) or one of its environment variables
  gets a fresh simulator of that vendor with 15 jobs dealt across all states (served on loopback by one
  server per vendor for the module), and the environment that ``mljobs serve <vendor>`` prints
  (``DOMINO_API_HOST``, ..., ``DOMINO_PROJECT_ID``). Its clients' waits advance the simulator's virtual
  clock instead of sleeping, as ``sim.client()``'s do, so a ``wait`` takes milliseconds. Blocks that
  serve their own simulator (``serve(...)``) need none of that. A block that defines ``test_*``
  functions has each called, with the ``mljobs_simulator`` fixture where it asks for it.
* ``bash``: every line that runs ``mljobs`` is checked: the command exists, ``--help`` exits 0, and
  each ``--flag`` on the line is one the command takes.
* ``<!-- no-run: reason -->`` on the line before a block skips it (the reason is required); ``text``
  and other languages are not run.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import re
import shlex
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import pytest
import uvicorn

from mljobs._cli import main
from mljobs._cli._app import root
from mljobs._registry import VENDORS
from mljobs.testing import serve, simulator

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^(?P<fence>```+)(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S)
NO_RUN = re.compile(r"<!--\s*no-run:\s*(?P<reason>[^>]*?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    lang: str
    body: str
    skip: str | None

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks() -> list[Block]:
    found = []
    for page in PAGES:
        text = page.read_text()
        for match in FENCE.finditer(text):
            before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
            no_run = NO_RUN.search(before)
            if no_run is not None and not no_run.group("reason"):
                raise AssertionError(f"{page}: a no-run comment without a reason")
            line = text.count("\n", 0, match.start()) + 1
            skip = no_run.group("reason") if no_run else None
            found.append(Block(page, line, match.group("lang"), match.group("body"), skip))
    return found


BLOCKS = blocks()
PYTHON = [b for b in BLOCKS if b.lang in ("python", "py")]
SHELL = [b for b in BLOCKS if b.lang in ("bash", "sh", "shell", "console")]


def vendors_of(code: str) -> list[str]:
    """The vendors a block uses through their clients or environment variables (not through serve())."""
    used = []
    for info in VENDORS.values():
        names = [f"mljobs.{info.sync_client}(", f"mljobs.{info.async_client}(", *info.env_names()]
        names += [scope.env for scope in info.scope]
        if any(re.search(rf"(?<![\w.]){re.escape(n)}\b" if n[-1] != "(" else re.escape(n), code) for n in names):
            used.append(info.name)
    return used


class Switch:
    """One loopback server per vendor for the whole module; each block gets a fresh simulator behind it."""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


_SERVERS: dict[str, tuple[Switch, str]] = {}


def _server(name: str, stack: contextlib.ExitStack) -> tuple[Switch, str]:
    """The module's server for ``name``, started on first use (as serve() starts one, on a free port)."""
    if name not in _SERVERS:
        switch = Switch()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(switch, log_level="critical", lifespan="off", access_log=False)
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        stack.callback(sock.close)
        stack.callback(thread.join, 10)
        stack.callback(setattr, server, "should_exit", True)
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.005)
        assert server.started, f"the {name} server did not start"
        _SERVERS[name] = (switch, f"http://127.0.0.1:{sock.getsockname()[1]}")
    return _SERVERS[name]


@pytest.fixture(scope="module")
def servers() -> Iterator[contextlib.ExitStack]:
    with contextlib.ExitStack() as stack:
        yield stack
        _SERVERS.clear()


@contextlib.contextmanager
def simulators(names: list[str], monkeypatch: pytest.MonkeyPatch, stack: contextlib.ExitStack) -> Iterator[None]:
    """Fresh simulators for ``names``, ``mljobs serve``'s environment; every client's waits advance their clocks."""
    for name in names:
        switch, base_url = _server(name, stack)
        sim = simulator(name, seed=11, base_url=base_url)
        switch.app = sim.asgi_app
        sim.add_jobs(15, states=["queued", "running", "succeeded", "failed", "cancelled"])
        info = VENDORS[name]
        for env, value in info.environment(sim.credentials).items():
            monkeypatch.setenv(env, value)
        for scope in info.scope:
            monkeypatch.setenv(scope.env, str(sim.scope[scope.argument]))
        # What sim.client() does to one client, done to every client of this vendor the block makes.
        for asynchronous, sleep in ((False, sim.advance), (True, _async(sim.advance))):
            jobs = info.jobs_class(asynchronous=asynchronous)
            monkeypatch.setattr(jobs, "sleep", staticmethod(sleep))
            monkeypatch.setattr(jobs, "monotonic", staticmethod(sim.clock.now))
    yield


def _async(advance: Any) -> Any:
    async def sleep(seconds: float) -> None:
        advance(seconds)
        await asyncio.sleep(0)

    return sleep


def _fixture_factory(stack: contextlib.ExitStack) -> Any:
    def factory(vendor: str, **options: Any) -> Any:
        return stack.enter_context(serve(vendor, **options))

    return factory


@pytest.mark.parametrize("block", PYTHON, ids=[b.name for b in PYTHON])
def test_python_block(
    block: Block, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, servers: contextlib.ExitStack
) -> None:
    if block.skip:
        pytest.skip(block.skip)
    for info in VENDORS.values():  # nothing from the developer's shell reaches a block
        for env in (*info.env_names(), *(s.env for s in info.scope)):
            monkeypatch.delenv(env, raising=False)
    monkeypatch.chdir(tmp_path)
    code = compile(block.body, block.name, "exec")
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    with simulators(vendors_of(block.body), monkeypatch, servers):
        exec(code, namespace)
        for name, function in list(namespace.items()):
            if name.startswith("test_") and inspect.isfunction(function):
                with contextlib.ExitStack() as stack:
                    wanted = inspect.signature(function).parameters
                    given = {"mljobs_simulator": _fixture_factory(stack)}
                    function(**{k: given[k] for k in wanted})


def mljobs_lines(block: Block) -> list[list[str]]:
    """Each ``mljobs ...`` command in a shell block, as words (comments, ``&&`` chains and pipes split)."""
    commands = []
    for raw in block.body.replace("\\\n", " ").splitlines():
        line = raw.strip().removeprefix("$ ")
        if not line or line.startswith("#"):
            continue
        for part in re.split(r"&&|\|\||[|;&]", line):
            words = shlex.split(part, comments=True)
            words = [w for w in words if not re.fullmatch(r"[A-Z_]+=\S*", w)]  # NAME=value prefixes
            if words and words[0] == "mljobs":
                commands.append([w for w in words if not w.startswith(">")])
    return commands


def _resolve(words: list[str]) -> tuple[click.Command, list[str], list[str]]:
    """The command a line runs, the words that name it, and the rest."""
    command: click.Command = root
    path = ["mljobs"]
    rest = words[1:]
    while isinstance(command, click.Group) and rest and not rest[0].startswith("-"):
        sub = command.get_command(click.Context(command), rest[0])
        if sub is None:
            raise AssertionError(f"{' '.join(words)}: no command {rest[0]!r} under {' '.join(path)}")
        command, path, rest = sub, [*path, rest[0]], rest[1:]
    return command, path, rest


SHELL_COMMANDS = [(b, words) for b in SHELL if not b.skip for words in mljobs_lines(b)]


@pytest.mark.parametrize(
    ("block", "words"), SHELL_COMMANDS, ids=[f"{b.name}:{' '.join(w[:3])}" for b, w in SHELL_COMMANDS]
)
def test_shell_command(block: Block, words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    command, path, rest = _resolve(words)
    assert main([*path[1:], "--help"]) == 0, f"{' '.join(path)} --help failed"
    capsys.readouterr()
    flags = {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)} | {"-h", "--help"}
    for word in rest:
        if word.startswith("--"):
            flag = word.split("=", 1)[0]
            assert flag in flags, f"{block.name}: {' '.join(path)} has no flag {flag}"


def test_some_blocks_are_checked() -> None:
    assert len(PYTHON) >= 10 and len(SHELL_COMMANDS) >= 10
    skipped = [b.name for b in BLOCKS if b.skip]
    assert len(skipped) <= 3, f"too many no-run blocks: {skipped}"


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("## Quick start")
    first = next(b for b in SHELL if b.page.name == "README.md" and b.line > readme.count("\n", 0, start))
    return [line for line in first.body.splitlines() if line.strip() and not line.startswith("#")]


def test_readme_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    commands = _readme_commands()
    assert len(commands) == 2, commands
    demo, tests = commands
    assert demo.endswith("mljobs demo") and "pip install" in demo
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    steps = [step.strip() for step in tests.split("&&")]
    install = [s for s in steps if "pip install" in s]
    assert install and all(s in ci for s in install), f"{install} not as written in .ci/run"
    assert steps[-1] == "python -m pytest" and "python -m pytest" in ci


def test_no_page_installs_what_does_not_exist() -> None:
    for page in PAGES:
        for number, line in enumerate(page.read_text().splitlines(), 1):
            assert not re.search(r"pip install\s+[\"']?mljobs\b", line), f"{page.name}:{number}: {line}"


def test_every_docs_page_is_linked_from_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for page in PAGES[1:]:
        assert f"docs/{page.name}" in readme, f"README does not link docs/{page.name}"


def test_links_between_pages_resolve() -> None:
    for page in PAGES:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text()):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (page.parent / target).exists(), f"{page.name}: broken link {target}"
