from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rime_job_type import RimeJobType
from ..models.statedb_job_status import StatedbJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeListJobsRequestQuery")


@_attrs_define
class RimeListJobsRequestQuery:
    """In general, these queries do not apply to specific fields in the job data, such as `project_id` for
    stress tests. Job data specific filtering occurs primarily on the client side. Sent as the
    `firstPageQuery.*` query parameters of ListJobs.

        Attributes:
            selected_statuses (list[StatedbJobStatus] | Unset): Specifies a set of statuses. The query only returns results
                with a status in the specified set.
                Specify no statuses to return all results.
            selected_types (list[RimeJobType] | Unset): Specifies a set of types. The query only returns jobs with types in
                the specified set. Specify no
                types to return all results.
            object_id (str | Unset): Specifies an object ID. The query only returns results matching the specified object
                ID. Object
                IDs vary by job type. For example, stress test jobs have a project ID and continuous incremental
                test jobs have a firewall ID.
    """

    selected_statuses: list[StatedbJobStatus] | Unset = UNSET
    selected_types: list[RimeJobType] | Unset = UNSET
    object_id: str | Unset = UNSET
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

        object_id = self.object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selected_statuses is not UNSET:
            field_dict["selectedStatuses"] = selected_statuses
        if selected_types is not UNSET:
            field_dict["selectedTypes"] = selected_types
        if object_id is not UNSET:
            field_dict["objectId"] = object_id

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

        object_id = d.pop("objectId", UNSET)

        rime_list_jobs_request_query = cls(
            selected_statuses=selected_statuses,
            selected_types=selected_types,
            object_id=object_id,
        )

        rime_list_jobs_request_query.additional_properties = d
        return rime_list_jobs_request_query

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
