from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v4_error_body import V4ErrorBody
from ...models.v4_job import V4Job
from ...models.v4_restart_job_request import V4RestartJobRequest
from ...types import Response


def _get_kwargs(
    *,
    body: V4RestartJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/jobs/restart",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V4ErrorBody | V4Job | None:
    if response.status_code == 200:
        response_200 = V4Job.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V4ErrorBody | V4Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V4RestartJobRequest,
) -> Response[V4ErrorBody | V4Job]:
    """Restart a Job (python-domino)

     Not in the document. python-domino's `job_restart(job_id, should_use_original_input_commit=True)`:
    runs
    the job's command again as a new job, from the job's own input commit or the project's latest.
    python-domino returns the raw response and reads nothing from it; no source gives the answer's body
    (Guess: the new job, as `startJobV4` answers).

    Args:
        body (V4RestartJobRequest): The body python-domino 2.2.0's `job_restart` sends (both keys,
            always).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | V4Job]
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
    body: V4RestartJobRequest,
) -> V4ErrorBody | V4Job | None:
    """Restart a Job (python-domino)

     Not in the document. python-domino's `job_restart(job_id, should_use_original_input_commit=True)`:
    runs
    the job's command again as a new job, from the job's own input commit or the project's latest.
    python-domino returns the raw response and reads nothing from it; no source gives the answer's body
    (Guess: the new job, as `startJobV4` answers).

    Args:
        body (V4RestartJobRequest): The body python-domino 2.2.0's `job_restart` sends (both keys,
            always).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | V4Job
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V4RestartJobRequest,
) -> Response[V4ErrorBody | V4Job]:
    """Restart a Job (python-domino)

     Not in the document. python-domino's `job_restart(job_id, should_use_original_input_commit=True)`:
    runs
    the job's command again as a new job, from the job's own input commit or the project's latest.
    python-domino returns the raw response and reads nothing from it; no source gives the answer's body
    (Guess: the new job, as `startJobV4` answers).

    Args:
        body (V4RestartJobRequest): The body python-domino 2.2.0's `job_restart` sends (both keys,
            always).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | V4Job]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: V4RestartJobRequest,
) -> V4ErrorBody | V4Job | None:
    """Restart a Job (python-domino)

     Not in the document. python-domino's `job_restart(job_id, should_use_original_input_commit=True)`:
    runs
    the job's command again as a new job, from the job's own input commit or the project's latest.
    python-domino returns the raw response and reads nothing from it; no source gives the answer's body
    (Guess: the new job, as `startJobV4` answers).

    Args:
        body (V4RestartJobRequest): The body python-domino 2.2.0's `job_restart` sends (both keys,
            always).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | V4Job
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
