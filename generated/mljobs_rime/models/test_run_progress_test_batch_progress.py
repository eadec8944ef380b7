from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rime_test_task_status import RimeTestTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRunProgressTestBatchProgress")


@_attrs_define
class TestRunProgressTestBatchProgress:
    """
    Attributes:
        type_ (str | Unset): (test run ID, test batch type) are a unique ID of the test batch.
        status (RimeTestTaskStatus | Unset): Status of individual test units, e.g. test runs, test batches, test cases.
            This is different from
            job status because these are more abstract. Values from rime-sdk 2.x (the document lists none).
    """

    type_: str | Unset = UNSET
    status: RimeTestTaskStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _status = d.pop("status", UNSET)
        status: RimeTestTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RimeTestTaskStatus(_status)

        test_run_progress_test_batch_progress = cls(
            type_=type_,
            status=status,
        )

        test_run_progress_test_batch_progress.additional_properties = d
        return test_run_progress_test_batch_progress

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
