from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagEnvelopeV1")


@_attrs_define
class TagEnvelopeV1:
    """The answer to Add Tag to Job. dpa-gen names the model `TagEnvelopeV1` but its fields were not found.
    Guess, from Domino's other envelopes (`JobEnvelopeV1` = `{job, metadata}`, `PaginatedGoalEnvelopeV1` =
    `{goals, metadata}`): `{tag: TagV1, metadata: MetadataV1}`. Both are optional here, so any object
    parses.

        Attributes:
            tag (TagV1 | Unset): A job's tag (dpa-gen model `TagV1`; all four fields required there).
            metadata (MetadataV1 | Unset): A Public API answer's metadata (dpa-gen and python-domino model `MetadataV1`).
    """

    tag: TagV1 | Unset = UNSET
    metadata: MetadataV1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tag = d.pop("tag", UNSET)
        tag: TagV1 | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = TagV1.from_dict(_tag)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataV1 | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataV1.from_dict(_metadata)

        tag_envelope_v1 = cls(
            tag=tag,
            metadata=metadata,
        )

        tag_envelope_v1.additional_properties = d
        return tag_envelope_v1

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
from ..models.metadata_v1 import MetadataV1  # noqa: E402
from ..models.tag_v1 import TagV1  # noqa: E402
