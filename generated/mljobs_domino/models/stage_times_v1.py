from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StageTimesV1")


@_attrs_define
class StageTimesV1:
    """A Public API job's times (dpa-gen `StageTimesV1`), ISO-8601 date-times, absent until reached.

    Attributes:
        submission_time (datetime.datetime): When the start request was submitted.
        start_time (datetime.datetime | Unset): When the job started.
        completed_time (datetime.datetime | Unset): When the job completed.
    """

    submission_time: datetime.datetime
    start_time: datetime.datetime | Unset = UNSET
    completed_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission_time = self.submission_time.isoformat()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        completed_time: str | Unset = UNSET
        if not isinstance(self.completed_time, Unset):
            completed_time = self.completed_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submissionTime": submission_time,
            }
        )
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if completed_time is not UNSET:
            field_dict["completedTime"] = completed_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submission_time = datetime.datetime.fromisoformat(d.pop("submissionTime"))

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _completed_time = d.pop("completedTime", UNSET)
        completed_time: datetime.datetime | Unset
        if isinstance(_completed_time, Unset):
            completed_time = UNSET
        else:
            completed_time = datetime.datetime.fromisoformat(_completed_time)

        stage_times_v1 = cls(
            submission_time=submission_time,
            start_time=start_time,
            completed_time=completed_time,
        )

        stage_times_v1.additional_properties = d
        return stage_times_v1

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
