from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="V4JobStatuses")


@_attrs_define
class V4JobStatuses:
    """
    Attributes:
        is_completed (bool):
        execution_status (JobStatus): A job's status. The document lists Pending, Running, Succeeded, Failed and
            Stopped; the service
            also sends Queued and Error (python-domino, the web app).
        is_archived (bool | Unset):
        is_scheduled (bool | Unset):
    """

    is_completed: bool
    execution_status: JobStatus
    is_archived: bool | Unset = UNSET
    is_scheduled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_completed = self.is_completed

        execution_status = self.execution_status.value

        is_archived = self.is_archived

        is_scheduled = self.is_scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isCompleted": is_completed,
                "executionStatus": execution_status,
            }
        )
        if is_archived is not UNSET:
            field_dict["isArchived"] = is_archived
        if is_scheduled is not UNSET:
            field_dict["isScheduled"] = is_scheduled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_completed = d.pop("isCompleted")

        execution_status = JobStatus(d.pop("executionStatus"))

        is_archived = d.pop("isArchived", UNSET)

        is_scheduled = d.pop("isScheduled", UNSET)

        v4_job_statuses = cls(
            is_completed=is_completed,
            execution_status=execution_status,
            is_archived=is_archived,
            is_scheduled=is_scheduled,
        )

        v4_job_statuses.additional_properties = d
        return v4_job_statuses

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
