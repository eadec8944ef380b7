from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_tag_status import ControlTagStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlTag")


@_attrs_define
class ControlTag:
    """A control (a tag) a user must hold to access the item it is assigned to.

    Attributes:
        id (str):
        created (datetime.datetime):
        created_by_id (str):
        name (str):
        status (ControlTagStatus):
        description (None | str | Unset):
        display_color (None | str | Unset):
        upstream_remote_info (None | Unset | UpstreamRemoteInfo):
    """

    id: str
    created: datetime.datetime
    created_by_id: str
    name: str
    status: ControlTagStatus
    description: None | str | Unset = UNSET
    display_color: None | str | Unset = UNSET
    upstream_remote_info: None | Unset | UpstreamRemoteInfo = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        name = self.name

        status = self.status.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_color: None | str | Unset
        if isinstance(self.display_color, Unset):
            display_color = UNSET
        else:
            display_color = self.display_color

        upstream_remote_info: dict[str, Any] | None | Unset
        if isinstance(self.upstream_remote_info, Unset):
            upstream_remote_info = UNSET
        elif isinstance(self.upstream_remote_info, UpstreamRemoteInfo):
            upstream_remote_info = self.upstream_remote_info.to_dict()
        else:
            upstream_remote_info = self.upstream_remote_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "created_by_id": created_by_id,
                "name": name,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if display_color is not UNSET:
            field_dict["display_color"] = display_color
        if upstream_remote_info is not UNSET:
            field_dict["upstream_remote_info"] = upstream_remote_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("created_by_id")

        name = d.pop("name")

        status = ControlTagStatus(d.pop("status"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_display_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_color = _parse_display_color(d.pop("display_color", UNSET))

        def _parse_upstream_remote_info(data: object) -> None | Unset | UpstreamRemoteInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upstream_remote_info_type_1 = UpstreamRemoteInfo.from_dict(data)

                return upstream_remote_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpstreamRemoteInfo, data)

        upstream_remote_info = _parse_upstream_remote_info(d.pop("upstream_remote_info", UNSET))

        control_tag = cls(
            id=id,
            created=created,
            created_by_id=created_by_id,
            name=name,
            status=status,
            description=description,
            display_color=display_color,
            upstream_remote_info=upstream_remote_info,
        )

        control_tag.additional_properties = d
        return control_tag

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
from ..models.upstream_remote_info import UpstreamRemoteInfo  # noqa: E402
