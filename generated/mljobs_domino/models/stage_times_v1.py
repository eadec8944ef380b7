from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StageTimesV1")


@_attrs_define
class StageTimesV1:
    """When the job was submitted, started and completed. Not in the document's job examples; the real
    JobV1 has it (info, point 4), with `submissionTime` required: the only time a queued job has.

        Attributes:
            submission_time (datetime.datetime): When the job was submitted.
            start_time (datetime.datetime | None | Unset): When the job started running.
            completed_time (datetime.datetime | None | Unset): When the job ended.
    """

    submission_time: datetime.datetime
    start_time: datetime.datetime | None | Unset = UNSET
    completed_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission_time = self.submission_time.isoformat()

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        completed_time: None | str | Unset
        if isinstance(self.completed_time, Unset):
            completed_time = UNSET
        elif isinstance(self.completed_time, datetime.datetime):
            completed_time = self.completed_time.isoformat()
        else:
            completed_time = self.completed_time

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

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_completed_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_time_type_0 = datetime.datetime.fromisoformat(data)

                return completed_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_time = _parse_completed_time(d.pop("completedTime", UNSET))

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
