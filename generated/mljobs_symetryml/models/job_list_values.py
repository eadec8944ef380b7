from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobListValues")


@_attrs_define
class JobListValues:
    """The `values` of the List All Jobs answer. The document names the entity (`JobInfo[]`) but not its key; `jobinfo` is
    this spec's choice (appendix A's only job key). Other keys are kept as open properties (e.g. `stringList`, should
    the server answer the job ids as a StringList).

        Attributes:
            jobinfo (list[JobInfo] | Unset): Every job currently created on the server.
    """

    jobinfo: list[JobInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobinfo: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobinfo, Unset):
            jobinfo = []
            for jobinfo_item_data in self.jobinfo:
                jobinfo_item = jobinfo_item_data.to_dict()
                jobinfo.append(jobinfo_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobinfo is not UNSET:
            field_dict["jobinfo"] = jobinfo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _jobinfo = d.pop("jobinfo", UNSET)
        jobinfo: list[JobInfo] | Unset = UNSET
        if _jobinfo is not UNSET:
            jobinfo = []
            for jobinfo_item_data in _jobinfo:
                jobinfo_item = JobInfo.from_dict(jobinfo_item_data)

                jobinfo.append(jobinfo_item)

        job_list_values = cls(
            jobinfo=jobinfo,
        )

        job_list_values.additional_properties = d
        return job_list_values

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
from ..models.job_info import JobInfo  # noqa: E402
