from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usability_status_name import UsabilityStatusName

T = TypeVar("T", bound="FunctionStatus")


@_attrs_define
class FunctionStatus:
    """
    Attributes:
        id (str):
        created (datetime.datetime):
        created_by_id (str):
        name (UsabilityStatusName): Whether a function version is supported or deprecated.
        reason (None | str):
        function_id (str):
    """

    id: str
    created: datetime.datetime
    created_by_id: str
    name: UsabilityStatusName
    reason: None | str
    function_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        name = self.name.value

        reason: None | str
        reason = self.reason

        function_id = self.function_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "created_by_id": created_by_id,
                "name": name,
                "reason": reason,
                "function_id": function_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("created_by_id")

        name = UsabilityStatusName(d.pop("name"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        function_id = d.pop("function_id")

        function_status = cls(
            id=id,
            created=created,
            created_by_id=created_by_id,
            name=name,
            reason=reason,
            function_id=function_id,
        )

        function_status.additional_properties = d
        return function_status

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
