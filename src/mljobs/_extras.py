"""The optional extras, and the one message that names the extra to install when a module is missing."""

from __future__ import annotations

__all__ = ["EXTRAS", "missing_extra"]

_TESTING = frozenset({"starlette", "uvicorn", "pydantic", "pydantic_core", "typing_extensions", "anyio"})
#: Extra -> the top-level modules it brings that mljobs imports (pyproject's optional-dependencies).
#: ``cli`` includes ``testing``: ``mljobs demo`` and ``mljobs serve`` run the simulators.
EXTRAS: dict[str, frozenset[str]] = {"testing": _TESTING, "cli": _TESTING | {"click", "rich"}}


def missing_extra(exc: ModuleNotFoundError, extra: str, what: str) -> ModuleNotFoundError | None:
    """A ModuleNotFoundError naming ``extra`` when ``exc`` is about one of its modules, else None.

    ``what`` says what needs it (``"mljobs.testing"``, ``"the mljobs command line"``). The package is
    installed from a checkout, so the message gives the command that works there.
    """
    name = (exc.name or "").partition(".")[0]
    if name not in EXTRAS[extra]:
        return None
    error = ModuleNotFoundError(
        f"{what} needs the '{extra}' extra ({name} is not installed); "
        f'from a checkout of mljobs: pip install ".[{extra}]"',
        name=exc.name,
    )
    error.__cause__ = exc
    return error
