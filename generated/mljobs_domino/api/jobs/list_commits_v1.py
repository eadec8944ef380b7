from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v4_error_body import V4ErrorBody
from ...types import Response


def _get_kwargs(
    owner_name: str,
    project_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{owner_name}/{project_name}/commits".format(
            owner_name=quote(str(owner_name), safe=""),
            project_name=quote(str(project_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V4ErrorBody | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

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
) -> Response[V4ErrorBody | list[str]]:
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
) -> Response[V4ErrorBody | list[str]]:
    """A Project's Commits (python-domino)

     Not in the document. python-domino's `commits_list()`; `job_start(commit_id=...)` checks the id
    against
    its items (raising `CommitNotFoundException` otherwise), so each item is a commit id.

    Args:
        owner_name (str):
        project_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | list[str]]
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
    owner_name: str,
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> V4ErrorBody | list[str] | None:
    """A Project's Commits (python-domino)

     Not in the document. python-domino's `commits_list()`; `job_start(commit_id=...)` checks the id
    against
    its items (raising `CommitNotFoundException` otherwise), so each item is a commit id.

    Args:
        owner_name (str):
        project_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | list[str]
    """

    return sync_detailed(
        owner_name=owner_name,
        project_name=project_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner_name: str,
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[V4ErrorBody | list[str]]:
    """A Project's Commits (python-domino)

     Not in the document. python-domino's `commits_list()`; `job_start(commit_id=...)` checks the id
    against
    its items (raising `CommitNotFoundException` otherwise), so each item is a commit id.

    Args:
        owner_name (str):
        project_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | list[str]]
    """

    kwargs = _get_kwargs(
        owner_name=owner_name,
        project_name=project_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner_name: str,
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> V4ErrorBody | list[str] | None:
    """A Project's Commits (python-domino)

     Not in the document. python-domino's `commits_list()`; `job_start(commit_id=...)` checks the id
    against
    its items (raising `CommitNotFoundException` otherwise), so each item is a commit id.

    Args:
        owner_name (str):
        project_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | list[str]
    """

    return (
        await asyncio_detailed(
            owner_name=owner_name,
            project_name=project_name,
            client=client,
        )
    ).parsed
