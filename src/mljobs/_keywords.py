"""Keyword sets typed once (``**options: Unpack[SomeOptions]``), spelled out for run-time readers."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any, ForwardRef, TypeVar

__all__ = ["spelled_out"]

F = TypeVar("F", bound=Callable[..., Any])


def spelled_out(options: type, defaults: Mapping[str, object] | None = None) -> Callable[[F], F]:
    """Show a method's ``**options: Unpack[options]`` keyword by keyword in ``inspect.signature``.

    Type checkers and editors read ``Unpack`` itself; ``help()``, IPython's ``?`` and the command line read
    the run-time signature, which would say only ``**options``. ``defaults``: each keyword's default where
    it is not None (None is taken to mean "the default" by every keyword without one).
    """
    given = defaults or {}

    def spell(method: F) -> F:
        signature = inspect.signature(method)
        kept = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD]
        names = {p.name for p in kept}
        keywords = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=given.get(name), annotation=_text(hint))
            for name, hint in options.__annotations__.items()
            if name not in names
        ]
        method.__signature__ = signature.replace(parameters=[*kept, *keywords])  # type: ignore[attr-defined]
        return method

    return spell


def _text(hint: object) -> object:
    """A TypedDict's annotation as the function's own are (a string, under ``from __future__ import annotations``)."""
    return hint.__forward_arg__ if isinstance(hint, ForwardRef) else hint
