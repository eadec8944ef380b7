from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobEnvelopeV1")


@_attrs_define
class JobEnvelopeV1:
    """One job as the Public API answers Get Job Details and Start Job (dpa-gen `JobEnvelopeV1`; both fields
    required). dpa-gen types `job` as `JobDetailsV1`, whose fields were not found (info, point 3); here it
    is a `JobV1`, and any further fields are kept.

        Attributes:
            job (JobV1): A job in the Public API (dpa-gen `JobV1`; vendor notes 1.6). No `projectId`, `command` or
                `hardwareTierId` (see info, point 4); the command is `runCommand`, the status an object, the times
                `stageTimes`.
            metadata (MetadataV1): A Public API answer's metadata (dpa-gen and python-domino model `MetadataV1`).
    """

    job: JobV1
    metadata: MetadataV1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job = self.job.to_dict()

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job = JobV1.from_dict(d.pop("job"))

        metadata = MetadataV1.from_dict(d.pop("metadata"))

        job_envelope_v1 = cls(
            job=job,
            metadata=metadata,
        )

        job_envelope_v1.additional_properties = d
        return job_envelope_v1

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
from ..models.job_v1 import JobV1  # noqa: E402
from ..models.metadata_v1 import MetadataV1  # noqa: E402
