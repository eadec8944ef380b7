from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """Where a file revision's content or properties are stored, by hash.

    Attributes:
        id (str):
        created (datetime.datetime):
        sha (str):
        salt (str):
        created_by_id (None | str | Unset):
        object_store_sha (None | ObjectStoreSha | Unset):
    """

    id: str
    created: datetime.datetime
    sha: str
    salt: str
    created_by_id: None | str | Unset = UNSET
    object_store_sha: None | ObjectStoreSha | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        sha = self.sha

        salt = self.salt

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        object_store_sha: dict[str, Any] | None | Unset
        if isinstance(self.object_store_sha, Unset):
            object_store_sha = UNSET
        elif isinstance(self.object_store_sha, ObjectStoreSha):
            object_store_sha = self.object_store_sha.to_dict()
        else:
            object_store_sha = self.object_store_sha

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "sha": sha,
                "salt": salt,
            }
        )
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if object_store_sha is not UNSET:
            field_dict["object_store_sha"] = object_store_sha

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        sha = d.pop("sha")

        salt = d.pop("salt")

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

        def _parse_object_store_sha(data: object) -> None | ObjectStoreSha | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_store_sha_type_1 = ObjectStoreSha.from_dict(data)

                return object_store_sha_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectStoreSha | Unset, data)

        object_store_sha = _parse_object_store_sha(d.pop("object_store_sha", UNSET))

        token = cls(
            id=id,
            created=created,
            sha=sha,
            salt=salt,
            created_by_id=created_by_id,
            object_store_sha=object_store_sha,
        )

        token.additional_properties = d
        return token

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
from ..models.object_store_sha import ObjectStoreSha  # noqa: E402
