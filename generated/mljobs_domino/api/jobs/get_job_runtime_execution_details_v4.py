from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v4_error_body import V4ErrorBody
from ...models.v4_runtime_execution_details import V4RuntimeExecutionDetails
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/jobs/{job_id}/runtimeExecutionDetails".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V4ErrorBody | V4RuntimeExecutionDetails | None:
    if response.status_code == 200:
        response_200 = V4RuntimeExecutionDetails.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V4ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V4ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = V4ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = V4ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = V4ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = V4ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[V4ErrorBody | V4RuntimeExecutionDetails]:
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
) -> Response[V4ErrorBody | V4RuntimeExecutionDetails]:
    """A Job's Runtime Execution Details (python-domino)

     Not in the document. python-domino's `job_runtime_execution_details(job_id)`; its tests read
    `hardwareTierId` and `hardwareTier` (the tier's name).

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | V4RuntimeExecutionDetails]
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
) -> V4ErrorBody | V4RuntimeExecutionDetails | None:
    """A Job's Runtime Execution Details (python-domino)

     Not in the document. python-domino's `job_runtime_execution_details(job_id)`; its tests read
    `hardwareTierId` and `hardwareTier` (the tier's name).

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | V4RuntimeExecutionDetails
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[V4ErrorBody | V4RuntimeExecutionDetails]:
    """A Job's Runtime Execution Details (python-domino)

     Not in the document. python-domino's `job_runtime_execution_details(job_id)`; its tests read
    `hardwareTierId` and `hardwareTier` (the tier's name).

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | V4RuntimeExecutionDetails]
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
) -> V4ErrorBody | V4RuntimeExecutionDetails | None:
    """A Job's Runtime Execution Details (python-domino)

     Not in the document. python-domino's `job_runtime_execution_details(job_id)`; its tests read
    `hardwareTierId` and `hardwareTier` (the tier's name).

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | V4RuntimeExecutionDetails
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
