"""The specs against their seed documents, and the generated clients against the specs.

Per vendor: the spec is valid OpenAPI; every operation the seed document describes is in it and has a
generated module; every example payload from the document parses with its generated model and
serializes back without losing a field; unknown enum values and unknown fields survive a round trip.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import importlib
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
VENDORS = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml") if p.stem != "generator")
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
UNKNOWN = "MLJOBS_VALUE_NOT_IN_SPEC"


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def spec(vendor: str) -> dict[str, Any]:
    return load_yaml(ROOT / "specs" / f"{vendor}.yaml")  # type: ignore[no-any-return]


def seed(vendor: str) -> dict[str, Any]:
    return load_yaml(ROOT / "tests" / "seed" / f"{vendor}.yaml")  # type: ignore[no-any-return]


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def examples() -> list[Any]:
    return [
        pytest.param(vendor, ex, id=f"{vendor}-{i}-{ex['model']}")
        for vendor in VENDORS
        for i, ex in enumerate(seed(vendor)["examples"])
    ]


def model_class(vendor: str, name: str) -> Any:
    return getattr(importlib.import_module(f"mljobs_{vendor}.models"), name)


def is_datetime(value: str) -> bool:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def normalize(value: Any) -> Any:
    """Make equal what JSON-equal means: ISO datetimes compare as instants."""
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, str) and re.match(r"^\d{4}-\d\d-\d\dT", value) and is_datetime(value):
        return dt.datetime.fromisoformat(value)
    return value


def round_trip(cls: Any, payload: Any) -> Any:
    if isinstance(payload, list):
        return [cls.from_dict(copy.deepcopy(item)).to_dict() for item in payload]
    return cls.from_dict(copy.deepcopy(payload)).to_dict()


def string_leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from string_leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from string_leaves(v, (*path, i))
    elif isinstance(value, str):
        yield path, value


def replaced(payload: Any, path: tuple[Any, ...], new: Any) -> Any:
    out = copy.deepcopy(payload)
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return out


@pytest.mark.parametrize("vendor", VENDORS)
def test_spec_is_valid_openapi(vendor: str) -> None:
    document = spec(vendor)
    assert document["openapi"].startswith("3.")
    validate(document)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_seed_operation_is_in_the_spec_and_generated(vendor: str) -> None:
    document = spec(vendor)
    in_spec = {
        (method.upper(), path): op["operationId"]
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }
    wanted = seed(vendor)["operations"]
    assert wanted, "the seed file lists no operations"
    missing = [f"{op['method']} {op['path']}" for op in wanted if (op["method"], op["path"]) not in in_spec]
    assert not missing, f"operations of the seed document missing from specs/{vendor}.yaml: {missing}"
    for op in wanted:
        assert in_spec[(op["method"], op["path"])] == op["operationId"]
        module = importlib.import_module(f"mljobs_{vendor}.api.jobs.{snake(op['operationId'])}")
        for fn in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, fn)), f"{module.__name__}.{fn}"


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_has_security_and_error_responses(vendor: str) -> None:
    document = spec(vendor)
    assert document["components"]["securitySchemes"], "no security scheme"
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            assert op.get("security", document.get("security")), f"{method} {path} has no security"
            codes = set(op["responses"])
            assert codes & {"200", "201", "202", "204"}, f"{method} {path} has no success response"
            assert any(c == "default" or c.startswith(("4", "5")) for c in codes), f"{method} {path}: no error"


@pytest.mark.parametrize(("vendor", "example"), examples())
def test_seed_example_round_trips(vendor: str, example: dict[str, Any]) -> None:
    cls = model_class(vendor, example["model"])
    payload = example["payload"]
    assert normalize(round_trip(cls, payload)) == normalize(payload)


@pytest.mark.parametrize(("vendor", "example"), examples())
def test_unknown_extra_field_is_kept(vendor: str, example: dict[str, Any]) -> None:
    cls = model_class(vendor, example["model"])
    payload = example["payload"]
    if isinstance(payload, list):
        assert payload, "an empty list example says nothing about extra fields"
        payload = payload[0]
    extra = {"nested": [1, "two", None], "flag": True}
    parsed = cls.from_dict({**copy.deepcopy(payload), "mljobsFieldFromTheFuture": extra})
    assert parsed["mljobsFieldFromTheFuture"] == extra
    assert parsed.to_dict()["mljobsFieldFromTheFuture"] == extra


def examples_with_strings() -> list[Any]:
    return [p for p in examples() if any(not is_datetime(v) for _, v in string_leaves(p.values[1]["payload"]))]


@pytest.mark.parametrize(("vendor", "example"), examples_with_strings())
def test_any_string_value_parses_and_is_kept(vendor: str, example: dict[str, Any]) -> None:
    """Replace each string in the payload (enum values included) with a value the spec does not list.

    Timestamps are the only strings allowed to reject it. Anything else failing means a closed enum.
    """
    cls = model_class(vendor, example["model"])
    payload = example["payload"]
    checked = 0
    for path, value in string_leaves(payload):
        if is_datetime(value):
            continue
        mutated = replaced(payload, path, UNKNOWN)
        assert normalize(round_trip(cls, mutated)) == normalize(mutated), f"at {path}"
        checked += 1
    assert checked


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_generated_enum_is_open(vendor: str) -> None:
    models = importlib.import_module(f"mljobs_{vendor}.models")
    enums = [c for _, c in inspect.getmembers(models, inspect.isclass) if issubclass(c, enum.Enum)]
    assert enums, f"mljobs_{vendor} has no enums"
    for cls in enums:
        first = next(iter(cls))
        assert cls(first.value) is first and first.is_known
        new = cls(UNKNOWN)
        assert isinstance(new, cls) and new.name == "UNKNOWN" and new.value == UNKNOWN and not new.is_known
        assert new == UNKNOWN and str(new) == UNKNOWN
        assert UNKNOWN not in cls.__members__ and len(cls) == len(list(cls))
