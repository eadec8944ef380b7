from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archive_status_name import ArchiveStatusName

T = TypeVar("T", bound="FileRevisionArchiveStatus")


@_attrs_define
class FileRevisionArchiveStatus:
    """
    Attributes:
        id (str):
        created (datetime.datetime):
        name (ArchiveStatusName): An entry of an archive status history.
        reason (None | str):
        created_by_id (None | str):
        file_revision_id (str):
    """

    id: str
    created: datetime.datetime
    name: ArchiveStatusName
    reason: None | str
    created_by_id: None | str
    file_revision_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        name = self.name.value

        reason: None | str
        reason = self.reason

        created_by_id: None | str
        created_by_id = self.created_by_id

        file_revision_id = self.file_revision_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "name": name,
                "reason": reason,
                "created_by_id": created_by_id,
                "file_revision_id": file_revision_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        name = ArchiveStatusName(d.pop("name"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_created_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id"))

        file_revision_id = d.pop("file_revision_id")

        file_revision_archive_status = cls(
            id=id,
            created=created,
            name=name,
            reason=reason,
            created_by_id=created_by_id,
            file_revision_id=file_revision_id,
        )

        file_revision_archive_status.additional_properties = d
        return file_revision_archive_status

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
