from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_status_filter import ArchiveStatusFilter
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.job_status_name import JobStatusName
from ...models.optional_total_page_job import OptionalTotalPageJob
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_id: str | Unset = UNSET,
    status_name: JobStatusName | Unset = UNSET,
    all_users: bool | Unset = UNSET,
    assigned_agent_pool_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    include_total: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_id"] = model_id

    json_status_name: str | Unset = UNSET
    if not isinstance(status_name, Unset):
        json_status_name = status_name.value

    params["status_name"] = json_status_name

    params["all_users"] = all_users

    params["assigned_agent_pool_id"] = assigned_agent_pool_id

    params["name"] = name

    params["page"] = page

    params["size"] = size

    json_archive_status: str | Unset = UNSET
    if not isinstance(archive_status, Unset):
        json_archive_status = archive_status.value

    params["archive_status"] = json_archive_status

    params["sort"] = sort

    params["include_total"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | OptionalTotalPageJob | None:
    if response.status_code == 200:
        response_200 = OptionalTotalPageJob.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPError | HTTPValidationError | OptionalTotalPageJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_id: str | Unset = UNSET,
    status_name: JobStatusName | Unset = UNSET,
    all_users: bool | Unset = UNSET,
    assigned_agent_pool_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    include_total: bool | Unset = True,
) -> Response[HTTPError | HTTPValidationError | OptionalTotalPageJob]:
    """List jobs

     The jobs the caller can see, a page at a time. Filters on one status at a time (`status_name`
    compares with the job's current status, the last of its `status_history`).

    Args:
        model_id (str | Unset): Filter jobs by input resource ID: the ID of any resource (model or
            artifact) used as the job's input. The `model_id` name is deprecated; the distinction
            between models and artifacts no longer applies.
        status_name (JobStatusName | Unset): A job's status (`JobStatus.name`; the `status_name`
            query parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading
            (the result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        all_users (bool | Unset): Show jobs owned by all users (requires admin privileges).
        assigned_agent_pool_id (str | Unset): Show only jobs assigned to this agent pool (requires
            admin privileges or pool membership).
        name (str | Unset): Filter jobs whose function name contains this value (case-
            insensitive).
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.
        archive_status (ArchiveStatusFilter | Unset): Which jobs a list shows by archive status
            (the client's `ArchiveStatus`).
        sort (str | Unset): A sort order, e.g. `-created` (newest first) or `created`. The client
            sends it as given.
        include_total (bool | Unset): Whether to include the total item count (`total` and
            `pages`) in the response; `false` skips the count query, which is costly on large datasets
            (istari-digital-client 13.3.4: "Set to `false` to skip the count query"; its legacy pager
            needs the count, see info point 5). Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | OptionalTotalPageJob]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        status_name=status_name,
        all_users=all_users,
        assigned_agent_pool_id=assigned_agent_pool_id,
        name=name,
        page=page,
        size=size,
        archive_status=archive_status,
        sort=sort,
        include_total=include_total,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model_id: str | Unset = UNSET,
    status_name: JobStatusName | Unset = UNSET,
    all_users: bool | Unset = UNSET,
    assigned_agent_pool_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    include_total: bool | Unset = True,
) -> HTTPError | HTTPValidationError | OptionalTotalPageJob | None:
    """List jobs

     The jobs the caller can see, a page at a time. Filters on one status at a time (`status_name`
    compares with the job's current status, the last of its `status_history`).

    Args:
        model_id (str | Unset): Filter jobs by input resource ID: the ID of any resource (model or
            artifact) used as the job's input. The `model_id` name is deprecated; the distinction
            between models and artifacts no longer applies.
        status_name (JobStatusName | Unset): A job's status (`JobStatus.name`; the `status_name`
            query parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading
            (the result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        all_users (bool | Unset): Show jobs owned by all users (requires admin privileges).
        assigned_agent_pool_id (str | Unset): Show only jobs assigned to this agent pool (requires
            admin privileges or pool membership).
        name (str | Unset): Filter jobs whose function name contains this value (case-
            insensitive).
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.
        archive_status (ArchiveStatusFilter | Unset): Which jobs a list shows by archive status
            (the client's `ArchiveStatus`).
        sort (str | Unset): A sort order, e.g. `-created` (newest first) or `created`. The client
            sends it as given.
        include_total (bool | Unset): Whether to include the total item count (`total` and
            `pages`) in the response; `false` skips the count query, which is costly on large datasets
            (istari-digital-client 13.3.4: "Set to `false` to skip the count query"; its legacy pager
            needs the count, see info point 5). Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | OptionalTotalPageJob
    """

    return sync_detailed(
        client=client,
        model_id=model_id,
        status_name=status_name,
        all_users=all_users,
        assigned_agent_pool_id=assigned_agent_pool_id,
        name=name,
        page=page,
        size=size,
        archive_status=archive_status,
        sort=sort,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_id: str | Unset = UNSET,
    status_name: JobStatusName | Unset = UNSET,
    all_users: bool | Unset = UNSET,
    assigned_agent_pool_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    include_total: bool | Unset = True,
) -> Response[HTTPError | HTTPValidationError | OptionalTotalPageJob]:
    """List jobs

     The jobs the caller can see, a page at a time. Filters on one status at a time (`status_name`
    compares with the job's current status, the last of its `status_history`).

    Args:
        model_id (str | Unset): Filter jobs by input resource ID: the ID of any resource (model or
            artifact) used as the job's input. The `model_id` name is deprecated; the distinction
            between models and artifacts no longer applies.
        status_name (JobStatusName | Unset): A job's status (`JobStatus.name`; the `status_name`
            query parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading
            (the result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        all_users (bool | Unset): Show jobs owned by all users (requires admin privileges).
        assigned_agent_pool_id (str | Unset): Show only jobs assigned to this agent pool (requires
            admin privileges or pool membership).
        name (str | Unset): Filter jobs whose function name contains this value (case-
            insensitive).
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.
        archive_status (ArchiveStatusFilter | Unset): Which jobs a list shows by archive status
            (the client's `ArchiveStatus`).
        sort (str | Unset): A sort order, e.g. `-created` (newest first) or `created`. The client
            sends it as given.
        include_total (bool | Unset): Whether to include the total item count (`total` and
            `pages`) in the response; `false` skips the count query, which is costly on large datasets
            (istari-digital-client 13.3.4: "Set to `false` to skip the count query"; its legacy pager
            needs the count, see info point 5). Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | OptionalTotalPageJob]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        status_name=status_name,
        all_users=all_users,
        assigned_agent_pool_id=assigned_agent_pool_id,
        name=name,
        page=page,
        size=size,
        archive_status=archive_status,
        sort=sort,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model_id: str | Unset = UNSET,
    status_name: JobStatusName | Unset = UNSET,
    all_users: bool | Unset = UNSET,
    assigned_agent_pool_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 10,
    archive_status: ArchiveStatusFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    include_total: bool | Unset = True,
) -> HTTPError | HTTPValidationError | OptionalTotalPageJob | None:
    """List jobs

     The jobs the caller can see, a page at a time. Filters on one status at a time (`status_name`
    compares with the job's current status, the last of its `status_history`).

    Args:
        model_id (str | Unset): Filter jobs by input resource ID: the ID of any resource (model or
            artifact) used as the job's input. The `model_id` name is deprecated; the distinction
            between models and artifacts no longer applies.
        status_name (JobStatusName | Unset): A job's status (`JobStatus.name`; the `status_name`
            query parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading
            (the result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        all_users (bool | Unset): Show jobs owned by all users (requires admin privileges).
        assigned_agent_pool_id (str | Unset): Show only jobs assigned to this agent pool (requires
            admin privileges or pool membership).
        name (str | Unset): Filter jobs whose function name contains this value (case-
            insensitive).
        page (int | Unset): Page number, from 1. Default: 1.
        size (int | Unset): Maximum number of items to return per page, 1 to 100. Defaults to 10.
            Default: 10.
        archive_status (ArchiveStatusFilter | Unset): Which jobs a list shows by archive status
            (the client's `ArchiveStatus`).
        sort (str | Unset): A sort order, e.g. `-created` (newest first) or `created`. The client
            sends it as given.
        include_total (bool | Unset): Whether to include the total item count (`total` and
            `pages`) in the response; `false` skips the count query, which is costly on large datasets
            (istari-digital-client 13.3.4: "Set to `false` to skip the count query"; its legacy pager
            needs the count, see info point 5). Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | OptionalTotalPageJob
    """

    return (
        await asyncio_detailed(
            client=client,
            model_id=model_id,
            status_name=status_name,
            all_users=all_users,
            assigned_agent_pool_id=assigned_agent_pool_id,
            name=name,
            page=page,
            size=size,
            archive_status=archive_status,
            sort=sort,
            include_total=include_total,
        )
    ).parsed
