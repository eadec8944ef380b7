from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaginatedGoalEnvelopeV1")


@_attrs_define
class PaginatedGoalEnvelopeV1:
    """The goals linked to a job (dpa-gen model `PaginatedGoalEnvelopeV1`; both fields required there).

    Attributes:
        goals (list[LinkedGoalV1]):
        metadata (MetadataV1): A Public API answer's metadata (dpa-gen and python-domino model `MetadataV1`).
    """

    goals: list[LinkedGoalV1]
    metadata: MetadataV1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goals": goals,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        goals = []
        _goals = d.pop("goals")
        for goals_item_data in _goals:
            goals_item = LinkedGoalV1.from_dict(goals_item_data)

            goals.append(goals_item)

        metadata = MetadataV1.from_dict(d.pop("metadata"))

        paginated_goal_envelope_v1 = cls(
            goals=goals,
            metadata=metadata,
        )

        paginated_goal_envelope_v1.additional_properties = d
        return paginated_goal_envelope_v1

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
