from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeArchivedJobLogs")


@_attrs_define
class RimeArchivedJobLogs:
    """
    Attributes:
        url (RimeSafeURL | Unset): SafeURL represents a URL that has been safely constructed. e.g. a user clicking on
            this link is
            guaranteed to land on the RIME web app.
        expiration_time (datetime.datetime | Unset): When the presigned log URL expires.
    """

    url: RimeSafeURL | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url, Unset):
            url = self.url.to_dict()

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _url = d.pop("url", UNSET)
        url: RimeSafeURL | Unset
        if isinstance(_url, Unset):
            url = UNSET
        else:
            url = RimeSafeURL.from_dict(_url)

        _expiration_time = d.pop("expirationTime", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        rime_archived_job_logs = cls(
            url=url,
            expiration_time=expiration_time,
        )

        rime_archived_job_logs.additional_properties = d
        return rime_archived_job_logs

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
from ..models.rime_safe_url import RimeSafeURL  # noqa: E402
