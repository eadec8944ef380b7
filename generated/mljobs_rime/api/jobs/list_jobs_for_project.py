from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.googlerpc_status import GooglerpcStatus
from ...models.rime_job_type import RimeJobType
from ...models.rime_job_view import RimeJobView
from ...models.rime_list_jobs_for_project_response import RimeListJobsForProjectResponse
from ...models.statedb_job_status import StatedbJobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_internal_created: bool | Unset = UNSET,
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

    params["firstPageQuery.internalCreated"] = first_page_query_internal_created

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/project/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GooglerpcStatus | RimeListJobsForProjectResponse | str:
    if response.status_code == 200:
        response_200 = RimeListJobsForProjectResponse.from_dict(response.json())

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
) -> Response[GooglerpcStatus | RimeListJobsForProjectResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_internal_created: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeListJobsForProjectResponse | str]:
    """ListJobsForProject

     Returns a paginated list of the jobs of one project, newest first. The list can be filtered by job
    type
    and status. Not in the document: rime-sdk 2.13.2 `JobReaderApi.list_jobs_for_project` (2.x has no
    global
    ListJobs); the project is the one in each job's data (`jobData.stress.projectId`,
    `jobData.fileScan.projectId`), so job types not tied to projects (generative model tests) are not
    returned.

    As for ListJobs, the first request carries the `firstPageQuery.*` filters and every later request
    only
    the `pageToken` from the previous answer (and `pageSize`); stop when `hasMore` is false (rime-sdk's
    `Project.list_stress_testing_jobs` does exactly this, with `pageSize=20`). rime-sdk's docstring
    carries
    the document's Python pagination example, which passes `page_token`.

    Every query parameter is also accepted under its proto field name (`x-aliases`), as grpc-gateway
    accepts both spellings.

    Args:
        project_id (str):
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
        first_page_query_selected_types (list[RimeJobType] | Unset):
        first_page_query_internal_created (bool | Unset):
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
        Response[GooglerpcStatus | RimeListJobsForProjectResponse | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        first_page_query_selected_types=first_page_query_selected_types,
        first_page_query_internal_created=first_page_query_internal_created,
        page_token=page_token,
        page_size=page_size,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_internal_created: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> GooglerpcStatus | RimeListJobsForProjectResponse | str | None:
    """ListJobsForProject

     Returns a paginated list of the jobs of one project, newest first. The list can be filtered by job
    type
    and status. Not in the document: rime-sdk 2.13.2 `JobReaderApi.list_jobs_for_project` (2.x has no
    global
    ListJobs); the project is the one in each job's data (`jobData.stress.projectId`,
    `jobData.fileScan.projectId`), so job types not tied to projects (generative model tests) are not
    returned.

    As for ListJobs, the first request carries the `firstPageQuery.*` filters and every later request
    only
    the `pageToken` from the previous answer (and `pageSize`); stop when `hasMore` is false (rime-sdk's
    `Project.list_stress_testing_jobs` does exactly this, with `pageSize=20`). rime-sdk's docstring
    carries
    the document's Python pagination example, which passes `page_token`.

    Every query parameter is also accepted under its proto field name (`x-aliases`), as grpc-gateway
    accepts both spellings.

    Args:
        project_id (str):
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
        first_page_query_selected_types (list[RimeJobType] | Unset):
        first_page_query_internal_created (bool | Unset):
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
        GooglerpcStatus | RimeListJobsForProjectResponse | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        first_page_query_selected_types=first_page_query_selected_types,
        first_page_query_internal_created=first_page_query_internal_created,
        page_token=page_token,
        page_size=page_size,
        view=view,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_internal_created: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeListJobsForProjectResponse | str]:
    """ListJobsForProject

     Returns a paginated list of the jobs of one project, newest first. The list can be filtered by job
    type
    and status. Not in the document: rime-sdk 2.13.2 `JobReaderApi.list_jobs_for_project` (2.x has no
    global
    ListJobs); the project is the one in each job's data (`jobData.stress.projectId`,
    `jobData.fileScan.projectId`), so job types not tied to projects (generative model tests) are not
    returned.

    As for ListJobs, the first request carries the `firstPageQuery.*` filters and every later request
    only
    the `pageToken` from the previous answer (and `pageSize`); stop when `hasMore` is false (rime-sdk's
    `Project.list_stress_testing_jobs` does exactly this, with `pageSize=20`). rime-sdk's docstring
    carries
    the document's Python pagination example, which passes `page_token`.

    Every query parameter is also accepted under its proto field name (`x-aliases`), as grpc-gateway
    accepts both spellings.

    Args:
        project_id (str):
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
        first_page_query_selected_types (list[RimeJobType] | Unset):
        first_page_query_internal_created (bool | Unset):
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
        Response[GooglerpcStatus | RimeListJobsForProjectResponse | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        first_page_query_selected_statuses=first_page_query_selected_statuses,
        first_page_query_selected_types=first_page_query_selected_types,
        first_page_query_internal_created=first_page_query_internal_created,
        page_token=page_token,
        page_size=page_size,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    first_page_query_selected_statuses: list[StatedbJobStatus] | Unset = UNSET,
    first_page_query_selected_types: list[RimeJobType] | Unset = UNSET,
    first_page_query_internal_created: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: str | Unset = UNSET,
    view: RimeJobView | Unset = UNSET,
) -> GooglerpcStatus | RimeListJobsForProjectResponse | str | None:
    """ListJobsForProject

     Returns a paginated list of the jobs of one project, newest first. The list can be filtered by job
    type
    and status. Not in the document: rime-sdk 2.13.2 `JobReaderApi.list_jobs_for_project` (2.x has no
    global
    ListJobs); the project is the one in each job's data (`jobData.stress.projectId`,
    `jobData.fileScan.projectId`), so job types not tied to projects (generative model tests) are not
    returned.

    As for ListJobs, the first request carries the `firstPageQuery.*` filters and every later request
    only
    the `pageToken` from the previous answer (and `pageSize`); stop when `hasMore` is false (rime-sdk's
    `Project.list_stress_testing_jobs` does exactly this, with `pageSize=20`). rime-sdk's docstring
    carries
    the document's Python pagination example, which passes `page_token`.

    Every query parameter is also accepted under its proto field name (`x-aliases`), as grpc-gateway
    accepts both spellings.

    Args:
        project_id (str):
        first_page_query_selected_statuses (list[StatedbJobStatus] | Unset):
        first_page_query_selected_types (list[RimeJobType] | Unset):
        first_page_query_internal_created (bool | Unset):
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
        GooglerpcStatus | RimeListJobsForProjectResponse | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            first_page_query_selected_statuses=first_page_query_selected_statuses,
            first_page_query_selected_types=first_page_query_selected_types,
            first_page_query_internal_created=first_page_query_internal_created,
            page_token=page_token,
            page_size=page_size,
            view=view,
        )
    ).parsed
