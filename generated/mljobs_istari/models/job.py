from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """Represents a job that runs a function on a model and produces a file result. The current status is the last entry of
    `status_history`.

        Attributes:
            id (str):
            created (datetime.datetime):
            file (File): A file and its revisions. A job's `file` holds the parameters it was submitted with (13.3.4
                `jobs.py`: "file (File - the parameters file)").
            comments (list[Comment]):
            archive_status_history (list[ResourceArchiveStatus]):
            created_by_id (str):
            function (FunctionVersion): The function (of a module version) a job runs.
            assigned_agent_id (None | str | Unset):
            agent_id (None | str | Unset): In the document (and 13.3.4's legacy model); not in the generated 13.3.4 model.
            tenant_id (None | str | Unset):
            model_id (None | str | Unset):
            status_history (list[JobStatus] | Unset): Every status the job has had, oldest first; the last is the current
                one.
            assigned_agent_pool_id (None | str | Unset):
            agent_information (JobAgentInformation | None | Unset):
            auth_deliveries (list[AuthDelivery] | Unset): Short-lived secrets for the agent that claimed the job (only on
                the job served to it).
    """

    id: str
    created: datetime.datetime
    file: File
    comments: list[Comment]
    archive_status_history: list[ResourceArchiveStatus]
    created_by_id: str
    function: FunctionVersion
    assigned_agent_id: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    status_history: list[JobStatus] | Unset = UNSET
    assigned_agent_pool_id: None | str | Unset = UNSET
    agent_information: JobAgentInformation | None | Unset = UNSET
    auth_deliveries: list[AuthDelivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        file = self.file.to_dict()

        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)

        archive_status_history = []
        for archive_status_history_item_data in self.archive_status_history:
            archive_status_history_item = archive_status_history_item_data.to_dict()
            archive_status_history.append(archive_status_history_item)

        created_by_id = self.created_by_id

        function = self.function.to_dict()

        assigned_agent_id: None | str | Unset
        if isinstance(self.assigned_agent_id, Unset):
            assigned_agent_id = UNSET
        else:
            assigned_agent_id = self.assigned_agent_id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        status_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_history, Unset):
            status_history = []
            for status_history_item_data in self.status_history:
                status_history_item = status_history_item_data.to_dict()
                status_history.append(status_history_item)

        assigned_agent_pool_id: None | str | Unset
        if isinstance(self.assigned_agent_pool_id, Unset):
            assigned_agent_pool_id = UNSET
        else:
            assigned_agent_pool_id = self.assigned_agent_pool_id

        agent_information: dict[str, Any] | None | Unset
        if isinstance(self.agent_information, Unset):
            agent_information = UNSET
        elif isinstance(self.agent_information, JobAgentInformation):
            agent_information = self.agent_information.to_dict()
        else:
            agent_information = self.agent_information

        auth_deliveries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth_deliveries, Unset):
            auth_deliveries = []
            for auth_deliveries_item_data in self.auth_deliveries:
                auth_deliveries_item = auth_deliveries_item_data.to_dict()
                auth_deliveries.append(auth_deliveries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "file": file,
                "comments": comments,
                "archive_status_history": archive_status_history,
                "created_by_id": created_by_id,
                "function": function,
            }
        )
        if assigned_agent_id is not UNSET:
            field_dict["assigned_agent_id"] = assigned_agent_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if status_history is not UNSET:
            field_dict["status_history"] = status_history
        if assigned_agent_pool_id is not UNSET:
            field_dict["assigned_agent_pool_id"] = assigned_agent_pool_id
        if agent_information is not UNSET:
            field_dict["agent_information"] = agent_information
        if auth_deliveries is not UNSET:
            field_dict["auth_deliveries"] = auth_deliveries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        file = File.from_dict(d.pop("file"))

        comments = []
        _comments = d.pop("comments")
        for comments_item_data in _comments:
            comments_item = Comment.from_dict(comments_item_data)

            comments.append(comments_item)

        archive_status_history = []
        _archive_status_history = d.pop("archive_status_history")
        for archive_status_history_item_data in _archive_status_history:
            archive_status_history_item = ResourceArchiveStatus.from_dict(archive_status_history_item_data)

            archive_status_history.append(archive_status_history_item)

        created_by_id = d.pop("created_by_id")

        function = FunctionVersion.from_dict(d.pop("function"))

        def _parse_assigned_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_agent_id = _parse_assigned_agent_id(d.pop("assigned_agent_id", UNSET))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenant_id", UNSET))

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        _status_history = d.pop("status_history", UNSET)
        status_history: list[JobStatus] | Unset = UNSET
        if _status_history is not UNSET:
            status_history = []
            for status_history_item_data in _status_history:
                status_history_item = JobStatus.from_dict(status_history_item_data)

                status_history.append(status_history_item)

        def _parse_assigned_agent_pool_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_agent_pool_id = _parse_assigned_agent_pool_id(d.pop("assigned_agent_pool_id", UNSET))

        def _parse_agent_information(data: object) -> JobAgentInformation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_information_type_1 = JobAgentInformation.from_dict(data)

                return agent_information_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobAgentInformation | None | Unset, data)

        agent_information = _parse_agent_information(d.pop("agent_information", UNSET))

        _auth_deliveries = d.pop("auth_deliveries", UNSET)
        auth_deliveries: list[AuthDelivery] | Unset = UNSET
        if _auth_deliveries is not UNSET:
            auth_deliveries = []
            for auth_deliveries_item_data in _auth_deliveries:
                auth_deliveries_item = AuthDelivery.from_dict(auth_deliveries_item_data)

                auth_deliveries.append(auth_deliveries_item)

        job = cls(
            id=id,
            created=created,
            file=file,
            comments=comments,
            archive_status_history=archive_status_history,
            created_by_id=created_by_id,
            function=function,
            assigned_agent_id=assigned_agent_id,
            agent_id=agent_id,
            tenant_id=tenant_id,
            model_id=model_id,
            status_history=status_history,
            assigned_agent_pool_id=assigned_agent_pool_id,
            agent_information=agent_information,
            auth_deliveries=auth_deliveries,
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
from ..models.auth_delivery import AuthDelivery  # noqa: E402
from ..models.comment import Comment  # noqa: E402
from ..models.file import File  # noqa: E402
from ..models.function_version import FunctionVersion  # noqa: E402
from ..models.job_agent_information import JobAgentInformation  # noqa: E402
from ..models.job_status import JobStatus  # noqa: E402
from ..models.resource_archive_status import ResourceArchiveStatus  # noqa: E402
