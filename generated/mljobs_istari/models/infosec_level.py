from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InfosecLevel")


@_attrs_define
class InfosecLevel:
    """
    Attributes:
        id (str):
        created (datetime.datetime):
        schema_id (str):
        name (str):
        order (int):
        display_color (str):
    """

    id: str
    created: datetime.datetime
    schema_id: str
    name: str
    order: int
    display_color: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        schema_id = self.schema_id

        name = self.name

        order = self.order

        display_color = self.display_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "schema_id": schema_id,
                "name": name,
                "order": order,
                "display_color": display_color,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        schema_id = d.pop("schema_id")

        name = d.pop("name")

        order = d.pop("order")

        display_color = d.pop("display_color")

        infosec_level = cls(
            id=id,
            created=created,
            schema_id=schema_id,
            name=name,
            order=order,
            display_color=display_color,
        )

        infosec_level.additional_properties = d
        return infosec_level

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
