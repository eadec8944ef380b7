"""The reliability suite: every test here is marked ``reliability`` and runs in the normal ``python -m pytest``.

Select it alone with ``python -m pytest -m reliability``. The fault soak prints its figures (requests,
retries, lost, duplicated per vendor and fault rate) at the end of the run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
#: Soak figures, filled by test_soak.py and printed in the terminal summary.
SOAK_FIGURES: list[dict[str, Any]] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.reliability)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not SOAK_FIGURES:
        return
    write = terminalreporter.write_line
    terminalreporter.section("fault soak")
    write(
        f"{'vendor':<10} {'mode':<6} {'rate':>5} {'listed':>7} {'waited':>7} {'requests':>9} "
        f"{'retries':>8} {'faults':>7} {'lost':>5} {'dup':>5}"
    )
    for row in sorted(SOAK_FIGURES, key=lambda r: (r["vendor"], r["rate"], r["mode"])):
        write(
            f"{row['vendor']:<10} {row['mode']:<6} {row['rate']:>5.1f} {row['listed']:>7} {row['waited']:>7} "
            f"{row['requests']:>9} {row['retries']:>8} {row['faults']:>7} {row['lost']:>5} {row['duplicated']:>5}"
        )
