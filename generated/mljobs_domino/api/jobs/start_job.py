from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_envelope_v1 import FailureEnvelopeV1
from ...models.invalid_body_envelope_v1 import InvalidBodyEnvelopeV1
from ...models.job import Job
from ...models.start_job_request import StartJobRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/jobs/v1/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> FailureEnvelopeV1 | InvalidBodyEnvelopeV1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bad_request_envelope_type_0 = FailureEnvelopeV1.from_dict(data)

                return componentsschemas_bad_request_envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bad_request_envelope_type_1 = InvalidBodyEnvelopeV1.from_dict(data)

            return componentsschemas_bad_request_envelope_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FailureEnvelopeV1.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FailureEnvelopeV1.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FailureEnvelopeV1.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = FailureEnvelopeV1.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartJobRequest,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job]:
    """Start Job

     Start a new job execution. The answer is the new job (status `Pending`). The real service's body is
    `NewJobV1` (`runCommand`, `hardwareTier`) and its answer `{job, metadata}` (info, point 5).

    Args:
        body (StartJobRequest): The body of Start Job: the document's table (projectId,
            commandToRun and hardwareTierId required) and
            its example's `isDirectHardwareTierId`. The real service's body is `NewJobV1` (info, point
            5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StartJobRequest,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job | None:
    """Start Job

     Start a new job execution. The answer is the new job (status `Pending`). The real service's body is
    `NewJobV1` (`runCommand`, `hardwareTier`) and its answer `{job, metadata}` (info, point 5).

    Args:
        body (StartJobRequest): The body of Start Job: the document's table (projectId,
            commandToRun and hardwareTierId required) and
            its example's `isDirectHardwareTierId`. The real service's body is `NewJobV1` (info, point
            5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartJobRequest,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job]:
    """Start Job

     Start a new job execution. The answer is the new job (status `Pending`). The real service's body is
    `NewJobV1` (`runCommand`, `hardwareTier`) and its answer `{job, metadata}` (info, point 5).

    Args:
        body (StartJobRequest): The body of Start Job: the document's table (projectId,
            commandToRun and hardwareTierId required) and
            its example's `isDirectHardwareTierId`. The real service's body is `NewJobV1` (info, point
            5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartJobRequest,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job | None:
    """Start Job

     Start a new job execution. The answer is the new job (status `Pending`). The real service's body is
    `NewJobV1` (`runCommand`, `hardwareTier`) and its answer `{job, metadata}` (info, point 5).

    Args:
        body (StartJobRequest): The body of Start Job: the document's table (projectId,
            commandToRun and hardwareTierId required) and
            its example's `isDirectHardwareTierId`. The real service's body is `NewJobV1` (info, point
            5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | Job
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
