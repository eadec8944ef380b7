from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_archive_status import FileArchiveStatus
    from ..models.file_revision import FileRevision


T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """
    Attributes:
        id (str):
        created (datetime.datetime):
        revisions (list[FileRevision]):
        archive_status_history (list[FileArchiveStatus]):
        resource_id (None | str | Unset):
        resource_type (None | str | Unset):
        created_by_id (None | str | Unset):
        tenant_id (None | str | Unset):
    """

    id: str
    created: datetime.datetime
    revisions: list[FileRevision]
    archive_status_history: list[FileArchiveStatus]
    resource_id: None | str | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        revisions = []
        for revisions_item_data in self.revisions:
            revisions_item = revisions_item_data.to_dict()
            revisions.append(revisions_item)

        archive_status_history = []
        for archive_status_history_item_data in self.archive_status_history:
            archive_status_history_item = archive_status_history_item_data.to_dict()
            archive_status_history.append(archive_status_history_item)

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "revisions": revisions,
                "archive_status_history": archive_status_history,
            }
        )
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_archive_status import FileArchiveStatus  # noqa: PLC0415
        from ..models.file_revision import FileRevision  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        revisions = []
        _revisions = d.pop("revisions")
        for revisions_item_data in _revisions:
            revisions_item = FileRevision.from_dict(revisions_item_data)

            revisions.append(revisions_item)

        archive_status_history = []
        _archive_status_history = d.pop("archive_status_history")
        for archive_status_history_item_data in _archive_status_history:
            archive_status_history_item = FileArchiveStatus.from_dict(archive_status_history_item_data)

            archive_status_history.append(archive_status_history_item)

        def _parse_resource_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenant_id", UNSET))

        file = cls(
            id=id,
            created=created,
            revisions=revisions,
            archive_status_history=archive_status_history,
            resource_id=resource_id,
            resource_type=resource_type,
            created_by_id=created_by_id,
            tenant_id=tenant_id,
        )

        file.additional_properties = d
        return file

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
