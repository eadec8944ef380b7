from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalEnvelopeV1")


@_attrs_define
class GoalEnvelopeV1:
    """The answer to Link Goal to Job. dpa-gen names the model `GoalEnvelopeV1` but its fields were not
    found. Guess, from `PaginatedGoalEnvelopeV1`: `{goal: LinkedGoalV1, metadata: MetadataV1}`, both
    optional here, so any object parses.

        Attributes:
            goal (LinkedGoalV1 | Unset): A goal linked to a job (dpa-gen model `LinkedGoalV1`).
            metadata (MetadataV1 | Unset): A Public API answer's metadata (dpa-gen and python-domino model `MetadataV1`).
    """

    goal: LinkedGoalV1 | Unset = UNSET
    metadata: MetadataV1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goal, Unset):
            goal = self.goal.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goal is not UNSET:
            field_dict["goal"] = goal
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _goal = d.pop("goal", UNSET)
        goal: LinkedGoalV1 | Unset
        if isinstance(_goal, Unset):
            goal = UNSET
        else:
            goal = LinkedGoalV1.from_dict(_goal)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataV1 | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataV1.from_dict(_metadata)

        goal_envelope_v1 = cls(
            goal=goal,
            metadata=metadata,
        )

        goal_envelope_v1.additional_properties = d
        return goal_envelope_v1

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
from ..models.linked_goal_v1 import LinkedGoalV1  # noqa: E402
from ..models.metadata_v1 import MetadataV1  # noqa: E402
