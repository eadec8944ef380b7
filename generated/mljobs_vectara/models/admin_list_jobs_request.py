from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_job_state import AdminJobState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminListJobsRequest")


@_attrs_define
class AdminListJobsRequest:
    """ListJobs request (`com.vectara.admin.ListJobsRequest`). Optional filters. If specified, the filters are logically
    ANDed. Every field is optional; `{}` lists with the server's defaults. When `pageKey` is set, all other fields are
    ignored.

        Attributes:
            job_id (str | Unset): [Optional] If specified, return the job for this id. An opaque base64-looking string, e.g.
                `SDIzYktHMzNHMlJpsbXC8p5IJaONNGgnpbsUViXXkOoqnA==`. This is v1's only way to get one job.
            corpus_id (list[int] | Unset): [Optional] If specified, return jobs for these corpora only. Corpus IDs (uint32
                in the proto, JSON numbers); the key is singular.
            epoch_secs (str | Unset): [Optional] Get jobs that were created since this epoch timestamp. Max allowed value is
                180 days ago. Default is 180 days. Absolute epoch seconds (not an age), an int64 carried as a JSON string, e.g.
                "1714000000".
            state (list[AdminJobState] | Unset): [Optional] Get jobs with these states. If not specified, all job states are
                fetched. Default: If not set, JOB_STATE__QUEUED and JOB_STATE__STARTED are returned.
                Note: these two sentences (both in the document and in the proto) contradict each other; which one the server
                follows is not documented. Send every state you want, e.g. all six real states, so finished jobs are not hidden.
                The key is singular.
            num_results (int | Unset): Maximum results to return. Max allowed value is 100. (uint32 in the proto; the
                server's default when unset was not found.)
            page_key (str | Unset): A key that is passed in to retrieve a specific page of results. Leave empty to retrieve
                first page. Subsequent page request should use the page key returned in previous response, and all other fields
                are ignored. Standard base64 (protobuf `bytes`); pass it back unchanged.
    """

    job_id: str | Unset = UNSET
    corpus_id: list[int] | Unset = UNSET
    epoch_secs: str | Unset = UNSET
    state: list[AdminJobState] | Unset = UNSET
    num_results: int | Unset = UNSET
    page_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        corpus_id: list[int] | Unset = UNSET
        if not isinstance(self.corpus_id, Unset):
            corpus_id = self.corpus_id

        epoch_secs = self.epoch_secs

        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = []
            for state_item_data in self.state:
                state_item = state_item_data.value
                state.append(state_item)

        num_results = self.num_results

        page_key = self.page_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if corpus_id is not UNSET:
            field_dict["corpusId"] = corpus_id
        if epoch_secs is not UNSET:
            field_dict["epochSecs"] = epoch_secs
        if state is not UNSET:
            field_dict["state"] = state
        if num_results is not UNSET:
            field_dict["numResults"] = num_results
        if page_key is not UNSET:
            field_dict["pageKey"] = page_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        corpus_id = cast(list[int], d.pop("corpusId", UNSET))

        epoch_secs = d.pop("epochSecs", UNSET)

        _state = d.pop("state", UNSET)
        state: list[AdminJobState] | Unset = UNSET
        if _state is not UNSET:
            state = []
            for state_item_data in _state:
                state_item = AdminJobState(state_item_data)

                state.append(state_item)

        num_results = d.pop("numResults", UNSET)

        page_key = d.pop("pageKey", UNSET)

        admin_list_jobs_request = cls(
            job_id=job_id,
            corpus_id=corpus_id,
            epoch_secs=epoch_secs,
            state=state,
            num_results=num_results,
            page_key=page_key,
        )

        admin_list_jobs_request.additional_properties = d
        return admin_list_jobs_request

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
