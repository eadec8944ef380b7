from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V1StartRunRequest")


@_attrs_define
class V1StartRunRequest:
    """The body of python-domino 2.2.0's `runs_start` (every key sent, null when unset). Domino's legacy API
    documentation: `command` is the command as an array of strings (file then arguments), `isDirect` runs
    it as a shell command, `tier` is a hardware tier's name, `publishApiEndpoint` deploys a successful
    run's results to the project's API endpoint.

        Attributes:
            command (list[str]): The file to run, then its arguments (at least the file).
            is_direct (bool):
            commit_id (None | str | Unset):
            title (None | str | Unset):
            tier (None | str | Unset):
            publish_api_endpoint (bool | None | Unset):
    """

    command: list[str]
    is_direct: bool
    commit_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    tier: None | str | Unset = UNSET
    publish_api_endpoint: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        is_direct = self.is_direct

        commit_id: None | str | Unset
        if isinstance(self.commit_id, Unset):
            commit_id = UNSET
        else:
            commit_id = self.commit_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        publish_api_endpoint: bool | None | Unset
        if isinstance(self.publish_api_endpoint, Unset):
            publish_api_endpoint = UNSET
        else:
            publish_api_endpoint = self.publish_api_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "isDirect": is_direct,
            }
        )
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if title is not UNSET:
            field_dict["title"] = title
        if tier is not UNSET:
            field_dict["tier"] = tier
        if publish_api_endpoint is not UNSET:
            field_dict["publishApiEndpoint"] = publish_api_endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = cast(list[str], d.pop("command"))

        is_direct = d.pop("isDirect")

        def _parse_commit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_id = _parse_commit_id(d.pop("commitId", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        def _parse_publish_api_endpoint(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publish_api_endpoint = _parse_publish_api_endpoint(d.pop("publishApiEndpoint", UNSET))

        v1_start_run_request = cls(
            command=command,
            is_direct=is_direct,
            commit_id=commit_id,
            title=title,
            tier=tier,
            publish_api_endpoint=publish_api_endpoint,
        )

        v1_start_run_request.additional_properties = d
        return v1_start_run_request

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
