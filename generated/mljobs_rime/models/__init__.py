"""Contains all the data models used in inputs/outputs"""

from .crossplanetask_cross_plane_response import CrossplanetaskCrossPlaneResponse
from .googlerpc_status import GooglerpcStatus
from .protobuf_any import ProtobufAny
from .rime_archived_job_logs import RimeArchivedJobLogs
from .rime_cancel_job_request import RimeCancelJobRequest
from .rime_cancel_job_response import RimeCancelJobResponse
from .rime_continuous_test_job_progress import RimeContinuousTestJobProgress
from .rime_continuous_test_run_progress import RimeContinuousTestRunProgress
from .rime_generative_model_test_progress import RimeGenerativeModelTestProgress
from .rime_get_job_response import RimeGetJobResponse
from .rime_get_project_id_response import RimeGetProjectIDResponse
from .rime_get_test_run_id_response import RimeGetTestRunIDResponse
from .rime_job_data import RimeJobData
from .rime_job_data_continuous_incremental_test import RimeJobDataContinuousIncrementalTest
from .rime_job_data_file_scan import RimeJobDataFileScan
from .rime_job_data_generative_model_test import RimeJobDataGenerativeModelTest
from .rime_job_data_stress_test import RimeJobDataStressTest
from .rime_job_metadata import RimeJobMetadata
from .rime_job_type import RimeJobType
from .rime_job_view import RimeJobView
from .rime_list_gai_test_job_response import RimeListGAITestJobResponse
from .rime_list_gai_test_jobs_request_query import RimeListGAITestJobsRequestQuery
from .rime_list_jobs_for_project_request_query import RimeListJobsForProjectRequestQuery
from .rime_list_jobs_for_project_response import RimeListJobsForProjectResponse
from .rime_list_jobs_request_query import RimeListJobsRequestQuery
from .rime_list_jobs_response import RimeListJobsResponse
from .rime_safe_url import RimeSafeURL
from .rime_stress_test_job_progress import RimeStressTestJobProgress
from .rime_termination_reason import RimeTerminationReason
from .rime_test_run_progress import RimeTestRunProgress
from .rime_test_task_status import RimeTestTaskStatus
from .rime_uuid import RimeUUID
from .statedb_job_status import StatedbJobStatus
from .test_run_progress_test_batch_progress import TestRunProgressTestBatchProgress

__all__ = (
    "CrossplanetaskCrossPlaneResponse",
    "GooglerpcStatus",
    "ProtobufAny",
    "RimeArchivedJobLogs",
    "RimeCancelJobRequest",
    "RimeCancelJobResponse",
    "RimeContinuousTestJobProgress",
    "RimeContinuousTestRunProgress",
    "RimeGenerativeModelTestProgress",
    "RimeGetJobResponse",
    "RimeGetProjectIDResponse",
    "RimeGetTestRunIDResponse",
    "RimeJobData",
    "RimeJobDataContinuousIncrementalTest",
    "RimeJobDataFileScan",
    "RimeJobDataGenerativeModelTest",
    "RimeJobDataStressTest",
    "RimeJobMetadata",
    "RimeJobType",
    "RimeJobView",
    "RimeListGAITestJobResponse",
    "RimeListGAITestJobsRequestQuery",
    "RimeListJobsForProjectRequestQuery",
    "RimeListJobsForProjectResponse",
    "RimeListJobsRequestQuery",
    "RimeListJobsResponse",
    "RimeSafeURL",
    "RimeStressTestJobProgress",
    "RimeTerminationReason",
    "RimeTestRunProgress",
    "RimeTestTaskStatus",
    "RimeUUID",
    "StatedbJobStatus",
    "TestRunProgressTestBatchProgress",
)
