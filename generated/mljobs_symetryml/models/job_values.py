from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobValues")


@_attrs_define
class JobValues:
    """The `values` of a job answer (appendix A, `JSONResponseClient.values`): `jobinfo` while the job runs; once it has
    finished, the entity its job type returns under its appendix A key (`smlInfo`, `smlInfoList`, `dataframe`,
    `KSVSMap`, `pcaValues`, `pcaVectors`, `pcaSumValues`, ...), kept as open properties; `stringToSign` on a 401
    "Invalid Signature". Empty (`{}`) for jobs that return no entity and for most errors.

        Attributes:
            jobinfo (JobInfo | Unset): Detailed information about a job (appendix A, JobInfo): type, owner, whether it has
                started or finished, its starting date, and its progress (`current / maximum`). No field is required: no source
                shows a JobInfo on the wire.
            string_to_sign (str | Unset): On a 401 "Invalid Signature": the string the server verified, with the secret key
                replaced by `SECRETKEY` and each newline shown as the two characters `\\n`.
    """

    jobinfo: JobInfo | Unset = UNSET
    string_to_sign: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobinfo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jobinfo, Unset):
            jobinfo = self.jobinfo.to_dict()

        string_to_sign = self.string_to_sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobinfo is not UNSET:
            field_dict["jobinfo"] = jobinfo
        if string_to_sign is not UNSET:
            field_dict["stringToSign"] = string_to_sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _jobinfo = d.pop("jobinfo", UNSET)
        jobinfo: JobInfo | Unset
        if isinstance(_jobinfo, Unset):
            jobinfo = UNSET
        else:
            jobinfo = JobInfo.from_dict(_jobinfo)

        string_to_sign = d.pop("stringToSign", UNSET)

        job_values = cls(
            jobinfo=jobinfo,
            string_to_sign=string_to_sign,
        )

        job_values.additional_properties = d
        return job_values

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
from ..models.job_info import JobInfo  # noqa: E402
