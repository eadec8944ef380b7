from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure import Failure
from ...models.job_list import JobList
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
    status: JobStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["offset"] = offset

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/jobs/beta/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Failure | JobList | None:
    if response.status_code == 200:
        response_200 = JobList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Failure.from_dict(response.json())

        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Failure | JobList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
    status: JobStatus | Unset = UNSET,
) -> Response[Failure | JobList]:
    """List Jobs

     Get jobs for a project, newest first, `limit` at a time from `offset`.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 25.
        status (JobStatus | Unset): A job's status. The document lists Pending, Running,
            Succeeded, Failed and Stopped; the service
            also sends Queued and Error (python-domino, the web app).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Failure | JobList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
    status: JobStatus | Unset = UNSET,
) -> Failure | JobList | None:
    """List Jobs

     Get jobs for a project, newest first, `limit` at a time from `offset`.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 25.
        status (JobStatus | Unset): A job's status. The document lists Pending, Running,
            Succeeded, Failed and Stopped; the service
            also sends Queued and Error (python-domino, the web app).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Failure | JobList
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        offset=offset,
        limit=limit,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
    status: JobStatus | Unset = UNSET,
) -> Response[Failure | JobList]:
    """List Jobs

     Get jobs for a project, newest first, `limit` at a time from `offset`.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 25.
        status (JobStatus | Unset): A job's status. The document lists Pending, Running,
            Succeeded, Failed and Stopped; the service
            also sends Queued and Error (python-domino, the web app).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Failure | JobList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
    status: JobStatus | Unset = UNSET,
) -> Failure | JobList | None:
    """List Jobs

     Get jobs for a project, newest first, `limit` at a time from `offset`.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 25.
        status (JobStatus | Unset): A job's status. The document lists Pending, Running,
            Succeeded, Failed and Stopped; the service
            also sends Queued and Error (python-domino, the web app).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Failure | JobList
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            offset=offset,
            limit=limit,
            status=status,
        )
    ).parsed
