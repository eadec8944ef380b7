from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V4Job")


@_attrs_define
class V4Job:
    """The internal v4 job object (vendor notes 1.5; python-domino's tests). python-domino reads `id` and
    `statuses`; the rest is kept as the tests show it.

        Attributes:
            id (str):
            statuses (V4JobStatuses): A v4 job's `statuses` (python-domino reads `isCompleted` and `executionStatus`).
            number (int | Unset):
            project_id (str | Unset):
            title (None | str | Unset):
            job_run_command (str | Unset):
            stage_time (V4StageTime | Unset): A v4 job's times, in epoch milliseconds (null until reached).
            started_by (V4StartedBy | Unset): Who started a v4 job.
            commit_details (V4CommitDetails | Unset): A v4 job's input and output commits.
            queued_job_history_details (V4QueuedJobHistoryDetails | Unset): Why a just-started v4 job waits.
    """

    id: str
    statuses: V4JobStatuses
    number: int | Unset = UNSET
    project_id: str | Unset = UNSET
    title: None | str | Unset = UNSET
    job_run_command: str | Unset = UNSET
    stage_time: V4StageTime | Unset = UNSET
    started_by: V4StartedBy | Unset = UNSET
    commit_details: V4CommitDetails | Unset = UNSET
    queued_job_history_details: V4QueuedJobHistoryDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        statuses = self.statuses.to_dict()

        number = self.number

        project_id = self.project_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        job_run_command = self.job_run_command

        stage_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stage_time, Unset):
            stage_time = self.stage_time.to_dict()

        started_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.started_by, Unset):
            started_by = self.started_by.to_dict()

        commit_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commit_details, Unset):
            commit_details = self.commit_details.to_dict()

        queued_job_history_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queued_job_history_details, Unset):
            queued_job_history_details = self.queued_job_history_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "statuses": statuses,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if title is not UNSET:
            field_dict["title"] = title
        if job_run_command is not UNSET:
            field_dict["jobRunCommand"] = job_run_command
        if stage_time is not UNSET:
            field_dict["stageTime"] = stage_time
        if started_by is not UNSET:
            field_dict["startedBy"] = started_by
        if commit_details is not UNSET:
            field_dict["commitDetails"] = commit_details
        if queued_job_history_details is not UNSET:
            field_dict["queuedJobHistoryDetails"] = queued_job_history_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        statuses = V4JobStatuses.from_dict(d.pop("statuses"))

        number = d.pop("number", UNSET)

        project_id = d.pop("projectId", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        job_run_command = d.pop("jobRunCommand", UNSET)

        _stage_time = d.pop("stageTime", UNSET)
        stage_time: V4StageTime | Unset
        if isinstance(_stage_time, Unset):
            stage_time = UNSET
        else:
            stage_time = V4StageTime.from_dict(_stage_time)

        _started_by = d.pop("startedBy", UNSET)
        started_by: V4StartedBy | Unset
        if isinstance(_started_by, Unset):
            started_by = UNSET
        else:
            started_by = V4StartedBy.from_dict(_started_by)

        _commit_details = d.pop("commitDetails", UNSET)
        commit_details: V4CommitDetails | Unset
        if isinstance(_commit_details, Unset):
            commit_details = UNSET
        else:
            commit_details = V4CommitDetails.from_dict(_commit_details)

        _queued_job_history_details = d.pop("queuedJobHistoryDetails", UNSET)
        queued_job_history_details: V4QueuedJobHistoryDetails | Unset
        if isinstance(_queued_job_history_details, Unset):
            queued_job_history_details = UNSET
        else:
            queued_job_history_details = V4QueuedJobHistoryDetails.from_dict(_queued_job_history_details)

        v4_job = cls(
            id=id,
            statuses=statuses,
            number=number,
            project_id=project_id,
            title=title,
            job_run_command=job_run_command,
            stage_time=stage_time,
            started_by=started_by,
            commit_details=commit_details,
            queued_job_history_details=queued_job_history_details,
        )

        v4_job.additional_properties = d
        return v4_job

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
from ..models.v4_commit_details import V4CommitDetails  # noqa: E402
from ..models.v4_job_statuses import V4JobStatuses  # noqa: E402
from ..models.v4_queued_job_history_details import V4QueuedJobHistoryDetails  # noqa: E402
from ..models.v4_stage_time import V4StageTime  # noqa: E402
from ..models.v4_started_by import V4StartedBy  # noqa: E402
