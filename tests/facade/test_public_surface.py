"""The package's public surface: a light import, every vendor's state table complete."""

from __future__ import annotations

import enum
import importlib
import subprocess
import sys

import pytest

import mljobs

STATUS_ENUMS = {
    "rime": "StatedbJobStatus",
    "domino": "JobStatus",
    "vectara": "AdminJobState",
    "istari": "JobStatusName",
    "symetryml": None,  # its states are statusString texts and JobInfo flags, mapped in STATES/LISTED
}


def test_import_mljobs_loads_no_vendor_package_and_no_simulator() -> None:
    code = (
        "import sys, mljobs; "
        "prefixes = ('mljobs_', 'mljobs.testing', 'mljobs.vendors', 'pydantic'); "
        "loaded = [m for m in sys.modules if m.startswith(prefixes)]; "
        "print(loaded)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


@pytest.mark.parametrize("vendor", sorted(STATUS_ENUMS))
def test_every_status_the_spec_lists_is_in_the_vendor_table(vendor: str) -> None:
    module = importlib.import_module(f"mljobs.vendors.{vendor}")
    table = module.STATES
    assert all(isinstance(state, mljobs.JobState) for state in table.values())
    name = STATUS_ENUMS[vendor]
    if name is None:
        codes = importlib.import_module("mljobs_symetryml.models").StatusCode
        assert {c.value for c in codes} <= set(module.STATES_BY_CODE)
        return
    statuses: type[enum.Enum] = getattr(importlib.import_module(f"mljobs_{vendor}.models"), name)
    unmapped = {s.value for s in statuses} - set(table)
    assert not unmapped, f"{vendor}: statuses with no JobState: {unmapped}"


def test_public_names_resolve_and_show_as_mljobs() -> None:
    for name in mljobs.__all__:
        assert getattr(mljobs, name) is not None, name
    assert mljobs.Job.__module__ == "mljobs" and mljobs.NotFoundError.__module__ == "mljobs"
    assert repr(mljobs.JobState.RUNNING) == "<JobState.RUNNING: 'running'>"
