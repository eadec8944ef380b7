from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...models.job import Job
from ...models.job_status_message import JobStatusMessage
from ...models.job_status_name import JobStatusName
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    body: JobStatusMessage | Unset = UNSET,
    status_name: JobStatusName,
    agent_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_status_name = status_name.value
    params["status_name"] = json_status_name

    params["agent_id"] = agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/jobs/{job_id}/status".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPError | HTTPValidationError | Job | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = HTTPError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPError | HTTPValidationError | Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobStatusMessage | Unset = UNSET,
    status_name: JobStatusName,
    agent_id: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | Job]:
    """Update job status

     Transition the job to a new status: the answer is the job with the new entry appended to its
    `status_history`. This is how a job is cancelled (`status_name=Canceled`); Completed, Failed and
    Canceled end the job. The server refuses a transition its current status does not permit (409); the
    client says only that the API validates it. The rules, a Guess from the lifecycle the client
    describes (Created, Pending, Claimed, Validating, Running, Uploading, then an end): a job moves
    forward only (never back, e.g. not Running to Pending), to a status other than its own; Completed
    only from Running or Uploading; Failed and Canceled from any status that has not ended; nothing
    after an end; never to Unknown. Once a job's status has been set this way, only such updates move it
    (agents own the statuses after Pending: the job an agent claims waits for its updates).

    Args:
        job_id (str): The id of the job to update.
        status_name (JobStatusName): A job's status (`JobStatus.name`; the `status_name` query
            parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading (the
            result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        agent_id (str | Unset): An optional id for the agent performing the transition.
        body (JobStatusMessage | Unset): The optional body of a status update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        status_name=status_name,
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobStatusMessage | Unset = UNSET,
    status_name: JobStatusName,
    agent_id: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | Job | None:
    """Update job status

     Transition the job to a new status: the answer is the job with the new entry appended to its
    `status_history`. This is how a job is cancelled (`status_name=Canceled`); Completed, Failed and
    Canceled end the job. The server refuses a transition its current status does not permit (409); the
    client says only that the API validates it. The rules, a Guess from the lifecycle the client
    describes (Created, Pending, Claimed, Validating, Running, Uploading, then an end): a job moves
    forward only (never back, e.g. not Running to Pending), to a status other than its own; Completed
    only from Running or Uploading; Failed and Canceled from any status that has not ended; nothing
    after an end; never to Unknown. Once a job's status has been set this way, only such updates move it
    (agents own the statuses after Pending: the job an agent claims waits for its updates).

    Args:
        job_id (str): The id of the job to update.
        status_name (JobStatusName): A job's status (`JobStatus.name`; the `status_name` query
            parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading (the
            result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        agent_id (str | Unset): An optional id for the agent performing the transition.
        body (JobStatusMessage | Unset): The optional body of a status update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | Job
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
        status_name=status_name,
        agent_id=agent_id,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobStatusMessage | Unset = UNSET,
    status_name: JobStatusName,
    agent_id: str | Unset = UNSET,
) -> Response[HTTPError | HTTPValidationError | Job]:
    """Update job status

     Transition the job to a new status: the answer is the job with the new entry appended to its
    `status_history`. This is how a job is cancelled (`status_name=Canceled`); Completed, Failed and
    Canceled end the job. The server refuses a transition its current status does not permit (409); the
    client says only that the API validates it. The rules, a Guess from the lifecycle the client
    describes (Created, Pending, Claimed, Validating, Running, Uploading, then an end): a job moves
    forward only (never back, e.g. not Running to Pending), to a status other than its own; Completed
    only from Running or Uploading; Failed and Canceled from any status that has not ended; nothing
    after an end; never to Unknown. Once a job's status has been set this way, only such updates move it
    (agents own the statuses after Pending: the job an agent claims waits for its updates).

    Args:
        job_id (str): The id of the job to update.
        status_name (JobStatusName): A job's status (`JobStatus.name`; the `status_name` query
            parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading (the
            result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        agent_id (str | Unset): An optional id for the agent performing the transition.
        body (JobStatusMessage | Unset): The optional body of a status update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPError | HTTPValidationError | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        status_name=status_name,
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobStatusMessage | Unset = UNSET,
    status_name: JobStatusName,
    agent_id: str | Unset = UNSET,
) -> HTTPError | HTTPValidationError | Job | None:
    """Update job status

     Transition the job to a new status: the answer is the job with the new entry appended to its
    `status_history`. This is how a job is cancelled (`status_name=Canceled`); Completed, Failed and
    Canceled end the job. The server refuses a transition its current status does not permit (409); the
    client says only that the API validates it. The rules, a Guess from the lifecycle the client
    describes (Created, Pending, Claimed, Validating, Running, Uploading, then an end): a job moves
    forward only (never back, e.g. not Running to Pending), to a status other than its own; Completed
    only from Running or Uploading; Failed and Canceled from any status that has not ended; nothing
    after an end; never to Unknown. Once a job's status has been set this way, only such updates move it
    (agents own the statuses after Pending: the job an agent claims waits for its updates).

    Args:
        job_id (str): The id of the job to update.
        status_name (JobStatusName): A job's status (`JobStatus.name`; the `status_name` query
            parameters). Created, Pending, Claimed (by an agent), Validating, Running, Uploading (the
            result), then one of the terminal statuses Completed, Failed or Canceled (one "l");
            Unknown.
        agent_id (str | Unset): An optional id for the agent performing the transition.
        body (JobStatusMessage | Unset): The optional body of a status update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPError | HTTPValidationError | Job
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
            status_name=status_name,
            agent_id=agent_id,
        )
    ).parsed
