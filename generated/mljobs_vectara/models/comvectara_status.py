from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vectara_status_code import VectaraStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComvectaraStatus")


@_attrs_define
class ComvectaraStatus:
    """An in-band status entry (`com.vectara.Status`). Open: the docs also show a `cause` key the public proto lacks; it
    lands in `additional_properties`.

        Attributes:
            code (VectaraStatusCode | Unset): Vectara's status code (`com.vectara.StatusCode`), the in-band `status[].code`.
                Sent by name; the
                default (proto zero value) is `OK`. Numbers from `status.proto`:
                - General: OK 0 (success), FAILURE 1 (a non-user error, retry with backoff).
                - gRPC codes: UNKNOWN 2 (a real value, an internal server exception; not the client's `UNKNOWN`
                  pseudo-member for unlisted values, tell them apart with `is_known`), INVALID_ARGUMENT 3,
                  DEADLINE_EXCEEDED 4, ALREADY_EXISTS 6, PERMISSION_DENIED 7, RESOURCE_EXHAUSTED 8,
                  FAILED_PRECONDITION 9, ABORTED 10, OUT_OF_RANGE 11, UNIMPLEMENTED 12, INTERNAL 13, UNAVAILABLE 14,
                  DATA_LOSS 15, UNAUTHENTICATED 16.
                - HTTP codes: BAD_REQUEST 400, UNAUTHORIZED 401, FORBIDDEN 403, NOT_FOUND 404, METHOD_NOT_ALLOWED 405,
                  CONFLICT 409, UNSUPPORTED_MEDIA_TYPE 415, TOO_MANY_REQUESTS 429, INTERNAL_SERVER_ERROR 500,
                  NOT_IMPLEMENTED 501, SERVICE_UNAVAILABLE 503, INSUFFICIENT_STORAGE 507.
                - Other: UNPARSEABLE_RESPONSE 1000.
                - General failures: DISABLED_CUSTOMER 1100, INVALID_CUSTOMER_ID 1101, DISABLED_CORPUS 1102,
                  INVALID_CORPUS_ID 1103, DISABLED_API_KEY 1104, EXPIRED_API_KEY 1105, INVALID_API_KEY 1106,
                  CMK_INACCESSIBLE 1107.
                - Serving query (`QRY__`): QRY__DISABLED_CORPUS 1500, QRY__DOCUMENT_DB_FAILURE 1505,
                  QRY__ENCODER_FAILURE 1510, QRY__INTERRUPTED 1515, QRY__INVALID_CORPUS 1520, QRY__INVALID_START 1525,
                  QRY__INVALID_NUM_RESULTS 1530, QRY__INVALID_CONTEXT 1531, QRY__MISSING_QUERY 1535,
                  QRY__MISSING_CORPUS 1540, QRY__TIMEOUT 1545, QRY__TOO_MANY_CORPORA 1550, QRY__TOO_MANY_QUERIES 1555,
                  QRY__VECTOR_INDEX_FAILURE 1560, QRY__INVALID_DIMENSION 1565, QRY__INVALID_CLIENTKEY 1570,
                  QRY__DECRYPTION_FAILURE 1575, QRY__INVALID_RERANKER 1580, QRY__PARTIAL_RERANK 1585,
                  QRY__RERANK_FAILURE 1590, QRY__TOO_MANY_RESULT_ROWS 1595, QRY__PARTIAL_RETRIEVAL 1600.
                - Summarization (`QRY__SMRY__`): QRY__SMRY__INVALID_SUMMARIZER_PROMPT 1660,
                  QRY__SMRY__INVALID_SUMMARY_LANG 1665, QRY__SMRY__UNSUPPORTED_SUMMARY_LANG 1670,
                  QRY__SMRY__PARTIAL_SUMMARY 1675, QRY__SMRY__NO_QUERY_RESULTS 1680,
                  QRY__SMRY__EVAL_UNSUPPORTED_LANG 1685, QRY__SMRY__EVAL_FAILURE 1690.
                - Generation, deprecated (`QRY__GEN__`): QRY__GEN__NO_QUERY_RESULTS 1650,
                  QRY__GEN__UNPARSEABLE_MODEL_PARAMS 1651.
                - Connection specs (`CX_SPECS__`): CX_SPECS__INVALID_JSON 2000, CX_SPECS__UNREGISTERED_TYPE 2005,
                  CX_SPECS__MISSING_SPEC 2010, CX_SPECS__MISSING_TYPE 2011, CX_SPECS__UNPARSEABLE_SPEC 2015.
                - Admin service (`ADM__`): ADM__INVALID_CUSTOMER_ID 2500, ADM__INVALID_CORPUS_ID 2501,
                  ADM__INVALID_ENCODER_ID 2502, ADM__INVALID_ROLE_ID 2503, ADM__ROLE_ALREADY_EXISTS 2504,
                  ADM__ONLY_ONE_OWNER_SUPPORTED 2505, ADM__INVALID_PERMISSION 2506, ADM__ROLECREATION_FAILURE 2507,
                  ADM__USER_EMAIL_NOT_AVAIALBLE 2508, ADM__USERNAME_NOT_AVAILABLE 2509, ADM__SIGNUP_MISSING_NAME 2510,
                  ADM__SIGNUP_MISSING_ORG 2511, ADM__SIGNUP_MISSING_EMAIL 2512, ADM__SIGNUP_MISSING_PAYMENT 2513,
                  ADM__SIGNUP_MISSING_PLAN 2514, ADM__SIGNUP_MISSING_PASSWORD 2515, ADM__SIGNUP_INVALID_NAME 2516,
                  ADM__SIGNUP_INVALID_ORG 2517, ADM__SIGNUP_INVALID_EMAIL 2518, ADM__SIGNUP_INVALID_PAYMENT 2519,
                  ADM__SIGNUP_INVALID_PLAN 2520, ADM__SIGNUP_INVALID_PASSWORD 2521,
                  ADM__SIGNUP_INVALID_ACCOUNT_ALIAS 2530, ADM__SIGNUP_INVALID_EMAIL_VALIDATION_CODE 2531,
                  ADM__SIGNUP_MISSING_COUNTRY_CODE 2532, ADM__SIGNUP_ROOT_EMAIL_NOT_AVAILABLE 2533,
                  ADM__CUST_MARK_DELETE_FAILED 2522, ADM__CUST_FAISS_DEALLOC_FAILED 2523, ADM__CUST_ALREADY_ACTIVE 2534,
                  ADM__CUST_REACTIVATE_FAILED 2535, ADM__CUST_ENABLEMENT_FAILED 2536, ADM__CORPUS_LIMIT_REACHED 2524,
                  ADM__STRIPE_CARD_DECLINED 2525, ADM__STRIPE_PROCESSING_ERROR 2526,
                  ADM__EMAIL_VALIDATION_REQUEST_NOT_FOUND 2540, ADM__EMAIL_NOT_VALIDATED 2541,
                  ADM__CHANGE_PLAN__NO_CURRENT_PLAN 2550, ADM__CHANGE_PLAN__REQUIRES_MANUAL_CHANGE 2551,
                  ADM__CHANGE_PLAN__INVALID_PLAN_ID 2552, ADM__CHANGE_PLAN__NO_PAYMENT_SOURCE 2553,
                  ADM__CHANGE_PLAN__INVALID_EFFECTIVE_DATE 2554, ADM__CHANGE_PLAN__CONFLICTING_CHANGE 2555.
                - Schema services, stats DB, vector DB: SCM__MISCONFIGURED_CONNECTION 3000, STATS_DB_READ_FAILURE 3550,
                  VDB__TEXT_READ_FAILURE 4000.
                - Index rebuild (`REBUILD__`): REBUILD__LOW_RECALL 4500, REBUILD__INDEX_UPLOAD_FAILURE 4505,
                  REBUILD__UPDATE_JOURNAL_FAILURE 4510, REBUILD__UPDATE_FAISSPARAMS_FAILURE 4515, REBUILD__NO_DATA 4520,
                  REBUILD__EVALUATION 4525.
                - Indexing (`IDX__`): IDX__TRANSIENT_PARTIAL_DELETION_FAILURE 5000,
                  IDX__PERMANENT_PARTIAL_DELETION_FAILURE 5001.
                - Calibration (`CALB__`): CALB__INVALID_JSON 5500, CALB__INVALID_SPEC 5501,
                  CALB__UNREGISTERED_TYPE 5505, CALB__MISSING_SPEC 5510, CALB__MISSING_TYPE 5511,
                  CALB__UNPARSABLE_SPEC 5515.
            status_detail (str | Unset): A human-readable detail; `""` when there is none.
    """

    code: VectaraStatusCode | Unset = UNSET
    status_detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        status_detail = self.status_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: VectaraStatusCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = VectaraStatusCode(_code)

        status_detail = d.pop("statusDetail", UNSET)

        comvectara_status = cls(
            code=code,
            status_detail=status_detail,
        )

        comvectara_status.additional_properties = d
        return comvectara_status

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
