from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuthDelivery")


@_attrs_define
class AuthDelivery:
    """A short-lived secret minted for the agent claiming a job: `ciphertext` is the payload encrypted for that agent's
    public key (base64), readable until `expiration`; `sha`/`salt` check it.

        Attributes:
            input_name (str):
            ciphertext (str):
            function_auth_type (str):
            expiration (datetime.datetime):
            sha (str):
            salt (str):
    """

    input_name: str
    ciphertext: str
    function_auth_type: str
    expiration: datetime.datetime
    sha: str
    salt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_name = self.input_name

        ciphertext = self.ciphertext

        function_auth_type = self.function_auth_type

        expiration = self.expiration.isoformat()

        sha = self.sha

        salt = self.salt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_name": input_name,
                "ciphertext": ciphertext,
                "function_auth_type": function_auth_type,
                "expiration": expiration,
                "sha": sha,
                "salt": salt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_name = d.pop("input_name")

        ciphertext = d.pop("ciphertext")

        function_auth_type = d.pop("function_auth_type")

        expiration = datetime.datetime.fromisoformat(d.pop("expiration"))

        sha = d.pop("sha")

        salt = d.pop("salt")

        auth_delivery = cls(
            input_name=input_name,
            ciphertext=ciphertext,
            function_auth_type=function_auth_type,
            expiration=expiration,
            sha=sha,
            salt=salt,
        )

        auth_delivery.additional_properties = d
        return auth_delivery

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
