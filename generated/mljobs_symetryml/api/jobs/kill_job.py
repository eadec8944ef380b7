from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_response import JobResponse
from ...types import Response


def _get_kwargs(
    cid: str,
    jobid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/symetry/rest/{cid}/jobs/{jobid}".format(
            cid=quote(str(cid), safe=""),
            jobid=quote(str(jobid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobResponse | None:
    if response.status_code == 200:
        response_200 = JobResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = JobResponse.from_dict(response.json())

        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cid: str,
    jobid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobResponse]:
    """Kill a Job

     This API function kills a job.

    200 OK: job was killed. 202 ACCEPTED: job cannot be killed. 400 BAD REQUEST: invalid job ID ("No
    such job"). The document gives no body for 200 and 202; the envelope is expected.

    Args:
        cid (str): The customer id (SymetryML key id), e.g. `c1`.
        jobid (str): The job id, e.g. `4` (the last segment of the job's `Location` URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
        jobid=jobid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cid: str,
    jobid: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobResponse | None:
    """Kill a Job

     This API function kills a job.

    200 OK: job was killed. 202 ACCEPTED: job cannot be killed. 400 BAD REQUEST: invalid job ID ("No
    such job"). The document gives no body for 200 and 202; the envelope is expected.

    Args:
        cid (str): The customer id (SymetryML key id), e.g. `c1`.
        jobid (str): The job id, e.g. `4` (the last segment of the job's `Location` URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobResponse
    """

    return sync_detailed(
        cid=cid,
        jobid=jobid,
        client=client,
    ).parsed


async def asyncio_detailed(
    cid: str,
    jobid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobResponse]:
    """Kill a Job

     This API function kills a job.

    200 OK: job was killed. 202 ACCEPTED: job cannot be killed. 400 BAD REQUEST: invalid job ID ("No
    such job"). The document gives no body for 200 and 202; the envelope is expected.

    Args:
        cid (str): The customer id (SymetryML key id), e.g. `c1`.
        jobid (str): The job id, e.g. `4` (the last segment of the job's `Location` URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
        jobid=jobid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cid: str,
    jobid: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobResponse | None:
    """Kill a Job

     This API function kills a job.

    200 OK: job was killed. 202 ACCEPTED: job cannot be killed. 400 BAD REQUEST: invalid job ID ("No
    such job"). The document gives no body for 200 and 202; the envelope is expected.

    Args:
        cid (str): The customer id (SymetryML key id), e.g. `c1`.
        jobid (str): The job id, e.g. `4` (the last segment of the job's `Location` URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobResponse
    """

    return (
        await asyncio_detailed(
            cid=cid,
            jobid=jobid,
            client=client,
        )
    ).parsed
