from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rime_job_type import RimeJobType
from ..models.rime_termination_reason import RimeTerminationReason
from ..models.statedb_job_status import StatedbJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeJobMetadata")


@_attrs_define
class RimeJobMetadata:
    """
    Attributes:
        job_id (str | Unset): The identifier within our job tracking system.
        termination_reason (RimeTerminationReason | Unset): Why the job ended.
              - TERMINATION_REASON_OOMKILLED: The job was terminated for using more memory than the amount
                assigned to the job.
              - TERMINATION_REASON_GENERIC_ERROR: This is the catch-all error and is typically used for user errors.
              - TERMINATION_REASON_INTERNAL_ERROR: Specifies a system error. Contact the support team.
            UNSPECIFIED, NOT_TERMINATED and COMPLETED come from rime-sdk 0.20.x; the field is gone in 2.x.
        job_type (RimeJobType | Unset): The type of the job. Values from rime-sdk 2.13.2 (and
            FIREWALL_TEST_FROM_REFERENCE from 0.20.x);
            the document lists none.
        status (StatedbJobStatus | Unset): The job's status.
              - JOB_STATUS_UNSPECIFIED: No status set.
              - JOB_STATUS_REQUESTED: The job descriptor exists but has no resources allocated. Jobs that remain
                in this status without moving to the PENDING status are at risk of entering the FAILED status.
              - JOB_STATUS_PENDING: Resources have been created for the job but the job has not started yet.
              - JOB_STATUS_RUNNING: The job is running.
              - JOB_STATUS_SUCCEEDED: The job finished successfully (terminal).
              - JOB_STATUS_FAILED: Blanket status for user or system-related job failure (terminal). Check the
                Termination Reason (`errorMsg` in 2.x) for details.
              - JOB_STATUS_CANCELLED: Job has been cancelled. Cancelled jobs cannot be recovered (terminal).
              - JOB_STATUS_RECONCILING: Job is being reconciled by the operator (in the document only).
        start_time (datetime.datetime | Unset): The start time of the job (when the job transitions in state to
            RUNNING). Note, this may not be
            populated immediately when the job is created.
        creation_time (datetime.datetime | Unset): The time the job was created.
        completion_time (datetime.datetime | Unset): The time the job entered a terminal state (rime-sdk 2.x; not in the
            document).
        running_time_secs (float | Unset): The total running time a job took to complete if the job is finished or the
            current running time
            if the job is still in progress (seconds).
        job_data (RimeJobData | Unset): Job-type specific data; one key is set. Note that progress may not be populated
            depending on the
            parameters of the request.
        job_progress_str (str | Unset): Pretty-printed, human-readable representation of job progress. This will only be
            populated for
            Read methods with the FULL job view. Note: this is unstable, do not rely on parsing this.
        cancellation_requested (bool | Unset): Marked when the job has been requested to be cancelled by the user. This
            is declarative; once the
            user requests cancellation, the backend will conduct garbage collection on the job in the
            background and eventually update the status of the job to CANCELLED.
        agent_id (RimeUUID | Unset): Unique ID of an object in RIME.
        archived_job_logs (RimeArchivedJobLogs | Unset):
        error_msg (str | Unset): User-facing error message of a failed job (rime-sdk 2.x; not in the document).
    """

    job_id: str | Unset = UNSET
    termination_reason: RimeTerminationReason | Unset = UNSET
    job_type: RimeJobType | Unset = UNSET
    status: StatedbJobStatus | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    completion_time: datetime.datetime | Unset = UNSET
    running_time_secs: float | Unset = UNSET
    job_data: RimeJobData | Unset = UNSET
    job_progress_str: str | Unset = UNSET
    cancellation_requested: bool | Unset = UNSET
    agent_id: RimeUUID | Unset = UNSET
    archived_job_logs: RimeArchivedJobLogs | Unset = UNSET
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        termination_reason: str | Unset = UNSET
        if not isinstance(self.termination_reason, Unset):
            termination_reason = self.termination_reason.value

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        completion_time: str | Unset = UNSET
        if not isinstance(self.completion_time, Unset):
            completion_time = self.completion_time.isoformat()

        running_time_secs = self.running_time_secs

        job_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_data, Unset):
            job_data = self.job_data.to_dict()

        job_progress_str = self.job_progress_str

        cancellation_requested = self.cancellation_requested

        agent_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_id, Unset):
            agent_id = self.agent_id.to_dict()

        archived_job_logs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.archived_job_logs, Unset):
            archived_job_logs = self.archived_job_logs.to_dict()

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if termination_reason is not UNSET:
            field_dict["terminationReason"] = termination_reason
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if status is not UNSET:
            field_dict["status"] = status
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if completion_time is not UNSET:
            field_dict["completionTime"] = completion_time
        if running_time_secs is not UNSET:
            field_dict["runningTimeSecs"] = running_time_secs
        if job_data is not UNSET:
            field_dict["jobData"] = job_data
        if job_progress_str is not UNSET:
            field_dict["jobProgressStr"] = job_progress_str
        if cancellation_requested is not UNSET:
            field_dict["cancellationRequested"] = cancellation_requested
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if archived_job_logs is not UNSET:
            field_dict["archivedJobLogs"] = archived_job_logs
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        _termination_reason = d.pop("terminationReason", UNSET)
        termination_reason: RimeTerminationReason | Unset
        if isinstance(_termination_reason, Unset):
            termination_reason = UNSET
        else:
            termination_reason = RimeTerminationReason(_termination_reason)

        _job_type = d.pop("jobType", UNSET)
        job_type: RimeJobType | Unset
        if isinstance(_job_type, Unset):
            job_type = UNSET
        else:
            job_type = RimeJobType(_job_type)

        _status = d.pop("status", UNSET)
        status: StatedbJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatedbJobStatus(_status)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        _completion_time = d.pop("completionTime", UNSET)
        completion_time: datetime.datetime | Unset
        if isinstance(_completion_time, Unset):
            completion_time = UNSET
        else:
            completion_time = datetime.datetime.fromisoformat(_completion_time)

        running_time_secs = d.pop("runningTimeSecs", UNSET)

        _job_data = d.pop("jobData", UNSET)
        job_data: RimeJobData | Unset
        if isinstance(_job_data, Unset):
            job_data = UNSET
        else:
            job_data = RimeJobData.from_dict(_job_data)

        job_progress_str = d.pop("jobProgressStr", UNSET)

        cancellation_requested = d.pop("cancellationRequested", UNSET)

        _agent_id = d.pop("agentId", UNSET)
        agent_id: RimeUUID | Unset
        if isinstance(_agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = RimeUUID.from_dict(_agent_id)

        _archived_job_logs = d.pop("archivedJobLogs", UNSET)
        archived_job_logs: RimeArchivedJobLogs | Unset
        if isinstance(_archived_job_logs, Unset):
            archived_job_logs = UNSET
        else:
            archived_job_logs = RimeArchivedJobLogs.from_dict(_archived_job_logs)

        error_msg = d.pop("errorMsg", UNSET)

        rime_job_metadata = cls(
            job_id=job_id,
            termination_reason=termination_reason,
            job_type=job_type,
            status=status,
            start_time=start_time,
            creation_time=creation_time,
            completion_time=completion_time,
            running_time_secs=running_time_secs,
            job_data=job_data,
            job_progress_str=job_progress_str,
            cancellation_requested=cancellation_requested,
            agent_id=agent_id,
            archived_job_logs=archived_job_logs,
            error_msg=error_msg,
        )

        rime_job_metadata.additional_properties = d
        return rime_job_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# At the end, not inside the methods: imported once, and a model that imports this one back still works.
from ..models.rime_archived_job_logs import RimeArchivedJobLogs  # noqa: E402
from ..models.rime_job_data import RimeJobData  # noqa: E402
from ..models.rime_uuid import RimeUUID  # noqa: E402
