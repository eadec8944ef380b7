"""A simulator served in a process of its own, so the server's cost is the same for every way measured.

The parent (:class:`SimProcess`) runs this file as a script with a JSON spec; the child serves the
simulator with :func:`mljobs.testing.serve` (loopback, port 0), adds the jobs, writes one JSON line
(``base_url``, ``credentials``, ``scope``, some ids, attributes asked for), then answers one JSON line per
command it reads (``mark``, ``requests``), until its stdin closes.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from mljobs._registry import VENDORS

STARTUP_TIMEOUT = 120.0
COMMAND_TIMEOUT = 60.0

#: The figures measure the seed documents' API generation, which the raw httpx baselines speak: the
#: simulators answer in it and the facade clients ask for it (their defaults are the current services').
SIM_API: dict[str, dict[str, Any]] = {"domino": {"api": "document"}}
#: The seed document's generation is the last of the registry's ``apis``.
CLIENT_API: dict[str, dict[str, str]] = {v.name: {"api": v.apis[-1]} for v in VENDORS.values() if v.apis}


class SimProcessError(RuntimeError):
    """The simulator's process died, or did not answer in time."""


class SimProcess:
    """A simulator served by a child process: ``with SimProcess("rime", jobs=[{"count": 100}]) as sim: ...``.

    ``jobs``: ``sim.add_jobs(**batch)`` arguments, in order. ``keep_ids``: how many of the ids (oldest
    first) to send back. ``attrs``: simulator attributes to send back (e.g. Domino's ``project_owner``).
    """

    def __init__(
        self,
        vendor: str,
        *,
        jobs: Sequence[dict[str, Any]] = (),
        seed: int = 0,
        latency: float = 0.0,
        keep_ids: int = 1,
        attrs: Sequence[str] = (),
    ) -> None:
        """Start the child now; :meth:`ready` waits until it serves."""
        spec = {
            "vendor": vendor,
            "seed": seed,
            "latency": latency,
            "jobs": list(jobs),
            "keep_ids": keep_ids,
            "attrs": list(attrs),
        }
        self.vendor = vendor
        self._log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed in close())
        env = {k: v for k, v in os.environ.items() if k != "MLJOBS_LOG"}
        self._proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            env=env,
        )
        assert self._proc.stdout is not None
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._proc.stdout, selectors.EVENT_READ)
        self._info: dict[str, Any] | None = None

    # ---- the parent's side -----------------------------------------------------------------------
    def ready(self, timeout: float = STARTUP_TIMEOUT) -> SimProcess:
        """Wait until the child serves (it has added its jobs)."""
        if self._info is None:
            self._info = self._read(timeout)
        return self

    @property
    def info(self) -> dict[str, Any]:
        """What the child sent when it was ready."""
        return self.ready()._info or {}

    @property
    def base_url(self) -> str:
        """Where the simulator listens."""
        return str(self.info["base_url"])

    @property
    def credentials(self) -> dict[str, Any]:
        """``mljobs.<Vendor>(**sim.credentials)`` reaches it."""
        return dict(self.info["credentials"])

    @property
    def scope(self) -> dict[str, Any]:
        """What ``client.jobs.list()`` needs to see its jobs."""
        return dict(self.info["scope"])

    @property
    def ids(self) -> list[str]:
        """The first ``keep_ids`` job ids, oldest first."""
        return list(self.info["ids"])

    def attr(self, name: str) -> Any:
        """A simulator attribute asked for with ``attrs=``."""
        return self.info["attrs"][name]

    def mark(self) -> int:
        """The number of requests served so far (for :meth:`requests` since then)."""
        return int(self._command({"op": "mark"})["count"])

    def requests(self, since: int = 0) -> list[tuple[str, str, list[list[str]]]]:
        """(method, path, query) of every request served since ``since`` (a :meth:`mark`)."""
        return [(m, p, q) for m, p, q in self._command({"op": "requests", "since": since})["requests"]]

    def _command(self, command: dict[str, Any]) -> dict[str, Any]:
        self.ready()
        assert self._proc.stdin is not None
        try:
            self._proc.stdin.write(json.dumps(command) + "\n")
            self._proc.stdin.flush()
        except BrokenPipeError as exc:
            raise SimProcessError(f"the {self.vendor} simulator's process died\n{self.log()}") from exc
        return self._read(COMMAND_TIMEOUT)

    def _read(self, timeout: float) -> dict[str, Any]:
        assert self._proc.stdout is not None
        deadline = time.monotonic() + timeout
        while not self._selector.select(timeout=max(0.0, deadline - time.monotonic())):
            if time.monotonic() >= deadline:
                raise SimProcessError(f"the {self.vendor} simulator did not answer within {timeout:g} s\n{self.log()}")
        line = self._proc.stdout.readline()
        if not line:
            raise SimProcessError(f"the {self.vendor} simulator exited ({self._proc.poll()})\n{self.log()}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def log(self) -> str:
        """The tail of what the child wrote on stderr."""
        self._log.seek(0)
        return self._log.read()[-3000:]

    def stop(self) -> None:
        """Ask the child to exit (its stdin closes); :meth:`close` waits for it."""
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            with contextlib.suppress(BrokenPipeError):
                self._proc.stdin.close()

    def close(self) -> None:
        """Stop the child and wait for it (killed if it does not exit in 10 s)."""
        self.stop()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if not self._log.closed:
            self._selector.close()
            self._log.close()

    def __enter__(self) -> SimProcess:
        """Wait until it serves."""
        return self.ready()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop it."""
        self.close()


# ---- the child's side ----------------------------------------------------------------------------
def _child(spec: dict[str, Any]) -> None:
    from mljobs.testing import serve

    with serve(spec["vendor"], seed=spec["seed"], latency=spec["latency"], **SIM_API.get(spec["vendor"], {})) as sim:
        ids: list[str] = []
        for batch in spec["jobs"]:
            ids += sim.add_jobs(**batch)
        attrs = {name: getattr(sim, name) for name in spec["attrs"]}
        ready = {
            "base_url": sim.base_url,
            "credentials": sim.credentials,
            "scope": sim.scope,
            "ids": ids[: spec["keep_ids"]],
            "attrs": attrs,
        }
        print(json.dumps(ready), flush=True)
        for line in sys.stdin:
            command = json.loads(line)
            if command["op"] == "mark":
                answer: dict[str, Any] = {"count": len(sim.requests)}
            elif command["op"] == "requests":
                served = sim.requests[command["since"] :]
                answer = {"requests": [[r.method, r.path, [list(q) for q in r.query]] for r in served]}
            else:
                answer = {"error": f"unknown op {command['op']!r}"}
            print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    _child(json.loads(sys.argv[1]))
