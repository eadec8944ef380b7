from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.googlerpc_status import GooglerpcStatus
from ...models.rime_get_test_run_id_response import RimeGetTestRunIDResponse
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{job_id}/test-run-id".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GooglerpcStatus | RimeGetTestRunIDResponse | str:
    if response.status_code == 200:
        response_200 = RimeGetTestRunIDResponse.from_dict(response.json())

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
) -> Response[GooglerpcStatus | RimeGetTestRunIDResponse | str]:
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
) -> Response[GooglerpcStatus | RimeGetTestRunIDResponse | str]:
    """GetTestRunID

     GetTestRunID at the path rime-sdk 2.x calls (`JobReaderApi.get_test_run_id`; the document's is
    `/v1-beta/jobs/{jobId}/test-run-id`). The job ID must be for a completed stress test job.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GooglerpcStatus | RimeGetTestRunIDResponse | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GooglerpcStatus | RimeGetTestRunIDResponse | str | None:
    """GetTestRunID

     GetTestRunID at the path rime-sdk 2.x calls (`JobReaderApi.get_test_run_id`; the document's is
    `/v1-beta/jobs/{jobId}/test-run-id`). The job ID must be for a completed stress test job.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GooglerpcStatus | RimeGetTestRunIDResponse | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GooglerpcStatus | RimeGetTestRunIDResponse | str]:
    """GetTestRunID

     GetTestRunID at the path rime-sdk 2.x calls (`JobReaderApi.get_test_run_id`; the document's is
    `/v1-beta/jobs/{jobId}/test-run-id`). The job ID must be for a completed stress test job.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GooglerpcStatus | RimeGetTestRunIDResponse | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GooglerpcStatus | RimeGetTestRunIDResponse | str | None:
    """GetTestRunID

     GetTestRunID at the path rime-sdk 2.x calls (`JobReaderApi.get_test_run_id`; the document's is
    `/v1-beta/jobs/{jobId}/test-run-id`). The job ID must be for a completed stress test job.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GooglerpcStatus | RimeGetTestRunIDResponse | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
