from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_envelope_v1 import FailureEnvelopeV1
from ...models.invalid_body_envelope_v1 import InvalidBodyEnvelopeV1
from ...models.job_list import JobList
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | None:
    if response.status_code == 200:
        response_200 = JobList.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> FailureEnvelopeV1 | InvalidBodyEnvelopeV1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bad_request_envelope_type_0 = FailureEnvelopeV1.from_dict(data)

                return componentsschemas_bad_request_envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bad_request_envelope_type_1 = InvalidBodyEnvelopeV1.from_dict(data)

            return componentsschemas_bad_request_envelope_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FailureEnvelopeV1.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FailureEnvelopeV1.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FailureEnvelopeV1.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = FailureEnvelopeV1.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList]:
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList]:
    """List Jobs

     Get jobs for a project. Pages with `offset` and `limit`; the answer says `totalCount`. The real
    service
    filters with `statusFilter` (not `status`) and answers `{jobs, metadata}` (info, points 1 and 2).

    Args:
        project_id (str):
        offset (int | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): A job's status. The document lists Pending, Running,
            Succeeded, Failed and Stopped (Succeeded, Failed
            and Stopped are final). The service also sends these (python-domino and its tests: Queued;
            Domino's
            web app `RunStatus` enum: Queued, Scheduled, Pending, Preparing, Building, Pulling,
            Running, Serving,
            StopRequested, StopAndDiscardRequested, Stopping, Finishing, then the final states):

            - Pending: accepted, waiting to be scheduled (the document's first state).
            - Queued: waiting for capacity (what python-domino sees right after a start).
            - Scheduled: a scheduled run, waiting for its time.
            - Preparing: the run's node and volumes are being prepared.
            - Building: the environment image is being built.
            - Pulling: the environment image is being pulled.
            - Running: the command runs.
            - Serving: the run serves an app or endpoint.
            - StopRequested: a stop (keeping results) was asked for.
            - StopAndDiscardRequested: a stop discarding results was asked for.
            - Stopping: the run is being stopped.
            - Finishing: the command ended; results are being saved.
            - Succeeded: final; the command exited 0.
            - Failed: final; the command failed (python-domino raises `RunFailedException`).
            - Error: final; Domino could not run the job. Guess: the `RunStatus` excerpt in the vendor
            notes is cut
              before its final states; third-party clients treat Succeeded, Failed, Error and Stopped
            as final.
            - Stopped: final; the job was stopped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList]
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | None:
    """List Jobs

     Get jobs for a project. Pages with `offset` and `limit`; the answer says `totalCount`. The real
    service
    filters with `statusFilter` (not `status`) and answers `{jobs, metadata}` (info, points 1 and 2).

    Args:
        project_id (str):
        offset (int | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): A job's status. The document lists Pending, Running,
            Succeeded, Failed and Stopped (Succeeded, Failed
            and Stopped are final). The service also sends these (python-domino and its tests: Queued;
            Domino's
            web app `RunStatus` enum: Queued, Scheduled, Pending, Preparing, Building, Pulling,
            Running, Serving,
            StopRequested, StopAndDiscardRequested, Stopping, Finishing, then the final states):

            - Pending: accepted, waiting to be scheduled (the document's first state).
            - Queued: waiting for capacity (what python-domino sees right after a start).
            - Scheduled: a scheduled run, waiting for its time.
            - Preparing: the run's node and volumes are being prepared.
            - Building: the environment image is being built.
            - Pulling: the environment image is being pulled.
            - Running: the command runs.
            - Serving: the run serves an app or endpoint.
            - StopRequested: a stop (keeping results) was asked for.
            - StopAndDiscardRequested: a stop discarding results was asked for.
            - Stopping: the run is being stopped.
            - Finishing: the command ended; results are being saved.
            - Succeeded: final; the command exited 0.
            - Failed: final; the command failed (python-domino raises `RunFailedException`).
            - Error: final; Domino could not run the job. Guess: the `RunStatus` excerpt in the vendor
            notes is cut
              before its final states; third-party clients treat Succeeded, Failed, Error and Stopped
            as final.
            - Stopped: final; the job was stopped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList]:
    """List Jobs

     Get jobs for a project. Pages with `offset` and `limit`; the answer says `totalCount`. The real
    service
    filters with `statusFilter` (not `status`) and answers `{jobs, metadata}` (info, points 1 and 2).

    Args:
        project_id (str):
        offset (int | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): A job's status. The document lists Pending, Running,
            Succeeded, Failed and Stopped (Succeeded, Failed
            and Stopped are final). The service also sends these (python-domino and its tests: Queued;
            Domino's
            web app `RunStatus` enum: Queued, Scheduled, Pending, Preparing, Building, Pulling,
            Running, Serving,
            StopRequested, StopAndDiscardRequested, Stopping, Finishing, then the final states):

            - Pending: accepted, waiting to be scheduled (the document's first state).
            - Queued: waiting for capacity (what python-domino sees right after a start).
            - Scheduled: a scheduled run, waiting for its time.
            - Preparing: the run's node and volumes are being prepared.
            - Building: the environment image is being built.
            - Pulling: the environment image is being pulled.
            - Running: the command runs.
            - Serving: the run serves an app or endpoint.
            - StopRequested: a stop (keeping results) was asked for.
            - StopAndDiscardRequested: a stop discarding results was asked for.
            - Stopping: the run is being stopped.
            - Finishing: the command ended; results are being saved.
            - Succeeded: final; the command exited 0.
            - Failed: final; the command failed (python-domino raises `RunFailedException`).
            - Error: final; Domino could not run the job. Guess: the `RunStatus` excerpt in the vendor
            notes is cut
              before its final states; third-party clients treat Succeeded, Failed, Error and Stopped
            as final.
            - Stopped: final; the job was stopped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList]
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | None:
    """List Jobs

     Get jobs for a project. Pages with `offset` and `limit`; the answer says `totalCount`. The real
    service
    filters with `statusFilter` (not `status`) and answers `{jobs, metadata}` (info, points 1 and 2).

    Args:
        project_id (str):
        offset (int | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): A job's status. The document lists Pending, Running,
            Succeeded, Failed and Stopped (Succeeded, Failed
            and Stopped are final). The service also sends these (python-domino and its tests: Queued;
            Domino's
            web app `RunStatus` enum: Queued, Scheduled, Pending, Preparing, Building, Pulling,
            Running, Serving,
            StopRequested, StopAndDiscardRequested, Stopping, Finishing, then the final states):

            - Pending: accepted, waiting to be scheduled (the document's first state).
            - Queued: waiting for capacity (what python-domino sees right after a start).
            - Scheduled: a scheduled run, waiting for its time.
            - Preparing: the run's node and volumes are being prepared.
            - Building: the environment image is being built.
            - Pulling: the environment image is being pulled.
            - Running: the command runs.
            - Serving: the run serves an app or endpoint.
            - StopRequested: a stop (keeping results) was asked for.
            - StopAndDiscardRequested: a stop discarding results was asked for.
            - Stopping: the run is being stopped.
            - Finishing: the command ended; results are being saved.
            - Succeeded: final; the command exited 0.
            - Failed: final; the command failed (python-domino raises `RunFailedException`).
            - Error: final; Domino could not run the job. Guess: the `RunStatus` excerpt in the vendor
            notes is cut
              before its final states; third-party clients treat Succeeded, Failed, Error and Stopped
            as final.
            - Stopped: final; the job was stopped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList
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
