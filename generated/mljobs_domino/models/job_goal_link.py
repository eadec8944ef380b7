from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobGoalLink")


@_attrs_define
class JobGoalLink:
    """The body of Link Goal to Job, as the document shows it. The real service's body is `GoalToLinkV1`
    `{goalId}`, with `jobId` as a query parameter (info, point 9).

        Attributes:
            job_id (str): The job.
            goal_id (str): The goal to link to it.
    """

    job_id: str
    goal_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        goal_id = self.goal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "goalId": goal_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        goal_id = d.pop("goalId")

        job_goal_link = cls(
            job_id=job_id,
            goal_id=goal_id,
        )

        job_goal_link.additional_properties = d
        return job_goal_link

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
