"""Contains all the data models used in inputs/outputs (each one's module is imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .job_info import JobInfo
    from .job_info_details import JobInfoDetails
    from .job_list_response import JobListResponse
    from .job_list_values import JobListValues
    from .job_response import JobResponse
    from .job_values import JobValues
    from .status_code import StatusCode

#: The module of each model, relative to this package.
_MODULES = {
    "JobInfo": ".job_info",
    "JobInfoDetails": ".job_info_details",
    "JobListResponse": ".job_list_response",
    "JobListValues": ".job_list_values",
    "JobResponse": ".job_response",
    "JobValues": ".job_values",
    "StatusCode": ".status_code",
}

__all__ = (
    "JobInfo",
    "JobInfoDetails",
    "JobListResponse",
    "JobListValues",
    "JobResponse",
    "JobValues",
    "StatusCode",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
