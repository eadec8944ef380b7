from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_envelope_v1 import FailureEnvelopeV1
from ...models.invalid_body_envelope_v1 import InvalidBodyEnvelopeV1
from ...models.job_log_type import JobLogType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    log_type: JobLogType | Unset = UNSET,
    limit: int | Unset = UNSET,
    latest_time_nano: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_log_type: str | Unset = UNSET
    if not isinstance(log_type, Unset):
        json_log_type = log_type.value

    params["logType"] = json_log_type

    params["limit"] = limit

    params["latestTimeNano"] = latest_time_nano

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/jobs/beta/jobs/{job_id}/logs".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str]:
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
    log_type: JobLogType | Unset = UNSET,
    limit: int | Unset = UNSET,
    latest_time_nano: str | Unset = UNSET,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str]:
    """Get Job Logs

     Retrieve execution logs for a job. The document reads the body as text (`response.text`); the real
    service sends JSON (info, point 6), which this spec also hands over as text. The parameters are the
    real service's; the document lists none.

    Args:
        job_id (str):
        log_type (JobLogType | Unset): Which log to read (the real service's `logType`, case-
            insensitive there): `complete` (everything),
            `prepareOutput` (the run's preparation), `stdErr`, `stdOut`.
        limit (int | Unset):
        latest_time_nano (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        log_type=log_type,
        limit=limit,
        latest_time_nano=latest_time_nano,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    log_type: JobLogType | Unset = UNSET,
    limit: int | Unset = UNSET,
    latest_time_nano: str | Unset = UNSET,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str | None:
    """Get Job Logs

     Retrieve execution logs for a job. The document reads the body as text (`response.text`); the real
    service sends JSON (info, point 6), which this spec also hands over as text. The parameters are the
    real service's; the document lists none.

    Args:
        job_id (str):
        log_type (JobLogType | Unset): Which log to read (the real service's `logType`, case-
            insensitive there): `complete` (everything),
            `prepareOutput` (the run's preparation), `stdErr`, `stdOut`.
        limit (int | Unset):
        latest_time_nano (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        log_type=log_type,
        limit=limit,
        latest_time_nano=latest_time_nano,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    log_type: JobLogType | Unset = UNSET,
    limit: int | Unset = UNSET,
    latest_time_nano: str | Unset = UNSET,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str]:
    """Get Job Logs

     Retrieve execution logs for a job. The document reads the body as text (`response.text`); the real
    service sends JSON (info, point 6), which this spec also hands over as text. The parameters are the
    real service's; the document lists none.

    Args:
        job_id (str):
        log_type (JobLogType | Unset): Which log to read (the real service's `logType`, case-
            insensitive there): `complete` (everything),
            `prepareOutput` (the run's preparation), `stdErr`, `stdOut`.
        limit (int | Unset):
        latest_time_nano (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        log_type=log_type,
        limit=limit,
        latest_time_nano=latest_time_nano,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    log_type: JobLogType | Unset = UNSET,
    limit: int | Unset = UNSET,
    latest_time_nano: str | Unset = UNSET,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str | None:
    """Get Job Logs

     Retrieve execution logs for a job. The document reads the body as text (`response.text`); the real
    service sends JSON (info, point 6), which this spec also hands over as text. The parameters are the
    real service's; the document lists none.

    Args:
        job_id (str):
        log_type (JobLogType | Unset): Which log to read (the real service's `logType`, case-
            insensitive there): `complete` (everything),
            `prepareOutput` (the run's preparation), `stdErr`, `stdOut`.
        limit (int | Unset):
        latest_time_nano (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            log_type=log_type,
            limit=limit,
            latest_time_nano=latest_time_nano,
        )
    ).parsed
