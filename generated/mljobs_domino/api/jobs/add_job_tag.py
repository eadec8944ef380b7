from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_envelope_v1 import FailureEnvelopeV1
from ...models.invalid_body_envelope_v1 import InvalidBodyEnvelopeV1
from ...models.new_job_tag import NewJobTag
from ...models.tag_envelope_v1 import TagEnvelopeV1
from ...types import Response


def _get_kwargs(
    job_id: str,
    *,
    body: NewJobTag,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/jobs/v1/jobs/{job_id}/tags".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1 | None:
    if response.status_code == 200:
        response_200 = TagEnvelopeV1.from_dict(response.json())

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
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1]:
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
    body: NewJobTag,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1]:
    """Add Tag to Job

     Add a tag to the job. The body is the document's `{name}`; the real service's is
    `{projectId, tagName}` (info, point 7). The answer is the service's `TagEnvelopeV1` (dpa-gen names
    the
    model; its fields are a Guess, see the schema).

    Args:
        job_id (str):
        body (NewJobTag): The body of Add Tag to Job, as the document shows it. The real service's
            is `TagToAddV1`
            `{projectId, tagName}` (info, point 7).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewJobTag,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1 | None:
    """Add Tag to Job

     Add a tag to the job. The body is the document's `{name}`; the real service's is
    `{projectId, tagName}` (info, point 7). The answer is the service's `TagEnvelopeV1` (dpa-gen names
    the
    model; its fields are a Guess, see the schema).

    Args:
        job_id (str):
        body (NewJobTag): The body of Add Tag to Job, as the document shows it. The real service's
            is `TagToAddV1`
            `{projectId, tagName}` (info, point 7).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewJobTag,
) -> Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1]:
    """Add Tag to Job

     Add a tag to the job. The body is the document's `{name}`; the real service's is
    `{projectId, tagName}` (info, point 7). The answer is the service's `TagEnvelopeV1` (dpa-gen names
    the
    model; its fields are a Guess, see the schema).

    Args:
        job_id (str):
        body (NewJobTag): The body of Add Tag to Job, as the document shows it. The real service's
            is `TagToAddV1`
            `{projectId, tagName}` (info, point 7).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewJobTag,
) -> FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1 | None:
    """Add Tag to Job

     Add a tag to the job. The body is the document's `{name}`; the real service's is
    `{projectId, tagName}` (info, point 7). The answer is the service's `TagEnvelopeV1` (dpa-gen names
    the
    model; its fields are a Guess, see the schema).

    Args:
        job_id (str):
        body (NewJobTag): The body of Add Tag to Job, as the document shows it. The real service's
            is `TagToAddV1`
            `{projectId, tagName}` (info, point 7).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureEnvelopeV1 | FailureEnvelopeV1 | InvalidBodyEnvelopeV1 | TagEnvelopeV1
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
