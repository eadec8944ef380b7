from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_code import StatusCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_list_values import JobListValues


T = TypeVar("T", bound="JobListResponse")


@_attrs_define
class JobListResponse:
    """The envelope of the list answer.

    Attributes:
        status_code (StatusCode | Unset): The HTTP reason name of the answer (appendix A says "number, default 200";
            every example sends
            the name).
        status_string (str | Unset):
        values (JobListValues | Unset): The `values` of the list answer.
    """

    status_code: StatusCode | Unset = UNSET
    status_string: str | Unset = UNSET
    values: JobListValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code: str | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        status_string = self.status_string

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if status_string is not UNSET:
            field_dict["statusString"] = status_string
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_list_values import JobListValues  # noqa: PLC0415

        d = dict(src_dict)
        _status_code = d.pop("statusCode", UNSET)
        status_code: StatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = StatusCode(_status_code)

        status_string = d.pop("statusString", UNSET)

        _values = d.pop("values", UNSET)
        values: JobListValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = JobListValues.from_dict(_values)

        job_list_response = cls(
            status_code=status_code,
            status_string=status_string,
            values=values,
        )

        job_list_response.additional_properties = d
        return job_list_response

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
