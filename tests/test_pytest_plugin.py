"""The pytest plugin (entry point ``pytest11: mljobs``): the mljobs_simulator fixture, in real pytest runs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

#: A user's test module: typed fixture, two vendors served at once, waits on the virtual clock.
USER_TESTS = textwrap.dedent(
    """
    import httpx
    import pytest
    from mljobs.testing import SimulatorFactory

    SERVED = []

    def test_simulators_are_served_for_the_test(mljobs_simulator: SimulatorFactory) -> None:
        domino = mljobs_simulator("domino", seed=7, api="document")  # what mljobs.Domino reads today
        rime = mljobs_simulator("rime", fault_rate=0.0)
        ids = domino.add_jobs(20)
        done = domino.client().jobs.wait_all(ids, raise_on_failure=False, **domino.scope)
        assert [j.id for j in done] == ids and all(j.is_terminal for j in done)
        assert list(rime.client(api="v1-beta").jobs.list()) == []
        SERVED.extend([domino.base_url, rime.base_url])

    def test_and_closed_at_its_teardown() -> None:
        assert len(SERVED) == 2
        for url in SERVED:
            with pytest.raises(httpx.ConnectError):
                httpx.get(url + "/version", timeout=2)
    """
)
#: Runs pytest with the simulators' dependencies hidden, as if mljobs were installed without the extra.
WITHOUT_EXTRA = textwrap.dedent(
    """
    import importlib.abc, sys
    class Hide(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in {"starlette", "uvicorn", "pydantic"}:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    sys.meta_path.insert(0, Hide())
    import pytest
    raise SystemExit(pytest.main(sys.argv[1:]))
    """
)


def pytest_run(tmp_path: Path, tests: str, *prefix: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user.py").write_text(tests, encoding="utf-8")
    # schemathesis' and hypothesis' plugins (dev dependencies, not the user's) cost seconds to load.
    quiet = ["-p", "no:cacheprovider", "-p", "no:schemathesis", "-p", "no:hypothesispytest"]
    args = ["-q", *quiet, "-o", "asyncio_default_fixture_loop_scope=function", "test_user.py"]
    return subprocess.run([sys.executable, *prefix, *args], cwd=tmp_path, capture_output=True, text=True, timeout=120)


def test_the_fixture_serves_simulators_and_closes_them(tmp_path: Path) -> None:
    proc = pytest_run(tmp_path, USER_TESTS, "-m", "pytest")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout


def test_without_the_testing_extra_pytest_still_works_and_the_fixture_names_the_extra(tmp_path: Path) -> None:
    tests = "def test_plain():\n    pass\n\n\ndef test_simulator(mljobs_simulator):\n    mljobs_simulator('rime')\n"
    proc = pytest_run(tmp_path, tests, "-c", WITHOUT_EXTRA)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "1 passed, 1 error" in proc.stdout
    assert (
        "the mljobs_simulator fixture: mljobs.testing needs the 'testing' extra (starlette is not installed); "
        'from a checkout of mljobs: pip install ".[testing]"'
    ) in proc.stdout
    assert "Traceback" not in proc.stdout
