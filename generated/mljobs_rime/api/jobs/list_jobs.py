from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.googlerpc_status import GooglerpcStatus
from ...models.rime_job_type import RimeJobType
from ...models.rime_job_view import RimeJobView
from ...models.rime_list_jobs_response import RimeListJobsResponse
from ...models.statedb_job_status import StatedbJobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_object_id: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_first_page_query_selected_statuses: list[str] | Unset = UNSET
    if not isinstance(first_page_query_selected_statuses, Unset):
        json_first_page_query_selected_statuses = []
        for first_page_query_selected_statuses_item_data in first_page_query_selected_statuses:
            first_page_query_selected_statuses_item = first_page_query_selected_statuses_item_data.value
            json_first_page_query_selected_statuses.append(first_page_query_selected_statuses_item)

    params["firstPageQuery.selectedStatuses"] = json_first_page_query_selected_statuses

    json_first_page_query_selected_types: list[str] | Unset = UNSET
    if not isinstance(first_page_query_selected_types, Unset):
        json_first_page_query_selected_types = []
        for first_page_query_selected_types_item_data in first_page_query_selected_types:
            first_page_query_selected_types_item = first_page_query_selected_types_item_data.value
            json_first_page_query_selected_types.append(first_page_query_selected_types_item)

    params["firstPageQuery.selectedTypes"] = json_first_page_query_selected_types

    params["firstPageQuery.objectId"] = first_page_query_object_id

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1-beta/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GooglerpcStatus | RimeListJobsResponse | str:
    if response.status_code == 200:
        response_200 = RimeListJobsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GooglerpcStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = GooglerpcStatus.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = GooglerpcStatus.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GooglerpcStatus.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GooglerpcStatus.from_dict(response.json())

        return response_503

    response_default = GooglerpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GooglerpcStatus | RimeListJobsResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_object_id: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeListJobsResponse | str]:
    """ListJobs

     Returns a paginated list of all jobs. The list can be filtered by job type and status.

    The first request carries the `firstPageQuery.*` filters; every later request carries only the
    `pageToken` from the previous response (and `pageSize`). Stop when `hasMore` is false.

    Args:
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
        first_page_query_selected_types (list[RimeJobType] | Unset):
        first_page_query_object_id (str | Unset):
        page_token (str | Unset):
        page_size (str | Unset):
        view (RimeJobView | Unset): Based on
            https://cloud.google.com/apis/design/design_patterns#resource_view.
              - JOB_VIEW_UNSPECIFIED: The default behavior is the Basic view.
              - JOB_VIEW_BASIC: Server responses only include basic information about the job,
            including type,
                status, and some job data.
              - JOB_VIEW_FULL: Server responses include all available information about the job,
            including
                progress. Has greater performance requirements than the Basic view.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GooglerpcStatus | RimeListJobsResponse | str]
    """

    kwargs = _get_kwargs(
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        first_page_query_selected_types=first_page_query_selected_types,
        first_page_query_object_id=first_page_query_object_id,
        page_token=page_token,
        page_size=page_size,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_object_id: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> GooglerpcStatus | RimeListJobsResponse | str | None:
    """ListJobs

     Returns a paginated list of all jobs. The list can be filtered by job type and status.

    The first request carries the `firstPageQuery.*` filters; every later request carries only the
    `pageToken` from the previous response (and `pageSize`). Stop when `hasMore` is false.

    Args:
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
        first_page_query_selected_types (list[RimeJobType] | Unset):
        first_page_query_object_id (str | Unset):
        page_token (str | Unset):
        page_size (str | Unset):
        view (RimeJobView | Unset): Based on
            https://cloud.google.com/apis/design/design_patterns#resource_view.
              - JOB_VIEW_UNSPECIFIED: The default behavior is the Basic view.
              - JOB_VIEW_BASIC: Server responses only include basic information about the job,
            including type,
                status, and some job data.
              - JOB_VIEW_FULL: Server responses include all available information about the job,
            including
                progress. Has greater performance requirements than the Basic view.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GooglerpcStatus | RimeListJobsResponse | str
    """

    return sync_detailed(
        client=client,
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        first_page_query_selected_types=first_page_query_selected_types,
        first_page_query_object_id=first_page_query_object_id,
        page_token=page_token,
        page_size=page_size,
        view=view,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_object_id: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeListJobsResponse | str]:
    """ListJobs

     Returns a paginated list of all jobs. The list can be filtered by job type and status.

    The first request carries the `firstPageQuery.*` filters; every later request carries only the
    `pageToken` from the previous response (and `pageSize`). Stop when `hasMore` is false.

    Args:
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
        first_page_query_selected_types (list[RimeJobType] | Unset):
        first_page_query_object_id (str | Unset):
        page_token (str | Unset):
        page_size (str | Unset):
        view (RimeJobView | Unset): Based on
            https://cloud.google.com/apis/design/design_patterns#resource_view.
              - JOB_VIEW_UNSPECIFIED: The default behavior is the Basic view.
              - JOB_VIEW_BASIC: Server responses only include basic information about the job,
            including type,
                status, and some job data.
              - JOB_VIEW_FULL: Server responses include all available information about the job,
            including
                progress. Has greater performance requirements than the Basic view.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GooglerpcStatus | RimeListJobsResponse | str]
    """

    kwargs = _get_kwargs(
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        first_page_query_selected_types=first_page_query_selected_types,
        first_page_query_object_id=first_page_query_object_id,
        page_token=page_token,
        page_size=page_size,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_object_id: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> GooglerpcStatus | RimeListJobsResponse | str | None:
    """ListJobs

     Returns a paginated list of all jobs. The list can be filtered by job type and status.

    The first request carries the `firstPageQuery.*` filters; every later request carries only the
    `pageToken` from the previous response (and `pageSize`). Stop when `hasMore` is false.

    Args:
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
        first_page_query_selected_types (list[RimeJobType] | Unset):
        first_page_query_object_id (str | Unset):
        page_token (str | Unset):
        page_size (str | Unset):
        view (RimeJobView | Unset): Based on
            https://cloud.google.com/apis/design/design_patterns#resource_view.
              - JOB_VIEW_UNSPECIFIED: The default behavior is the Basic view.
              - JOB_VIEW_BASIC: Server responses only include basic information about the job,
            including type,
                status, and some job data.
              - JOB_VIEW_FULL: Server responses include all available information about the job,
            including
                progress. Has greater performance requirements than the Basic view.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GooglerpcStatus | RimeListJobsResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            first_page_query_selected_statuses=first_page_query_selected_statuses,
            first_page_query_selected_types=first_page_query_selected_types,
            first_page_query_object_id=first_page_query_object_id,
            page_token=page_token,
            page_size=page_size,
            view=view,
        )
    ).parsed
