from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_info_details import JobInfoDetails


T = TypeVar("T", bound="JobInfo")


@_attrs_define
class JobInfo:
    """Detailed information about a job (appendix A, JobInfo).

    Attributes:
        job_id (int | Unset): The job id.
        job_type (str | Unset): The kind of job, e.g. `DSUpdateJob`, `ExploreJob`, `SVDJob`, `AutoSelectJobs`.
        owner (str | Unset): The customer that owns the job.
        starting_date (int | Unset): When the job started, in epoch milliseconds.
        current (float | Unset): Work done so far; progress is `current / maximum`.
        maximum (float | Unset): Work to do in all (for a data source learn, about the bytes to process).
        is_on_bounded_executor (bool | Unset): Whether the job runs on the bounded executor.
        is_started (bool | Unset):
        is_done (bool | Unset):
        details (JobInfoDetails | Unset): More information, string to string; AutoSelect jobs put their MLContext here.
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
        from ..models.job_info_details import JobInfoDetails  # noqa: PLC0415

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
