from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeStressTestJobProgress")


@_attrs_define
class RimeStressTestJobProgress:
    """
    Attributes:
        test_run (RimeTestRunProgress | Unset): TestRunProgress is a shared message for representing the progress of a
            single test run.
    """

    test_run: RimeTestRunProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_run, Unset):
            test_run = self.test_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_run is not UNSET:
            field_dict["testRun"] = test_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _test_run = d.pop("testRun", UNSET)
        test_run: RimeTestRunProgress | Unset
        if isinstance(_test_run, Unset):
            test_run = UNSET
        else:
            test_run = RimeTestRunProgress.from_dict(_test_run)

        rime_stress_test_job_progress = cls(
            test_run=test_run,
        )

        rime_stress_test_job_progress.additional_properties = d
        return rime_stress_test_job_progress

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
from ..models.rime_test_run_progress import RimeTestRunProgress  # noqa: E402
