from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V4CommitDetails")


@_attrs_define
class V4CommitDetails:
    """A v4 job's input and output commits.

    Attributes:
        input_commit_id (str | Unset):
        output_commit_id (None | str | Unset):
    """

    input_commit_id: str | Unset = UNSET
    output_commit_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_commit_id = self.input_commit_id

        output_commit_id: None | str | Unset
        if isinstance(self.output_commit_id, Unset):
            output_commit_id = UNSET
        else:
            output_commit_id = self.output_commit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_commit_id is not UNSET:
            field_dict["inputCommitId"] = input_commit_id
        if output_commit_id is not UNSET:
            field_dict["outputCommitId"] = output_commit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_commit_id = d.pop("inputCommitId", UNSET)

        def _parse_output_commit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_commit_id = _parse_output_commit_id(d.pop("outputCommitId", UNSET))

        v4_commit_details = cls(
            input_commit_id=input_commit_id,
            output_commit_id=output_commit_id,
        )

        v4_commit_details.additional_properties = d
        return v4_commit_details

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
