from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.googlerpc_status import GooglerpcStatus
from ...models.rime_get_job_response import RimeGetJobResponse
from ...models.rime_job_view import RimeJobView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    view: RimeJobView | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GooglerpcStatus | RimeGetJobResponse | str:
    if response.status_code == 200:
        response_200 = RimeGetJobResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = GooglerpcStatus.from_dict(response.json())

        return response_404

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
) -> Response[GooglerpcStatus | RimeGetJobResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: RimeJobView | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeGetJobResponse | str]:
    """GetJob

     GetJob at the path rime-sdk 2.x calls (`JobReaderApi.get_job`; the document's is
    `/v1-beta/jobs/{jobId}`).
    rime-sdk's `Client.get_job` reads 400 as "not a valid job id" and 404 as "did not find job id"; its
    `Job.get_status` polls this with `view=JOB_VIEW_FULL` every 5 s until SUCCEEDED, FAILED or
    CANCELLED.

    Args:
        job_id (str):
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
        Response[GooglerpcStatus | RimeGetJobResponse | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: RimeJobView | Unset = UNSET,
) -> GooglerpcStatus | RimeGetJobResponse | str | None:
    """GetJob

     GetJob at the path rime-sdk 2.x calls (`JobReaderApi.get_job`; the document's is
    `/v1-beta/jobs/{jobId}`).
    rime-sdk's `Client.get_job` reads 400 as "not a valid job id" and 404 as "did not find job id"; its
    `Job.get_status` polls this with `view=JOB_VIEW_FULL` every 5 s until SUCCEEDED, FAILED or
    CANCELLED.

    Args:
        job_id (str):
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
        GooglerpcStatus | RimeGetJobResponse | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        view=view,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: RimeJobView | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeGetJobResponse | str]:
    """GetJob

     GetJob at the path rime-sdk 2.x calls (`JobReaderApi.get_job`; the document's is
    `/v1-beta/jobs/{jobId}`).
    rime-sdk's `Client.get_job` reads 400 as "not a valid job id" and 404 as "did not find job id"; its
    `Job.get_status` polls this with `view=JOB_VIEW_FULL` every 5 s until SUCCEEDED, FAILED or
    CANCELLED.

    Args:
        job_id (str):
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
        Response[GooglerpcStatus | RimeGetJobResponse | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: RimeJobView | Unset = UNSET,
) -> GooglerpcStatus | RimeGetJobResponse | str | None:
    """GetJob

     GetJob at the path rime-sdk 2.x calls (`JobReaderApi.get_job`; the document's is
    `/v1-beta/jobs/{jobId}`).
    rime-sdk's `Client.get_job` reads 400 as "not a valid job id" and 404 as "did not find job id"; its
    `Job.get_status` polls this with `view=JOB_VIEW_FULL` every 5 s until SUCCEEDED, FAILED or
    CANCELLED.

    Args:
        job_id (str):
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
        GooglerpcStatus | RimeGetJobResponse | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            view=view,
        )
    ).parsed
