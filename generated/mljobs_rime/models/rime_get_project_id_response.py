from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeGetProjectIDResponse")


@_attrs_define
class RimeGetProjectIDResponse:
    """
    Attributes:
        project_id (RimeUUID | Unset): Unique ID of an object in RIME.
    """

    project_id: RimeUUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _project_id = d.pop("projectId", UNSET)
        project_id: RimeUUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = RimeUUID.from_dict(_project_id)

        rime_get_project_id_response = cls(
            project_id=project_id,
        )

        rime_get_project_id_response.additional_properties = d
        return rime_get_project_id_response

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
