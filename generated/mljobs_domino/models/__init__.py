"""Contains all the data models used in inputs/outputs"""

from .failure import Failure
from .hardware_tier_entry import HardwareTierEntry
from .hardware_tier_entry_hardware_tier import HardwareTierEntryHardwareTier
from .job import Job
from .job_goal_link import JobGoalLink
from .job_list import JobList
from .job_status import JobStatus
from .job_tag import JobTag
from .new_job_tag import NewJobTag
from .project import Project
from .run_stdout import RunStdout
from .start_job_request import StartJobRequest
from .stop_job_request import StopJobRequest
from .v4_job import V4Job
from .v4_job_commit_details import V4JobCommitDetails
from .v4_job_statuses import V4JobStatuses
from .v4_stage_time import V4StageTime
from .v4_start_job_request import V4StartJobRequest
from .v4_start_job_request_compute_cluster_properties_type_0 import V4StartJobRequestComputeClusterPropertiesType0
from .v4_start_job_request_main_repo_git_ref_type_0 import V4StartJobRequestMainRepoGitRefType0
from .v4_start_job_request_on_demand_spark_cluster_properties_type_0 import (
    V4StartJobRequestOnDemandSparkClusterPropertiesType0,
)
from .version import Version

__all__ = (
    "Failure",
    "HardwareTierEntry",
    "HardwareTierEntryHardwareTier",
    "Job",
    "JobGoalLink",
    "JobList",
    "JobStatus",
    "JobTag",
    "NewJobTag",
    "Project",
    "RunStdout",
    "StartJobRequest",
    "StopJobRequest",
    "V4Job",
    "V4JobCommitDetails",
    "V4JobStatuses",
    "V4StageTime",
    "V4StartJobRequest",
    "V4StartJobRequestComputeClusterPropertiesType0",
    "V4StartJobRequestMainRepoGitRefType0",
    "V4StartJobRequestOnDemandSparkClusterPropertiesType0",
    "Version",
)
