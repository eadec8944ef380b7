from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """A comment, stored as a file, with its replies.

    Attributes:
        id (str):
        created (datetime.datetime):
        file (File): A file and its revisions. A job's `file` holds the parameters it was submitted with (13.3.4
            `jobs.py`: "file (File - the parameters file)").
        comments (list[Comment]):
        archive_status_history (list[ResourceArchiveStatus]):
        created_by_id (str):
        resource_id (None | str):
        resource_type (None | str | Unset):
    """

    id: str
    created: datetime.datetime
    file: File
    comments: list[Comment]
    archive_status_history: list[ResourceArchiveStatus]
    created_by_id: str
    resource_id: None | str
    resource_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        file = self.file.to_dict()

        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)

        archive_status_history = []
        for archive_status_history_item_data in self.archive_status_history:
            archive_status_history_item = archive_status_history_item_data.to_dict()
            archive_status_history.append(archive_status_history_item)

        created_by_id = self.created_by_id

        resource_id: None | str
        resource_id = self.resource_id

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "file": file,
                "comments": comments,
                "archive_status_history": archive_status_history,
                "created_by_id": created_by_id,
                "resource_id": resource_id,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        file = File.from_dict(d.pop("file"))

        comments = []
        _comments = d.pop("comments")
        for comments_item_data in _comments:
            comments_item = Comment.from_dict(comments_item_data)

            comments.append(comments_item)

        archive_status_history = []
        _archive_status_history = d.pop("archive_status_history")
        for archive_status_history_item_data in _archive_status_history:
            archive_status_history_item = ResourceArchiveStatus.from_dict(archive_status_history_item_data)

            archive_status_history.append(archive_status_history_item)

        created_by_id = d.pop("created_by_id")

        def _parse_resource_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_id = _parse_resource_id(d.pop("resource_id"))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        comment = cls(
            id=id,
            created=created,
            file=file,
            comments=comments,
            archive_status_history=archive_status_history,
            created_by_id=created_by_id,
            resource_id=resource_id,
            resource_type=resource_type,
        )

        comment.additional_properties = d
        return comment

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
from ..models.file import File  # noqa: E402
from ..models.resource_archive_status import ResourceArchiveStatus  # noqa: E402
