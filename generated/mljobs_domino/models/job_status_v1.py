from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus

T = TypeVar("T", bound="JobStatusV1")


@_attrs_define
class JobStatusV1:
    """A Public API job's status (dpa-gen `JobStatusV1`; all four required). `executionStatus` is a string
    in dpa-gen; its values are the job statuses (`JobStatus`, open).

        Attributes:
            execution_status (JobStatus): A job's status. The document lists Pending, Running, Succeeded, Failed and Stopped
                (Succeeded, Failed
                and Stopped are final). The service also sends these (python-domino and its tests: Queued; Domino's
                web app `RunStatus` enum: Queued, Scheduled, Pending, Preparing, Building, Pulling, Running, Serving,
                StopRequested, StopAndDiscardRequested, Stopping, Finishing, then the final states):

                - Pending: accepted, waiting to be scheduled (the document's first state).
                - Queued: waiting for capacity (what python-domino sees right after a start).
                - Scheduled: a scheduled run, waiting for its time.
                - Preparing: the run's node and volumes are being prepared.
                - Building: the environment image is being built.
                - Pulling: the environment image is being pulled.
                - Running: the command runs.
                - Serving: the run serves an app or endpoint.
                - StopRequested: a stop (keeping results) was asked for.
                - StopAndDiscardRequested: a stop discarding results was asked for.
                - Stopping: the run is being stopped.
                - Finishing: the command ended; results are being saved.
                - Succeeded: final; the command exited 0.
                - Failed: final; the command failed (python-domino raises `RunFailedException`).
                - Error: final; Domino could not run the job. Guess: the `RunStatus` excerpt in the vendor notes is cut
                  before its final states; third-party clients treat Succeeded, Failed, Error and Stopped as final.
                - Stopped: final; the job was stopped.
            is_archived (bool): Whether the job is archived.
            is_completed (bool): Whether the job has ended.
            is_scheduled (bool): Whether a scheduled trigger started the job.
    """

    execution_status: JobStatus
    is_archived: bool
    is_completed: bool
    is_scheduled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_status = self.execution_status.value

        is_archived = self.is_archived

        is_completed = self.is_completed

        is_scheduled = self.is_scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionStatus": execution_status,
                "isArchived": is_archived,
                "isCompleted": is_completed,
                "isScheduled": is_scheduled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        execution_status = JobStatus(d.pop("executionStatus"))

        is_archived = d.pop("isArchived")

        is_completed = d.pop("isCompleted")

        is_scheduled = d.pop("isScheduled")

        job_status_v1 = cls(
            execution_status=execution_status,
            is_archived=is_archived,
            is_completed=is_completed,
            is_scheduled=is_scheduled,
        )

        job_status_v1.additional_properties = d
        return job_status_v1

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
