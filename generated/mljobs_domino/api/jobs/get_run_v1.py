from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v1_run import V1Run
from ...models.v4_error_body import V4ErrorBody
from ...types import Response


def _get_kwargs(
    owner_name: str,
    project_name: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{owner_name}/{project_name}/runs/{run_id}".format(
            owner_name=quote(str(owner_name), safe=""),
            project_name=quote(str(project_name), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V1Run | V4ErrorBody | None:
    if response.status_code == 200:
        response_200 = V1Run.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V1Run | V4ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner_name: str,
    project_name: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[V1Run | V4ErrorBody]:
    """Get a Run (python-domino)

     Not in the document. python-domino's `runs_status(run_id)` (legacy v1 API).

    Args:
        owner_name (str):
        project_name (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Run | V4ErrorBody]
    """

    kwargs = _get_kwargs(
        owner_name=owner_name,
        project_name=project_name,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner_name: str,
    project_name: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> V1Run | V4ErrorBody | None:
    """Get a Run (python-domino)

     Not in the document. python-domino's `runs_status(run_id)` (legacy v1 API).

    Args:
        owner_name (str):
        project_name (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1Run | V4ErrorBody
    """

    return sync_detailed(
        owner_name=owner_name,
        project_name=project_name,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner_name: str,
    project_name: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[V1Run | V4ErrorBody]:
    """Get a Run (python-domino)

     Not in the document. python-domino's `runs_status(run_id)` (legacy v1 API).

    Args:
        owner_name (str):
        project_name (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Run | V4ErrorBody]
    """

    kwargs = _get_kwargs(
        owner_name=owner_name,
        project_name=project_name,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner_name: str,
    project_name: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> V1Run | V4ErrorBody | None:
    """Get a Run (python-domino)

     Not in the document. python-domino's `runs_status(run_id)` (legacy v1 API).

    Args:
        owner_name (str):
        project_name (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1Run | V4ErrorBody
    """

    return (
        await asyncio_detailed(
            owner_name=owner_name,
            project_name=project_name,
            run_id=run_id,
            client=client,
        )
    ).parsed
