"""Make every vendor client's cached venv now, with this Python: ``python -m tests.vendor_clients``.

The tests make each on first use. ``.ci/run`` makes them first, once, with its default Python, because it
then runs its two Pythons' test sessions at once: either could otherwise be the one that makes them.
"""

from __future__ import annotations

from ._venvs import vendor_python
from .conftest import VENVS

for name, installs in VENVS.items():
    print(f"{name}: {vendor_python(name, installs)}")
