from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionVersion")


@_attrs_define
class FunctionVersion:
    """The function (of a module version) a job runs.

    Attributes:
        id (str):
        created (datetime.datetime):
        name (str):
        version (str):
        module_name (str):
        module_version (str):
        entrypoint (str):
        function_schema (None | str):
        run_command (str):
        created_by_id (str):
        status (FunctionStatus):
        tool_name (None | str | Unset):
        tool_display_name (None | str | Unset):
        tool_versions (list[ToolVersion] | Unset):
        operating_systems (list[OperatingSystem] | Unset):
    """

    id: str
    created: datetime.datetime
    name: str
    version: str
    module_name: str
    module_version: str
    entrypoint: str
    function_schema: None | str
    run_command: str
    created_by_id: str
    status: FunctionStatus
    tool_name: None | str | Unset = UNSET
    tool_display_name: None | str | Unset = UNSET
    tool_versions: list[ToolVersion] | Unset = UNSET
    operating_systems: list[OperatingSystem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        name = self.name

        version = self.version

        module_name = self.module_name

        module_version = self.module_version

        entrypoint = self.entrypoint

        function_schema: None | str
        function_schema = self.function_schema

        run_command = self.run_command

        created_by_id = self.created_by_id

        status = self.status.to_dict()

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        tool_display_name: None | str | Unset
        if isinstance(self.tool_display_name, Unset):
            tool_display_name = UNSET
        else:
            tool_display_name = self.tool_display_name

        tool_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_versions, Unset):
            tool_versions = []
            for tool_versions_item_data in self.tool_versions:
                tool_versions_item = tool_versions_item_data.to_dict()
                tool_versions.append(tool_versions_item)

        operating_systems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operating_systems, Unset):
            operating_systems = []
            for operating_systems_item_data in self.operating_systems:
                operating_systems_item = operating_systems_item_data.to_dict()
                operating_systems.append(operating_systems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "name": name,
                "version": version,
                "module_name": module_name,
                "module_version": module_version,
                "entrypoint": entrypoint,
                "function_schema": function_schema,
                "run_command": run_command,
                "created_by_id": created_by_id,
                "status": status,
            }
        )
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if tool_display_name is not UNSET:
            field_dict["tool_display_name"] = tool_display_name
        if tool_versions is not UNSET:
            field_dict["tool_versions"] = tool_versions
        if operating_systems is not UNSET:
            field_dict["operating_systems"] = operating_systems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        name = d.pop("name")

        version = d.pop("version")

        module_name = d.pop("module_name")

        module_version = d.pop("module_version")

        entrypoint = d.pop("entrypoint")

        def _parse_function_schema(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        function_schema = _parse_function_schema(d.pop("function_schema"))

        run_command = d.pop("run_command")

        created_by_id = d.pop("created_by_id")

        status = FunctionStatus.from_dict(d.pop("status"))

        def _parse_tool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_name = _parse_tool_name(d.pop("tool_name", UNSET))

        def _parse_tool_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_display_name = _parse_tool_display_name(d.pop("tool_display_name", UNSET))

        _tool_versions = d.pop("tool_versions", UNSET)
        tool_versions: list[ToolVersion] | Unset = UNSET
        if _tool_versions is not UNSET:
            tool_versions = []
            for tool_versions_item_data in _tool_versions:
                tool_versions_item = ToolVersion.from_dict(tool_versions_item_data)

                tool_versions.append(tool_versions_item)

        _operating_systems = d.pop("operating_systems", UNSET)
        operating_systems: list[OperatingSystem] | Unset = UNSET
        if _operating_systems is not UNSET:
            operating_systems = []
            for operating_systems_item_data in _operating_systems:
                operating_systems_item = OperatingSystem.from_dict(operating_systems_item_data)

                operating_systems.append(operating_systems_item)

        function_version = cls(
            id=id,
            created=created,
            name=name,
            version=version,
            module_name=module_name,
            module_version=module_version,
            entrypoint=entrypoint,
            function_schema=function_schema,
            run_command=run_command,
            created_by_id=created_by_id,
            status=status,
            tool_name=tool_name,
            tool_display_name=tool_display_name,
            tool_versions=tool_versions,
            operating_systems=operating_systems,
        )

        function_version.additional_properties = d
        return function_version

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
from ..models.function_status import FunctionStatus  # noqa: E402
from ..models.operating_system import OperatingSystem  # noqa: E402
from ..models.tool_version import ToolVersion  # noqa: E402
