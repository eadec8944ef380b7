from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.googlerpc_status import GooglerpcStatus
from ...models.rime_cancel_job_request import RimeCancelJobRequest
from ...models.rime_cancel_job_response import RimeCancelJobResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    body: RimeCancelJobRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/cancel/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GooglerpcStatus | RimeCancelJobResponse | str:
    if response.status_code == 200:
        response_200 = RimeCancelJobResponse.from_dict(response.json())

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
) -> Response[GooglerpcStatus | RimeCancelJobResponse | str]:
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
    body: RimeCancelJobRequest | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeCancelJobResponse | str]:
    """CancelJob

     CancelJob at the path rime-sdk 2.x calls (`JobReaderApi.cancel_job`; the document's is
    `/v1-beta/jobs/cancel/{jobId}`). Declarative, as there: `cancellationRequested` becomes true at once
    and
    the job becomes JOB_STATUS_CANCELLED later. rime-sdk sends the body `{}` and reads `{}`. A job that
    has
    already ended is refused with FAILED_PRECONDITION (grpc code 9, HTTP 400).

    Args:
        job_id (str):
        body (RimeCancelJobRequest | Unset): The CancelJob body; the clients send `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GooglerpcStatus | RimeCancelJobResponse | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RimeCancelJobRequest | Unset = UNSET,
) -> GooglerpcStatus | RimeCancelJobResponse | str | None:
    """CancelJob

     CancelJob at the path rime-sdk 2.x calls (`JobReaderApi.cancel_job`; the document's is
    `/v1-beta/jobs/cancel/{jobId}`). Declarative, as there: `cancellationRequested` becomes true at once
    and
    the job becomes JOB_STATUS_CANCELLED later. rime-sdk sends the body `{}` and reads `{}`. A job that
    has
    already ended is refused with FAILED_PRECONDITION (grpc code 9, HTTP 400).

    Args:
        job_id (str):
        body (RimeCancelJobRequest | Unset): The CancelJob body; the clients send `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GooglerpcStatus | RimeCancelJobResponse | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RimeCancelJobRequest | Unset = UNSET,
) -> Response[GooglerpcStatus | RimeCancelJobResponse | str]:
    """CancelJob

     CancelJob at the path rime-sdk 2.x calls (`JobReaderApi.cancel_job`; the document's is
    `/v1-beta/jobs/cancel/{jobId}`). Declarative, as there: `cancellationRequested` becomes true at once
    and
    the job becomes JOB_STATUS_CANCELLED later. rime-sdk sends the body `{}` and reads `{}`. A job that
    has
    already ended is refused with FAILED_PRECONDITION (grpc code 9, HTTP 400).

    Args:
        job_id (str):
        body (RimeCancelJobRequest | Unset): The CancelJob body; the clients send `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GooglerpcStatus | RimeCancelJobResponse | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RimeCancelJobRequest | Unset = UNSET,
) -> GooglerpcStatus | RimeCancelJobResponse | str | None:
    """CancelJob

     CancelJob at the path rime-sdk 2.x calls (`JobReaderApi.cancel_job`; the document's is
    `/v1-beta/jobs/cancel/{jobId}`). Declarative, as there: `cancellationRequested` becomes true at once
    and
    the job becomes JOB_STATUS_CANCELLED later. rime-sdk sends the body `{}` and reads `{}`. A job that
    has
    already ended is refused with FAILED_PRECONDITION (grpc code 9, HTTP 400).

    Args:
        job_id (str):
        body (RimeCancelJobRequest | Unset): The CancelJob body; the clients send `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GooglerpcStatus | RimeCancelJobResponse | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
