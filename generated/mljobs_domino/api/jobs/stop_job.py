from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.stop_job_request import StopJobRequest
from ...models.v4_error_body import V4ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: StopJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/jobs/stop",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | V4ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | V4ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StopJobRequest,
) -> Response[Any | V4ErrorBody]:
    """Stop Job

     Stop a running job: the HTTP call behind python-domino's `runs_stop`/`run_stop` (which delegate to
    `job_stop`). `commitResults` keeps the job's results (python-domino's default is true). This is
    Domino's internal v4 API; the Public API has no stop operation.

    No source gives the answer's body: python-domino returns the raw response and never reads it, and
    its
    tests answer with no body or `{}`. The spec therefore declares none (any body is accepted and left
    unparsed). No source gives the error bodies either (`V4ErrorBody`, an open object).

    Args:
        body (StopJobRequest): The body python-domino 2.2.0's `job_stop` sends (it always sends
            all three keys).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | V4ErrorBody]
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
    body: StopJobRequest,
) -> Any | V4ErrorBody | None:
    """Stop Job

     Stop a running job: the HTTP call behind python-domino's `runs_stop`/`run_stop` (which delegate to
    `job_stop`). `commitResults` keeps the job's results (python-domino's default is true). This is
    Domino's internal v4 API; the Public API has no stop operation.

    No source gives the answer's body: python-domino returns the raw response and never reads it, and
    its
    tests answer with no body or `{}`. The spec therefore declares none (any body is accepted and left
    unparsed). No source gives the error bodies either (`V4ErrorBody`, an open object).

    Args:
        body (StopJobRequest): The body python-domino 2.2.0's `job_stop` sends (it always sends
            all three keys).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | V4ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StopJobRequest,
) -> Response[Any | V4ErrorBody]:
    """Stop Job

     Stop a running job: the HTTP call behind python-domino's `runs_stop`/`run_stop` (which delegate to
    `job_stop`). `commitResults` keeps the job's results (python-domino's default is true). This is
    Domino's internal v4 API; the Public API has no stop operation.

    No source gives the answer's body: python-domino returns the raw response and never reads it, and
    its
    tests answer with no body or `{}`. The spec therefore declares none (any body is accepted and left
    unparsed). No source gives the error bodies either (`V4ErrorBody`, an open object).

    Args:
        body (StopJobRequest): The body python-domino 2.2.0's `job_stop` sends (it always sends
            all three keys).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | V4ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StopJobRequest,
) -> Any | V4ErrorBody | None:
    """Stop Job

     Stop a running job: the HTTP call behind python-domino's `runs_stop`/`run_stop` (which delegate to
    `job_stop`). `commitResults` keeps the job's results (python-domino's default is true). This is
    Domino's internal v4 API; the Public API has no stop operation.

    No source gives the answer's body: python-domino returns the raw response and never reads it, and
    its
    tests answer with no body or `{}`. The spec therefore declares none (any body is accepted and left
    unparsed). No source gives the error bodies either (`V4ErrorBody`, an open object).

    Args:
        body (StopJobRequest): The body python-domino 2.2.0's `job_stop` sends (it always sends
            all three keys).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | V4ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
