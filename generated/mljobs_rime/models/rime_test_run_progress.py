from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rime_test_task_status import RimeTestTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeTestRunProgress")


@_attrs_define
class RimeTestRunProgress:
    """TestRunProgress is a shared message for representing the progress of a single test run.

    Attributes:
        test_run_id (str | Unset):
        status (RimeTestTaskStatus | Unset): Status of individual test units, e.g. test runs, test batches, test cases.
            This is different from
            job status because these are more abstract. Values from rime-sdk 2.x (the document lists none).
        test_batches (list[TestRunProgressTestBatchProgress] | Unset):
    """

    test_run_id: str | Unset = UNSET
    status: RimeTestTaskStatus | Unset = UNSET
    test_batches: list[TestRunProgressTestBatchProgress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_run_id = self.test_run_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        test_batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_batches, Unset):
            test_batches = []
            for test_batches_item_data in self.test_batches:
                test_batches_item = test_batches_item_data.to_dict()
                test_batches.append(test_batches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_run_id is not UNSET:
            field_dict["testRunId"] = test_run_id
        if status is not UNSET:
            field_dict["status"] = status
        if test_batches is not UNSET:
            field_dict["testBatches"] = test_batches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_run_id = d.pop("testRunId", UNSET)

        _status = d.pop("status", UNSET)
        status: RimeTestTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RimeTestTaskStatus(_status)

        _test_batches = d.pop("testBatches", UNSET)
        test_batches: list[TestRunProgressTestBatchProgress] | Unset = UNSET
        if _test_batches is not UNSET:
            test_batches = []
            for test_batches_item_data in _test_batches:
                test_batches_item = TestRunProgressTestBatchProgress.from_dict(test_batches_item_data)

                test_batches.append(test_batches_item)

        rime_test_run_progress = cls(
            test_run_id=test_run_id,
            status=status,
            test_batches=test_batches,
        )

        rime_test_run_progress.additional_properties = d
        return rime_test_run_progress

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
from ..models.test_run_progress_test_batch_progress import TestRunProgressTestBatchProgress  # noqa: E402
