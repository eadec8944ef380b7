from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RimeJobData")


@_attrs_define
class RimeJobData:
    """Job-type specific data; one key is set. Note that progress may not be populated depending on the
    parameters of the request.

        Attributes:
            stress (RimeJobDataStressTest | Unset): A stress test job runs a single test run over a model and dataset. This
                is also known as offline
                testing; it is run before production deployment of the model.
            continuous_inc (RimeJobDataContinuousIncrementalTest | Unset): A continuous incremental test job runs `n` test
                runs, where `n` is the number of bins specified in
                the dataset. This is a production specific workflow and is used to monitor a model's performance
                over time.
            file_scan (RimeJobDataFileScan | Unset): File scan job data. An object without listed fields in the document;
                rime-sdk 2.x sends
                `{projectId: {uuid}, fileScanId}`.
            cross_plane_res (CrossplanetaskCrossPlaneResponse | Unset): The answer of a cross-plane task
                (`jobData.crossPlaneRes` of a JOB_TYPE_CROSS_PLANE_TASK job; rime-sdk
                2.1.0 and later, not in the document). A oneof: exactly one of these keys is set, each holding a
                config-generation, file-server or validation answer whose fields no source lists (kept as they come):
                `categoryConfigGenerationServiceResponse`, `profilingConfigGenerationServiceResponse`,
                `testSuiteConfigGenerationServiceResponse`, `checkObjectExistsResponse`, `deleteObjectResponse`,
                `getReadObjectPresignedLinkResponse`, `getUploadObjectPresignedLinkResponse`, `listObjectsResponse`,
                `validateDatasetResponse`, `validateModelResponse`, `validatePredictionsResponse`.
            generative_model (RimeJobDataGenerativeModelTest | Unset): Job data of a generative model test
                (JOB_TYPE_GENERATIVE_MODEL_TEST; rime-sdk 2.7.24 and later, not in
                the document). Such a job belongs to a workspace, not to a project.
    """

    stress: RimeJobDataStressTest | Unset = UNSET
    continuous_inc: RimeJobDataContinuousIncrementalTest | Unset = UNSET
    file_scan: RimeJobDataFileScan | Unset = UNSET
    cross_plane_res: CrossplanetaskCrossPlaneResponse | Unset = UNSET
    generative_model: RimeJobDataGenerativeModelTest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stress, Unset):
            stress = self.stress.to_dict()

        continuous_inc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.continuous_inc, Unset):
            continuous_inc = self.continuous_inc.to_dict()

        file_scan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_scan, Unset):
            file_scan = self.file_scan.to_dict()

        cross_plane_res: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cross_plane_res, Unset):
            cross_plane_res = self.cross_plane_res.to_dict()

        generative_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generative_model, Unset):
            generative_model = self.generative_model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stress is not UNSET:
            field_dict["stress"] = stress
        if continuous_inc is not UNSET:
            field_dict["continuousInc"] = continuous_inc
        if file_scan is not UNSET:
            field_dict["fileScan"] = file_scan
        if cross_plane_res is not UNSET:
            field_dict["crossPlaneRes"] = cross_plane_res
        if generative_model is not UNSET:
            field_dict["generativeModel"] = generative_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _stress = d.pop("stress", UNSET)
        stress: RimeJobDataStressTest | Unset
        if isinstance(_stress, Unset):
            stress = UNSET
        else:
            stress = RimeJobDataStressTest.from_dict(_stress)

        _continuous_inc = d.pop("continuousInc", UNSET)
        continuous_inc: RimeJobDataContinuousIncrementalTest | Unset
        if isinstance(_continuous_inc, Unset):
            continuous_inc = UNSET
        else:
            continuous_inc = RimeJobDataContinuousIncrementalTest.from_dict(_continuous_inc)

        _file_scan = d.pop("fileScan", UNSET)
        file_scan: RimeJobDataFileScan | Unset
        if isinstance(_file_scan, Unset):
            file_scan = UNSET
        else:
            file_scan = RimeJobDataFileScan.from_dict(_file_scan)

        _cross_plane_res = d.pop("crossPlaneRes", UNSET)
        cross_plane_res: CrossplanetaskCrossPlaneResponse | Unset
        if isinstance(_cross_plane_res, Unset):
            cross_plane_res = UNSET
        else:
            cross_plane_res = CrossplanetaskCrossPlaneResponse.from_dict(_cross_plane_res)

        _generative_model = d.pop("generativeModel", UNSET)
        generative_model: RimeJobDataGenerativeModelTest | Unset
        if isinstance(_generative_model, Unset):
            generative_model = UNSET
        else:
            generative_model = RimeJobDataGenerativeModelTest.from_dict(_generative_model)

        rime_job_data = cls(
            stress=stress,
            continuous_inc=continuous_inc,
            file_scan=file_scan,
            cross_plane_res=cross_plane_res,
            generative_model=generative_model,
        )

        rime_job_data.additional_properties = d
        return rime_job_data

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
from ..models.crossplanetask_cross_plane_response import CrossplanetaskCrossPlaneResponse  # noqa: E402
from ..models.rime_job_data_continuous_incremental_test import RimeJobDataContinuousIncrementalTest  # noqa: E402
from ..models.rime_job_data_file_scan import RimeJobDataFileScan  # noqa: E402
from ..models.rime_job_data_generative_model_test import RimeJobDataGenerativeModelTest  # noqa: E402
from ..models.rime_job_data_stress_test import RimeJobDataStressTest  # noqa: E402
