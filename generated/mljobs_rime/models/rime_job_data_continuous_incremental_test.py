from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeJobDataContinuousIncrementalTest")


@_attrs_define
class RimeJobDataContinuousIncrementalTest:
    """A continuous incremental test job runs `n` test runs, where `n` is the number of bins specified in
    the dataset. This is a production specific workflow and is used to monitor a model's performance
    over time.

        Attributes:
            firewall_id (str | Unset):
            ct_test_run_ids (list[str] | Unset):
            progress (RimeContinuousTestJobProgress | Unset):
    """

    firewall_id: str | Unset = UNSET
    ct_test_run_ids: list[str] | Unset = UNSET
    progress: RimeContinuousTestJobProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        firewall_id = self.firewall_id

        ct_test_run_ids: list[str] | Unset = UNSET
        if not isinstance(self.ct_test_run_ids, Unset):
            ct_test_run_ids = self.ct_test_run_ids

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if firewall_id is not UNSET:
            field_dict["firewallId"] = firewall_id
        if ct_test_run_ids is not UNSET:
            field_dict["ctTestRunIds"] = ct_test_run_ids
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        firewall_id = d.pop("firewallId", UNSET)

        ct_test_run_ids = cast(list[str], d.pop("ctTestRunIds", UNSET))

        _progress = d.pop("progress", UNSET)
        progress: RimeContinuousTestJobProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = RimeContinuousTestJobProgress.from_dict(_progress)

        rime_job_data_continuous_incremental_test = cls(
            firewall_id=firewall_id,
            ct_test_run_ids=ct_test_run_ids,
            progress=progress,
        )

        rime_job_data_continuous_incremental_test.additional_properties = d
        return rime_job_data_continuous_incremental_test

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
from ..models.rime_continuous_test_job_progress import RimeContinuousTestJobProgress  # noqa: E402
