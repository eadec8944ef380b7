#!/usr/bin/env python3
"""Regenerate every vendor's typed client package from its OpenAPI spec.

    python scripts/generate.py            # rewrite generated/ from specs/
    python scripts/generate.py --check    # regenerate into a temporary folder, exit 1 on drift
    python scripts/generate.py rime       # only the named vendors

A vendor is a file ``specs/<vendor>.yaml``; its client is written to ``generated/mljobs_<vendor>/``
by openapi-python-client with the shared configuration ``specs/generator.yaml`` and the custom
templates in ``specs/templates/`` (open enums that accept unknown values). The generator and the
ruff it formats with are pinned exactly in pyproject.toml; this script refuses to run with any other
version, because a different version writes different bytes.

Never edit ``generated/`` by hand: change the spec, the config or a template, then run this.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
CONFIG = SPECS / "generator.yaml"
TEMPLATES = SPECS / "templates"
PACKAGE_PREFIX = "mljobs_"
NOT_A_VENDOR = {"generator"}
PINNED = ("openapi-python-client", "ruff")


class GenerationError(Exception):
    """A generation step failed; the message says which and why."""


def vendors(selected: Sequence[str] = ()) -> list[str]:
    """The vendor names: one per ``specs/<vendor>.yaml``, or the selected subset."""
    found = sorted(p.stem for p in SPECS.glob("*.yaml") if p.stem not in NOT_A_VENDOR)
    unknown = sorted(set(selected) - set(found))
    if unknown:
        raise GenerationError(f"no spec for {', '.join(unknown)} (have: {', '.join(found)})")
    return [v for v in found if not selected or v in selected]


def check_pins() -> None:
    """Fail unless the installed generator and formatter are the versions pyproject.toml pins."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dev = project["project"]["optional-dependencies"]["dev"]
    for name in PINNED:
        pins = [d for d in dev if re.match(rf"{re.escape(name)}\s*==", d)]
        if len(pins) != 1:
            raise GenerationError(f"pyproject.toml must pin {name} exactly once in the dev extra (found {pins})")
        wanted = pins[0].split("==", 1)[1].strip()
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            raise GenerationError(f"{name}=={wanted} is not installed: pip install -e '.[dev]'") from None
        if have != wanted:
            raise GenerationError(
                f"{name} {have} is installed but pyproject.toml pins {wanted}: pip install -e '.[dev]'"
            )


def check_config() -> None:
    """Reject config keys the generator does not know (it silently ignores them otherwise)."""
    from openapi_python_client.config import ConfigFile
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(CONFIG) or {}
    unknown = sorted(set(data) - set(ConfigFile.model_fields))
    if unknown:
        raise GenerationError(f"{CONFIG}: unknown generator option(s): {', '.join(unknown)}")


def _env() -> dict[str, str]:
    # The post hooks call `ruff`: make sure it is the pinned one next to this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONHASHSEED"] = "0"
    return env


def generate_client(vendor: str, out_dir: Path) -> Path:
    """Generate ``mljobs_<vendor>`` into ``out_dir`` and return the package folder."""
    package = out_dir / f"{PACKAGE_PREFIX}{vendor}"
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(SPECS / f"{vendor}.yaml"),
        "--output-path", str(package),
        "--meta", "none",
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--fail-on-warning",
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=out_dir, env=_env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not package.is_dir():
        raise GenerationError(f"openapi-python-client failed for {vendor}:\n{proc.stdout}\n{proc.stderr}")
    shutil.rmtree(package / ".ruff_cache", ignore_errors=True)
    (package / "py.typed").write_text("", encoding="utf-8")
    return package


def generate_all(names: Sequence[str], out_dir: Path) -> list[Path]:
    """Generate every named vendor into ``out_dir`` (two at a time)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda v: generate_client(v, out_dir), names))


def _files(top: Path) -> Iterator[Path]:
    for path in sorted(top.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path.relative_to(top)


def diff_trees(expected: Path, actual: Path, prefix: str = "") -> list[str]:
    """Describe every file that is missing, extra or different in ``actual`` (paths start with ``prefix``)."""
    want, have = set(_files(expected)), set(_files(actual)) if actual.exists() else set()
    problems = [f"missing: {prefix}{p}" for p in sorted(want - have)]
    problems += [f"not generated by the spec (stale or hand-made): {prefix}{p}" for p in sorted(have - want)]
    problems += [
        f"differs: {prefix}{p}" for p in sorted(want & have) if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor", nargs="*", help="only these vendors (default: every specs/<vendor>.yaml)")
    parser.add_argument("--check", action="store_true", help="exit 1, naming each file, if generated/ is stale")
    args = parser.parse_args(argv)
    try:
        check_pins()
        check_config()
        names = vendors(args.vendor)
        with tempfile.TemporaryDirectory(prefix="mljobs-gen-") as tmp:
            packages = generate_all(names, Path(tmp))
            if args.check:
                problems = []
                for package in packages:
                    problems += diff_trees(package, GENERATED / package.name, f"generated/{package.name}/")
                if not args.vendor:
                    known = {p.name for p in packages}
                    problems += [
                        f"generated/{p.name}: no spec produces this package"
                        for p in sorted(GENERATED.glob(f"{PACKAGE_PREFIX}*"))
                        if p.is_dir() and p.name not in known
                    ]
                if problems:
                    print("generated/ is not what specs/ produce; run: python scripts/generate.py", file=sys.stderr)
                    print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
                    return 1
                print(f"generated/ is up to date ({len(packages)} packages)")
                return 0
            GENERATED.mkdir(exist_ok=True)
            for package in packages:
                target = GENERATED / package.name
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(package, target)
                print(f"wrote {target.relative_to(ROOT)}")
            if not args.vendor:
                for stale in GENERATED.glob(f"{PACKAGE_PREFIX}*"):
                    if stale.is_dir() and stale.name not in {p.name for p in packages}:
                        shutil.rmtree(stale)
                        print(f"removed {stale.relative_to(ROOT)} (its spec is gone)")
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
