from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V4QueuedJobHistoryDetails")


@_attrs_define
class V4QueuedJobHistoryDetails:
    """Why a just-started v4 job waits.

    Attributes:
        expected_wait (str | Unset):
        explanation (str | Unset):
        help_text (None | str | Unset):
    """

    expected_wait: str | Unset = UNSET
    explanation: str | Unset = UNSET
    help_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_wait = self.expected_wait

        explanation = self.explanation

        help_text: None | str | Unset
        if isinstance(self.help_text, Unset):
            help_text = UNSET
        else:
            help_text = self.help_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expected_wait is not UNSET:
            field_dict["expectedWait"] = expected_wait
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if help_text is not UNSET:
            field_dict["helpText"] = help_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_wait = d.pop("expectedWait", UNSET)

        explanation = d.pop("explanation", UNSET)

        def _parse_help_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        help_text = _parse_help_text(d.pop("helpText", UNSET))

        v4_queued_job_history_details = cls(
            expected_wait=expected_wait,
            explanation=explanation,
            help_text=help_text,
        )

        v4_queued_job_history_details.additional_properties = d
        return v4_queued_job_history_details

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
