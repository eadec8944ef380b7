"""Contains all the data models used in inputs/outputs"""

from .delete_envelope_v1 import DeleteEnvelopeV1
from .failure_envelope_v1 import FailureEnvelopeV1
from .goal_envelope_v1 import GoalEnvelopeV1
from .invalid_body_envelope_v1 import InvalidBodyEnvelopeV1
from .job import Job
from .job_goal_link import JobGoalLink
from .job_list import JobList
from .job_log_type import JobLogType
from .job_status import JobStatus
from .linked_goal_v1 import LinkedGoalV1
from .metadata_v1 import MetadataV1
from .new_job_tag import NewJobTag
from .paginated_goal_envelope_v1 import PaginatedGoalEnvelopeV1
from .start_job_request import StartJobRequest
from .stop_job_request import StopJobRequest
from .tag_envelope_v1 import TagEnvelopeV1
from .tag_v1 import TagV1
from .v1_run_stdout import V1RunStdout
from .v4_cluster_properties import V4ClusterProperties
from .v4_commit_details import V4CommitDetails
from .v4_error_body import V4ErrorBody
from .v4_git_ref import V4GitRef
from .v4_hardware_tier import V4HardwareTier
from .v4_hardware_tier_entry import V4HardwareTierEntry
from .v4_job import V4Job
from .v4_job_statuses import V4JobStatuses
from .v4_project import V4Project
from .v4_queued_job_history_details import V4QueuedJobHistoryDetails
from .v4_stage_time import V4StageTime
from .v4_start_job_request import V4StartJobRequest
from .v4_started_by import V4StartedBy
from .version import Version

__all__ = (
    "DeleteEnvelopeV1",
    "FailureEnvelopeV1",
    "GoalEnvelopeV1",
    "InvalidBodyEnvelopeV1",
    "Job",
    "JobGoalLink",
    "JobList",
    "JobLogType",
    "JobStatus",
    "LinkedGoalV1",
    "MetadataV1",
    "NewJobTag",
    "PaginatedGoalEnvelopeV1",
    "StartJobRequest",
    "StopJobRequest",
    "TagEnvelopeV1",
    "TagV1",
    "V1RunStdout",
    "V4ClusterProperties",
    "V4CommitDetails",
    "V4ErrorBody",
    "V4GitRef",
    "V4HardwareTier",
    "V4HardwareTierEntry",
    "V4Job",
    "V4JobStatuses",
    "V4Project",
    "V4QueuedJobHistoryDetails",
    "V4StageTime",
    "V4StartedBy",
    "V4StartJobRequest",
    "Version",
)
