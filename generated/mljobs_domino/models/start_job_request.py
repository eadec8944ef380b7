from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartJobRequest")


@_attrs_define
class StartJobRequest:
    """The body of Start Job: the document's table (projectId, commandToRun and hardwareTierId required) and
    its example's `isDirectHardwareTierId`. The real service's body is `NewJobV1` (info, point 5).

        Attributes:
            project_id (str): Project to run in.
            command_to_run (str): Command to execute.
            hardware_tier_id (str): Hardware tier ID or name.
            environment_id (None | str | Unset): Environment ID (null is the same as absent).
            commit_id (None | str | Unset): Git commit to use (null is the same as absent).
            title (None | str | Unset): Job title (null is the same as absent).
            is_direct_hardware_tier_id (bool | None | Unset): In the document's example body only (`false`), not in its
                table. Guess: true when
                `hardwareTierId` is an id rather than a name.
    """

    project_id: str
    command_to_run: str
    hardware_tier_id: str
    environment_id: None | str | Unset = UNSET
    commit_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    is_direct_hardware_tier_id: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        command_to_run = self.command_to_run

        hardware_tier_id = self.hardware_tier_id

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

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

        is_direct_hardware_tier_id: bool | None | Unset
        if isinstance(self.is_direct_hardware_tier_id, Unset):
            is_direct_hardware_tier_id = UNSET
        else:
            is_direct_hardware_tier_id = self.is_direct_hardware_tier_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "commandToRun": command_to_run,
                "hardwareTierId": hardware_tier_id,
            }
        )
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if title is not UNSET:
            field_dict["title"] = title
        if is_direct_hardware_tier_id is not UNSET:
            field_dict["isDirectHardwareTierId"] = is_direct_hardware_tier_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        command_to_run = d.pop("commandToRun")

        hardware_tier_id = d.pop("hardwareTierId")

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environmentId", UNSET))

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

        def _parse_is_direct_hardware_tier_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_direct_hardware_tier_id = _parse_is_direct_hardware_tier_id(d.pop("isDirectHardwareTierId", UNSET))

        start_job_request = cls(
            project_id=project_id,
            command_to_run=command_to_run,
            hardware_tier_id=hardware_tier_id,
            environment_id=environment_id,
            commit_id=commit_id,
            title=title,
            is_direct_hardware_tier_id=is_direct_hardware_tier_id,
        )

        start_job_request.additional_properties = d
        return start_job_request

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
