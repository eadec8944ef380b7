"""The one registry of vendors: what every other part of mljobs needs to know about each, as data.

For each vendor: its client classes and the module that defines them, each constructor credential with
its environment variable (and whether it is a secret), what ``client.jobs.list()`` needs as scope, which
operations it has beyond list/get/wait, its simulator, the request headers that carry its credentials,
and the loopback port its cassettes are recorded on.

This module imports no vendor module and no simulator: reading it is free. The ``*_class()`` methods
import on demand.

>>> from mljobs._registry import VENDORS
>>> VENDORS["domino"].env_names()
('DOMINO_API_HOST', 'DOMINO_USER_API_KEY')
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ._errors import InvalidArgumentError

if TYPE_CHECKING:
    from .testing._core import VendorSimulator

__all__ = ["ALWAYS_SCRUBBED", "VENDORS", "Credential", "Scope", "VendorInfo", "recorded_as_redacted", "vendor"]

#: ``url``: where the service is; ``account``: an account identifier (shown in a client's repr, but kept
#: out of recordings); ``secret``: a key or token, never printed, logged, recorded or shown in a repr.
CredentialKind = Literal["url", "account", "secret"]


# The registry's records are NamedTuples, not attrs classes: immutable and compared by value all the same,
# and each costs a fraction of the milliseconds an attrs class takes to create (``import mljobs`` reads them).


class Credential(NamedTuple):
    """One keyword argument of a vendor client's constructor that says where and as whom to connect."""

    #: The constructor's keyword, e.g. ``api_key``.
    argument: str
    #: The environment variable it falls back to, e.g. ``DOMINO_USER_API_KEY``.
    env: str
    kind: CredentialKind
    #: What it is, for help texts and tables.
    description: str
    #: False when the client has a default (then ``default`` says what it is).
    required: bool = True
    default: str | None = None
    #: False when the client itself does not read ``env`` (the command line still does).
    client_reads_env: bool = True

    @property
    def secret(self) -> bool:
        """Whether the value must never be shown."""
        return self.kind == "secret"

    @property
    def option(self) -> str:
        """The command-line flag, e.g. ``--api-key``."""
        return "--" + self.argument.replace("_", "-")


class Scope(NamedTuple):
    """A keyword ``client.jobs.list()`` requires, e.g. Domino's ``project_id``."""

    argument: str
    #: The environment variable the command line reads it from.
    env: str
    description: str


class VendorInfo(NamedTuple):
    """Everything mljobs knows about one vendor, without importing anything of it."""

    #: The name used everywhere: ``mljobs.testing.serve(name)``, ``mljobs <name> list``, ``Job.vendor``.
    name: str
    #: The vendor's own name for people, e.g. ``Domino Data Lab``.
    title: str
    #: The sync client's name, e.g. ``Domino`` (the async one is ``AsyncDomino``).
    client: str
    credentials: tuple[Credential, ...]
    #: What ``client.jobs.list()`` needs (empty when it lists every job of the account).
    scope: tuple[Scope, ...] = ()
    #: Whether ``client.jobs.cancel(id)`` exists.
    can_cancel: bool = True
    #: Whether ``client.jobs.logs(id)`` exists.
    has_logs: bool = False
    #: Request headers that carry this vendor's credentials (lower case): masked, scrubbed, never logged.
    secret_headers: tuple[str, ...] = ()
    #: Other request headers recorded as REDACTED: they name the account, or change on every run.
    scrubbed_headers: tuple[str, ...] = ()
    #: The fixed loopback port cassettes are recorded on (recorded URLs must not change).
    record_port: int = 0
    #: Why there is no cancel, for error messages (when ``can_cancel`` is False).
    no_cancel_reason: str = ""
    #: The values of the client's ``api=``, the default (the vendor's current service) first and the seed
    #: document's last; empty when the vendor has one API generation.
    apis: tuple[str, ...] = ()
    #: Which vendor release the default of ``apis`` is taken from (and how it differs), for README's table.
    api_note: str = ""

    @property
    def sync_client(self) -> str:
        """The sync client's name, e.g. ``Domino``."""
        return self.client

    @property
    def async_client(self) -> str:
        """The async client's name, e.g. ``AsyncDomino``."""
        return "Async" + self.client

    @property
    def module(self) -> str:
        """The vendor's adapter (no I/O: states, filters, parsing), e.g. ``mljobs.vendors.domino``."""
        return f"mljobs.vendors.{self.name}"

    def client_module(self, *, asynchronous: bool = False) -> str:
        """The module of the clients: ``mljobs._async.<name>``, or its generated twin ``mljobs._sync.<name>``."""
        return f"mljobs.{'_async' if asynchronous else '_sync'}.{self.name}"

    @property
    def simulator_module(self) -> str:
        """The module that defines the simulator (class ``Simulator``)."""
        return f"mljobs.testing.{self.name}"

    @property
    def generated_package(self) -> str:
        """The generated client package, e.g. ``mljobs_domino``."""
        return f"mljobs_{self.name}"

    def client_class(self, *, asynchronous: bool = False) -> type[Any]:
        """The client class (``mljobs.Domino``, or ``mljobs.AsyncDomino``), imported on first use."""
        name = self.async_client if asynchronous else self.sync_client
        return getattr(importlib.import_module(self.client_module(asynchronous=asynchronous)), name)  # type: ignore[no-any-return]

    def jobs_class(self, *, asynchronous: bool = False) -> type[Any]:
        """The class of ``client.jobs`` (``DominoJobs``: the client's name plus ``Jobs``)."""
        name = (self.async_client if asynchronous else self.sync_client) + "Jobs"
        return getattr(importlib.import_module(self.client_module(asynchronous=asynchronous)), name)  # type: ignore[no-any-return]

    def simulator_class(self) -> type[VendorSimulator[Any, Any]]:
        """The simulator class (needs the ``testing`` extra)."""
        return importlib.import_module(self.simulator_module).Simulator  # type: ignore[no-any-return]

    def live_env(self) -> tuple[str, ...]:
        """The environment a live recording needs: every required credential, then the list scope."""
        return tuple(c.env for c in self.credentials if c.required) + tuple(s.env for s in self.scope)

    def env_names(self) -> tuple[str, ...]:
        """The environment variables of every credential, in constructor order."""
        return tuple(c.env for c in self.credentials)

    def environment(self, credentials: Mapping[str, Any]) -> dict[str, str]:
        """``{ENV_NAME: value}`` for the given constructor keywords (e.g. a simulator's ``credentials``)."""
        given = {c.env: credentials.get(c.argument) for c in self.credentials}
        return {env: str(value) for env, value in given.items() if value is not None}


def _url(env: str, **kwargs: Any) -> Credential:
    return Credential("base_url", env, "url", "base URL", **kwargs)


def _api_key(env: str, description: str = "API key") -> Credential:
    return Credential("api_key", env, "secret", description)


#: Every vendor, in the order mljobs lists them.
VENDORS: Mapping[str, VendorInfo] = {
    v.name: v
    for v in (
        VendorInfo(
            name="rime",
            title="Robust Intelligence (RIME)",
            client="Rime",
            credentials=(_url("RIME_API_URL"), _api_key("RIME_API_KEY")),
            secret_headers=("rime-api-key", "x-firewall-auth-token", "authorization"),
            record_port=18701,
            apis=("v1", "v1-beta"),
            api_note="`v1`: the `/v1/jobs` paths of rime-sdk 2.x (to 2.13.2), which list per project (`project_id=`)",
        ),
        VendorInfo(
            name="domino",
            title="Domino Data Lab",
            client="Domino",
            credentials=(_url("DOMINO_API_HOST"), _api_key("DOMINO_USER_API_KEY", "user API key")),
            scope=(Scope("project_id", "DOMINO_PROJECT_ID", "the project whose jobs to list"),),
            has_logs=True,
            secret_headers=("x-domino-api-key", "authorization"),
            record_port=18702,
            apis=("public", "document"),
            api_note="`public`: the Public API of Domino's dpa-gen spec (`{jobs, metadata}`, `JobV1`, `NewJobV1`)",
        ),
        VendorInfo(
            name="vectara",
            title="Vectara",
            client="Vectara",
            credentials=(
                Credential(
                    "customer_id", "VECTARA_CUSTOMER_ID", "account", 'customer id (api="v1" only)', required=False
                ),
                _api_key("VECTARA_API_KEY", "personal API key"),
                _url("VECTARA_BASE_URL", required=False, default="https://api.vectara.io"),
            ),
            can_cancel=False,
            no_cancel_reason="Vectara's v1 and v2 APIs have no operation that cancels a job",
            secret_headers=("x-api-key", "authorization"),
            scrubbed_headers=("customer-id",),
            record_port=18703,
            apis=("v2", "v1"),
            api_note="`v2`: `/v2/jobs` of the `vectara` SDK 0.4.3 and Vectara's v2 OpenAPI; `v1` retired 2025-08-16",
        ),
        VendorInfo(
            name="istari",
            title="Istari Digital",
            client="Istari",
            credentials=(_url("ISTARI_REGISTRY_URL"), _api_key("ISTARI_REGISTRY_AUTH_TOKEN", "personal access token")),
            secret_headers=("authorization",),
            record_port=18704,
        ),
        VendorInfo(
            name="symetryml",
            title="SymetryML",
            client="SymetryML",
            credentials=(
                _url("SYMETRYML_URL"),
                Credential("customer_id", "SYMETRYML_CUSTOMER_ID", "account", "customer id"),
                Credential("secret_key", "SYMETRYML_SECRET_KEY", "secret", "secret key (Base64) that signs requests"),
            ),
            secret_headers=("authorization",),
            scrubbed_headers=("sym-date", "content-md5"),
            record_port=18705,
        ),
    )
}


#: Request headers scrubbed from every recording, whatever the vendor.
ALWAYS_SCRUBBED = ("cookie",)


def recorded_as_redacted() -> tuple[str, ...]:
    """Every request header a cassette records as REDACTED: each vendor's secret and scrubbed headers."""
    names = [h for v in VENDORS.values() for h in (*v.secret_headers, *v.scrubbed_headers)] + list(ALWAYS_SCRUBBED)
    return tuple(dict.fromkeys(names))


def vendor(name: str) -> VendorInfo:
    """The vendor called ``name``; an InvalidArgumentError that lists the known ones otherwise."""
    try:
        return VENDORS[name]
    except (KeyError, TypeError):
        raise InvalidArgumentError(f"no vendor {name!r}; choose from {', '.join(VENDORS)}") from None
