from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_code import StatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobListResponse")


@_attrs_define
class JobListResponse:
    """The response envelope (`JSONResponseClient`) of List All Jobs.

    Attributes:
        status_code (StatusCode): The answer's HTTP status as its reason name. Appendix A types `statusCode` as "number"
            (the HTTP/HTTPS response code, default 200), but every documented answer sends the name as a string. Known
            values: `OK` (200), `CREATED` (201), `ACCEPTED` (202: job still running, cannot be killed, job created),
            `BAD_REQUEST` (400: no such job, bad signing headers), `UNAUTHORIZED` (401: invalid signature or user),
            `CONFLICT` (409: entity already exists), `INTERNAL_SERVER_ERROR` (500), `SERVICE_UNAVAILABLE` (503) are
            documented; `NOT_FOUND` (404), `METHOD_NOT_ALLOWED` (405), `TOO_MANY_REQUESTS` (429) and `BAD_GATEWAY` (502) are
            the names the same convention gives the statuses a web server or proxy in front of SymetryML may answer. Open:
            any other name parses.
        status_string (str): Contextual information (the document's example says "Job is finished").
        values (JobListValues | Unset): The `values` of the List All Jobs answer. The document names the entity
            (`JobInfo[]`) but not its key; `jobinfo` is this spec's choice (appendix A's only job key). Other keys are kept
            as open properties (e.g. `stringList`, should the server answer the job ids as a StringList).
    """

    status_code: StatusCode
    status_string: str
    values: JobListValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code.value

        status_string = self.status_string

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "statusString": status_string,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = StatusCode(d.pop("statusCode"))

        status_string = d.pop("statusString")

        _values = d.pop("values", UNSET)
        values: JobListValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = JobListValues.from_dict(_values)

        job_list_response = cls(
            status_code=status_code,
            status_string=status_string,
            values=values,
        )

        job_list_response.additional_properties = d
        return job_list_response

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
from ..models.job_list_values import JobListValues  # noqa: E402
