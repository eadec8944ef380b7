from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BadRequestError")


@_attrs_define
class BadRequestError:
    """Error returned when a request contains invalid parameters or violates schema validation (v2).

    Attributes:
        field_errors (BadRequestErrorFieldErrors | Unset): The errors that relate to specific fields in the request, by
            field name.
        messages (list[str] | Unset): The messages describing why the error occurred.
        request_id (str | Unset): The ID of the request that can be used to help Vectara support debug what went wrong.
    """

    field_errors: BadRequestErrorFieldErrors | Unset = UNSET
    messages: list[str] | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_errors, Unset):
            field_errors = self.field_errors.to_dict()

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_errors is not UNSET:
            field_dict["field_errors"] = field_errors
        if messages is not UNSET:
            field_dict["messages"] = messages
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field_errors = d.pop("field_errors", UNSET)
        field_errors: BadRequestErrorFieldErrors | Unset
        if isinstance(_field_errors, Unset):
            field_errors = UNSET
        else:
            field_errors = BadRequestErrorFieldErrors.from_dict(_field_errors)

        messages = cast(list[str], d.pop("messages", UNSET))

        request_id = d.pop("request_id", UNSET)

        bad_request_error = cls(
            field_errors=field_errors,
            messages=messages,
            request_id=request_id,
        )

        bad_request_error.additional_properties = d
        return bad_request_error

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
from ..models.bad_request_error_field_errors import BadRequestErrorFieldErrors  # noqa: E402
