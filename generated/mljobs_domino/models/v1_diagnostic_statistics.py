from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V1DiagnosticStatistics")


@_attrs_define
class V1DiagnosticStatistics:
    """A run's diagnostic statistics (`dominostats.json`).

    Attributes:
        is_error (bool | Unset):
        data (list[V1DiagnosticStatistic] | Unset):
    """

    is_error: bool | Unset = UNSET
    data: list[V1DiagnosticStatistic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_error = self.is_error

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_error is not UNSET:
            field_dict["isError"] = is_error
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_error = d.pop("isError", UNSET)

        _data = d.pop("data", UNSET)
        data: list[V1DiagnosticStatistic] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = V1DiagnosticStatistic.from_dict(data_item_data)

                data.append(data_item)

        v1_diagnostic_statistics = cls(
            is_error=is_error,
            data=data,
        )

        v1_diagnostic_statistics.additional_properties = d
        return v1_diagnostic_statistics

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
from ..models.v1_diagnostic_statistic import V1DiagnosticStatistic  # noqa: E402
