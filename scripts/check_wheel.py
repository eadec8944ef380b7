#!/usr/bin/env python3
"""Build the wheel, install it into a new virtual environment, and import every package from it.

    python scripts/check_wheel.py

Shows that the distribution works when installed for real (not only in editable mode): the wheel holds
src/mljobs and every generated/mljobs_<vendor> package, with py.typed, and its dependencies suffice.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    vendors = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml") if p.stem != "generator")
    with tempfile.TemporaryDirectory(prefix="mljobs-wheel-") as tmp:
        dist = Path(tmp) / "dist"
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (wheel,) = dist.glob("mljobs-*.whl")
        names = zipfile.ZipFile(wheel).namelist()
        for package in ["mljobs", *(f"mljobs_{v}" for v in vendors)]:
            for required in ("__init__.py", "py.typed"):
                if f"{package}/{required}" not in names:
                    print(f"error: {wheel.name} lacks {package}/{required}", file=sys.stderr)
                    return 1
        env = Path(tmp) / "venv"
        venv.create(env, with_pip=True)
        python = env / "bin" / "python"
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
        imports = "; ".join(f"from mljobs_{v} import AuthenticatedClient, Client" for v in vendors)
        code = f"import mljobs; {imports}; print('the installed wheel imports mljobs and', {len(vendors)}, 'clients')"
        subprocess.run([str(python), "-c", code], check=True, cwd=tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
