"""Contains all the data models used in inputs/outputs"""

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
