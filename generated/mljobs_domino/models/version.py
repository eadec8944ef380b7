from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Version")


@_attrs_define
class Version:
    """The deployment's version (python-domino reads `version`; the rest from python-domino's test fixture).

    Attributes:
        version (str): Domino's version, e.g. 5.11.0.
        build_id (str | Unset):
        build_url (str | Unset):
        commit_id (str | Unset):
        commit_url (str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    version: str
    build_id: str | Unset = UNSET
    build_url: str | Unset = UNSET
    commit_id: str | Unset = UNSET
    commit_url: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        build_id = self.build_id

        build_url = self.build_url

        commit_id = self.commit_id

        commit_url = self.commit_url

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if build_id is not UNSET:
            field_dict["buildId"] = build_id
        if build_url is not UNSET:
            field_dict["buildUrl"] = build_url
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if commit_url is not UNSET:
            field_dict["commitUrl"] = commit_url
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        build_id = d.pop("buildId", UNSET)

        build_url = d.pop("buildUrl", UNSET)

        commit_id = d.pop("commitId", UNSET)

        commit_url = d.pop("commitUrl", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        version = cls(
            version=version,
            build_id=build_id,
            build_url=build_url,
            commit_id=commit_id,
            commit_url=commit_url,
            timestamp=timestamp,
        )

        version.additional_properties = d
        return version

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
