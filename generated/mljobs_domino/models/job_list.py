from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobList")


@_attrs_define
class JobList:
    """A page of jobs, as the document shows it. The real service answers `PaginatedJobEnvelopeV1`
    (info, point 1).

        Attributes:
            data (list[Job]):
            offset (int): The offset of the first job of this page.
            limit (int): The page size asked for.
            total_count (int): How many jobs match in all.
    """

    data: list[Job]
    offset: int
    limit: int
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        offset = self.offset

        limit = self.limit

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "offset": offset,
                "limit": limit,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Job.from_dict(data_item_data)

            data.append(data_item)

        offset = d.pop("offset")

        limit = d.pop("limit")

        total_count = d.pop("totalCount")

        job_list = cls(
            data=data,
            offset=offset,
            limit=limit,
            total_count=total_count,
        )

        job_list.additional_properties = d
        return job_list

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
from ..models.job import Job  # noqa: E402
