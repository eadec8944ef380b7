import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.error import Error
from ...models.job_state import JobState
from ...models.list_jobs_response import ListJobsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    corpus_key: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    state: list[JobState] | Unset = UNSET,
    limit: int | Unset = 10,
    page_key: str | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(request_timeout, Unset):
        headers["Request-Timeout"] = str(request_timeout)

    if not isinstance(request_timeout_millis, Unset):
        headers["Request-Timeout-Millis"] = str(request_timeout_millis)

    params: dict[str, Any] = {}

    json_corpus_key: list[str] | Unset = UNSET
    if not isinstance(corpus_key, Unset):
        json_corpus_key = corpus_key

    params["corpus_key"] = json_corpus_key

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_state: list[str] | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = []
        for state_item_data in state:
            state_item = state_item_data.value
            json_state.append(state_item)

    params["state"] = json_state

    params["limit"] = limit

    params["page_key"] = page_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/jobs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestError | Error | ListJobsResponse:
    if response.status_code == 200:
        response_200 = ListJobsResponse.from_dict(response.json())

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
) -> Response[BadRequestError | Error | ListJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    corpus_key: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    state: list[JobState] | Unset = UNSET,
    limit: int | Unset = 10,
    page_key: str | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> Response[BadRequestError | Error | ListJobsResponse]:
    """List jobs (v2)

     List jobs for the account. Jobs are background processes like replacing the filterable metadata
    attributes (oas-v2 `listJobs`; sdk `client.jobs.list`).

    Newest first (inference; not documented). Page with `page_key`: send the same parameters again with
    the previous answer's `metadata.page_key`, as the sdk does; there are more pages while it is present
    and not empty. Arrays are repeated keys (`?state=queued&state=started`).

    Args:
        corpus_key (list[str] | Unset):
        after (datetime.datetime | Unset):
        state (list[JobState] | Unset):
        limit (int | Unset):  Default: 10.
        page_key (str | Unset):
        request_timeout (int | Unset):
        request_timeout_millis (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | Error | ListJobsResponse]
    """

    kwargs = _get_kwargs(
        corpus_key=corpus_key,
        after=after,
        state=state,
        limit=limit,
        page_key=page_key,
        request_timeout=request_timeout,
        request_timeout_millis=request_timeout_millis,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    corpus_key: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    state: list[JobState] | Unset = UNSET,
    limit: int | Unset = 10,
    page_key: str | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> BadRequestError | Error | ListJobsResponse | None:
    """List jobs (v2)

     List jobs for the account. Jobs are background processes like replacing the filterable metadata
    attributes (oas-v2 `listJobs`; sdk `client.jobs.list`).

    Newest first (inference; not documented). Page with `page_key`: send the same parameters again with
    the previous answer's `metadata.page_key`, as the sdk does; there are more pages while it is present
    and not empty. Arrays are repeated keys (`?state=queued&state=started`).

    Args:
        corpus_key (list[str] | Unset):
        after (datetime.datetime | Unset):
        state (list[JobState] | Unset):
        limit (int | Unset):  Default: 10.
        page_key (str | Unset):
        request_timeout (int | Unset):
        request_timeout_millis (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | Error | ListJobsResponse
    """

    return sync_detailed(
        client=client,
        corpus_key=corpus_key,
        after=after,
        state=state,
        limit=limit,
        page_key=page_key,
        request_timeout=request_timeout,
        request_timeout_millis=request_timeout_millis,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    corpus_key: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    state: list[JobState] | Unset = UNSET,
    limit: int | Unset = 10,
    page_key: str | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> Response[BadRequestError | Error | ListJobsResponse]:
    """List jobs (v2)

     List jobs for the account. Jobs are background processes like replacing the filterable metadata
    attributes (oas-v2 `listJobs`; sdk `client.jobs.list`).

    Newest first (inference; not documented). Page with `page_key`: send the same parameters again with
    the previous answer's `metadata.page_key`, as the sdk does; there are more pages while it is present
    and not empty. Arrays are repeated keys (`?state=queued&state=started`).

    Args:
        corpus_key (list[str] | Unset):
        after (datetime.datetime | Unset):
        state (list[JobState] | Unset):
        limit (int | Unset):  Default: 10.
        page_key (str | Unset):
        request_timeout (int | Unset):
        request_timeout_millis (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | Error | ListJobsResponse]
    """

    kwargs = _get_kwargs(
        corpus_key=corpus_key,
        after=after,
        state=state,
        limit=limit,
        page_key=page_key,
        request_timeout=request_timeout,
        request_timeout_millis=request_timeout_millis,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    corpus_key: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    state: list[JobState] | Unset = UNSET,
    limit: int | Unset = 10,
    page_key: str | Unset = UNSET,
    request_timeout: int | Unset = UNSET,
    request_timeout_millis: int | Unset = UNSET,
) -> BadRequestError | Error | ListJobsResponse | None:
    """List jobs (v2)

     List jobs for the account. Jobs are background processes like replacing the filterable metadata
    attributes (oas-v2 `listJobs`; sdk `client.jobs.list`).

    Newest first (inference; not documented). Page with `page_key`: send the same parameters again with
    the previous answer's `metadata.page_key`, as the sdk does; there are more pages while it is present
    and not empty. Arrays are repeated keys (`?state=queued&state=started`).

    Args:
        corpus_key (list[str] | Unset):
        after (datetime.datetime | Unset):
        state (list[JobState] | Unset):
        limit (int | Unset):  Default: 10.
        page_key (str | Unset):
        request_timeout (int | Unset):
        request_timeout_millis (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | Error | ListJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            corpus_key=corpus_key,
            after=after,
            state=state,
            limit=limit,
            page_key=page_key,
            request_timeout=request_timeout,
            request_timeout_millis=request_timeout_millis,
        )
    ).parsed
