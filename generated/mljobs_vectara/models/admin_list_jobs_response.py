from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminListJobsResponse")


@_attrs_define
class AdminListJobsResponse:
    """ListJobs response (`com.vectara.admin.ListJobsResponse`). The gateway emits every field, empty or not, but nothing
    is required here: other v1 answers show `"status": null`, and a client must not fail on a field the gateway leaves
    out. Check `status` before reading `job`.

        Attributes:
            status (list[ComvectaraStatus] | None | Unset): In-band status of the call (`repeated com.vectara.Status`),
                inside an HTTP 200. `[]` (or `null`) when all is well; read `job` only when every entry's `code` is `OK`.
            job (list[AdminJob] | Unset): The jobs (the key is singular). `[]` when none match; for a "get" by `jobId` that
                means not found.
            page_key (str | Unset): A key that is passed into a subsequent result in order to retrieve the next page of
                results. Standard base64 (protobuf `bytes`). `""` on the last page (inference; not documented).
    """

    status: list[ComvectaraStatus] | None | Unset = UNSET
    job: list[AdminJob] | Unset = UNSET
    page_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: list[dict[str, Any]] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, list):
            status = []
            for status_type_0_item_data in self.status:
                status_type_0_item = status_type_0_item_data.to_dict()
                status.append(status_type_0_item)

        else:
            status = self.status

        job: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = []
            for job_item_data in self.job:
                job_item = job_item_data.to_dict()
                job.append(job_item)

        page_key = self.page_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if job is not UNSET:
            field_dict["job"] = job
        if page_key is not UNSET:
            field_dict["pageKey"] = page_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> list[ComvectaraStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                status_type_0 = []
                _status_type_0 = data
                for status_type_0_item_data in _status_type_0:
                    status_type_0_item = ComvectaraStatus.from_dict(status_type_0_item_data)

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ComvectaraStatus] | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _job = d.pop("job", UNSET)
        job: list[AdminJob] | Unset = UNSET
        if _job is not UNSET:
            job = []
            for job_item_data in _job:
                job_item = AdminJob.from_dict(job_item_data)

                job.append(job_item)

        page_key = d.pop("pageKey", UNSET)

        admin_list_jobs_response = cls(
            status=status,
            job=job,
            page_key=page_key,
        )

        admin_list_jobs_response.additional_properties = d
        return admin_list_jobs_response

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
from ..models.admin_job import AdminJob  # noqa: E402
from ..models.comvectara_status import ComvectaraStatus  # noqa: E402
