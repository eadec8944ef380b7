from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_envelope_v1 import DeleteEnvelopeV1
from ...models.failure_envelope_v1 import FailureEnvelopeV1
from ...models.invalid_body_envelope_v1 import InvalidBodyEnvelopeV1
from ...types import UNSET, Response


def _get_kwargs(
    job_id: str,
    tag_id: str,
    *,
    project_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/jobs/v1/jobs/{job_id}/tags/{tag_id}".format(
            job_id=quote(str(job_id), safe=""),
            tag_id=quote(str(tag_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | None:
    if response.status_code == 200:
        response_200 = DeleteEnvelopeV1.from_dict(response.json())

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
) -> Response[DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
) -> Response[DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1]:
    """Remove Tag from Job

     Remove a tag from the job. `projectId` is required by the real service (dpa-gen); the document does
    not mention it. The answer is the service's `DeleteEnvelopeV1` (fields a Guess, see the schema).

    Args:
        job_id (str):
        tag_id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        tag_id=tag_id,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
) -> DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | None:
    """Remove Tag from Job

     Remove a tag from the job. `projectId` is required by the real service (dpa-gen); the document does
    not mention it. The answer is the service's `DeleteEnvelopeV1` (fields a Guess, see the schema).

    Args:
        job_id (str):
        tag_id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1
    """

    return sync_detailed(
        job_id=job_id,
        tag_id=tag_id,
        client=client,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
) -> Response[DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1]:
    """Remove Tag from Job

     Remove a tag from the job. `projectId` is required by the real service (dpa-gen); the document does
    not mention it. The answer is the service's `DeleteEnvelopeV1` (fields a Guess, see the schema).

    Args:
        job_id (str):
        tag_id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        tag_id=tag_id,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
) -> DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | None:
    """Remove Tag from Job

     Remove a tag from the job. `projectId` is required by the real service (dpa-gen); the document does
    not mention it. The answer is the service's `DeleteEnvelopeV1` (fields a Guess, see the schema).

    Args:
        job_id (str):
        tag_id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEnvelopeV1 | FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            tag_id=tag_id,
            client=client,
            project_id=project_id,
        )
    ).parsed
