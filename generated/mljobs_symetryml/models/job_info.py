from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInfo")


@_attrs_define
class JobInfo:
    """Detailed information about a job (appendix A, JobInfo): type, owner, whether it has started or finished, its
    starting date, and its progress (`current / maximum`). No field is required: no source shows a JobInfo on the wire.

        Attributes:
            job_id (int | Unset): The job id (appendix A "number"; the last segment of the job's `Location` URL).
            job_type (str | Unset): The kind of job, e.g. `AutoSelectJobs`, `ExploreJob`, `SVDJob`, `AwsInfoJob`,
                `DSUpdateJob`, `SparkDSUpdateJob`, `ExploreVIFJob`, `DSPredictDataFrameJob` (names from the document).
            owner (str | Unset): The job's owner (the customer id).
            starting_date (int | Unset): When the job started (appendix A "number"; epoch milliseconds is a guess).
            current (float | Unset): Work done so far: bytes processed for a data source job, iterations done for a reducer
                model.
            maximum (float | Unset): Work to do in all (for a data source job, about the size of the file in bytes).
            is_on_bounded_executor (bool | Unset): Whether the job runs on the server's bounded (fixed-size) job executor.
            is_started (bool | Unset): Whether the job has started yet.
            is_done (bool | Unset): Whether the job is finished.
            details (JobInfoDetails | Unset): JobInfo `details`, a string-to-string map. AutoSelect jobs put all their
                MLContext parameters here, with the id of the validation data source or the first 5 lines of the DataFrame used.
    """

    job_id: int | Unset = UNSET
    job_type: str | Unset = UNSET
    owner: str | Unset = UNSET
    starting_date: int | Unset = UNSET
    current: float | Unset = UNSET
    maximum: float | Unset = UNSET
    is_on_bounded_executor: bool | Unset = UNSET
    is_started: bool | Unset = UNSET
    is_done: bool | Unset = UNSET
    details: JobInfoDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_type = self.job_type

        owner = self.owner

        starting_date = self.starting_date

        current = self.current

        maximum = self.maximum

        is_on_bounded_executor = self.is_on_bounded_executor

        is_started = self.is_started

        is_done = self.is_done

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if owner is not UNSET:
            field_dict["owner"] = owner
        if starting_date is not UNSET:
            field_dict["startingDate"] = starting_date
        if current is not UNSET:
            field_dict["current"] = current
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if is_on_bounded_executor is not UNSET:
            field_dict["isOnBoundedExecutor"] = is_on_bounded_executor
        if is_started is not UNSET:
            field_dict["isStarted"] = is_started
        if is_done is not UNSET:
            field_dict["isDone"] = is_done
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        job_type = d.pop("jobType", UNSET)

        owner = d.pop("owner", UNSET)

        starting_date = d.pop("startingDate", UNSET)

        current = d.pop("current", UNSET)

        maximum = d.pop("maximum", UNSET)

        is_on_bounded_executor = d.pop("isOnBoundedExecutor", UNSET)

        is_started = d.pop("isStarted", UNSET)

        is_done = d.pop("isDone", UNSET)

        _details = d.pop("details", UNSET)
        details: JobInfoDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = JobInfoDetails.from_dict(_details)

        job_info = cls(
            job_id=job_id,
            job_type=job_type,
            owner=owner,
            starting_date=starting_date,
            current=current,
            maximum=maximum,
            is_on_bounded_executor=is_on_bounded_executor,
            is_started=is_started,
            is_done=is_done,
            details=details,
        )

        job_info.additional_properties = d
        return job_info

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
from ..models.job_info_details import JobInfoDetails  # noqa: E402
