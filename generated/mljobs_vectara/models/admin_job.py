from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_job_state import AdminJobState
from ..models.admin_job_type import AdminJobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminJob")


@_attrs_define
class AdminJob:
    """Represents a job in the system. A job is typically a long running unit of work for achieving a particular outcome.
    Example job: replace filter attributes of a corpus.

        Attributes:
            id (str): The job ID, an opaque base64-looking string (not a number).
            type_ (AdminJobType | Unset): Type of jobs (`com.vectara.admin.JobType`). Sent by name; the proto numbers are:
                - `JOB__UNKNOWN` (0): the default value (proto zero value), type not known.
                - `JOB__CORPUS_REBUILD_VECTOR_INDEX` (1): rebuilding a corpus's vector index.
                - `JOB__CORPUS_REPLACE_FILTER_ATTRS` (2): replacing a corpus's filterable metadata attributes
                  (started by `/v1/replace-corpus-filter-attrs`).
            corpus_id (list[int] | Unset): Set if the job belongs to a corpus. Corpus IDs (uint32, JSON numbers); the key is
                singular.
            state (AdminJobState | Unset): The state of a job (`com.vectara.admin.JobState`). Sent by name; the proto
                numbers are:
                - `JOB_STATE__UNKNOWN` (0): the default value (proto zero value); not terminal, keep polling under a timeout.
                - `JOB_STATE__QUEUED` (5): waiting to run.
                - `JOB_STATE__STARTED` (10): running.
                - `JOB_STATE__COMPLETED` (15): finished successfully (terminal).
                - `JOB_STATE__FAILED` (20): failed (terminal).
                - `JOB_STATE__TRANSIENT_FAILURE_RETRY_IMMINENT` (25): failed, the server will retry (not terminal).
                - `JOB_STATE__ABORTED` (30): aborted (terminal).
            ts_create (str | Unset): Epoch (secs) when the job was created. An int64 carried as a JSON string.
            ts_start (str | Unset): Epoch (secs) when the job was started. Not set if the job hasn't started yet (then
                `"0"`, inference). An int64 carried as a JSON string.
            ts_complete (str | Unset): Epoch (secs) when the job completed. Not set if the job hasn't completed yet (then
                `"0"`, inference). An int64 carried as a JSON string.
            user_handle (str | Unset): Handle of the user that created this job.
    """

    id: str
    type_: AdminJobType | Unset = UNSET
    corpus_id: list[int] | Unset = UNSET
    state: AdminJobState | Unset = UNSET
    ts_create: str | Unset = UNSET
    ts_start: str | Unset = UNSET
    ts_complete: str | Unset = UNSET
    user_handle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        corpus_id: list[int] | Unset = UNSET
        if not isinstance(self.corpus_id, Unset):
            corpus_id = self.corpus_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        ts_create = self.ts_create

        ts_start = self.ts_start

        ts_complete = self.ts_complete

        user_handle = self.user_handle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if corpus_id is not UNSET:
            field_dict["corpusId"] = corpus_id
        if state is not UNSET:
            field_dict["state"] = state
        if ts_create is not UNSET:
            field_dict["tsCreate"] = ts_create
        if ts_start is not UNSET:
            field_dict["tsStart"] = ts_start
        if ts_complete is not UNSET:
            field_dict["tsComplete"] = ts_complete
        if user_handle is not UNSET:
            field_dict["userHandle"] = user_handle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _type_ = d.pop("type", UNSET)
        type_: AdminJobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AdminJobType(_type_)

        corpus_id = cast(list[int], d.pop("corpusId", UNSET))

        _state = d.pop("state", UNSET)
        state: AdminJobState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = AdminJobState(_state)

        ts_create = d.pop("tsCreate", UNSET)

        ts_start = d.pop("tsStart", UNSET)

        ts_complete = d.pop("tsComplete", UNSET)

        user_handle = d.pop("userHandle", UNSET)

        admin_job = cls(
            id=id,
            type_=type_,
            corpus_id=corpus_id,
            state=state,
            ts_create=ts_create,
            ts_start=ts_start,
            ts_complete=ts_complete,
            user_handle=user_handle,
        )

        admin_job.additional_properties = d
        return admin_job

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
