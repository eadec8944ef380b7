from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.googlerpc_status import GooglerpcStatus
from ...models.rime_job_view import RimeJobView
from ...models.rime_list_gai_test_job_response import RimeListGAITestJobResponse
from ...models.statedb_job_status import StatedbJobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    *,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
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

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1-beta/jobs/generative/workspaces/{workspace_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GooglerpcStatus | RimeListGAITestJobResponse | str:
    if response.status_code == 200:
        response_200 = RimeListGAITestJobResponse.from_dict(response.json())

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
) -> Response[GooglerpcStatus | RimeListGAITestJobResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeListGAITestJobResponse | str]:
    """ListGAITestJob

     Lists the generative AI (GAI) test jobs of a workspace, newest first. Not in the document: rime-sdk
    2.13.2 `JobReaderApi.list_gai_test_job` (first in rime-sdk 2.8.8, absent in 2.7.24; the only job
    path
    2.x keeps under `/v1-beta`). Pages like ListJobsForProject; the filter is statuses only.

    Args:
        workspace_id (str):
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
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
        Response[GooglerpcStatus | RimeListGAITestJobResponse | str]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        page_token=page_token,
        page_size=page_size,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> GooglerpcStatus | RimeListGAITestJobResponse | str | None:
    """ListGAITestJob

     Lists the generative AI (GAI) test jobs of a workspace, newest first. Not in the document: rime-sdk
    2.13.2 `JobReaderApi.list_gai_test_job` (first in rime-sdk 2.8.8, absent in 2.7.24; the only job
    path
    2.x keeps under `/v1-beta`). Pages like ListJobsForProject; the filter is statuses only.

    Args:
        workspace_id (str):
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
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
        GooglerpcStatus | RimeListGAITestJobResponse | str
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        page_token=page_token,
        page_size=page_size,
        view=view,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeListGAITestJobResponse | str]:
    """ListGAITestJob

     Lists the generative AI (GAI) test jobs of a workspace, newest first. Not in the document: rime-sdk
    2.13.2 `JobReaderApi.list_gai_test_job` (first in rime-sdk 2.8.8, absent in 2.7.24; the only job
    path
    2.x keeps under `/v1-beta`). Pages like ListJobsForProject; the filter is statuses only.

    Args:
        workspace_id (str):
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
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
        Response[GooglerpcStatus | RimeListGAITestJobResponse | str]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        page_token=page_token,
        page_size=page_size,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> GooglerpcStatus | RimeListGAITestJobResponse | str | None:
    """ListGAITestJob

     Lists the generative AI (GAI) test jobs of a workspace, newest first. Not in the document: rime-sdk
    2.13.2 `JobReaderApi.list_gai_test_job` (first in rime-sdk 2.8.8, absent in 2.7.24; the only job
    path
    2.x keeps under `/v1-beta`). Pages like ListJobsForProject; the filter is statuses only.

    Args:
        workspace_id (str):
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
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
        GooglerpcStatus | RimeListGAITestJobResponse | str
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            first_page_query_selected_statuses=first_page_query_selected_statuses,
            page_token=page_token,
            page_size=page_size,
            view=view,
        )
    ).parsed
