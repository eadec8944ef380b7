from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMetadata")


@_attrs_define
class ListMetadata:
    """The standard metadata in the response of a list operation (v2). More pages follow while `page_key` is present and
    not empty.

        Attributes:
            page_key (str | Unset): When requesting the next page of this list, this is needed as a query parameter. Opaque
                (oas-v2's example `eyJvZmZzZXQiOjF9`); pass it back unchanged.
    """

    page_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_key = self.page_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_key is not UNSET:
            field_dict["page_key"] = page_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_key = d.pop("page_key", UNSET)

        list_metadata = cls(
            page_key=page_key,
        )

        list_metadata.additional_properties = d
        return list_metadata

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
