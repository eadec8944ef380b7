"""Contains all the data models used in inputs/outputs (each one's module is imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .commit_details_v1 import CommitDetailsV1
    from .compute_cluster_config_v1 import ComputeClusterConfigV1
    from .dataset_mount_v1 import DatasetMountV1
    from .delete_envelope_v1 import DeleteEnvelopeV1
    from .domino_stats_v1 import DominoStatsV1
    from .external_volume_mount_v1 import ExternalVolumeMountV1
    from .failure_envelope_v1 import FailureEnvelopeV1
    from .get_jobs_sort_by import GetJobsSortBy
    from .get_jobs_status_filter import GetJobsStatusFilter
    from .git_ref_v1 import GitRefV1
    from .goal_envelope_v1 import GoalEnvelopeV1
    from .invalid_body_envelope_v1 import InvalidBodyEnvelopeV1
    from .job import Job
    from .job_envelope_v1 import JobEnvelopeV1
    from .job_goal_link import JobGoalLink
    from .job_list import JobList
    from .job_log_type import JobLogType
    from .job_logs_v1 import JobLogsV1
    from .job_status import JobStatus
    from .job_status_v1 import JobStatusV1
    from .job_usage_v1 import JobUsageV1
    from .job_v1 import JobV1
    from .linked_goal_v1 import LinkedGoalV1
    from .log_content_v1 import LogContentV1
    from .logs_envelope_v1 import LogsEnvelopeV1
    from .logs_envelope_v1_metadata import LogsEnvelopeV1Metadata
    from .logs_pagination_v1 import LogsPaginationV1
    from .metadata_v1 import MetadataV1
    from .mounted_git_repo_v1 import MountedGitRepoV1
    from .mounted_project_v1 import MountedProjectV1
    from .net_app_volume_mount_v1 import NetAppVolumeMountV1
    from .new_job_tag import NewJobTag
    from .new_job_v1 import NewJobV1
    from .paginated_goal_envelope_v1 import PaginatedGoalEnvelopeV1
    from .paginated_job_envelope_v1 import PaginatedJobEnvelopeV1
    from .paginated_metadata_v1 import PaginatedMetadataV1
    from .stage_times_v1 import StageTimesV1
    from .start_job_request import StartJobRequest
    from .stop_job_request import StopJobRequest
    from .tag_envelope_v1 import TagEnvelopeV1
    from .tag_v1 import TagV1
    from .v1_diagnostic_statistic import V1DiagnosticStatistic
    from .v1_diagnostic_statistics import V1DiagnosticStatistics
    from .v1_run import V1Run
    from .v1_run_list import V1RunList
    from .v1_run_stdout import V1RunStdout
    from .v1_start_run_request import V1StartRunRequest
    from .v1_start_run_response import V1StartRunResponse
    from .v4_cluster_properties import V4ClusterProperties
    from .v4_commit_details import V4CommitDetails
    from .v4_environment import V4Environment
    from .v4_error_body import V4ErrorBody
    from .v4_git_ref import V4GitRef
    from .v4_hardware_tier import V4HardwareTier
    from .v4_hardware_tier_entry import V4HardwareTierEntry
    from .v4_job import V4Job
    from .v4_job_list import V4JobList
    from .v4_job_statuses import V4JobStatuses
    from .v4_jobs_order_by import V4JobsOrderBy
    from .v4_jobs_status_filter import V4JobsStatusFilter
    from .v4_project import V4Project
    from .v4_queued_job_history_details import V4QueuedJobHistoryDetails
    from .v4_restart_job_request import V4RestartJobRequest
    from .v4_runtime_execution_details import V4RuntimeExecutionDetails
    from .v4_sort_direction import V4SortDirection
    from .v4_stage_time import V4StageTime
    from .v4_start_job_request import V4StartJobRequest
    from .v4_started_by import V4StartedBy
    from .v4_useable_environments import V4UseableEnvironments
    from .version import Version

#: The module of each model, relative to this package.
_MODULES = {
    "CommitDetailsV1": ".commit_details_v1",
    "ComputeClusterConfigV1": ".compute_cluster_config_v1",
    "DatasetMountV1": ".dataset_mount_v1",
    "DeleteEnvelopeV1": ".delete_envelope_v1",
    "DominoStatsV1": ".domino_stats_v1",
    "ExternalVolumeMountV1": ".external_volume_mount_v1",
    "FailureEnvelopeV1": ".failure_envelope_v1",
    "GetJobsSortBy": ".get_jobs_sort_by",
    "GetJobsStatusFilter": ".get_jobs_status_filter",
    "GitRefV1": ".git_ref_v1",
    "GoalEnvelopeV1": ".goal_envelope_v1",
    "InvalidBodyEnvelopeV1": ".invalid_body_envelope_v1",
    "Job": ".job",
    "JobEnvelopeV1": ".job_envelope_v1",
    "JobGoalLink": ".job_goal_link",
    "JobList": ".job_list",
    "JobLogType": ".job_log_type",
    "JobLogsV1": ".job_logs_v1",
    "JobStatus": ".job_status",
    "JobStatusV1": ".job_status_v1",
    "JobUsageV1": ".job_usage_v1",
    "JobV1": ".job_v1",
    "LinkedGoalV1": ".linked_goal_v1",
    "LogContentV1": ".log_content_v1",
    "LogsEnvelopeV1": ".logs_envelope_v1",
    "LogsEnvelopeV1Metadata": ".logs_envelope_v1_metadata",
    "LogsPaginationV1": ".logs_pagination_v1",
    "MetadataV1": ".metadata_v1",
    "MountedGitRepoV1": ".mounted_git_repo_v1",
    "MountedProjectV1": ".mounted_project_v1",
    "NetAppVolumeMountV1": ".net_app_volume_mount_v1",
    "NewJobTag": ".new_job_tag",
    "NewJobV1": ".new_job_v1",
    "PaginatedGoalEnvelopeV1": ".paginated_goal_envelope_v1",
    "PaginatedJobEnvelopeV1": ".paginated_job_envelope_v1",
    "PaginatedMetadataV1": ".paginated_metadata_v1",
    "StageTimesV1": ".stage_times_v1",
    "StartJobRequest": ".start_job_request",
    "StopJobRequest": ".stop_job_request",
    "TagEnvelopeV1": ".tag_envelope_v1",
    "TagV1": ".tag_v1",
    "V1DiagnosticStatistic": ".v1_diagnostic_statistic",
    "V1DiagnosticStatistics": ".v1_diagnostic_statistics",
    "V1Run": ".v1_run",
    "V1RunList": ".v1_run_list",
    "V1RunStdout": ".v1_run_stdout",
    "V1StartRunRequest": ".v1_start_run_request",
    "V1StartRunResponse": ".v1_start_run_response",
    "V4ClusterProperties": ".v4_cluster_properties",
    "V4CommitDetails": ".v4_commit_details",
    "V4Environment": ".v4_environment",
    "V4ErrorBody": ".v4_error_body",
    "V4GitRef": ".v4_git_ref",
    "V4HardwareTier": ".v4_hardware_tier",
    "V4HardwareTierEntry": ".v4_hardware_tier_entry",
    "V4Job": ".v4_job",
    "V4JobList": ".v4_job_list",
    "V4JobStatuses": ".v4_job_statuses",
    "V4JobsOrderBy": ".v4_jobs_order_by",
    "V4JobsStatusFilter": ".v4_jobs_status_filter",
    "V4Project": ".v4_project",
    "V4QueuedJobHistoryDetails": ".v4_queued_job_history_details",
    "V4RestartJobRequest": ".v4_restart_job_request",
    "V4RuntimeExecutionDetails": ".v4_runtime_execution_details",
    "V4SortDirection": ".v4_sort_direction",
    "V4StageTime": ".v4_stage_time",
    "V4StartJobRequest": ".v4_start_job_request",
    "V4StartedBy": ".v4_started_by",
    "V4UseableEnvironments": ".v4_useable_environments",
    "Version": ".version",
}

__all__ = (
    "CommitDetailsV1",
    "ComputeClusterConfigV1",
    "DatasetMountV1",
    "DeleteEnvelopeV1",
    "DominoStatsV1",
    "ExternalVolumeMountV1",
    "FailureEnvelopeV1",
    "GetJobsSortBy",
    "GetJobsStatusFilter",
    "GitRefV1",
    "GoalEnvelopeV1",
    "InvalidBodyEnvelopeV1",
    "Job",
    "JobEnvelopeV1",
    "JobGoalLink",
    "JobList",
    "JobLogsV1",
    "JobLogType",
    "JobStatus",
    "JobStatusV1",
    "JobUsageV1",
    "JobV1",
    "LinkedGoalV1",
    "LogContentV1",
    "LogsEnvelopeV1",
    "LogsEnvelopeV1Metadata",
    "LogsPaginationV1",
    "MetadataV1",
    "MountedGitRepoV1",
    "MountedProjectV1",
    "NetAppVolumeMountV1",
    "NewJobTag",
    "NewJobV1",
    "PaginatedGoalEnvelopeV1",
    "PaginatedJobEnvelopeV1",
    "PaginatedMetadataV1",
    "StageTimesV1",
    "StartJobRequest",
    "StopJobRequest",
    "TagEnvelopeV1",
    "TagV1",
    "V1DiagnosticStatistic",
    "V1DiagnosticStatistics",
    "V1Run",
    "V1RunList",
    "V1RunStdout",
    "V1StartRunRequest",
    "V1StartRunResponse",
    "V4ClusterProperties",
    "V4CommitDetails",
    "V4Environment",
    "V4ErrorBody",
    "V4GitRef",
    "V4HardwareTier",
    "V4HardwareTierEntry",
    "V4Job",
    "V4JobList",
    "V4JobsOrderBy",
    "V4JobsStatusFilter",
    "V4JobStatuses",
    "V4Project",
    "V4QueuedJobHistoryDetails",
    "V4RestartJobRequest",
    "V4RuntimeExecutionDetails",
    "V4SortDirection",
    "V4StageTime",
    "V4StartedBy",
    "V4StartJobRequest",
    "V4UseableEnvironments",
    "Version",
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
