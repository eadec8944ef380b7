"""mljobs: typed clients for the jobs APIs of five ML platforms, with one way to page and wait.

>>> import mljobs
>>> client = mljobs.Rime(base_url="https://rime.example.com", api_key="...")
>>> for job in client.jobs.list(status=mljobs.JobState.RUNNING):
...     print(job.id, job.state, job.created_at)

Vendor clients are imported on first use, so ``import mljobs`` does not load every generated package.
``MLJOBS_LOG=debug`` (or ``info``) shows mljobs' own log lines on stderr, credentials masked.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CancelRejectedError,
    ConfigurationError,
    ConflictError,
    InvalidArgumentError,
    JobFailedError,
    JobsFailedError,
    MljobsError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._logging import configure_from_env as _configure_from_env
from ._models import Job, JobState
from ._pagination import AsyncPaginator, Page, Paginator

if TYPE_CHECKING:
    from .vendors.domino import AsyncDomino, Domino
    from .vendors.istari import AsyncIstari, Istari
    from .vendors.rime import AsyncRime, Rime
    from .vendors.symetryml import AsyncSymetryML, SymetryML
    from .vendors.vectara import AsyncVectara, Vectara

__version__ = "0.1.0"

#: Public client name -> the vendor module that defines it (imported on first access).
_LAZY = {
    "Rime": "rime",
    "AsyncRime": "rime",
    "Domino": "domino",
    "AsyncDomino": "domino",
    "Vectara": "vectara",
    "AsyncVectara": "vectara",
    "Istari": "istari",
    "AsyncIstari": "istari",
    "SymetryML": "symetryml",
    "AsyncSymetryML": "symetryml",
}

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDomino",
    "AsyncIstari",
    "AsyncPaginator",
    "AsyncRime",
    "AsyncSymetryML",
    "AsyncVectara",
    "AuthenticationError",
    "BadRequestError",
    "CancelRejectedError",
    "ConfigurationError",
    "ConflictError",
    "Domino",
    "InvalidArgumentError",
    "Istari",
    "Job",
    "JobFailedError",
    "JobState",
    "JobsFailedError",
    "MljobsError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "Rime",
    "ServerError",
    "SymetryML",
    "UnprocessableEntityError",
    "Vectara",
    "WaitTimeoutError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    """Import a vendor's client module the first time one of its names is used."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mljobs' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".vendors.{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


_configure_from_env()


for _name in __all__:
    _obj = globals().get(_name)
    if _obj is not None and getattr(_obj, "__module__", "").startswith("mljobs."):
        _obj.__module__ = "mljobs"
