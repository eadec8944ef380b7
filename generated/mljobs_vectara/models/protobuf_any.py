from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProtobufAny")


@_attrs_define
class ProtobufAny:
    """`google.protobuf.Any`: an arbitrary serialized protocol buffer message. `@type` is a URL/resource name that uniquely
    identifies the type of the serialized protocol buffer message (it contains at least one "/"; the last path segment
    is the fully qualified type name, e.g. `type.googleapis.com/google.rpc.BadRequest`). The message's own fields sit
    next to `@type` and land in `additional_properties`.

        Attributes:
            type_ (str | Unset): A URL/resource name that uniquely identifies the type of the serialized protocol buffer
                message.
    """

    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["@type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("@type", UNSET)

        protobuf_any = cls(
            type_=type_,
        )

        protobuf_any.additional_properties = d
        return protobuf_any

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
