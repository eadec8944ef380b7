"""Static checks that are part of the contract: mypy --strict on src/, every generated package and the
benchmarks, ruff's lint and format (on src, scripts, tests and benchmarks)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_strict_on_src_generated_and_benchmarks() -> None:
    packages = [str(p) for p in sorted((ROOT / "generated").glob("mljobs_*"))]
    config = ["--config-file", str(ROOT / "pyproject.toml")]
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-error-summary", *config, str(ROOT / "src"), *packages, str(ROOT / "benchmarks")]
    )
    assert status == 0, stdout + stderr


def test_the_public_api_types_as_documented() -> None:
    # assert_type() in tests/typing/public_api.py: e.g. client.jobs.get() is mljobs.Job to a type checker.
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--no-error-summary",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(ROOT / "tests" / "typing" / "public_api.py"),
        ]
    )
    assert status == 0, stdout + stderr


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
    for command in (["check"], ["format", "--check"]):
        proc = subprocess.run(
            [ruff, *command, "src", "scripts", "tests", "benchmarks"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
