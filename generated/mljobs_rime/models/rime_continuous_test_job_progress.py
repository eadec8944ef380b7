from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeContinuousTestJobProgress")


@_attrs_define
class RimeContinuousTestJobProgress:
    """
    Attributes:
        test_runs (list[RimeContinuousTestRunProgress] | Unset):
    """

    test_runs: list[RimeContinuousTestRunProgress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_runs, Unset):
            test_runs = []
            for test_runs_item_data in self.test_runs:
                test_runs_item = test_runs_item_data.to_dict()
                test_runs.append(test_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_runs is not UNSET:
            field_dict["testRuns"] = test_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _test_runs = d.pop("testRuns", UNSET)
        test_runs: list[RimeContinuousTestRunProgress] | Unset = UNSET
        if _test_runs is not UNSET:
            test_runs = []
            for test_runs_item_data in _test_runs:
                test_runs_item = RimeContinuousTestRunProgress.from_dict(test_runs_item_data)

                test_runs.append(test_runs_item)

        rime_continuous_test_job_progress = cls(
            test_runs=test_runs,
        )

        rime_continuous_test_job_progress.additional_properties = d
        return rime_continuous_test_job_progress

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
from ..models.rime_continuous_test_run_progress import RimeContinuousTestRunProgress  # noqa: E402
