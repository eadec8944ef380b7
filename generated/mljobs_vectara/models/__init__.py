"""Contains all the data models used in inputs/outputs (each one's module is imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin_job import AdminJob
    from .admin_job_state import AdminJobState
    from .admin_job_type import AdminJobType
    from .admin_list_jobs_request import AdminListJobsRequest
    from .admin_list_jobs_response import AdminListJobsResponse
    from .bad_request_error import BadRequestError
    from .bad_request_error_field_errors import BadRequestErrorFieldErrors
    from .comvectara_status import ComvectaraStatus
    from .error import Error
    from .googlerpc_status import GooglerpcStatus
    from .job import Job
    from .job_state import JobState
    from .job_type import JobType
    from .list_jobs_response import ListJobsResponse
    from .list_metadata import ListMetadata
    from .not_found_error import NotFoundError
    from .protobuf_any import ProtobufAny
    from .vectara_status_code import VectaraStatusCode

#: The module of each model, relative to this package.
_MODULES = {
    "AdminJob": ".admin_job",
    "AdminJobState": ".admin_job_state",
    "AdminJobType": ".admin_job_type",
    "AdminListJobsRequest": ".admin_list_jobs_request",
    "AdminListJobsResponse": ".admin_list_jobs_response",
    "BadRequestError": ".bad_request_error",
    "BadRequestErrorFieldErrors": ".bad_request_error_field_errors",
    "ComvectaraStatus": ".comvectara_status",
    "Error": ".error",
    "GooglerpcStatus": ".googlerpc_status",
    "Job": ".job",
    "JobState": ".job_state",
    "JobType": ".job_type",
    "ListJobsResponse": ".list_jobs_response",
    "ListMetadata": ".list_metadata",
    "NotFoundError": ".not_found_error",
    "ProtobufAny": ".protobuf_any",
    "VectaraStatusCode": ".vectara_status_code",
}

__all__ = (
    "AdminJob",
    "AdminJobState",
    "AdminJobType",
    "AdminListJobsRequest",
    "AdminListJobsResponse",
    "BadRequestError",
    "BadRequestErrorFieldErrors",
    "ComvectaraStatus",
    "Error",
    "GooglerpcStatus",
    "Job",
    "JobState",
    "JobType",
    "ListJobsResponse",
    "ListMetadata",
    "NotFoundError",
    "ProtobufAny",
    "VectaraStatusCode",
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
