from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewJobV1")


@_attrs_define
class NewJobV1:
    """The Public API's Start Job body (dpa-gen `NewJobV1`; vendor notes 1.6).

    Attributes:
        project_id (str): The project to create the job in.
        run_command (str): The command for the job to run (e.g. `main.py`).
        title (str | Unset): The job's name.
        hardware_tier (str | Unset): The hardware tier (e.g. `small-k8s`); the project's default tier when absent.
        environment_id (str | Unset): The environment; the project's default when absent.
        environment_revision_spec (str | Unset): `ActiveRevision` (the default), `LatestRevision` or
            `SomeRevision(<id>)`.
        commit_id (str | Unset): The git commit to start from; the project's head when absent.
        capacity_type (str | Unset): A capacity type within the hardware tier (e.g. `on-demand`).
        compute_cluster (ComputeClusterConfigV1 | Unset): A job's on-demand compute cluster (dpa-gen
            `ComputeClusterConfigV1`; fields not found, open).
        main_repo_git_ref (GitRefV1 | Unset): A git reference (dpa-gen `GitRefV1`), e.g. `{"refType": "branches",
            "value": "my-branch"}`.
        external_volume_mount_ids (list[str] | Unset): External volumes to mount.
        net_app_volume_ids (list[str] | Unset): NetApp volumes to mount.
        snapshot_datasets_on_completion (bool | Unset): Snapshot the mounted datasets when the job ends.
        snapshot_net_app_volumes_on_completion (bool | Unset): Snapshot the mounted NetApp volumes when the job ends.
    """

    project_id: str
    run_command: str
    title: str | Unset = UNSET
    hardware_tier: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    environment_revision_spec: str | Unset = UNSET
    commit_id: str | Unset = UNSET
    capacity_type: str | Unset = UNSET
    compute_cluster: ComputeClusterConfigV1 | Unset = UNSET
    main_repo_git_ref: GitRefV1 | Unset = UNSET
    external_volume_mount_ids: list[str] | Unset = UNSET
    net_app_volume_ids: list[str] | Unset = UNSET
    snapshot_datasets_on_completion: bool | Unset = UNSET
    snapshot_net_app_volumes_on_completion: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        run_command = self.run_command

        title = self.title

        hardware_tier = self.hardware_tier

        environment_id = self.environment_id

        environment_revision_spec = self.environment_revision_spec

        commit_id = self.commit_id

        capacity_type = self.capacity_type

        compute_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute_cluster, Unset):
            compute_cluster = self.compute_cluster.to_dict()

        main_repo_git_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_repo_git_ref, Unset):
            main_repo_git_ref = self.main_repo_git_ref.to_dict()

        external_volume_mount_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_volume_mount_ids, Unset):
            external_volume_mount_ids = self.external_volume_mount_ids

        net_app_volume_ids: list[str] | Unset = UNSET
        if not isinstance(self.net_app_volume_ids, Unset):
            net_app_volume_ids = self.net_app_volume_ids

        snapshot_datasets_on_completion = self.snapshot_datasets_on_completion

        snapshot_net_app_volumes_on_completion = self.snapshot_net_app_volumes_on_completion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "runCommand": run_command,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if hardware_tier is not UNSET:
            field_dict["hardwareTier"] = hardware_tier
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if environment_revision_spec is not UNSET:
            field_dict["environmentRevisionSpec"] = environment_revision_spec
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if capacity_type is not UNSET:
            field_dict["capacityType"] = capacity_type
        if compute_cluster is not UNSET:
            field_dict["computeCluster"] = compute_cluster
        if main_repo_git_ref is not UNSET:
            field_dict["mainRepoGitRef"] = main_repo_git_ref
        if external_volume_mount_ids is not UNSET:
            field_dict["externalVolumeMountIds"] = external_volume_mount_ids
        if net_app_volume_ids is not UNSET:
            field_dict["netAppVolumeIds"] = net_app_volume_ids
        if snapshot_datasets_on_completion is not UNSET:
            field_dict["snapshotDatasetsOnCompletion"] = snapshot_datasets_on_completion
        if snapshot_net_app_volumes_on_completion is not UNSET:
            field_dict["snapshotNetAppVolumesOnCompletion"] = snapshot_net_app_volumes_on_completion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        run_command = d.pop("runCommand")

        title = d.pop("title", UNSET)

        hardware_tier = d.pop("hardwareTier", UNSET)

        environment_id = d.pop("environmentId", UNSET)

        environment_revision_spec = d.pop("environmentRevisionSpec", UNSET)

        commit_id = d.pop("commitId", UNSET)

        capacity_type = d.pop("capacityType", UNSET)

        _compute_cluster = d.pop("computeCluster", UNSET)
        compute_cluster: ComputeClusterConfigV1 | Unset
        if isinstance(_compute_cluster, Unset):
            compute_cluster = UNSET
        else:
            compute_cluster = ComputeClusterConfigV1.from_dict(_compute_cluster)

        _main_repo_git_ref = d.pop("mainRepoGitRef", UNSET)
        main_repo_git_ref: GitRefV1 | Unset
        if isinstance(_main_repo_git_ref, Unset):
            main_repo_git_ref = UNSET
        else:
            main_repo_git_ref = GitRefV1.from_dict(_main_repo_git_ref)

        external_volume_mount_ids = cast(list[str], d.pop("externalVolumeMountIds", UNSET))

        net_app_volume_ids = cast(list[str], d.pop("netAppVolumeIds", UNSET))

        snapshot_datasets_on_completion = d.pop("snapshotDatasetsOnCompletion", UNSET)

        snapshot_net_app_volumes_on_completion = d.pop("snapshotNetAppVolumesOnCompletion", UNSET)

        new_job_v1 = cls(
            project_id=project_id,
            run_command=run_command,
            title=title,
            hardware_tier=hardware_tier,
            environment_id=environment_id,
            environment_revision_spec=environment_revision_spec,
            commit_id=commit_id,
            capacity_type=capacity_type,
            compute_cluster=compute_cluster,
            main_repo_git_ref=main_repo_git_ref,
            external_volume_mount_ids=external_volume_mount_ids,
            net_app_volume_ids=net_app_volume_ids,
            snapshot_datasets_on_completion=snapshot_datasets_on_completion,
            snapshot_net_app_volumes_on_completion=snapshot_net_app_volumes_on_completion,
        )

        new_job_v1.additional_properties = d
        return new_job_v1

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
from ..models.compute_cluster_config_v1 import ComputeClusterConfigV1  # noqa: E402
from ..models.git_ref_v1 import GitRefV1  # noqa: E402
