"""Contains all the data models used in inputs/outputs"""

from .admin_job import AdminJob
from .admin_job_state import AdminJobState
from .admin_job_type import AdminJobType
from .admin_list_jobs_request import AdminListJobsRequest
from .admin_list_jobs_response import AdminListJobsResponse
from .comvectara_status import ComvectaraStatus
from .googlerpc_status import GooglerpcStatus
from .protobuf_any import ProtobufAny
from .vectara_status_code import VectaraStatusCode

__all__ = (
    "AdminJob",
    "AdminJobState",
    "AdminJobType",
    "AdminListJobsRequest",
    "AdminListJobsResponse",
    "ComvectaraStatus",
    "GooglerpcStatus",
    "ProtobufAny",
    "VectaraStatusCode",
)
