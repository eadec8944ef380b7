from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CrossplanetaskCrossPlaneResponse")


@_attrs_define
class CrossplanetaskCrossPlaneResponse:
    """The answer of a cross-plane task (`jobData.crossPlaneRes` of a JOB_TYPE_CROSS_PLANE_TASK job; rime-sdk
    2.1.0 and later, not in the document). A oneof: exactly one of these keys is set, each holding a
    config-generation, file-server or validation answer whose fields no source lists (kept as they come):
    `categoryConfigGenerationServiceResponse`, `profilingConfigGenerationServiceResponse`,
    `testSuiteConfigGenerationServiceResponse`, `checkObjectExistsResponse`, `deleteObjectResponse`,
    `getReadObjectPresignedLinkResponse`, `getUploadObjectPresignedLinkResponse`, `listObjectsResponse`,
    `validateDatasetResponse`, `validateModelResponse`, `validatePredictionsResponse`.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        crossplanetask_cross_plane_response = cls()

        crossplanetask_cross_plane_response.additional_properties = d
        return crossplanetask_cross_plane_response

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
