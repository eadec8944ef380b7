"""Contains all the data models used in inputs/outputs (each one's module is imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .archive import Archive
    from .archive_status_filter import ArchiveStatusFilter
    from .archive_status_name import ArchiveStatusName
    from .auth_delivery import AuthDelivery
    from .comment import Comment
    from .control_tag import ControlTag
    from .control_tag_status import ControlTagStatus
    from .file import File
    from .file_archive_status import FileArchiveStatus
    from .file_revision import FileRevision
    from .file_revision_archive_status import FileRevisionArchiveStatus
    from .function_status import FunctionStatus
    from .function_version import FunctionVersion
    from .http_error import HTTPError
    from .http_validation_error import HTTPValidationError
    from .infosec_level import InfosecLevel
    from .job import Job
    from .job_agent_information import JobAgentInformation
    from .job_status import JobStatus
    from .job_status_message import JobStatusMessage
    from .job_status_name import JobStatusName
    from .new_job_assigned_agent import NewJobAssignedAgent
    from .no_job_response import NoJobResponse
    from .no_op_response import NoOpResponse
    from .object_store_sha import ObjectStoreSha
    from .operating_system import OperatingSystem
    from .optional_total_page_job import OptionalTotalPageJob
    from .page_job import PageJob
    from .product import Product
    from .resource_archive_status import ResourceArchiveStatus
    from .restore import Restore
    from .source import Source
    from .token import Token
    from .tool_version import ToolVersion
    from .upstream_remote_info import UpstreamRemoteInfo
    from .usability_status_name import UsabilityStatusName
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext

#: The module of each model, relative to this package.
_MODULES = {
    "Archive": ".archive",
    "ArchiveStatusFilter": ".archive_status_filter",
    "ArchiveStatusName": ".archive_status_name",
    "AuthDelivery": ".auth_delivery",
    "Comment": ".comment",
    "ControlTag": ".control_tag",
    "ControlTagStatus": ".control_tag_status",
    "File": ".file",
    "FileArchiveStatus": ".file_archive_status",
    "FileRevision": ".file_revision",
    "FileRevisionArchiveStatus": ".file_revision_archive_status",
    "FunctionStatus": ".function_status",
    "FunctionVersion": ".function_version",
    "HTTPError": ".http_error",
    "HTTPValidationError": ".http_validation_error",
    "InfosecLevel": ".infosec_level",
    "Job": ".job",
    "JobAgentInformation": ".job_agent_information",
    "JobStatus": ".job_status",
    "JobStatusMessage": ".job_status_message",
    "JobStatusName": ".job_status_name",
    "NewJobAssignedAgent": ".new_job_assigned_agent",
    "NoJobResponse": ".no_job_response",
    "NoOpResponse": ".no_op_response",
    "ObjectStoreSha": ".object_store_sha",
    "OperatingSystem": ".operating_system",
    "OptionalTotalPageJob": ".optional_total_page_job",
    "PageJob": ".page_job",
    "Product": ".product",
    "ResourceArchiveStatus": ".resource_archive_status",
    "Restore": ".restore",
    "Source": ".source",
    "Token": ".token",
    "ToolVersion": ".tool_version",
    "UpstreamRemoteInfo": ".upstream_remote_info",
    "UsabilityStatusName": ".usability_status_name",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
}

__all__ = (
    "Archive",
    "ArchiveStatusFilter",
    "ArchiveStatusName",
    "AuthDelivery",
    "Comment",
    "ControlTag",
    "ControlTagStatus",
    "File",
    "FileArchiveStatus",
    "FileRevision",
    "FileRevisionArchiveStatus",
    "FunctionStatus",
    "FunctionVersion",
    "HTTPError",
    "HTTPValidationError",
    "InfosecLevel",
    "Job",
    "JobAgentInformation",
    "JobStatus",
    "JobStatusMessage",
    "JobStatusName",
    "NewJobAssignedAgent",
    "NoJobResponse",
    "NoOpResponse",
    "ObjectStoreSha",
    "OperatingSystem",
    "OptionalTotalPageJob",
    "PageJob",
    "Product",
    "ResourceArchiveStatus",
    "Restore",
    "Source",
    "Token",
    "ToolVersion",
    "UpstreamRemoteInfo",
    "UsabilityStatusName",
    "ValidationError",
    "ValidationErrorContext",
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
