from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V4HardwareTierEntry")


@_attrs_define
class V4HardwareTierEntry:
    """An item of a project's hardware tiers.

    Attributes:
        hardware_tier (V4HardwareTier | Unset): A hardware tier (python-domino reads `id` and `name`; its tests also
            `isDefault`).
    """

    hardware_tier: V4HardwareTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hardware_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hardware_tier, Unset):
            hardware_tier = self.hardware_tier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hardware_tier is not UNSET:
            field_dict["hardwareTier"] = hardware_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _hardware_tier = d.pop("hardwareTier", UNSET)
        hardware_tier: V4HardwareTier | Unset
        if isinstance(_hardware_tier, Unset):
            hardware_tier = UNSET
        else:
            hardware_tier = V4HardwareTier.from_dict(_hardware_tier)

        v4_hardware_tier_entry = cls(
            hardware_tier=hardware_tier,
        )

        v4_hardware_tier_entry.additional_properties = d
        return v4_hardware_tier_entry

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
from ..models.v4_hardware_tier import V4HardwareTier  # noqa: E402
