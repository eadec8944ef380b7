from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V1RunList")


@_attrs_define
class V1RunList:
    """The legacy v1 run list (python-domino's tests assert `objectType == "list"` and a list in `data`).

    Attributes:
        object_type (str):
        data (list[V1Run]):
        uri (str | Unset):
    """

    object_type: str
    data: list[V1Run]
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectType": object_type,
                "data": data,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_type = d.pop("objectType")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = V1Run.from_dict(data_item_data)

            data.append(data_item)

        uri = d.pop("uri", UNSET)

        v1_run_list = cls(
            object_type=object_type,
            data=data,
            uri=uri,
        )

        v1_run_list.additional_properties = d
        return v1_run_list

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
from ..models.v1_run import V1Run  # noqa: E402
