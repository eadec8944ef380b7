"""mljobs' pytest plugin (the ``pytest11`` entry point ``mljobs``): the ``mljobs_simulator`` fixture.

>>> def test_sweep(mljobs_simulator):
...     sim = mljobs_simulator("domino", seed=7)       # served on loopback, closed after the test
...     ids = sim.add_jobs(5)
...     assert all(j.is_terminal for j in sim.client().jobs.wait_all(ids, raise_on_failure=False))

pytest loads this module for everyone who installed mljobs, so it imports nothing of the simulators:
without the ``testing`` extra, pytest runs as before and only a test that uses the fixture fails, with
a message that names the extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest

__all__ = ["mljobs_simulator"]


@pytest.fixture
def mljobs_simulator() -> Iterator[Any]:
    """A factory: ``mljobs_simulator(vendor, **serve_options)`` serves a simulator until the test ends.

    ``serve_options`` are those of :func:`mljobs.testing.serve` (``seed``, ``wall_clock``, ``latency``,
    ``fault_rate``, ``faults``, ``port``). Annotate the argument as ``mljobs.testing.SimulatorFactory``
    for typed simulators.
    """
    try:
        from mljobs.testing import serve
    except ModuleNotFoundError as exc:
        missing = str(exc)  # failed outside the handler, so the report is the one line, unchained
    else:
        missing = ""
    if missing:
        pytest.fail(f"the mljobs_simulator fixture: {missing}", pytrace=False)
    with ExitStack() as stack:

        def factory(vendor: str, **options: Any) -> Any:
            return stack.enter_context(serve(vendor, **options))

        yield factory
