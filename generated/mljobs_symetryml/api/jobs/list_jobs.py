from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_list_response import JobListResponse
from ...models.job_response import JobResponse
from ...types import Response


def _get_kwargs(
    cid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/symetry/rest/{cid}/jobs".format(
            cid=quote(str(cid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobListResponse | JobResponse | None:
    if response.status_code == 200:
        response_200 = JobListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = JobResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = JobResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = JobResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = JobResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobListResponse | JobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobListResponse | JobResponse]:
    """List All Jobs

     This API function lists all current jobs.

    200 OK. HTTP response entity: `JobInfo[]`, "a list of all the currently created [jobs] on the
    computer". The document does not name the `values` key; this spec carries the list under
    `values.jobinfo` (a choice; see the API description, point 5).

    Args:
        cid (str): The customer id (SymetryML key id), e.g. `c1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobListResponse | JobResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cid: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobListResponse | JobResponse | None:
    """List All Jobs

     This API function lists all current jobs.

    200 OK. HTTP response entity: `JobInfo[]`, "a list of all the currently created [jobs] on the
    computer". The document does not name the `values` key; this spec carries the list under
    `values.jobinfo` (a choice; see the API description, point 5).

    Args:
        cid (str): The customer id (SymetryML key id), e.g. `c1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobListResponse | JobResponse
    """

    return sync_detailed(
        cid=cid,
        client=client,
    ).parsed


async def asyncio_detailed(
    cid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobListResponse | JobResponse]:
    """List All Jobs

     This API function lists all current jobs.

    200 OK. HTTP response entity: `JobInfo[]`, "a list of all the currently created [jobs] on the
    computer". The document does not name the `values` key; this spec carries the list under
    `values.jobinfo` (a choice; see the API description, point 5).

    Args:
        cid (str): The customer id (SymetryML key id), e.g. `c1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobListResponse | JobResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cid: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobListResponse | JobResponse | None:
    """List All Jobs

     This API function lists all current jobs.

    200 OK. HTTP response entity: `JobInfo[]`, "a list of all the currently created [jobs] on the
    computer". The document does not name the `values` key; this spec carries the list under
    `values.jobinfo` (a choice; see the API description, point 5).

    Args:
        cid (str): The customer id (SymetryML key id), e.g. `c1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobListResponse | JobResponse
    """

    return (
        await asyncio_detailed(
            cid=cid,
            client=client,
        )
    ).parsed
