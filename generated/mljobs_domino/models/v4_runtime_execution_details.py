from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V4RuntimeExecutionDetails")


@_attrs_define
class V4RuntimeExecutionDetails:
    """Where a v4 job runs (python-domino's tests read `hardwareTierId` and `hardwareTier`, the tier's name;
    other fields are kept as they come).

        Attributes:
            hardware_tier_id (str | Unset):
            hardware_tier (str | Unset):
    """

    hardware_tier_id: str | Unset = UNSET
    hardware_tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hardware_tier_id = self.hardware_tier_id

        hardware_tier = self.hardware_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hardware_tier_id is not UNSET:
            field_dict["hardwareTierId"] = hardware_tier_id
        if hardware_tier is not UNSET:
            field_dict["hardwareTier"] = hardware_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hardware_tier_id = d.pop("hardwareTierId", UNSET)

        hardware_tier = d.pop("hardwareTier", UNSET)

        v4_runtime_execution_details = cls(
            hardware_tier_id=hardware_tier_id,
            hardware_tier=hardware_tier,
        )

        v4_runtime_execution_details.additional_properties = d
        return v4_runtime_execution_details

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
