from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job as the document's examples show it (list item, job details, start answer). Every example has
    `id`, `projectId`, `status` and `command`; the details add `endedAt`, `commitId` and
    `outputCommitId`. The real service's JobV1 differs (info, point 4).

        Attributes:
            id (str): The job's id.
            project_id (str): The job's project.
            status (JobStatus): A job's status. The document lists Pending, Running, Succeeded, Failed and Stopped
                (Succeeded, Failed
                and Stopped are final). The service also sends these (python-domino and its tests: Queued; Domino's
                web app `RunStatus` enum: Queued, Scheduled, Pending, Preparing, Building, Pulling, Running, Serving,
                StopRequested, StopAndDiscardRequested, Stopping, Finishing, then the final states):

                - Pending: accepted, waiting to be scheduled (the document's first state).
                - Queued: waiting for capacity (what python-domino sees right after a start).
                - Scheduled: a scheduled run, waiting for its time.
                - Preparing: the run's node and volumes are being prepared.
                - Building: the environment image is being built.
                - Pulling: the environment image is being pulled.
                - Running: the command runs.
                - Serving: the run serves an app or endpoint.
                - StopRequested: a stop (keeping results) was asked for.
                - StopAndDiscardRequested: a stop discarding results was asked for.
                - Stopping: the run is being stopped.
                - Finishing: the command ended; results are being saved.
                - Succeeded: final; the command exited 0.
                - Failed: final; the command failed (python-domino raises `RunFailedException`).
                - Error: final; Domino could not run the job. Guess: the `RunStatus` excerpt in the vendor notes is cut
                  before its final states; third-party clients treat Succeeded, Failed, Error and Stopped as final.
                - Stopped: final; the job was stopped.
            command (str): The command the job runs.
            title (None | str | Unset): The job's title, as given to Start Job. Not in the document's job examples; the real
                JobV1 has it
                (optional), and the v4 job sends null when unset.
            hardware_tier_id (str | Unset): The hardware tier the job runs on.
            environment_id (str | Unset): The job's compute environment.
            started_at (datetime.datetime | None | Unset): When the job started running (absent or null before it starts).
            ended_at (datetime.datetime | None | Unset): When the job ended (absent or null while it runs).
            commit_id (str | Unset): The input commit (the code the job ran).
            output_commit_id (None | str | Unset): The commit of the job's results (null until the job has ended and saved
                them).
            stage_times (StageTimesV1 | Unset): A Public API job's times (dpa-gen `StageTimesV1`), ISO-8601 date-times,
                absent until reached.
    """

    id: str
    project_id: str
    status: JobStatus
    command: str
    title: None | str | Unset = UNSET
    hardware_tier_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    commit_id: str | Unset = UNSET
    output_commit_id: None | str | Unset = UNSET
    stage_times: StageTimesV1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        status = self.status.value

        command = self.command

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        hardware_tier_id = self.hardware_tier_id

        environment_id = self.environment_id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        commit_id = self.commit_id

        output_commit_id: None | str | Unset
        if isinstance(self.output_commit_id, Unset):
            output_commit_id = UNSET
        else:
            output_commit_id = self.output_commit_id

        stage_times: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stage_times, Unset):
            stage_times = self.stage_times.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectId": project_id,
                "status": status,
                "command": command,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if hardware_tier_id is not UNSET:
            field_dict["hardwareTierId"] = hardware_tier_id
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if output_commit_id is not UNSET:
            field_dict["outputCommitId"] = output_commit_id
        if stage_times is not UNSET:
            field_dict["stageTimes"] = stage_times

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("projectId")

        status = JobStatus(d.pop("status"))

        command = d.pop("command")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        hardware_tier_id = d.pop("hardwareTierId", UNSET)

        environment_id = d.pop("environmentId", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("endedAt", UNSET))

        commit_id = d.pop("commitId", UNSET)

        def _parse_output_commit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_commit_id = _parse_output_commit_id(d.pop("outputCommitId", UNSET))

        _stage_times = d.pop("stageTimes", UNSET)
        stage_times: StageTimesV1 | Unset
        if isinstance(_stage_times, Unset):
            stage_times = UNSET
        else:
            stage_times = StageTimesV1.from_dict(_stage_times)

        job = cls(
            id=id,
            project_id=project_id,
            status=status,
            command=command,
            title=title,
            hardware_tier_id=hardware_tier_id,
            environment_id=environment_id,
            started_at=started_at,
            ended_at=ended_at,
            commit_id=commit_id,
            output_commit_id=output_commit_id,
            stage_times=stage_times,
        )

        job.additional_properties = d
        return job

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
from ..models.stage_times_v1 import StageTimesV1  # noqa: E402
