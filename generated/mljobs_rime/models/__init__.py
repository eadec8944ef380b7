"""Contains all the data models used in inputs/outputs (each one's module is imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

#: The module of each model, relative to this package.
_MODULES = {
    "CrossplanetaskCrossPlaneResponse": ".crossplanetask_cross_plane_response",
    "GooglerpcStatus": ".googlerpc_status",
    "ProtobufAny": ".protobuf_any",
    "RimeArchivedJobLogs": ".rime_archived_job_logs",
    "RimeCancelJobRequest": ".rime_cancel_job_request",
    "RimeCancelJobResponse": ".rime_cancel_job_response",
    "RimeContinuousTestJobProgress": ".rime_continuous_test_job_progress",
    "RimeContinuousTestRunProgress": ".rime_continuous_test_run_progress",
    "RimeGenerativeModelTestProgress": ".rime_generative_model_test_progress",
    "RimeGetJobResponse": ".rime_get_job_response",
    "RimeGetProjectIDResponse": ".rime_get_project_id_response",
    "RimeGetTestRunIDResponse": ".rime_get_test_run_id_response",
    "RimeJobData": ".rime_job_data",
    "RimeJobDataContinuousIncrementalTest": ".rime_job_data_continuous_incremental_test",
    "RimeJobDataFileScan": ".rime_job_data_file_scan",
    "RimeJobDataGenerativeModelTest": ".rime_job_data_generative_model_test",
    "RimeJobDataStressTest": ".rime_job_data_stress_test",
    "RimeJobMetadata": ".rime_job_metadata",
    "RimeJobType": ".rime_job_type",
    "RimeJobView": ".rime_job_view",
    "RimeListGAITestJobResponse": ".rime_list_gai_test_job_response",
    "RimeListGAITestJobsRequestQuery": ".rime_list_gai_test_jobs_request_query",
    "RimeListJobsForProjectRequestQuery": ".rime_list_jobs_for_project_request_query",
    "RimeListJobsForProjectResponse": ".rime_list_jobs_for_project_response",
    "RimeListJobsRequestQuery": ".rime_list_jobs_request_query",
    "RimeListJobsResponse": ".rime_list_jobs_response",
    "RimeSafeURL": ".rime_safe_url",
    "RimeStressTestJobProgress": ".rime_stress_test_job_progress",
    "RimeTerminationReason": ".rime_termination_reason",
    "RimeTestRunProgress": ".rime_test_run_progress",
    "RimeTestTaskStatus": ".rime_test_task_status",
    "RimeUUID": ".rime_uuid",
    "StatedbJobStatus": ".statedb_job_status",
    "TestRunProgressTestBatchProgress": ".test_run_progress_test_batch_progress",
}

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
