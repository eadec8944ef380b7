"""mljobs: typed clients for the jobs APIs of five ML platforms, with one way to page and wait.

>>> import mljobs
>>> client = mljobs.Rime(base_url="https://rime.example.com", api_key="...")
>>> for job in client.jobs.list(status=mljobs.JobState.RUNNING):
...     print(job.id, job.state, job.created_at)

Vendor clients are imported on first use, so ``import mljobs`` does not load every generated package.
``MLJOBS_LOG=debug`` (or ``info``) shows mljobs' own log lines on stderr, credentials masked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _errors
from ._async.pagination import AsyncPaginator
from ._errors import *  # noqa: F403 (the error tree: its __all__ is added to ours below)
from ._logging import configure_from_env as _configure_from_env
from ._models import Job, JobState
from ._pagination import Page
from ._registry import VENDORS as _VENDORS
from ._sync.pagination import Paginator

# <vendors: client imports> written by scripts/generate.py from src/mljobs/_registry.py
# fmt: off
if TYPE_CHECKING:
    from ._async.domino import AsyncDomino
    from ._async.istari import AsyncIstari
    from ._async.rime import AsyncRime
    from ._async.symetryml import AsyncSymetryML
    from ._async.vectara import AsyncVectara
    from ._sync.domino import Domino
    from ._sync.istari import Istari
    from ._sync.rime import Rime
    from ._sync.symetryml import SymetryML
    from ._sync.vectara import Vectara
# fmt: on
# </vendors: client imports>

__version__ = "0.1.0"

#: Public client name -> its vendor (the registry's names; the class is imported on first access).
_LAZY = {client: info.name for info in _VENDORS.values() for client in (info.sync_client, info.async_client)}

__all__ = [
    "AsyncPaginator",
    "Job",
    "JobState",
    "Page",
    "Paginator",
    "__version__",
]
__all__ += _errors.__all__
# <vendors: client names> written by scripts/generate.py from src/mljobs/_registry.py
# fmt: off
__all__ += [
    "AsyncDomino",
    "AsyncIstari",
    "AsyncRime",
    "AsyncSymetryML",
    "AsyncVectara",
    "Domino",
    "Istari",
    "Rime",
    "SymetryML",
    "Vectara",
]
# fmt: on
# </vendors: client names>


def __getattr__(name: str) -> Any:
    """Import a vendor's client module the first time one of its names is used."""
    vendor = _LAZY.get(name)
    if vendor is None:
        raise AttributeError(f"module 'mljobs' has no attribute {name!r}")
    value = _VENDORS[vendor].client_class(asynchronous=name.startswith("Async"))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


_configure_from_env()


for _name in __all__:
    _obj = globals().get(_name)
    if _obj is not None and getattr(_obj, "__module__", "").startswith("mljobs."):
        _obj.__module__ = "mljobs"
