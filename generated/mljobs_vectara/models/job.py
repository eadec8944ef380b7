from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState
from ..models.job_type import JobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A background job for processing long-running operations on the platform (v2). Every field is optional (oas-v2 and
    the sdk); times not reached yet are absent.

        Attributes:
            id (str | Unset): The ID of the job, e.g. `job_1234`.
            type_ (JobType | Unset): The type of job (v2), with the v1 name where v1 has one:
                - `rebuild_vector_index` (`JOB__CORPUS_REBUILD_VECTOR_INDEX`): rebuilding a corpus's vector index.
                - `replace_filter_attributes` (`JOB__CORPUS_REPLACE_FILTER_ATTRS`): replacing a corpus's filterable
                  metadata attributes.
                - `bulk_delete_documents` (no v1 name): deleting documents in bulk; in sdk 0.4.3, not in oas-v2 @ 974fb1b4.
                - `unknown` (`JOB__UNKNOWN`): the type is not known.
            corpus_keys (list[str] | Unset): The corpora that this job belongs to. It may not belong to any corpora.
            state (JobState | Unset): The possible states of a background job (v2), with their v1 names:
                - `unknown` (`JOB_STATE__UNKNOWN`): not terminal, keep polling under a timeout.
                - `queued` (`JOB_STATE__QUEUED`): waiting to run.
                - `started` (`JOB_STATE__STARTED`): running.
                - `completed` (`JOB_STATE__COMPLETED`): finished successfully (terminal).
                - `failed` (`JOB_STATE__FAILED`): failed (terminal).
                - `failed_will_retry` (`JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT`): failed, the server will retry
                  (not terminal).
                - `aborted` (`JOB_STATE__ABORTED`): aborted (terminal).
            created_at (datetime.datetime | Unset): Specifies when the job was created.
            started_at (datetime.datetime | Unset): Specifies when the job was started.
            completed_at (datetime.datetime | Unset): Specifies when the job was completed.
            created_by_username (str | Unset): The username of the user who created the job. This property may be missing,
                e.g., if the job was created by the system, not a user.
    """

    id: str | Unset = UNSET
    type_: JobType | Unset = UNSET
    corpus_keys: list[str] | Unset = UNSET
    state: JobState | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    created_by_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        corpus_keys: list[str] | Unset = UNSET
        if not isinstance(self.corpus_keys, Unset):
            corpus_keys = self.corpus_keys

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        created_by_username = self.created_by_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if corpus_keys is not UNSET:
            field_dict["corpus_keys"] = corpus_keys
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_by_username is not UNSET:
            field_dict["created_by_username"] = created_by_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: JobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobType(_type_)

        corpus_keys = cast(list[str], d.pop("corpus_keys", UNSET))

        _state = d.pop("state", UNSET)
        state: JobState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobState(_state)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        created_by_username = d.pop("created_by_username", UNSET)

        job = cls(
            id=id,
            type_=type_,
            corpus_keys=corpus_keys,
            state=state,
            created_at=created_at,
            started_at=started_at,
            completed_at=completed_at,
            created_by_username=created_by_username,
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
