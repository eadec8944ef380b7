from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeGenerativeModelTestProgress")


@_attrs_define
class RimeGenerativeModelTestProgress:
    """How far a generative model test has come (rime-sdk types both counts as integers).

    Attributes:
        total_attacks (int | Unset):
        attacks_attempted (int | Unset):
    """

    total_attacks: int | Unset = UNSET
    attacks_attempted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_attacks = self.total_attacks

        attacks_attempted = self.attacks_attempted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_attacks is not UNSET:
            field_dict["totalAttacks"] = total_attacks
        if attacks_attempted is not UNSET:
            field_dict["attacksAttempted"] = attacks_attempted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_attacks = d.pop("totalAttacks", UNSET)

        attacks_attempted = d.pop("attacksAttempted", UNSET)

        rime_generative_model_test_progress = cls(
            total_attacks=total_attacks,
            attacks_attempted=attacks_attempted,
        )

        rime_generative_model_test_progress.additional_properties = d
        return rime_generative_model_test_progress

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
