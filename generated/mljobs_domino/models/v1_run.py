from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1Run")


@_attrs_define
class V1Run:
    """A run in the legacy v1 API (Domino's legacy API documentation's example; python-domino reads `id`,
    `status` and `outputCommitId`, which is set once the run has completed and saved its results). Times
    are epoch milliseconds, absent until reached.

        Attributes:
            id (str):
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
            project_id (str | Unset):
            number (int | Unset):
            starting_user_id (str | Unset):
            queued (int | Unset):
            started (int | None | Unset):
            completed (int | None | Unset):
            commit_id (str | Unset):
            executor (str | Unset):
            output_commit_id (None | str | Unset):
            title (None | str | Unset):
            is_archived (bool | Unset):
            post_processed_timestamp (int | None | Unset):
            diagnostic_statistics (V1DiagnosticStatistics | Unset): A run's diagnostic statistics (`dominostats.json`).
            is_completed (bool | Unset):
            hardware_tier_id (str | Unset):
    """

    id: str
    status: JobStatus
    project_id: str | Unset = UNSET
    number: int | Unset = UNSET
    starting_user_id: str | Unset = UNSET
    queued: int | Unset = UNSET
    started: int | None | Unset = UNSET
    completed: int | None | Unset = UNSET
    commit_id: str | Unset = UNSET
    executor: str | Unset = UNSET
    output_commit_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    is_archived: bool | Unset = UNSET
    post_processed_timestamp: int | None | Unset = UNSET
    diagnostic_statistics: V1DiagnosticStatistics | Unset = UNSET
    is_completed: bool | Unset = UNSET
    hardware_tier_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        project_id = self.project_id

        number = self.number

        starting_user_id = self.starting_user_id

        queued = self.queued

        started: int | None | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        else:
            started = self.started

        completed: int | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        commit_id = self.commit_id

        executor = self.executor

        output_commit_id: None | str | Unset
        if isinstance(self.output_commit_id, Unset):
            output_commit_id = UNSET
        else:
            output_commit_id = self.output_commit_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        is_archived = self.is_archived

        post_processed_timestamp: int | None | Unset
        if isinstance(self.post_processed_timestamp, Unset):
            post_processed_timestamp = UNSET
        else:
            post_processed_timestamp = self.post_processed_timestamp

        diagnostic_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diagnostic_statistics, Unset):
            diagnostic_statistics = self.diagnostic_statistics.to_dict()

        is_completed = self.is_completed

        hardware_tier_id = self.hardware_tier_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if number is not UNSET:
            field_dict["number"] = number
        if starting_user_id is not UNSET:
            field_dict["startingUserId"] = starting_user_id
        if queued is not UNSET:
            field_dict["queued"] = queued
        if started is not UNSET:
            field_dict["started"] = started
        if completed is not UNSET:
            field_dict["completed"] = completed
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if executor is not UNSET:
            field_dict["executor"] = executor
        if output_commit_id is not UNSET:
            field_dict["outputCommitId"] = output_commit_id
        if title is not UNSET:
            field_dict["title"] = title
        if is_archived is not UNSET:
            field_dict["isArchived"] = is_archived
        if post_processed_timestamp is not UNSET:
            field_dict["postProcessedTimestamp"] = post_processed_timestamp
        if diagnostic_statistics is not UNSET:
            field_dict["diagnosticStatistics"] = diagnostic_statistics
        if is_completed is not UNSET:
            field_dict["isCompleted"] = is_completed
        if hardware_tier_id is not UNSET:
            field_dict["hardwareTierId"] = hardware_tier_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = JobStatus(d.pop("status"))

        project_id = d.pop("projectId", UNSET)

        number = d.pop("number", UNSET)

        starting_user_id = d.pop("startingUserId", UNSET)

        queued = d.pop("queued", UNSET)

        def _parse_started(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        started = _parse_started(d.pop("started", UNSET))

        def _parse_completed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed = _parse_completed(d.pop("completed", UNSET))

        commit_id = d.pop("commitId", UNSET)

        executor = d.pop("executor", UNSET)

        def _parse_output_commit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_commit_id = _parse_output_commit_id(d.pop("outputCommitId", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        is_archived = d.pop("isArchived", UNSET)

        def _parse_post_processed_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        post_processed_timestamp = _parse_post_processed_timestamp(d.pop("postProcessedTimestamp", UNSET))

        _diagnostic_statistics = d.pop("diagnosticStatistics", UNSET)
        diagnostic_statistics: V1DiagnosticStatistics | Unset
        if isinstance(_diagnostic_statistics, Unset):
            diagnostic_statistics = UNSET
        else:
            diagnostic_statistics = V1DiagnosticStatistics.from_dict(_diagnostic_statistics)

        is_completed = d.pop("isCompleted", UNSET)

        hardware_tier_id = d.pop("hardwareTierId", UNSET)

        v1_run = cls(
            id=id,
            status=status,
            project_id=project_id,
            number=number,
            starting_user_id=starting_user_id,
            queued=queued,
            started=started,
            completed=completed,
            commit_id=commit_id,
            executor=executor,
            output_commit_id=output_commit_id,
            title=title,
            is_archived=is_archived,
            post_processed_timestamp=post_processed_timestamp,
            diagnostic_statistics=diagnostic_statistics,
            is_completed=is_completed,
            hardware_tier_id=hardware_tier_id,
        )

        v1_run.additional_properties = d
        return v1_run

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
from ..models.v1_diagnostic_statistics import V1DiagnosticStatistics  # noqa: E402
