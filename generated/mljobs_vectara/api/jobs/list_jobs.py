from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.admin_list_jobs_request import AdminListJobsRequest
from ...models.admin_list_jobs_response import AdminListJobsResponse
from ...models.googlerpc_status import GooglerpcStatus
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: AdminListJobsRequest,
    customer_id: int,
    timeout: str | Unset = "30S",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["customer-id"] = str(customer_id)

    if not isinstance(timeout, Unset):
        headers["timeout"] = timeout

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/list-jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdminListJobsResponse | GooglerpcStatus:
    if response.status_code == 200:
        response_200 = AdminListJobsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GooglerpcStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GooglerpcStatus.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GooglerpcStatus.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = GooglerpcStatus.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GooglerpcStatus.from_dict(response.json())

        return response_500

    response_default = GooglerpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdminListJobsResponse | GooglerpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdminListJobsRequest,
    customer_id: int,
    timeout: str | Unset = "30S",
) -> Response[AdminListJobsResponse | GooglerpcStatus]:
    """ListJobs

     List the jobs associated with this account. Jobs are background processes like replacing the
    filterable metadata attributes.

    Some tips for this API:
    - This operation works with the Personal API Key and OAuth 2.0 (in a JWT "Bearer Token")
      authentication.
    - It's best practice to filter as much as possible (by date, by status, and/or by job ID) to make
      job lists as easy to interpret as possible, as there can be many for a given time window.

    v1 has no GetJob: to read one job, call this with `jobId` (and every state in `state`). An HTTP 200
    can still carry a non-`OK` code in `status[]`.

    Args:
        customer_id (int):  Example: 123456789.
        timeout (str | Unset):  Default: '30S'. Example: 10S.
        body (AdminListJobsRequest): ListJobs request (`com.vectara.admin.ListJobsRequest`).
            Optional filters. If specified, the filters are logically ANDed. Every field is optional;
            `{}` lists with the server's defaults. When `pageKey` is set, all other fields are
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminListJobsResponse | GooglerpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        customer_id=customer_id,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AdminListJobsRequest,
    customer_id: int,
    timeout: str | Unset = "30S",
) -> AdminListJobsResponse | GooglerpcStatus | None:
    """ListJobs

     List the jobs associated with this account. Jobs are background processes like replacing the
    filterable metadata attributes.

    Some tips for this API:
    - This operation works with the Personal API Key and OAuth 2.0 (in a JWT "Bearer Token")
      authentication.
    - It's best practice to filter as much as possible (by date, by status, and/or by job ID) to make
      job lists as easy to interpret as possible, as there can be many for a given time window.

    v1 has no GetJob: to read one job, call this with `jobId` (and every state in `state`). An HTTP 200
    can still carry a non-`OK` code in `status[]`.

    Args:
        customer_id (int):  Example: 123456789.
        timeout (str | Unset):  Default: '30S'. Example: 10S.
        body (AdminListJobsRequest): ListJobs request (`com.vectara.admin.ListJobsRequest`).
            Optional filters. If specified, the filters are logically ANDed. Every field is optional;
            `{}` lists with the server's defaults. When `pageKey` is set, all other fields are
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminListJobsResponse | GooglerpcStatus
    """

    return sync_detailed(
        client=client,
        body=body,
        customer_id=customer_id,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AdminListJobsRequest,
    customer_id: int,
    timeout: str | Unset = "30S",
) -> Response[AdminListJobsResponse | GooglerpcStatus]:
    """ListJobs

     List the jobs associated with this account. Jobs are background processes like replacing the
    filterable metadata attributes.

    Some tips for this API:
    - This operation works with the Personal API Key and OAuth 2.0 (in a JWT "Bearer Token")
      authentication.
    - It's best practice to filter as much as possible (by date, by status, and/or by job ID) to make
      job lists as easy to interpret as possible, as there can be many for a given time window.

    v1 has no GetJob: to read one job, call this with `jobId` (and every state in `state`). An HTTP 200
    can still carry a non-`OK` code in `status[]`.

    Args:
        customer_id (int):  Example: 123456789.
        timeout (str | Unset):  Default: '30S'. Example: 10S.
        body (AdminListJobsRequest): ListJobs request (`com.vectara.admin.ListJobsRequest`).
            Optional filters. If specified, the filters are logically ANDed. Every field is optional;
            `{}` lists with the server's defaults. When `pageKey` is set, all other fields are
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminListJobsResponse | GooglerpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        customer_id=customer_id,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AdminListJobsRequest,
    customer_id: int,
    timeout: str | Unset = "30S",
) -> AdminListJobsResponse | GooglerpcStatus | None:
    """ListJobs

     List the jobs associated with this account. Jobs are background processes like replacing the
    filterable metadata attributes.

    Some tips for this API:
    - This operation works with the Personal API Key and OAuth 2.0 (in a JWT "Bearer Token")
      authentication.
    - It's best practice to filter as much as possible (by date, by status, and/or by job ID) to make
      job lists as easy to interpret as possible, as there can be many for a given time window.

    v1 has no GetJob: to read one job, call this with `jobId` (and every state in `state`). An HTTP 200
    can still carry a non-`OK` code in `status[]`.

    Args:
        customer_id (int):  Example: 123456789.
        timeout (str | Unset):  Default: '30S'. Example: 10S.
        body (AdminListJobsRequest): ListJobs request (`com.vectara.admin.ListJobsRequest`).
            Optional filters. If specified, the filters are logically ANDed. Every field is optional;
            `{}` lists with the server's defaults. When `pageKey` is set, all other fields are
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminListJobsResponse | GooglerpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            customer_id=customer_id,
            timeout=timeout,
        )
    ).parsed
