"""Names a module hands out but another defines, imported on first use (a module ``__getattr__``)."""

from __future__ import annotations

import functools
import importlib
import operator
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(module: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A ``__getattr__`` for ``module`` that imports each of ``names`` from the module it maps to."""

    def __getattr__(name: str) -> Any:
        home = names.get(name)
        if home is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        return getattr(importlib.import_module(home), name)

    return __getattr__


def twin_clients(vendor: str, client: str) -> dict[str, str]:
    """Where a vendor's four client classes live: ``mljobs._sync.<vendor>`` and ``mljobs._async.<vendor>``."""
    sync, asynchronous = f"mljobs._sync.{vendor}", f"mljobs._async.{vendor}"
    return {client: sync, f"{client}Jobs": sync, f"Async{client}": asynchronous, f"Async{client}Jobs": asynchronous}


class LazyUnion:
    """A class attribute that reads as the union of models ``names`` of ``module``, imported on first read.

    E.g. a vendor's ``error_models``, which only ``client.call()`` reads: the client class loads none of them.
    """

    def __init__(self, module: str, *names: str, optional: bool = False) -> None:
        """The union of ``module``'s ``names`` (and None, if ``optional``)."""
        self.module, self.names, self.optional = module, names, optional
        self.value: Any = None

    def __get__(self, instance: object, owner: type[Any] | None = None) -> Any:
        if self.value is None:
            home = importlib.import_module(self.module)
            kinds = [getattr(home, name) for name in self.names] + ([None] if self.optional else [])
            self.value = functools.reduce(operator.or_, kinds)
        return self.value
