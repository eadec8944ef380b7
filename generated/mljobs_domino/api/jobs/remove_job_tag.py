from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure import Failure
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    tag_id: str,
    *,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/jobs/v1/jobs/{job_id}/tags/{tag_id}".format(
            job_id=quote(str(job_id), safe=""),
            tag_id=quote(str(tag_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Failure | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Failure.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Failure.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Failure.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Failure.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Failure]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
) -> Response[Any | Failure]:
    """Remove Tag from Job

    Args:
        job_id (str):
        tag_id (str):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Failure]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        tag_id=tag_id,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
) -> Any | Failure | None:
    """Remove Tag from Job

    Args:
        job_id (str):
        tag_id (str):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Failure
    """

    return sync_detailed(
        job_id=job_id,
        tag_id=tag_id,
        client=client,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
) -> Response[Any | Failure]:
    """Remove Tag from Job

    Args:
        job_id (str):
        tag_id (str):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Failure]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        tag_id=tag_id,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
) -> Any | Failure | None:
    """Remove Tag from Job

    Args:
        job_id (str):
        tag_id (str):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Failure
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            tag_id=tag_id,
            client=client,
            project_id=project_id,
        )
    ).parsed
