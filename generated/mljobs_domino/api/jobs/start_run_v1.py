from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v1_start_run_request import V1StartRunRequest
from ...models.v1_start_run_response import V1StartRunResponse
from ...models.v4_error_body import V4ErrorBody
from ...types import Response


def _get_kwargs(
    owner_name: str,
    project_name: str,
    *,
    body: V1StartRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{owner_name}/{project_name}/runs".format(
            owner_name=quote(str(owner_name), safe=""),
            project_name=quote(str(project_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V1StartRunResponse | V4ErrorBody | None:
    if response.status_code == 200:
        response_200 = V1StartRunResponse.from_dict(response.json())

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
) -> Response[V1StartRunResponse | V4ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner_name: str,
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1StartRunRequest,
) -> Response[V1StartRunResponse | V4ErrorBody]:
    """Start a Run (python-domino)

     Not in the document. python-domino's `runs_start(command, is_direct, commit_id, title, tier,
    publish_api_endpoint)` (legacy v1 API): every key of the body is sent, null when unset. The answer's
    `runId` is the new job's id (`runs_start_blocking` reads it); `message` says where to watch it.

    Args:
        owner_name (str):
        project_name (str):
        body (V1StartRunRequest): The body of python-domino 2.2.0's `runs_start` (every key sent,
            null when unset). Domino's legacy API
            documentation: `command` is the command as an array of strings (file then arguments),
            `isDirect` runs
            it as a shell command, `tier` is a hardware tier's name, `publishApiEndpoint` deploys a
            successful
            run's results to the project's API endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1StartRunResponse | V4ErrorBody]
    """

    kwargs = _get_kwargs(
        owner_name=owner_name,
        project_name=project_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner_name: str,
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1StartRunRequest,
) -> V1StartRunResponse | V4ErrorBody | None:
    """Start a Run (python-domino)

     Not in the document. python-domino's `runs_start(command, is_direct, commit_id, title, tier,
    publish_api_endpoint)` (legacy v1 API): every key of the body is sent, null when unset. The answer's
    `runId` is the new job's id (`runs_start_blocking` reads it); `message` says where to watch it.

    Args:
        owner_name (str):
        project_name (str):
        body (V1StartRunRequest): The body of python-domino 2.2.0's `runs_start` (every key sent,
            null when unset). Domino's legacy API
            documentation: `command` is the command as an array of strings (file then arguments),
            `isDirect` runs
            it as a shell command, `tier` is a hardware tier's name, `publishApiEndpoint` deploys a
            successful
            run's results to the project's API endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1StartRunResponse | V4ErrorBody
    """

    return sync_detailed(
        owner_name=owner_name,
        project_name=project_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    owner_name: str,
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1StartRunRequest,
) -> Response[V1StartRunResponse | V4ErrorBody]:
    """Start a Run (python-domino)

     Not in the document. python-domino's `runs_start(command, is_direct, commit_id, title, tier,
    publish_api_endpoint)` (legacy v1 API): every key of the body is sent, null when unset. The answer's
    `runId` is the new job's id (`runs_start_blocking` reads it); `message` says where to watch it.

    Args:
        owner_name (str):
        project_name (str):
        body (V1StartRunRequest): The body of python-domino 2.2.0's `runs_start` (every key sent,
            null when unset). Domino's legacy API
            documentation: `command` is the command as an array of strings (file then arguments),
            `isDirect` runs
            it as a shell command, `tier` is a hardware tier's name, `publishApiEndpoint` deploys a
            successful
            run's results to the project's API endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1StartRunResponse | V4ErrorBody]
    """

    kwargs = _get_kwargs(
        owner_name=owner_name,
        project_name=project_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner_name: str,
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1StartRunRequest,
) -> V1StartRunResponse | V4ErrorBody | None:
    """Start a Run (python-domino)

     Not in the document. python-domino's `runs_start(command, is_direct, commit_id, title, tier,
    publish_api_endpoint)` (legacy v1 API): every key of the body is sent, null when unset. The answer's
    `runId` is the new job's id (`runs_start_blocking` reads it); `message` says where to watch it.

    Args:
        owner_name (str):
        project_name (str):
        body (V1StartRunRequest): The body of python-domino 2.2.0's `runs_start` (every key sent,
            null when unset). Domino's legacy API
            documentation: `command` is the command as an array of strings (file then arguments),
            `isDirect` runs
            it as a shell command, `tier` is a hardware tier's name, `publishApiEndpoint` deploys a
            successful
            run's results to the project's API endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1StartRunResponse | V4ErrorBody
    """

    return (
        await asyncio_detailed(
            owner_name=owner_name,
            project_name=project_name,
            client=client,
            body=body,
        )
    ).parsed
