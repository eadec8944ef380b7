"""Command-line options from the code: a vendor's ``list()`` filters and its credentials, never by hand.

Each keyword of ``client.jobs.list()`` becomes an option (``project_id`` -> ``--project-id``) whose type
comes from its annotation: a ``Literal`` of the vendor's states is a choice (which also takes mljobs'
own states, as ``list()`` does), an ``Iterable[...]`` is a repeatable option, ``int``, ``str`` and a
datetime are what they say. ``max_items`` is ``--limit``.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import inspect
import types
import typing
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

import click

from .._models import JobState
from .._pagination import ListOptions
from .._registry import VendorInfo

__all__ = ["FilterOption", "credential_options", "list_options"]

#: Help for the filters the vendors' list() methods take (by keyword; any vendor).
FILTER_HELP = {
    "project_id": "The project whose jobs to list (RIME: required by its v1 API).",
    "status": "Only jobs in this status: the vendor's own or an mljobs state. Repeatable.",
    "state": "Only jobs in this state: the vendor's own or an mljobs state. Repeatable.",
    "job_type": "Only jobs of this type. Repeatable.",
    "object_id": "Only jobs of this object (e.g. a RIME project id).",
    "view": "How much of each job to read.",
    "model_id": "Only jobs of this model.",
    "name": "Only jobs with this name.",
    "archive_status": "Active jobs, archived ones, or all.",
    "corpus_id": "Only jobs of this corpus (Vectara v1). Repeatable.",
    "corpus_key": "Only jobs of this corpus (Vectara v2). Repeatable.",
    "created_after": "Only jobs created after this time (ISO 8601; Vectara v2).",
    "created_since": "Only jobs created at or after this time (ISO 8601, or epoch seconds).",
    "job_id": "Only the job with this id.",
    "page_size": "Jobs per request (the vendor's maximum caps it).",
    "cursor": "Resume a listing where an earlier one stopped (printed after a listing that --limit cut).",
    "prefetch": "Pages in flight at once, once the first has given the total (1: one page at a time).",
}
NEUTRAL = tuple(state.value for state in JobState)


if TYPE_CHECKING:
    _ParamType = click.ParamType[Any]  # generic in click 8.2+, not before
else:
    _ParamType = click.ParamType


class When(_ParamType):
    """A time: ISO 8601 (naive is UTC) or epoch seconds."""

    name = "TIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """A datetime or epoch seconds, as ``list()`` takes them."""
        if isinstance(value, dt.datetime | float):
            return value
        try:
            return float(value)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is neither ISO 8601 (2024-05-01T12:00:00Z) nor epoch seconds", param, ctx)


def _members(hint: Any) -> list[Any]:
    if get_origin(hint) in (typing.Union, types.UnionType):
        return [m for a in get_args(hint) for m in _members(a)]
    return [hint]


class FilterOption(click.Option):
    """A ``list()`` keyword as an option; :meth:`to_argument` turns its value back into what list() takes."""

    def __init__(self, keyword: str, hint: Any, default: Any) -> None:
        """Build the option for ``keyword`` from its annotation ``hint`` and its default."""
        multiple, literals, kinds = False, [], set()
        for member in _members(hint):
            if member is type(None):
                continue
            if get_origin(member) in (collections.abc.Iterable, collections.abc.Sequence, list, tuple):
                multiple = True
                inner = [m for a in get_args(member) for m in _members(a)]
            else:
                inner = [member]
            for item in inner:
                if get_origin(item) is Literal:
                    literals += [v for v in get_args(item) if v not in literals]
                else:
                    kinds.add(item)
        self.keyword, self.takes_states, self.literals = keyword, JobState in kinds, tuple(literals)
        kinds.discard(JobState)
        param_type: Any
        if literals:
            choices = literals + [v for v in NEUTRAL if self.takes_states and v not in literals]
            param_type = click.Choice(choices)
            metavar = keyword.upper().replace("_", "-")
        elif dt.datetime in kinds:
            param_type, metavar = When(), "TIME"
        elif kinds <= {int} and kinds:
            param_type, metavar = click.INT, "N"
        elif kinds <= {str} and kinds:
            param_type, metavar = click.STRING, "TEXT"
        else:
            raise TypeError(f"list() keyword {keyword!r} has a type the command line cannot take: {hint}")
        required = default is inspect.Parameter.empty
        help_text = FILTER_HELP.get(keyword, f"The list filter {keyword}.")
        if literals:
            shown = ", ".join(literals) + (f"; or {', '.join(NEUTRAL)}" if self.takes_states else "")
            help_text += f" One of: {shown}."
        super().__init__(
            ["--" + keyword.replace("_", "-")],
            type=param_type,
            multiple=multiple,
            required=required and not multiple,
            default=None if required or multiple else default,
            show_default=not required and default is not None,
            metavar=metavar,
            help=help_text,
        )

    def to_argument(self, value: Any) -> Any:
        """The CLI value as ``list()`` takes it (None: leave the keyword out)."""
        if value is None or value == ():
            return None
        if isinstance(value, tuple):
            return [self._state(v) for v in value]
        return self._state(value)

    def _state(self, value: Any) -> Any:
        # A vendor's own state wins over an mljobs state of the same spelling (none exists today).
        if self.takes_states and value in NEUTRAL and value not in self.literals:
            return JobState(value)
        return value


def list_options(info: VendorInfo) -> list[FilterOption]:
    """One option per keyword of the vendor's ``client.jobs.list()`` (``max_items`` is ``--limit``).

    ``timeout`` (seconds per page's request) is the client's business, not a filter: the CLI leaves it out.
    """
    method = info.jobs_class().list
    # The signature spells out **options: Unpack[ListOptions]; their types are ListOptions'.
    hints = {**typing.get_type_hints(ListOptions), **typing.get_type_hints(method)}
    keywords = {name: (hints.get(name), p.default) for name, p in inspect.signature(method).parameters.items()}
    options = []
    for name, (hint, default) in keywords.items():
        if name in ("self", "max_items", "timeout"):
            continue
        option = FilterOption(name, hint, default)
        for scope in info.scope:
            if scope.argument == name:  # e.g. Domino's project: also from DOMINO_PROJECT_ID
                option.envvar, option.show_envvar, option.required = scope.env, True, False
        options.append(option)
    return options


def credential_options(info: VendorInfo) -> list[click.Option]:
    """``--base-url``, ``--api-key``, ...: each from its flag or the vendor's environment variable."""
    options = []
    for credential in info.credentials:
        help_text = f"{info.title} {credential.description}."
        if credential.kind == "account":
            help_text = f"{info.title} {credential.description} (not a secret)."
        if credential.secret:
            help_text += " Prefer the environment variable: a flag shows in the process list."
        if credential.default is not None:
            help_text += f" [default: {credential.default}]"
        options.append(
            click.Option(
                [credential.option],
                envvar=credential.env,
                show_envvar=True,
                metavar="URL" if credential.kind == "url" else "TEXT",
                help=help_text,
            )
        )
    if info.apis:  # the client's api=: the vendor's current API by default, the document's one flag away
        options.append(
            click.Option(
                ["--api"],
                type=click.Choice(info.apis),
                default=info.apis[0],
                show_default=True,
                help=f"The {info.title} API generation to speak ({info.apis[-1]}: the seed document's).",
            )
        )
    return options
