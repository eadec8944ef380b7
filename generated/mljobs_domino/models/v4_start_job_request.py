from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V4StartJobRequest")


@_attrs_define
class V4StartJobRequest:
    """python-domino 2.2.0 `job_start`'s body; every key is sent, null when unset.

    Attributes:
        project_id (str):
        command_to_run (str):
        commit_id (None | str | Unset):
        main_repo_git_ref (None | Unset | V4GitRef):
        override_hardware_tier_id (None | str | Unset):
        on_demand_spark_cluster_properties (None | Unset | V4ClusterProperties):
        compute_cluster_properties (None | Unset | V4ClusterProperties):
        environment_id (None | str | Unset):
        external_volume_mounts (list[str] | None | Unset):
        title (None | str | Unset):
    """

    project_id: str
    command_to_run: str
    commit_id: None | str | Unset = UNSET
    main_repo_git_ref: None | Unset | V4GitRef = UNSET
    override_hardware_tier_id: None | str | Unset = UNSET
    on_demand_spark_cluster_properties: None | Unset | V4ClusterProperties = UNSET
    compute_cluster_properties: None | Unset | V4ClusterProperties = UNSET
    environment_id: None | str | Unset = UNSET
    external_volume_mounts: list[str] | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        command_to_run = self.command_to_run

        commit_id: None | str | Unset
        if isinstance(self.commit_id, Unset):
            commit_id = UNSET
        else:
            commit_id = self.commit_id

        main_repo_git_ref: dict[str, Any] | None | Unset
        if isinstance(self.main_repo_git_ref, Unset):
            main_repo_git_ref = UNSET
        elif isinstance(self.main_repo_git_ref, V4GitRef):
            main_repo_git_ref = self.main_repo_git_ref.to_dict()
        else:
            main_repo_git_ref = self.main_repo_git_ref

        override_hardware_tier_id: None | str | Unset
        if isinstance(self.override_hardware_tier_id, Unset):
            override_hardware_tier_id = UNSET
        else:
            override_hardware_tier_id = self.override_hardware_tier_id

        on_demand_spark_cluster_properties: dict[str, Any] | None | Unset
        if isinstance(self.on_demand_spark_cluster_properties, Unset):
            on_demand_spark_cluster_properties = UNSET
        elif isinstance(self.on_demand_spark_cluster_properties, V4ClusterProperties):
            on_demand_spark_cluster_properties = self.on_demand_spark_cluster_properties.to_dict()
        else:
            on_demand_spark_cluster_properties = self.on_demand_spark_cluster_properties

        compute_cluster_properties: dict[str, Any] | None | Unset
        if isinstance(self.compute_cluster_properties, Unset):
            compute_cluster_properties = UNSET
        elif isinstance(self.compute_cluster_properties, V4ClusterProperties):
            compute_cluster_properties = self.compute_cluster_properties.to_dict()
        else:
            compute_cluster_properties = self.compute_cluster_properties

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        external_volume_mounts: list[str] | None | Unset
        if isinstance(self.external_volume_mounts, Unset):
            external_volume_mounts = UNSET
        elif isinstance(self.external_volume_mounts, list):
            external_volume_mounts = self.external_volume_mounts

        else:
            external_volume_mounts = self.external_volume_mounts

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "commandToRun": command_to_run,
            }
        )
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if main_repo_git_ref is not UNSET:
            field_dict["mainRepoGitRef"] = main_repo_git_ref
        if override_hardware_tier_id is not UNSET:
            field_dict["overrideHardwareTierId"] = override_hardware_tier_id
        if on_demand_spark_cluster_properties is not UNSET:
            field_dict["onDemandSparkClusterProperties"] = on_demand_spark_cluster_properties
        if compute_cluster_properties is not UNSET:
            field_dict["computeClusterProperties"] = compute_cluster_properties
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if external_volume_mounts is not UNSET:
            field_dict["externalVolumeMounts"] = external_volume_mounts
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        command_to_run = d.pop("commandToRun")

        def _parse_commit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_id = _parse_commit_id(d.pop("commitId", UNSET))

        def _parse_main_repo_git_ref(data: object) -> None | Unset | V4GitRef:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_repo_git_ref_type_1 = V4GitRef.from_dict(data)

                return main_repo_git_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V4GitRef, data)

        main_repo_git_ref = _parse_main_repo_git_ref(d.pop("mainRepoGitRef", UNSET))

        def _parse_override_hardware_tier_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_hardware_tier_id = _parse_override_hardware_tier_id(d.pop("overrideHardwareTierId", UNSET))

        def _parse_on_demand_spark_cluster_properties(data: object) -> None | Unset | V4ClusterProperties:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                on_demand_spark_cluster_properties_type_1 = V4ClusterProperties.from_dict(data)

                return on_demand_spark_cluster_properties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V4ClusterProperties, data)

        on_demand_spark_cluster_properties = _parse_on_demand_spark_cluster_properties(
            d.pop("onDemandSparkClusterProperties", UNSET)
        )

        def _parse_compute_cluster_properties(data: object) -> None | Unset | V4ClusterProperties:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compute_cluster_properties_type_1 = V4ClusterProperties.from_dict(data)

                return compute_cluster_properties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V4ClusterProperties, data)

        compute_cluster_properties = _parse_compute_cluster_properties(d.pop("computeClusterProperties", UNSET))

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environmentId", UNSET))

        def _parse_external_volume_mounts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                external_volume_mounts_type_0 = cast(list[str], data)

                return external_volume_mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        external_volume_mounts = _parse_external_volume_mounts(d.pop("externalVolumeMounts", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        v4_start_job_request = cls(
            project_id=project_id,
            command_to_run=command_to_run,
            commit_id=commit_id,
            main_repo_git_ref=main_repo_git_ref,
            override_hardware_tier_id=override_hardware_tier_id,
            on_demand_spark_cluster_properties=on_demand_spark_cluster_properties,
            compute_cluster_properties=compute_cluster_properties,
            environment_id=environment_id,
            external_volume_mounts=external_volume_mounts,
            title=title,
        )

        v4_start_job_request.additional_properties = d
        return v4_start_job_request

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
from ..models.v4_cluster_properties import V4ClusterProperties  # noqa: E402
from ..models.v4_git_ref import V4GitRef  # noqa: E402
