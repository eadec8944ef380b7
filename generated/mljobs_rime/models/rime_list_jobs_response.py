from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeListJobsResponse")


@_attrs_define
class RimeListJobsResponse:
    """
    Attributes:
        jobs (list[RimeJobMetadata] | Unset):
        next_page_token (str | Unset): Use this page token in your next ListJobs call to access the next page of
            results.
        has_more (bool | Unset): False when all results have been returned.
    """

    jobs: list[RimeJobMetadata] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        next_page_token = self.next_page_token

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _jobs = d.pop("jobs", UNSET)
        jobs: list[RimeJobMetadata] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = RimeJobMetadata.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        has_more = d.pop("hasMore", UNSET)

        rime_list_jobs_response = cls(
            jobs=jobs,
            next_page_token=next_page_token,
            has_more=has_more,
        )

        rime_list_jobs_response.additional_properties = d
        return rime_list_jobs_response

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
from ..models.rime_job_metadata import RimeJobMetadata  # noqa: E402
