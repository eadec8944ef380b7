from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V4RestartJobRequest")


@_attrs_define
class V4RestartJobRequest:
    """The body python-domino 2.2.0's `job_restart` sends (both keys, always).

    Attributes:
        job_id (str): The job to run again.
        should_use_original_input_commit (bool | Unset): Run the job's own input commit (true, python-domino's default)
            or the project's latest. Default: True.
    """

    job_id: str
    should_use_original_input_commit: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        should_use_original_input_commit = self.should_use_original_input_commit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
            }
        )
        if should_use_original_input_commit is not UNSET:
            field_dict["shouldUseOriginalInputCommit"] = should_use_original_input_commit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        should_use_original_input_commit = d.pop("shouldUseOriginalInputCommit", UNSET)

        v4_restart_job_request = cls(
            job_id=job_id,
            should_use_original_input_commit=should_use_original_input_commit,
        )

        v4_restart_job_request.additional_properties = d
        return v4_restart_job_request

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
