from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StopJobRequest")


@_attrs_define
class StopJobRequest:
    """The body python-domino 2.2.0's `job_stop` sends (it always sends all three keys).

    Attributes:
        project_id (str): The job's project.
        job_id (str): The job to stop.
        commit_results (bool | Unset): Keep (commit) the job's results; python-domino's `commit_results`, default true.
            Default: True.
    """

    project_id: str
    job_id: str
    commit_results: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        job_id = self.job_id

        commit_results = self.commit_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "jobId": job_id,
            }
        )
        if commit_results is not UNSET:
            field_dict["commitResults"] = commit_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        job_id = d.pop("jobId")

        commit_results = d.pop("commitResults", UNSET)

        stop_job_request = cls(
            project_id=project_id,
            job_id=job_id,
            commit_results=commit_results,
        )

        stop_job_request.additional_properties = d
        return stop_job_request

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
