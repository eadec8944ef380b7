"""What every vendor client shares: running one generated operation, and the client lifecycle.

A vendor describes an operation as a :class:`Call` (the generated module, its arguments, and how to read
the answer). The sync and async clients send it through the generated client's httpx client, turn
failures and error statuses into mljobs exceptions, parse the answer with the generated code and read it
with the call's ``read``. Everything that can go wrong on the way is an mljobs exception, and none of
them hands out a credential. ``client.call(operation, ...)`` runs any generated operation the same way.
"""

from __future__ import annotations

import functools
import inspect
import types
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, ParamSpec, Protocol, Self, TypeVar

import httpx

from ._errors import ConfigurationError, InvalidArgumentError, MljobsError, NotFoundError, ResponseValidationError
from ._headers import scrub_response
from ._http import (
    DEADLINE,
    IDEMPOTENT,
    PARSE_ERRORS,
    SIMULATOR_CLOCK,
    UrlJoin,
    loads,
    parse_failure,
    status_error,
)
from ._lazy import lazy_names
from ._registry import VENDORS

__all__ = ["Call", "GeneratedClient", "Operation", "Vendor", "check_path"]

#: Path segments a URL resolver folds away or that name no resource: never sent as a path parameter.
_NOT_A_SEGMENT = frozenset({"", ".", ".."})
#: What the generated parsers read of a client when ``call()`` parses: undocumented statuses raise.
_STRICT = types.SimpleNamespace(raise_on_unexpected_status=True)

P = ParamSpec("P")
T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)


class GeneratedClient(Protocol):
    """What mljobs uses of a generated ``Client`` / ``AuthenticatedClient``."""

    @property
    def _base_url(self) -> str: ...
    def get_httpx_client(self) -> httpx.Client: ...
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


class Operation(Protocol[P, R_co]):
    """A generated operation module (``mljobs_<vendor>.api.<tag>.<operation>``), as :meth:`SyncBase.call` runs it.

    ``P`` are its arguments (path parameters, then keywords: ``body=``, query parameters) and ``R_co``
    what its parser returns for every documented status.
    """

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...
    def _parse_response(self, *, client: Any, response: httpx.Response) -> R_co: ...


#: The vendor's generated client, the class of ``client.jobs``, and the models its error answers parse to.
ApiT = TypeVar("ApiT", bound=GeneratedClient)
JobsT = TypeVar("JobsT")
ErrT = TypeVar("ErrT")


class Call:
    """One generated operation to run: ``module`` is ``mljobs_<vendor>.api.jobs.<operation>``.

    ``args`` are the operation's path parameters, in order; ``read(response, parsed)`` turns the generated
    code's parse into what the caller gets (a wrong value it meets becomes ResponseValidationError).

    A plain class with slots, not attrs: one is made for every request, and ``import mljobs`` makes no attrs
    class it does not hand out (each costs milliseconds to create).
    """

    __slots__ = ("args", "idempotent", "kwargs", "module", "read", "read_json", "strict")

    def __init__(
        self,
        module: Any,
        args: tuple[Any, ...] = (),
        kwargs: Mapping[str, Any] | None = None,
        idempotent: bool | None = None,
        read: Callable[[httpx.Response, Any], Any] | None = None,
        strict: bool = False,
        read_json: Callable[[httpx.Response, Any], Any] | None = None,
    ) -> None:
        """The call of ``module`` with path parameters ``args`` and keywords ``kwargs``."""
        self.module = module
        self.args = args
        self.kwargs: Mapping[str, Any] = {} if kwargs is None else kwargs
        #: True or False overrides the method's default (GET/PUT/DELETE retry, POST does not).
        self.idempotent = idempotent
        self.read = read
        #: A 2xx/3xx status the spec does not list for the operation is a ResponseValidationError (``call()``).
        self.strict = strict
        #: Reads a 200's JSON body itself, in place of the generated parse and ``read`` (e.g. a list page whose
        #: jobs build their models on first use): ``read_json(response, body)``.
        self.read_json = read_json

    def __repr__(self) -> str:
        name = getattr(self.module, "__name__", repr(self.module)).rpartition(".")[2]
        return f"Call({name!r}, args={self.args!r}, kwargs={self.kwargs!r})"


class Vendor:
    """A vendor's knowledge that is not I/O: which responses are errors beyond the status code."""

    name: ClassVar[str]
    #: The models the spec's error answers parse to (a union, or ``()``): ``call()`` never returns one.
    error_models: ClassVar[Any] = ()
    #: The API generation requests are sent in (a client's ``api=``), for a vendor with several; else None.
    api: str | None = None

    def error_for(self, response: httpx.Response) -> MljobsError | None:
        """A vendor-specific exception for ``response``, or None to use the status code."""
        return None


@functools.cache
def _path_parameters(get_kwargs: Callable[..., Any]) -> tuple[str, ...]:
    """The names of a generated operation's path parameters (its positional parameters)."""
    return tuple(p.name for p in inspect.signature(get_kwargs).parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD)


def path_values(call: Call) -> dict[str, Any]:
    """The call's path parameters by name, given positionally or by keyword."""
    names = _path_parameters(call.module._get_kwargs)
    given = dict(zip(names, call.args, strict=False))
    given.update({name: call.kwargs[name] for name in names if name in call.kwargs})
    return given


def check_path(call: Call) -> None:
    """Refuse a path parameter that would make the URL name another resource (or none).

    httpx folds the dot segments ``.`` and ``..`` out of a URL (RFC 3986), so ``cancel("..")`` would act on
    the parent resource; an empty one names the collection; and a ``/``, although sent percent-encoded,
    is decoded into a separator by many servers and proxies before they route. Anything else is sent as
    one percent-encoded segment.
    """
    for name, value in path_values(call).items():
        if isinstance(value, str) and (value in _NOT_A_SEGMENT or "/" in value):
            raise InvalidArgumentError(
                f"{name}={value!r} cannot be sent: as a path segment it would name another resource "
                "(empty, '.', '..' or containing '/')"
            )


def _request_kwargs(call: Call, deadline: float | None = None) -> dict[str, Any]:
    check_path(call)
    try:
        kwargs: dict[str, Any] = call.module._get_kwargs(*call.args, **call.kwargs)
    except TypeError as exc:  # call() with arguments the operation does not take
        raise InvalidArgumentError(f"{call.module.__name__.rpartition('.')[2]}: {exc}") from None
    extensions = dict(kwargs.get("extensions", {}))
    if call.idempotent is not None:
        extensions[IDEMPOTENT] = call.idempotent
    if deadline is not None:
        extensions[DEADLINE] = deadline
    if extensions:
        kwargs["extensions"] = extensions
    return kwargs


def _finish(api: Any, vendor: Vendor, call: Call, response: httpx.Response) -> Any:
    """Raise for an error answer; otherwise the call's reading of the generated code's parse.

    The response is scrubbed (:func:`~mljobs._headers.scrub_response`) on every way it can leave: an error
    carries it. A success's reading never holds it, so a success costs no scrubbed copy of its request.
    """
    _raise_for_error(vendor, call, response)
    return _read(api, vendor, call, response)


def _raise_for_error(vendor: Vendor, call: Call, response: httpx.Response) -> None:
    """Raise the mljobs error of an error answer (its status, or what the vendor reads in it)."""
    error = vendor.error_for(response)
    if error is None and response.status_code >= 400:
        error = status_error(response)
    if error is not None:
        scrub_response(response)  # the error holds this very response object
        raise _naming_the_id(call, error)


def _read(api: Any, vendor: Vendor, call: Call, response: httpx.Response) -> Any:
    """A success's reading (see :func:`_finish`)."""
    try:
        with _Reading(response):
            if call.read_json is not None and response.status_code == 200:
                return call.read_json(response, loads(response.content))
            parsed = call.module._parse_response(client=_STRICT if call.strict else api, response=response)
            if call.strict and parsed is not None and isinstance(parsed, vendor.error_models):
                detail = f"; it parses as the error model {type(parsed).__name__}"
                raise _unlisted(call, scrub_response(response), detail)
            return parsed if call.read is None else call.read(response, parsed)
    except Exception as exc:
        if type(exc).__name__ != "UnexpectedStatus":  # the generated errors.UnexpectedStatus, of strict calls
            raise
        raise _unlisted(call, scrub_response(response)) from None


class _Reading:
    """Reading a success's answer: a bad value raises ResponseValidationError, and an error carries the answer scrubbed.

    A context manager as a class (every answer read enters one).
    """

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, MljobsError):
            scrub_response(self.response)  # e.g. a refusal read from a success status (SymetryML's 202) carries it
        elif isinstance(exc, PARSE_ERRORS):
            raise parse_failure(scrub_response(self.response), exc) from exc


def _naming_the_id(call: Call, error: MljobsError) -> MljobsError:
    """A not-found ``error`` whose message names the id that was not found (the call's last path parameter)."""
    values = list(path_values(call).items())
    if isinstance(error, NotFoundError) and values and error.args:
        name, value = values[-1]
        if str(value) not in str(error.args[0]):
            error.args = (f"{error.args[0]} ({name}={value!r})", *error.args[1:])
    return error


def _unlisted(call: Call, response: httpx.Response, detail: str = "") -> ResponseValidationError:
    return ResponseValidationError(
        f"{response.status_code} answer to {response.request.method} {response.request.url.path}: a status the "
        f"spec does not list as a success of {call.module.__name__.rpartition('.')[2]}{detail}",
        response=response,
        text=response.text,
    )


class _Client(Generic[ApiT, JobsT]):
    """The parts both twins share: ``api``, ``jobs``, ``with_options`` and a repr that never shows a secret."""

    _api: ApiT
    _jobs: JobsT
    vendor: Vendor
    _repr_fields: ClassVar[tuple[str, ...]] = ()
    #: The keyword arguments the client was made with (for :meth:`with_options`; never shown).
    _options: dict[str, Any]
    #: Whether an answer came from a simulator on a virtual clock (a timed-out wait says so).
    _virtual_clock: bool = False
    #: How the httpx client's ``base_url`` joins an operation's path (made on the first request).
    _join: UrlJoin | None = None

    def _note(self, response: httpx.Response) -> None:
        if response.headers.get(SIMULATOR_CLOCK) == "virtual":
            self._virtual_clock = True

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        """Remember the constructor's keyword arguments (every client takes keywords only)."""
        client = super().__new__(cls)
        client._options = dict(kwargs)
        return client

    def _http(self) -> Any:
        """The generated client's httpx client (sync or async, per twin)."""
        raise NotImplementedError

    def _borrowed_pool(self) -> Any:
        """The connection pool a copy borrows (None: the copy makes its own); per twin."""
        raise NotImplementedError

    def _share_sleep(self, copy: Any) -> None:
        """Give ``copy``'s retries this client's sleep (e.g. a simulator's clock); per twin."""
        raise NotImplementedError

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A copy of this client with another ``timeout`` and/or ``max_retries`` (None: keep this one's).

        The copy shares this client's connection pool (and a ``transport=`` or ``http_client=`` you passed);
        closing the copy leaves the pool open: close this client when done with both. Its ``jobs`` start
        with what this one's learnt (e.g. Domino's project of each job) and the clocks of ``sim.client()``.
        ``client.with_options(timeout=5).jobs.get(id)``.
        """
        options = dict(self._options)
        if timeout is not None:
            options["timeout"] = timeout
        if max_retries is not None:
            if options.get("http_client") is not None:
                raise ConfigurationError("max_retries does not apply to a client made with http_client= (no retries)")
            options["max_retries"] = max_retries
        borrowed = self._borrowed_pool()
        if borrowed is not None:
            options["transport"] = borrowed
        copy = type(self)(**options)
        carry_over = getattr(self._jobs, "_carry_over", None)
        if carry_over is not None:
            carry_over(copy._jobs)
        self._share_sleep(copy)
        return copy

    @property
    def api(self) -> ApiT:
        """The generated client (``mljobs_<vendor>``) for every operation of the spec, typed.

        It sends through this client's transport, retries and timeouts. ``client.call(operation, ...)``
        runs any of its operations with mljobs' errors as well (a generated ``sync()`` returns error
        models instead of raising).
        """
        return self._api

    @property
    def jobs(self) -> JobsT:
        """The jobs: ``list``, ``get``, ``cancel``, ``wait``, ``wait_all``, ``as_completed`` (and the vendor's own)."""
        return self._jobs

    def __repr__(self) -> str:
        """Show where the client connects (as whom, where a customer is named; a non-default ``api=``), no secret."""
        fields = {"base_url": self._api._base_url, **{name: getattr(self, name) for name in self._repr_fields}}
        api = self.vendor.api  # the API generation, for vendors with several
        if api is not None and api != VENDORS[self.vendor.name].apis[0]:
            fields["api"] = api
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in fields.items())})"


def _operation_call(operation: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Call:
    if not callable(getattr(operation, "_get_kwargs", None)) or not callable(
        getattr(operation, "_parse_response", None)
    ):
        raise InvalidArgumentError(
            f"call() takes a generated operation module such as mljobs_domino.api.jobs.get_job, got {operation!r}"
        )
    return Call(operation, args, kwargs, strict=True)


#: The client bases, in their twins (``mljobs._sync`` is generated from ``mljobs._async``), on first use.
__getattr__ = lazy_names(__name__, {"SyncBase": "mljobs._sync.client", "AsyncBase": "mljobs._async.client"})
