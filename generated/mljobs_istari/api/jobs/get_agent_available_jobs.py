from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.page_job import PageJob
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/agents/{agent_id}/available_jobs".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | PageJob | None:
    if response.status_code == 200:
        response_200 = PageJob.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HTTPError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPError | HTTPValidationError | PageJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> Response[HTTPError | HTTPValidationError | PageJob]:
    """List available jobs for agent

     The jobs the agent may claim (unclaimed: their current status is Created or Pending), a page at a
    time. istari-digital-client's `agents.available_jobs` calls them "the unclaimed jobs available to an
    agent".

    Args:
        agent_id (str): The identifier for the agent.
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | PageJob]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> HTTPError | HTTPValidationError | PageJob | None:
    """List available jobs for agent

     The jobs the agent may claim (unclaimed: their current status is Created or Pending), a page at a
    time. istari-digital-client's `agents.available_jobs` calls them "the unclaimed jobs available to an
    agent".

    Args:
        agent_id (str): The identifier for the agent.
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | PageJob
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> Response[HTTPError | HTTPValidationError | PageJob]:
    """List available jobs for agent

     The jobs the agent may claim (unclaimed: their current status is Created or Pending), a page at a
    time. istari-digital-client's `agents.available_jobs` calls them "the unclaimed jobs available to an
    agent".

    Args:
        agent_id (str): The identifier for the agent.
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | PageJob]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> HTTPError | HTTPValidationError | PageJob | None:
    """List available jobs for agent

     The jobs the agent may claim (unclaimed: their current status is Created or Pending), a page at a
    time. istari-digital-client's `agents.available_jobs` calls them "the unclaimed jobs available to an
    agent".

    Args:
        agent_id (str): The identifier for the agent.
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | PageJob
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            page=page,
            size=size,
        )
    ).parsed
