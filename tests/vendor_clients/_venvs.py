"""Each vendor's own published client in its own cached virtual environment, driven from the tests.

A vendor client pins what the test tools cannot share (python-domino pins packaging==23.2, rime-sdk
pins pandas<1.5), so each lives in ``.vendor-venvs/<name>/`` (git-ignored), made on first use and kept
while its install spec is unchanged. The tests talk to it through :class:`VendorClient`: one long-lived
subprocess running ``_driver.py`` with that environment's Python, which executes the statements the test
sends and answers JSON, so a test can move the simulator's clock between two calls of the vendor's code.
"""

from __future__ import annotations

import fcntl
import json
import os
import selectors
import subprocess
import sys
import tempfile
import threading
import time
import venv
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mljobs.testing import VendorSimulator

ROOT = Path(__file__).resolve().parents[2]
VENVS = ROOT / ".vendor-venvs"
DRIVER = Path(__file__).with_name("_driver.py")
CALL_TIMEOUT = 60.0


def vendor_python(name: str, installs: Sequence[Sequence[str]]) -> Path:
    """The Python of venv ``name``, made (and each ``pip install`` argument list run) unless cached."""
    home = VENVS / name
    python = home / "bin" / "python"
    marker = home / "installed.json"
    wanted = json.dumps([list(args) for args in installs])
    VENVS.mkdir(exist_ok=True)
    with open(VENVS / f"{name}.lock", "w") as lock:  # two test sessions never build one venv at once
        fcntl.flock(lock, fcntl.LOCK_EX)
        if python.exists() and marker.exists() and marker.read_text() == wanted:
            return python
        venv.create(home, with_pip=False, clear=True, symlinks=True)
        for args in installs:
            # The test environment's pip installs into the vendor venv: no ensurepip in each venv.
            cmd = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--disable-pip-version-check"]
            subprocess.run([*cmd, *args], check=True, timeout=600)
        marker.write_text(wanted)
    return python


class VendorError(Exception):
    """The vendor's code raised: its exception class name, message and HTTP status (when it has one)."""

    def __init__(self, type_: str, message: str, status: int | None) -> None:
        super().__init__(f"{type_}: {message}")
        self.type, self.message, self.status = type_, message, status


class VendorClient:
    """A running ``_driver.py`` in a vendor venv; ``client(expr, setup)`` runs ``setup``, returns ``expr``."""

    def __init__(self, python: Path, env: dict[str, str] | None = None) -> None:
        self._log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed in close())
        base = {k: v for k, v in os.environ.items() if not k.startswith(("DOMINO_", "RIME_", "ISTARI_", "VECTARA_"))}
        self._proc = subprocess.Popen(
            [str(python), str(DRIVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            env={**base, **(env or {})},
        )
        self._selector = selectors.DefaultSelector()
        assert self._proc.stdout is not None
        self._selector.register(self._proc.stdout, selectors.EVENT_READ)

    def __call__(self, expression: str = "", setup: str = "", *, timeout: float = CALL_TIMEOUT) -> Any:
        """Run the statements ``setup``, then return the value of ``expression`` (as JSON data)."""
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(json.dumps({"exec": setup, "eval": expression}) + "\n")
        self._proc.stdin.flush()
        deadline = time.monotonic() + timeout
        while not self._selector.select(timeout=max(0.0, deadline - time.monotonic())):
            if time.monotonic() >= deadline:
                raise TimeoutError(f"the vendor client did not answer within {timeout} s\n{self.log()}")
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the vendor client exited ({self._proc.poll()})\n{self.log()}")
        answer = json.loads(line)
        if not answer["ok"]:
            raise VendorError(answer["type"], answer["message"], answer["status"])
        return answer["value"]

    def run(self, setup: str) -> None:
        """Run statements (names stay defined for later calls)."""
        self(setup=setup)

    def log(self) -> str:
        """The tail of what the vendor code printed or logged."""
        self._log.seek(0)
        return self._log.read()[-4000:]

    def close(self) -> None:
        """Stop the subprocess."""
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._selector.close()
        self._log.close()


@contextmanager
def clock_running(sim: VendorSimulator, on_new_job: Callable[[str], None] | None = None) -> Iterator[None]:
    """Move the virtual clock 30 s every 10 ms of wall time (and show each new job to ``on_new_job``).

    For vendor code that waits on wall-clock time (python-domino's blocking helpers, Istari's polls).
    """
    stop = threading.Event()
    seen = set(sim.jobs)

    def run() -> None:
        while not stop.is_set():
            for job_id in set(sim.jobs) - seen:
                seen.add(job_id)
                if on_new_job is not None:
                    on_new_job(job_id)
            sim.advance(30)
            time.sleep(0.01)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
