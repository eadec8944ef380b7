"""Contains all the data models used in inputs/outputs"""

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
