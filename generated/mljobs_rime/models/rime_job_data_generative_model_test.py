from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeJobDataGenerativeModelTest")


@_attrs_define
class RimeJobDataGenerativeModelTest:
    """Job data of a generative model test (JOB_TYPE_GENERATIVE_MODEL_TEST; rime-sdk 2.7.24 and later, not in
    the document). Such a job belongs to a workspace, not to a project.

        Attributes:
            workspace_id (RimeUUID | Unset): Unique ID of an object in RIME.
            progress (RimeGenerativeModelTestProgress | Unset): How far a generative model test has come (rime-sdk types
                both counts as integers).
            name (str | Unset): The test's name.
            url (str | Unset): The URL of the model under test.
            model_output_is_sensitive (bool | Unset): Whether the model's outputs are sensitive (and so not stored).
    """

    workspace_id: RimeUUID | Unset = UNSET
    progress: RimeGenerativeModelTestProgress | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    model_output_is_sensitive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace_id, Unset):
            workspace_id = self.workspace_id.to_dict()

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        name = self.name

        url = self.url

        model_output_is_sensitive = self.model_output_is_sensitive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if model_output_is_sensitive is not UNSET:
            field_dict["modelOutputIsSensitive"] = model_output_is_sensitive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _workspace_id = d.pop("workspaceId", UNSET)
        workspace_id: RimeUUID | Unset
        if isinstance(_workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = RimeUUID.from_dict(_workspace_id)

        _progress = d.pop("progress", UNSET)
        progress: RimeGenerativeModelTestProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = RimeGenerativeModelTestProgress.from_dict(_progress)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        model_output_is_sensitive = d.pop("modelOutputIsSensitive", UNSET)

        rime_job_data_generative_model_test = cls(
            workspace_id=workspace_id,
            progress=progress,
            name=name,
            url=url,
            model_output_is_sensitive=model_output_is_sensitive,
        )

        rime_job_data_generative_model_test.additional_properties = d
        return rime_job_data_generative_model_test

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
from ..models.rime_generative_model_test_progress import RimeGenerativeModelTestProgress  # noqa: E402
from ..models.rime_uuid import RimeUUID  # noqa: E402
