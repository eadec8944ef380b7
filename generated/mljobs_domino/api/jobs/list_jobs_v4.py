from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v4_error_body import V4ErrorBody
from ...models.v4_job_list import V4JobList
from ...models.v4_jobs_order_by import V4JobsOrderBy
from ...models.v4_jobs_status_filter import V4JobsStatusFilter
from ...models.v4_sort_direction import V4SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str,
    order_by: V4JobsOrderBy | Unset = UNSET,
    sort_by: V4SortDirection | Unset = UNSET,
    page_size: int | Unset = 3,
    page_no: int | Unset = 1,
    show_archived: bool | Unset = False,
    status: V4JobsStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["page_size"] = page_size

    params["page_no"] = page_no

    params["show_archived"] = show_archived

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tag"] = tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v4/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V4ErrorBody | V4JobList | None:
    if response.status_code == 200:
        response_200 = V4JobList.from_dict(response.json())

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
) -> Response[V4ErrorBody | V4JobList]:
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
    order_by: V4JobsOrderBy | Unset = UNSET,
    sort_by: V4SortDirection | Unset = UNSET,
    page_size: int | Unset = 3,
    page_no: int | Unset = 1,
    show_archived: bool | Unset = False,
    status: V4JobsStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> Response[V4ErrorBody | V4JobList]:
    """List a Project's Jobs (python-domino)

     Not in the document. python-domino's `jobs_list(project_id, order_by="number", sort_by="desc",
    page_size=None, page_no=1, show_archived="false", status="all", tag=None)`: snake_case query keys
    built by string concatenation (`page_size` and `tag` only when given; `show_archived` and `status`
    lower-cased). python-domino passes the answer through; its shape is from scripts that read it
    (`jobs[*].id`, the v4 job fields). Pages are numbered from 1.

    Args:
        project_id (str):
        order_by (V4JobsOrderBy | Unset): What a v4 job list is sorted on (python-domino's
            `order_by`; Guess, the Public API's `sortBy` values).
        sort_by (V4SortDirection | Unset): A sort direction (python-domino's `sort_by`).
        page_size (int | Unset):  Default: 3.
        page_no (int | Unset):  Default: 1.
        show_archived (bool | Unset):  Default: False.
        status (V4JobsStatusFilter | Unset): Which jobs a v4 list shows (python-domino's `status`;
            Guess, the Public API's `statusFilter` values):
            `all`, `active` (not completed), `completed`, `queued`, `running`, `archived`.
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | V4JobList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        order_by=order_by,
        sort_by=sort_by,
        page_size=page_size,
        page_no=page_no,
        show_archived=show_archived,
        status=status,
        tag=tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    order_by: V4JobsOrderBy | Unset = UNSET,
    sort_by: V4SortDirection | Unset = UNSET,
    page_size: int | Unset = 3,
    page_no: int | Unset = 1,
    show_archived: bool | Unset = False,
    status: V4JobsStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> V4ErrorBody | V4JobList | None:
    """List a Project's Jobs (python-domino)

     Not in the document. python-domino's `jobs_list(project_id, order_by="number", sort_by="desc",
    page_size=None, page_no=1, show_archived="false", status="all", tag=None)`: snake_case query keys
    built by string concatenation (`page_size` and `tag` only when given; `show_archived` and `status`
    lower-cased). python-domino passes the answer through; its shape is from scripts that read it
    (`jobs[*].id`, the v4 job fields). Pages are numbered from 1.

    Args:
        project_id (str):
        order_by (V4JobsOrderBy | Unset): What a v4 job list is sorted on (python-domino's
            `order_by`; Guess, the Public API's `sortBy` values).
        sort_by (V4SortDirection | Unset): A sort direction (python-domino's `sort_by`).
        page_size (int | Unset):  Default: 3.
        page_no (int | Unset):  Default: 1.
        show_archived (bool | Unset):  Default: False.
        status (V4JobsStatusFilter | Unset): Which jobs a v4 list shows (python-domino's `status`;
            Guess, the Public API's `statusFilter` values):
            `all`, `active` (not completed), `completed`, `queued`, `running`, `archived`.
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | V4JobList
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        order_by=order_by,
        sort_by=sort_by,
        page_size=page_size,
        page_no=page_no,
        show_archived=show_archived,
        status=status,
        tag=tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    order_by: V4JobsOrderBy | Unset = UNSET,
    sort_by: V4SortDirection | Unset = UNSET,
    page_size: int | Unset = 3,
    page_no: int | Unset = 1,
    show_archived: bool | Unset = False,
    status: V4JobsStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> Response[V4ErrorBody | V4JobList]:
    """List a Project's Jobs (python-domino)

     Not in the document. python-domino's `jobs_list(project_id, order_by="number", sort_by="desc",
    page_size=None, page_no=1, show_archived="false", status="all", tag=None)`: snake_case query keys
    built by string concatenation (`page_size` and `tag` only when given; `show_archived` and `status`
    lower-cased). python-domino passes the answer through; its shape is from scripts that read it
    (`jobs[*].id`, the v4 job fields). Pages are numbered from 1.

    Args:
        project_id (str):
        order_by (V4JobsOrderBy | Unset): What a v4 job list is sorted on (python-domino's
            `order_by`; Guess, the Public API's `sortBy` values).
        sort_by (V4SortDirection | Unset): A sort direction (python-domino's `sort_by`).
        page_size (int | Unset):  Default: 3.
        page_no (int | Unset):  Default: 1.
        show_archived (bool | Unset):  Default: False.
        status (V4JobsStatusFilter | Unset): Which jobs a v4 list shows (python-domino's `status`;
            Guess, the Public API's `statusFilter` values):
            `all`, `active` (not completed), `completed`, `queued`, `running`, `archived`.
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V4ErrorBody | V4JobList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        order_by=order_by,
        sort_by=sort_by,
        page_size=page_size,
        page_no=page_no,
        show_archived=show_archived,
        status=status,
        tag=tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    order_by: V4JobsOrderBy | Unset = UNSET,
    sort_by: V4SortDirection | Unset = UNSET,
    page_size: int | Unset = 3,
    page_no: int | Unset = 1,
    show_archived: bool | Unset = False,
    status: V4JobsStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> V4ErrorBody | V4JobList | None:
    """List a Project's Jobs (python-domino)

     Not in the document. python-domino's `jobs_list(project_id, order_by="number", sort_by="desc",
    page_size=None, page_no=1, show_archived="false", status="all", tag=None)`: snake_case query keys
    built by string concatenation (`page_size` and `tag` only when given; `show_archived` and `status`
    lower-cased). python-domino passes the answer through; its shape is from scripts that read it
    (`jobs[*].id`, the v4 job fields). Pages are numbered from 1.

    Args:
        project_id (str):
        order_by (V4JobsOrderBy | Unset): What a v4 job list is sorted on (python-domino's
            `order_by`; Guess, the Public API's `sortBy` values).
        sort_by (V4SortDirection | Unset): A sort direction (python-domino's `sort_by`).
        page_size (int | Unset):  Default: 3.
        page_no (int | Unset):  Default: 1.
        show_archived (bool | Unset):  Default: False.
        status (V4JobsStatusFilter | Unset): Which jobs a v4 list shows (python-domino's `status`;
            Guess, the Public API's `statusFilter` values):
            `all`, `active` (not completed), `completed`, `queued`, `running`, `archived`.
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V4ErrorBody | V4JobList
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            order_by=order_by,
            sort_by=sort_by,
            page_size=page_size,
            page_no=page_no,
            show_archived=show_archived,
            status=status,
            tag=tag,
        )
    ).parsed
