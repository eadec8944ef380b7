from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v4_error_body import V4ErrorBody
from ...models.v4_project import V4Project
from ...types import UNSET, Response


def _get_kwargs(
    *,
    owner_name: str,
    project_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ownerName"] = owner_name

    params["projectName"] = project_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/gateway/projects/findProjectByOwnerAndName",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V4ErrorBody | V4Project | None:
    if response.status_code == 200:
        response_200 = V4Project.from_dict(response.json())

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
) -> Response[V4ErrorBody | V4Project]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    owner_name: str,
    project_name: str,
) -> Response[V4ErrorBody | V4Project]:
    """Find Project by Owner and Name

     Not in the document. python-domino's `project_id` (vendor notes 1.2): it reads `id`, and raises
    `ProjectNotFoundException` when the answer has none.

    Args:
        owner_name (str):
        project_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | V4Project]
    """

    kwargs = _get_kwargs(
        owner_name=owner_name,
        project_name=project_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    owner_name: str,
    project_name: str,
) -> V4ErrorBody | V4Project | None:
    """Find Project by Owner and Name

     Not in the document. python-domino's `project_id` (vendor notes 1.2): it reads `id`, and raises
    `ProjectNotFoundException` when the answer has none.

    Args:
        owner_name (str):
        project_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | V4Project
    """

    return sync_detailed(
        client=client,
        owner_name=owner_name,
        project_name=project_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    owner_name: str,
    project_name: str,
) -> Response[V4ErrorBody | V4Project]:
    """Find Project by Owner and Name

     Not in the document. python-domino's `project_id` (vendor notes 1.2): it reads `id`, and raises
    `ProjectNotFoundException` when the answer has none.

    Args:
        owner_name (str):
        project_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | V4Project]
    """

    kwargs = _get_kwargs(
        owner_name=owner_name,
        project_name=project_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    owner_name: str,
    project_name: str,
) -> V4ErrorBody | V4Project | None:
    """Find Project by Owner and Name

     Not in the document. python-domino's `project_id` (vendor notes 1.2): it reads `id`, and raises
    `ProjectNotFoundException` when the answer has none.

    Args:
        owner_name (str):
        project_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | V4Project
    """

    return (
        await asyncio_detailed(
            client=client,
            owner_name=owner_name,
            project_name=project_name,
        )
    ).parsed
