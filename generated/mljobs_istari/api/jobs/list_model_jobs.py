from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_status_filter import ArchiveStatusFilter
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.job_status_name import JobStatusName
from ...models.page_job import PageJob
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    status_name: JobStatusName | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status_name: str | Unset = UNSET
    if not isinstance(status_name, Unset):
        json_status_name = status_name.value

    params["status_name"] = json_status_name

    params["page"] = page

    params["size"] = size

    json_archive_status: str | Unset = UNSET
    if not isinstance(archive_status, Unset):
        json_archive_status = archive_status.value

    params["archive_status"] = json_archive_status

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/models/{model_id}/jobs".format(
            model_id=quote(str(model_id), safe=""),
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
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    status_name: JobStatusName | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | PageJob]:
    """List model jobs

     The jobs whose input is this resource, a page at a time. Deprecated in the client: use `GET
    /api/v2/jobs?model_id=...`.

    Args:
        model_id (str): ID of the input resource (model or artifact) to list jobs for. The
            `model_id` name is deprecated; the distinction between models and artifacts no longer
            applies.
        status_name (JobStatusName | Unset): A job's status (`JobStatus.name`; the `status_name`
            query parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading
            (the result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.
        archive_status (ArchiveStatusFilter | Unset): Which jobs a list shows by archive status
            (the client's `ArchiveStatus`).
        sort (str | Unset): A sort order, e.g. `-created` (newest first) or `created`. The client
            sends it as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | PageJob]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        status_name=status_name,
        page=page,
        size=size,
        archive_status=archive_status,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    status_name: JobStatusName | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | PageJob | None:
    """List model jobs

     The jobs whose input is this resource, a page at a time. Deprecated in the client: use `GET
    /api/v2/jobs?model_id=...`.

    Args:
        model_id (str): ID of the input resource (model or artifact) to list jobs for. The
            `model_id` name is deprecated; the distinction between models and artifacts no longer
            applies.
        status_name (JobStatusName | Unset): A job's status (`JobStatus.name`; the `status_name`
            query parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading
            (the result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.
        archive_status (ArchiveStatusFilter | Unset): Which jobs a list shows by archive status
            (the client's `ArchiveStatus`).
        sort (str | Unset): A sort order, e.g. `-created` (newest first) or `created`. The client
            sends it as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | PageJob
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        status_name=status_name,
        page=page,
        size=size,
        archive_status=archive_status,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    status_name: JobStatusName | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | PageJob]:
    """List model jobs

     The jobs whose input is this resource, a page at a time. Deprecated in the client: use `GET
    /api/v2/jobs?model_id=...`.

    Args:
        model_id (str): ID of the input resource (model or artifact) to list jobs for. The
            `model_id` name is deprecated; the distinction between models and artifacts no longer
            applies.
        status_name (JobStatusName | Unset): A job's status (`JobStatus.name`; the `status_name`
            query parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading
            (the result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.
        archive_status (ArchiveStatusFilter | Unset): Which jobs a list shows by archive status
            (the client's `ArchiveStatus`).
        sort (str | Unset): A sort order, e.g. `-created` (newest first) or `created`. The client
            sends it as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | PageJob]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        status_name=status_name,
        page=page,
        size=size,
        archive_status=archive_status,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    status_name: JobStatusName | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | PageJob | None:
    """List model jobs

     The jobs whose input is this resource, a page at a time. Deprecated in the client: use `GET
    /api/v2/jobs?model_id=...`.

    Args:
        model_id (str): ID of the input resource (model or artifact) to list jobs for. The
            `model_id` name is deprecated; the distinction between models and artifacts no longer
            applies.
        status_name (JobStatusName | Unset): A job's status (`JobStatus.name`; the `status_name`
            query parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading
            (the result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.
        archive_status (ArchiveStatusFilter | Unset): Which jobs a list shows by archive status
            (the client's `ArchiveStatus`).
        sort (str | Unset): A sort order, e.g. `-created` (newest first) or `created`. The client
            sends it as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | PageJob
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            status_name=status_name,
            page=page,
            size=size,
            archive_status=archive_status,
            sort=sort,
        )
    ).parsed
