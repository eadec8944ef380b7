from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V4JobList")


@_attrs_define
class V4JobList:
    """A page of v4 jobs (python-domino's `jobs_list` passes it through; scripts read `jobs[*].id`).
    `totalCount` is a Guess (Domino's other lists say how many match).

        Attributes:
            jobs (list[V4Job]):
            total_count (int | Unset): How many jobs match in all.
    """

    jobs: list[V4Job]
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = V4Job.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        total_count = d.pop("totalCount", UNSET)

        v4_job_list = cls(
            jobs=jobs,
            total_count=total_count,
        )

        v4_job_list.additional_properties = d
        return v4_job_list

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
from ..models.v4_job import V4Job  # noqa: E402
