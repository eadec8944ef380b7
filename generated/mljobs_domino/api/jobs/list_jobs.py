from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_envelope_v1 import FailureEnvelopeV1
from ...models.get_jobs_sort_by import GetJobsSortBy
from ...models.get_jobs_status_filter import GetJobsStatusFilter
from ...models.invalid_body_envelope_v1 import InvalidBodyEnvelopeV1
from ...models.job_list import JobList
from ...models.job_status import JobStatus
from ...models.paginated_job_envelope_v1 import PaginatedJobEnvelopeV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    status_filter: GetJobsStatusFilter | Unset = UNSET,
    sort_by: GetJobsSortBy | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    domino_stats_sort_field_name: str | Unset = UNSET,
    show_archived: bool | Unset = UNSET,
    tag_filter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["offset"] = offset

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_status_filter: str | Unset = UNSET
    if not isinstance(status_filter, Unset):
        json_status_filter = status_filter.value

    params["statusFilter"] = json_status_filter

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    params["ascending"] = ascending

    params["dominoStatsSortFieldName"] = domino_stats_sort_field_name

    params["showArchived"] = show_archived

    params["tagFilter"] = tag_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/jobs/beta/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1 | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> JobList | PaginatedJobEnvelopeV1:
            errors: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_jobs_answer_type_0 = JobList.from_dict(data)

                return componentsschemas_list_jobs_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                errors.append("JobList" + f" ({type(error).__name__}: {error})")
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_jobs_answer_type_1 = PaginatedJobEnvelopeV1.from_dict(data)

                return componentsschemas_list_jobs_answer_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                errors.append("PaginatedJobEnvelopeV1" + f" ({type(error).__name__}: {error})")
            raise ValueError("fits none of the shapes it may take: " + "; ".join(errors))

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> FailureEnvelopeV1 | InvalidBodyEnvelopeV1:
            errors: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bad_request_envelope_type_0 = FailureEnvelopeV1.from_dict(data)

                return componentsschemas_bad_request_envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                errors.append("FailureEnvelopeV1" + f" ({type(error).__name__}: {error})")
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bad_request_envelope_type_1 = InvalidBodyEnvelopeV1.from_dict(data)

                return componentsschemas_bad_request_envelope_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                errors.append("InvalidBodyEnvelopeV1" + f" ({type(error).__name__}: {error})")
            raise ValueError("fits none of the shapes it may take: " + "; ".join(errors))

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
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1]:
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
    status_filter: GetJobsStatusFilter | Unset = UNSET,
    sort_by: GetJobsSortBy | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    domino_stats_sort_field_name: str | Unset = UNSET,
    show_archived: bool | Unset = UNSET,
    tag_filter: str | Unset = UNSET,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1]:
    """List Jobs

     Get jobs for a project. Pages with `offset` and `limit`; the answer says `totalCount`. The real
    service
    (the Public API) filters with `statusFilter` (not `status`), sorts with `sortBy`/`ascending`, and
    answers `PaginatedJobEnvelopeV1` `{jobs, metadata: {limit, offset, totalCount, ...}}`; the document
    answers `JobList` `{data, offset, limit, totalCount}` (info, points 1 and 2). The answer is either.

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
        status_filter (GetJobsStatusFilter | Unset): The Public API's `statusFilter` (dpa-gen
            `GetJobsStatusFilter`): `all`, `active` (not completed),
            `completed`, `queued`, `running`, `archived` (only archived jobs).
        sort_by (GetJobsSortBy | Unset): The Public API's `sortBy` (dpa-gen `GetJobsSortBy`).
        ascending (bool | Unset):
        domino_stats_sort_field_name (str | Unset):
        show_archived (bool | Unset):
        tag_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        status=status,
        status_filter=status_filter,
        sort_by=sort_by,
        ascending=ascending,
        domino_stats_sort_field_name=domino_stats_sort_field_name,
        show_archived=show_archived,
        tag_filter=tag_filter,
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
    status_filter: GetJobsStatusFilter | Unset = UNSET,
    sort_by: GetJobsSortBy | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    domino_stats_sort_field_name: str | Unset = UNSET,
    show_archived: bool | Unset = UNSET,
    tag_filter: str | Unset = UNSET,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1 | None:
    """List Jobs

     Get jobs for a project. Pages with `offset` and `limit`; the answer says `totalCount`. The real
    service
    (the Public API) filters with `statusFilter` (not `status`), sorts with `sortBy`/`ascending`, and
    answers `PaginatedJobEnvelopeV1` `{jobs, metadata: {limit, offset, totalCount, ...}}`; the document
    answers `JobList` `{data, offset, limit, totalCount}` (info, points 1 and 2). The answer is either.

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
        status_filter (GetJobsStatusFilter | Unset): The Public API's `statusFilter` (dpa-gen
            `GetJobsStatusFilter`): `all`, `active` (not completed),
            `completed`, `queued`, `running`, `archived` (only archived jobs).
        sort_by (GetJobsSortBy | Unset): The Public API's `sortBy` (dpa-gen `GetJobsSortBy`).
        ascending (bool | Unset):
        domino_stats_sort_field_name (str | Unset):
        show_archived (bool | Unset):
        tag_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        offset=offset,
        limit=limit,
        status=status,
        status_filter=status_filter,
        sort_by=sort_by,
        ascending=ascending,
        domino_stats_sort_field_name=domino_stats_sort_field_name,
        show_archived=show_archived,
        tag_filter=tag_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    status_filter: GetJobsStatusFilter | Unset = UNSET,
    sort_by: GetJobsSortBy | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    domino_stats_sort_field_name: str | Unset = UNSET,
    show_archived: bool | Unset = UNSET,
    tag_filter: str | Unset = UNSET,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1]:
    """List Jobs

     Get jobs for a project. Pages with `offset` and `limit`; the answer says `totalCount`. The real
    service
    (the Public API) filters with `statusFilter` (not `status`), sorts with `sortBy`/`ascending`, and
    answers `PaginatedJobEnvelopeV1` `{jobs, metadata: {limit, offset, totalCount, ...}}`; the document
    answers `JobList` `{data, offset, limit, totalCount}` (info, points 1 and 2). The answer is either.

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
        status_filter (GetJobsStatusFilter | Unset): The Public API's `statusFilter` (dpa-gen
            `GetJobsStatusFilter`): `all`, `active` (not completed),
            `completed`, `queued`, `running`, `archived` (only archived jobs).
        sort_by (GetJobsSortBy | Unset): The Public API's `sortBy` (dpa-gen `GetJobsSortBy`).
        ascending (bool | Unset):
        domino_stats_sort_field_name (str | Unset):
        show_archived (bool | Unset):
        tag_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        status=status,
        status_filter=status_filter,
        sort_by=sort_by,
        ascending=ascending,
        domino_stats_sort_field_name=domino_stats_sort_field_name,
        show_archived=show_archived,
        tag_filter=tag_filter,
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
    status_filter: GetJobsStatusFilter | Unset = UNSET,
    sort_by: GetJobsSortBy | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    domino_stats_sort_field_name: str | Unset = UNSET,
    show_archived: bool | Unset = UNSET,
    tag_filter: str | Unset = UNSET,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1 | None:
    """List Jobs

     Get jobs for a project. Pages with `offset` and `limit`; the answer says `totalCount`. The real
    service
    (the Public API) filters with `statusFilter` (not `status`), sorts with `sortBy`/`ascending`, and
    answers `PaginatedJobEnvelopeV1` `{jobs, metadata: {limit, offset, totalCount, ...}}`; the document
    answers `JobList` `{data, offset, limit, totalCount}` (info, points 1 and 2). The answer is either.

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
        status_filter (GetJobsStatusFilter | Unset): The Public API's `statusFilter` (dpa-gen
            `GetJobsStatusFilter`): `all`, `active` (not completed),
            `completed`, `queued`, `running`, `archived` (only archived jobs).
        sort_by (GetJobsSortBy | Unset): The Public API's `sortBy` (dpa-gen `GetJobsSortBy`).
        ascending (bool | Unset):
        domino_stats_sort_field_name (str | Unset):
        show_archived (bool | Unset):
        tag_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | JobList | PaginatedJobEnvelopeV1
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            offset=offset,
            limit=limit,
            status=status,
            status_filter=status_filter,
            sort_by=sort_by,
            ascending=ascending,
            domino_stats_sort_field_name=domino_stats_sort_field_name,
            show_archived=show_archived,
            tag_filter=tag_filter,
        )
    ).parsed
