"""Contains all the data models used in inputs/outputs"""

from .job_info import JobInfo
from .job_info_details import JobInfoDetails
from .job_list_response import JobListResponse
from .job_list_values import JobListValues
from .job_response import JobResponse
from .job_values import JobValues
from .status_code import StatusCode

__all__ = (
    "JobInfo",
    "JobInfoDetails",
    "JobListResponse",
    "JobListValues",
    "JobResponse",
    "JobValues",
    "StatusCode",
)
