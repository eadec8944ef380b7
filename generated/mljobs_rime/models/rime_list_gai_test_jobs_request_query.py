from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statedb_job_status import StatedbJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeListGAITestJobsRequestQuery")


@_attrs_define
class RimeListGAITestJobsRequestQuery:
    """The first-page filters of ListGAITestJob, sent as its `firstPageQuery.*` query parameters (rime-sdk
    2.13.2 `RimeListGAITestJobsRequestQuery`).

        Attributes:
            selected_statuses (list[StatedbJobStatus] | Unset):
    """

    selected_statuses: list[StatedbJobStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_statuses: list[str] | Unset = UNSET
        if not isinstance(self.selected_statuses, Unset):
            selected_statuses = []
            for selected_statuses_item_data in self.selected_statuses:
                selected_statuses_item = selected_statuses_item_data.value
                selected_statuses.append(selected_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selected_statuses is not UNSET:
            field_dict["selectedStatuses"] = selected_statuses

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

        rime_list_gai_test_jobs_request_query = cls(
            selected_statuses=selected_statuses,
        )

        rime_list_gai_test_jobs_request_query.additional_properties = d
        return rime_list_gai_test_jobs_request_query

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
