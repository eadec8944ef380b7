from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobV1")


@_attrs_define
class JobV1:
    """A job in the Public API (dpa-gen `JobV1`; vendor notes 1.6). No `projectId`, `command` or
    `hardwareTierId` (see info, point 4); the command is `runCommand`, the status an object, the times
    `stageTimes`.

        Attributes:
            id (str): The job's id.
            number (int): The job's number in its project (from 1).
            run_command (str): The command the job runs.
            status (JobStatusV1): A Public API job's status (dpa-gen `JobStatusV1`; all four required). `executionStatus` is
                a string
                in dpa-gen; its values are the job statuses (`JobStatus`, open).
            stage_times (StageTimesV1): A Public API job's times (dpa-gen `StageTimesV1`), ISO-8601 date-times, absent until
                reached.
            commit_details (CommitDetailsV1): A Public API job's commits (dpa-gen `CommitDetailsV1`).
            dataset_mounts (list[DatasetMountV1]):
            domino_stats (list[DominoStatsV1]):
            external_volume_mounts (list[ExternalVolumeMountV1]):
            git_repos (list[MountedGitRepoV1]):
            net_app_volume_mounts (list[NetAppVolumeMountV1]):
            projects (list[MountedProjectV1]): Other projects mounted into the job (not the job's own project).
            title (str | Unset): The job's title.
            started_by_id (str | Unset): The id of the user who started the job.
            run_launcher_id (str | Unset): The run launcher that started the job (if one did).
            main_repo_git_ref (GitRefV1 | Unset): A git reference (dpa-gen `GitRefV1`), e.g. `{"refType": "branches",
                "value": "my-branch"}`.
            usage (JobUsageV1 | Unset): A Public API job's peak resource use (dpa-gen `JobUsageV1`).
            compute_cluster (ComputeClusterConfigV1 | Unset): A job's on-demand compute cluster (dpa-gen
                `ComputeClusterConfigV1`; fields not found, open).
    """

    id: str
    number: int
    run_command: str
    status: JobStatusV1
    stage_times: StageTimesV1
    commit_details: CommitDetailsV1
    dataset_mounts: list[DatasetMountV1]
    domino_stats: list[DominoStatsV1]
    external_volume_mounts: list[ExternalVolumeMountV1]
    git_repos: list[MountedGitRepoV1]
    net_app_volume_mounts: list[NetAppVolumeMountV1]
    projects: list[MountedProjectV1]
    title: str | Unset = UNSET
    started_by_id: str | Unset = UNSET
    run_launcher_id: str | Unset = UNSET
    main_repo_git_ref: GitRefV1 | Unset = UNSET
    usage: JobUsageV1 | Unset = UNSET
    compute_cluster: ComputeClusterConfigV1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        run_command = self.run_command

        status = self.status.to_dict()

        stage_times = self.stage_times.to_dict()

        commit_details = self.commit_details.to_dict()

        dataset_mounts = []
        for dataset_mounts_item_data in self.dataset_mounts:
            dataset_mounts_item = dataset_mounts_item_data.to_dict()
            dataset_mounts.append(dataset_mounts_item)

        domino_stats = []
        for domino_stats_item_data in self.domino_stats:
            domino_stats_item = domino_stats_item_data.to_dict()
            domino_stats.append(domino_stats_item)

        external_volume_mounts = []
        for external_volume_mounts_item_data in self.external_volume_mounts:
            external_volume_mounts_item = external_volume_mounts_item_data.to_dict()
            external_volume_mounts.append(external_volume_mounts_item)

        git_repos = []
        for git_repos_item_data in self.git_repos:
            git_repos_item = git_repos_item_data.to_dict()
            git_repos.append(git_repos_item)

        net_app_volume_mounts = []
        for net_app_volume_mounts_item_data in self.net_app_volume_mounts:
            net_app_volume_mounts_item = net_app_volume_mounts_item_data.to_dict()
            net_app_volume_mounts.append(net_app_volume_mounts_item)

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        title = self.title

        started_by_id = self.started_by_id

        run_launcher_id = self.run_launcher_id

        main_repo_git_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_repo_git_ref, Unset):
            main_repo_git_ref = self.main_repo_git_ref.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        compute_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute_cluster, Unset):
            compute_cluster = self.compute_cluster.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "runCommand": run_command,
                "status": status,
                "stageTimes": stage_times,
                "commitDetails": commit_details,
                "datasetMounts": dataset_mounts,
                "dominoStats": domino_stats,
                "externalVolumeMounts": external_volume_mounts,
                "gitRepos": git_repos,
                "netAppVolumeMounts": net_app_volume_mounts,
                "projects": projects,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if started_by_id is not UNSET:
            field_dict["startedById"] = started_by_id
        if run_launcher_id is not UNSET:
            field_dict["runLauncherId"] = run_launcher_id
        if main_repo_git_ref is not UNSET:
            field_dict["mainRepoGitRef"] = main_repo_git_ref
        if usage is not UNSET:
            field_dict["usage"] = usage
        if compute_cluster is not UNSET:
            field_dict["computeCluster"] = compute_cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        run_command = d.pop("runCommand")

        status = JobStatusV1.from_dict(d.pop("status"))

        stage_times = StageTimesV1.from_dict(d.pop("stageTimes"))

        commit_details = CommitDetailsV1.from_dict(d.pop("commitDetails"))

        dataset_mounts = []
        _dataset_mounts = d.pop("datasetMounts")
        for dataset_mounts_item_data in _dataset_mounts:
            dataset_mounts_item = DatasetMountV1.from_dict(dataset_mounts_item_data)

            dataset_mounts.append(dataset_mounts_item)

        domino_stats = []
        _domino_stats = d.pop("dominoStats")
        for domino_stats_item_data in _domino_stats:
            domino_stats_item = DominoStatsV1.from_dict(domino_stats_item_data)

            domino_stats.append(domino_stats_item)

        external_volume_mounts = []
        _external_volume_mounts = d.pop("externalVolumeMounts")
        for external_volume_mounts_item_data in _external_volume_mounts:
            external_volume_mounts_item = ExternalVolumeMountV1.from_dict(external_volume_mounts_item_data)

            external_volume_mounts.append(external_volume_mounts_item)

        git_repos = []
        _git_repos = d.pop("gitRepos")
        for git_repos_item_data in _git_repos:
            git_repos_item = MountedGitRepoV1.from_dict(git_repos_item_data)

            git_repos.append(git_repos_item)

        net_app_volume_mounts = []
        _net_app_volume_mounts = d.pop("netAppVolumeMounts")
        for net_app_volume_mounts_item_data in _net_app_volume_mounts:
            net_app_volume_mounts_item = NetAppVolumeMountV1.from_dict(net_app_volume_mounts_item_data)

            net_app_volume_mounts.append(net_app_volume_mounts_item)

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = MountedProjectV1.from_dict(projects_item_data)

            projects.append(projects_item)

        title = d.pop("title", UNSET)

        started_by_id = d.pop("startedById", UNSET)

        run_launcher_id = d.pop("runLauncherId", UNSET)

        _main_repo_git_ref = d.pop("mainRepoGitRef", UNSET)
        main_repo_git_ref: GitRefV1 | Unset
        if isinstance(_main_repo_git_ref, Unset):
            main_repo_git_ref = UNSET
        else:
            main_repo_git_ref = GitRefV1.from_dict(_main_repo_git_ref)

        _usage = d.pop("usage", UNSET)
        usage: JobUsageV1 | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = JobUsageV1.from_dict(_usage)

        _compute_cluster = d.pop("computeCluster", UNSET)
        compute_cluster: ComputeClusterConfigV1 | Unset
        if isinstance(_compute_cluster, Unset):
            compute_cluster = UNSET
        else:
            compute_cluster = ComputeClusterConfigV1.from_dict(_compute_cluster)

        job_v1 = cls(
            id=id,
            number=number,
            run_command=run_command,
            status=status,
            stage_times=stage_times,
            commit_details=commit_details,
            dataset_mounts=dataset_mounts,
            domino_stats=domino_stats,
            external_volume_mounts=external_volume_mounts,
            git_repos=git_repos,
            net_app_volume_mounts=net_app_volume_mounts,
            projects=projects,
            title=title,
            started_by_id=started_by_id,
            run_launcher_id=run_launcher_id,
            main_repo_git_ref=main_repo_git_ref,
            usage=usage,
            compute_cluster=compute_cluster,
        )

        job_v1.additional_properties = d
        return job_v1

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
from ..models.commit_details_v1 import CommitDetailsV1  # noqa: E402
from ..models.compute_cluster_config_v1 import ComputeClusterConfigV1  # noqa: E402
from ..models.dataset_mount_v1 import DatasetMountV1  # noqa: E402
from ..models.domino_stats_v1 import DominoStatsV1  # noqa: E402
from ..models.external_volume_mount_v1 import ExternalVolumeMountV1  # noqa: E402
from ..models.git_ref_v1 import GitRefV1  # noqa: E402
from ..models.job_status_v1 import JobStatusV1  # noqa: E402
from ..models.job_usage_v1 import JobUsageV1  # noqa: E402
from ..models.mounted_git_repo_v1 import MountedGitRepoV1  # noqa: E402
from ..models.mounted_project_v1 import MountedProjectV1  # noqa: E402
from ..models.net_app_volume_mount_v1 import NetAppVolumeMountV1  # noqa: E402
from ..models.stage_times_v1 import StageTimesV1  # noqa: E402
