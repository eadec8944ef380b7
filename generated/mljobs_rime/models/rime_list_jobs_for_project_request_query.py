from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rime_job_type import RimeJobType
from ..models.statedb_job_status import StatedbJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeListJobsForProjectRequestQuery")


@_attrs_define
class RimeListJobsForProjectRequestQuery:
    """The first-page filters of ListJobsForProject, sent as its `firstPageQuery.*` query parameters (rime-sdk
    2.13.2 `RimeListJobsForProjectRequestQuery`). `scheduleId` is in the model but rime-sdk's API method
    offers no query parameter for it.

        Attributes:
            selected_statuses (list[StatedbJobStatus] | Unset):
            selected_types (list[RimeJobType] | Unset):
            internal_created (bool | Unset): Only jobs created by internal workers.
            schedule_id (RimeUUID | Unset): Unique ID of an object in RIME.
    """

    selected_statuses: list[StatedbJobStatus] | Unset = UNSET
    selected_types: list[RimeJobType] | Unset = UNSET
    internal_created: bool | Unset = UNSET
    schedule_id: RimeUUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_statuses: list[str] | Unset = UNSET
        if not isinstance(self.selected_statuses, Unset):
            selected_statuses = []
            for selected_statuses_item_data in self.selected_statuses:
                selected_statuses_item = selected_statuses_item_data.value
                selected_statuses.append(selected_statuses_item)

        selected_types: list[str] | Unset = UNSET
        if not isinstance(self.selected_types, Unset):
            selected_types = []
            for selected_types_item_data in self.selected_types:
                selected_types_item = selected_types_item_data.value
                selected_types.append(selected_types_item)

        internal_created = self.internal_created

        schedule_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_id, Unset):
            schedule_id = self.schedule_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selected_statuses is not UNSET:
            field_dict["selectedStatuses"] = selected_statuses
        if selected_types is not UNSET:
            field_dict["selectedTypes"] = selected_types
        if internal_created is not UNSET:
            field_dict["internalCreated"] = internal_created
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _selected_statuses = d.pop("selectedStatuses", UNSET)
        selected_statuses: list[StatedbJobStatus] | Unset = UNSET
        if _selected_statuses is not UNSET:
            selected_statuses = []
            for selected_statuses_item_data in _selected_statuses:
                selected_statuses_item = StatedbJobStatus(selected_statuses_item_data)

                selected_statuses.append(selected_statuses_item)

        _selected_types = d.pop("selectedTypes", UNSET)
        selected_types: list[RimeJobType] | Unset = UNSET
        if _selected_types is not UNSET:
            selected_types = []
            for selected_types_item_data in _selected_types:
                selected_types_item = RimeJobType(selected_types_item_data)

                selected_types.append(selected_types_item)

        internal_created = d.pop("internalCreated", UNSET)

        _schedule_id = d.pop("scheduleId", UNSET)
        schedule_id: RimeUUID | Unset
        if isinstance(_schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = RimeUUID.from_dict(_schedule_id)

        rime_list_jobs_for_project_request_query = cls(
            selected_statuses=selected_statuses,
            selected_types=selected_types,
            internal_created=internal_created,
            schedule_id=schedule_id,
        )

        rime_list_jobs_for_project_request_query.additional_properties = d
        return rime_list_jobs_for_project_request_query

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
from ..models.rime_uuid import RimeUUID  # noqa: E402
