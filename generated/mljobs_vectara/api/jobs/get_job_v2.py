from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.error import Error
from ...models.job import Job
from ...models.not_found_error import NotFoundError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(request_timeout, Unset):
        headers["Request-Timeout"] = str(request_timeout)

    if not isinstance(request_timeout_millis, Unset):
        headers["Request-Timeout-Millis"] = str(request_timeout_millis)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestError | Error | Job | NotFoundError:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestError | Error | Job | NotFoundError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> Response[BadRequestError | Error | Job | NotFoundError]:
    """Get a job by ID (v2)

     Get a job by a specific `job_id` (oas-v2 `getJob`; sdk `client.jobs.get`). A job that does not exist
    is a 404 `NotFoundError`.

    Args:
        job_id (str):
        request_timeout (int | Unset):
        request_timeout_millis (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | Error | Job | NotFoundError]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        request_timeout=request_timeout,
        request_timeout_millis=request_timeout_millis,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> BadRequestError | Error | Job | NotFoundError | None:
    """Get a job by ID (v2)

     Get a job by a specific `job_id` (oas-v2 `getJob`; sdk `client.jobs.get`). A job that does not exist
    is a 404 `NotFoundError`.

    Args:
        job_id (str):
        request_timeout (int | Unset):
        request_timeout_millis (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | Error | Job | NotFoundError
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        request_timeout=request_timeout,
        request_timeout_millis=request_timeout_millis,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> Response[BadRequestError | Error | Job | NotFoundError]:
    """Get a job by ID (v2)

     Get a job by a specific `job_id` (oas-v2 `getJob`; sdk `client.jobs.get`). A job that does not exist
    is a 404 `NotFoundError`.

    Args:
        job_id (str):
        request_timeout (int | Unset):
        request_timeout_millis (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | Error | Job | NotFoundError]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        request_timeout=request_timeout,
        request_timeout_millis=request_timeout_millis,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> BadRequestError | Error | Job | NotFoundError | None:
    """Get a job by ID (v2)

     Get a job by a specific `job_id` (oas-v2 `getJob`; sdk `client.jobs.get`). A job that does not exist
    is a 404 `NotFoundError`.

    Args:
        job_id (str):
        request_timeout (int | Unset):
        request_timeout_millis (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | Error | Job | NotFoundError
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            request_timeout=request_timeout,
            request_timeout_millis=request_timeout_millis,
        )
    ).parsed
