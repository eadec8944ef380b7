from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """A file and its revisions. A job's `file` holds the parameters it was submitted with (13.3.4 `jobs.py`: "file (File -
    the parameters file)").

        Attributes:
            id (str):
            created (datetime.datetime):
            revisions (list[FileRevision]):
            archive_status_history (list[FileArchiveStatus]):
            resource_id (None | str | Unset):
            resource_type (None | str | Unset):
            created_by_id (None | str | Unset):
            control_tags (list[ControlTag] | Unset):
            tenant_id (None | str | Unset):
            upstream_remote (None | Unset | UpstreamRemoteInfo):
            infosec_level (InfosecLevel | None | Unset):
    """

    id: str
    created: datetime.datetime
    revisions: list[FileRevision]
    archive_status_history: list[FileArchiveStatus]
    resource_id: None | str | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    control_tags: list[ControlTag] | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    upstream_remote: None | Unset | UpstreamRemoteInfo = UNSET
    infosec_level: InfosecLevel | None | Unset = UNSET
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

        control_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.control_tags, Unset):
            control_tags = []
            for control_tags_item_data in self.control_tags:
                control_tags_item = control_tags_item_data.to_dict()
                control_tags.append(control_tags_item)

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        upstream_remote: dict[str, Any] | None | Unset
        if isinstance(self.upstream_remote, Unset):
            upstream_remote = UNSET
        elif isinstance(self.upstream_remote, UpstreamRemoteInfo):
            upstream_remote = self.upstream_remote.to_dict()
        else:
            upstream_remote = self.upstream_remote

        infosec_level: dict[str, Any] | None | Unset
        if isinstance(self.infosec_level, Unset):
            infosec_level = UNSET
        elif isinstance(self.infosec_level, InfosecLevel):
            infosec_level = self.infosec_level.to_dict()
        else:
            infosec_level = self.infosec_level

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
        if control_tags is not UNSET:
            field_dict["control_tags"] = control_tags
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if upstream_remote is not UNSET:
            field_dict["upstream_remote"] = upstream_remote
        if infosec_level is not UNSET:
            field_dict["infosec_level"] = infosec_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _control_tags = d.pop("control_tags", UNSET)
        control_tags: list[ControlTag] | Unset = UNSET
        if _control_tags is not UNSET:
            control_tags = []
            for control_tags_item_data in _control_tags:
                control_tags_item = ControlTag.from_dict(control_tags_item_data)

                control_tags.append(control_tags_item)

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenant_id", UNSET))

        def _parse_upstream_remote(data: object) -> None | Unset | UpstreamRemoteInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upstream_remote_type_1 = UpstreamRemoteInfo.from_dict(data)

                return upstream_remote_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpstreamRemoteInfo, data)

        upstream_remote = _parse_upstream_remote(d.pop("upstream_remote", UNSET))

        def _parse_infosec_level(data: object) -> InfosecLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                infosec_level_type_1 = InfosecLevel.from_dict(data)

                return infosec_level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InfosecLevel | None | Unset, data)

        infosec_level = _parse_infosec_level(d.pop("infosec_level", UNSET))

        file = cls(
            id=id,
            created=created,
            revisions=revisions,
            archive_status_history=archive_status_history,
            resource_id=resource_id,
            resource_type=resource_type,
            created_by_id=created_by_id,
            control_tags=control_tags,
            tenant_id=tenant_id,
            upstream_remote=upstream_remote,
            infosec_level=infosec_level,
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


# At the end, not inside the methods: imported once, and a model that imports this one back still works.
from ..models.control_tag import ControlTag  # noqa: E402
from ..models.file_archive_status import FileArchiveStatus  # noqa: E402
from ..models.file_revision import FileRevision  # noqa: E402
from ..models.infosec_level import InfosecLevel  # noqa: E402
from ..models.upstream_remote_info import UpstreamRemoteInfo  # noqa: E402
