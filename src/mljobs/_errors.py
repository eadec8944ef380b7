"""The exceptions mljobs raises. Every one of them is an :class:`MljobsError`.

* MljobsError
  * APIStatusError            the server answered with an error status (``status_code``, ``body``, ``response``,
                              ``retry_after``: the answer's Retry-After hint in seconds, or None)
    * BadRequestError         400
    * AuthenticationError     401
    * PermissionDeniedError   403
    * NotFoundError           404, and SymetryML's 400 "No such job"
    * ConflictError           409
    * UnprocessableEntityError 422
    * RateLimitError          429
    * ServerError             5xx
  * APIConnectionError        the request did not get an answer (``host``, ``port``, ``attempts``)
    * APITimeoutError         ... because it timed out
  * ResponseValidationError   the answer did not parse, or a value has the wrong type; ``text`` keeps the body,
                              ``field`` names the field when one was wrong
  * CancelRejectedError       the vendor refused to cancel the job
  * PaginationError           the server's paging went wrong; ``cursor`` resumes from the last good page
  * ConfigurationError        a client was built without what it needs (a credential, a base URL)
  * InvalidArgumentError      a method was called with a value it cannot send (names the argument)
  * JobFailedError            a waited-for job ended FAILED or CANCELLED; ``job`` is the job
    * JobsFailedError         a group wait asked to raise (``raise_on_failure=True``) and jobs failed: raised once,
                              at the end; ``jobs`` is every job (input order), ``failed`` the failed ones
  * WaitTimeoutError          a wait passed its deadline (also a built-in ``TimeoutError``); ``job`` is the last seen,
                              ``pending`` the ids still open and ``finished`` the jobs that did end (input order)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._headers import parse_retry_after

if TYPE_CHECKING:
    from ._models import Job

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CancelRejectedError",
    "ConfigurationError",
    "ConflictError",
    "InvalidArgumentError",
    "JobFailedError",
    "JobsFailedError",
    "MljobsError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]

#: Header names whose values never appear in an exception message.
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


class MljobsError(Exception):
    """Base of every exception mljobs raises."""


class ConfigurationError(MljobsError, ValueError):
    """A client is missing something it needs, such as a credential or a base URL."""


class InvalidArgumentError(MljobsError, ValueError):
    """A method was called with a value it cannot send; the message names the argument."""


class APIStatusError(MljobsError):
    """The server answered with an error status.

    ``retry_after`` is the answer's own hint (``Retry-After`` or ``retry-after-ms``) in seconds, or None: when
    mljobs did not retry because the hint was above ``MAX_RETRY_AFTER`` or past a deadline, it says when the
    server expects to be asked again.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None) -> None:
        """Keep the response; ``body`` is the parsed JSON body, or the text when it is not JSON."""
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.retry_after: float | None = parse_retry_after(response.headers)
        self.request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)


class BadRequestError(APIStatusError):
    """400: the request was invalid."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404 (or the vendor's own "no such job"): the job does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the job's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the server understood the request but its values are invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class ServerError(APIStatusError):
    """5xx: the server failed."""


class APIConnectionError(MljobsError):
    """The request did not get an answer (connection refused, reset or dropped).

    ``host`` and ``port`` say where it went, ``attempts`` how many times it was sent (retries included;
    None when not known).
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        host: str | None = None,
        port: int | None = None,
        attempts: int | None = None,
    ) -> None:
        """Keep the request that failed, where it went and how many attempts were made."""
        super().__init__(message)
        self.request, self.host, self.port, self.attempts = request, host, port, attempts


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class ResponseValidationError(MljobsError):
    """The answer did not parse as the spec says it should, or a value had the wrong type.

    ``text`` holds the body that came back; ``field`` names the field whose value was wrong, when one was.
    """

    def __init__(
        self, message: str, *, response: httpx.Response | None = None, text: str = "", field: str | None = None
    ) -> None:
        """Keep the response, its raw text and the field at fault."""
        super().__init__(message)
        self.response = response
        self.text = text
        self.field = field


class CancelRejectedError(MljobsError):
    """The vendor refused to cancel the job (it has ended, or cannot be stopped)."""

    def __init__(self, message: str, *, job_id: str, response: httpx.Response | None = None) -> None:
        """Keep the job id and the vendor's answer."""
        super().__init__(message)
        self.job_id = job_id
        self.response = response


class PaginationError(MljobsError):
    """The server's pagination went wrong (a repeated token, endless empty pages).

    ``cursor`` is the cursor of the last good page: pass it as ``cursor=`` to resume.
    """

    def __init__(self, message: str, *, cursor: str | None) -> None:
        """Keep the cursor to resume from."""
        super().__init__(message)
        self.cursor = cursor


class JobFailedError(MljobsError):
    """A job that was waited for ended FAILED or CANCELLED."""

    def __init__(self, job: Job) -> None:
        """Keep the job."""
        detail = f": {job.message}" if job.message else ""
        super().__init__(f"{job.vendor} job {job.id} ended {job.state.name} ({job.raw_state}){detail}")
        self.job = job


class JobsFailedError(JobFailedError):
    """Jobs of a group wait ended FAILED or CANCELLED, and the wait was asked to raise for it.

    Raised once, after every job ended. ``jobs`` is every job, in the order the ids were given; ``failed``
    the ones that failed or were cancelled (``job`` is the first of them). Without ``raise_on_failure=True``
    a group wait returns failed jobs in its list instead.
    """

    def __init__(self, jobs: list[Job], failed: list[Job]) -> None:
        """Keep every job and the failed ones (at least one)."""
        first = failed[0]
        shown = "; ".join(f"{j.id} ended {j.state.name} ({j.raw_state})" for j in failed[:3])
        more = f"; and {len(failed) - 3} more" if len(failed) > 3 else ""
        MljobsError.__init__(self, f"{len(failed)} of {len(jobs)} {first.vendor} jobs did not succeed: {shown}{more}")
        self.job = first
        self.jobs = jobs
        self.failed = failed


class WaitTimeoutError(MljobsError, TimeoutError):
    """A wait passed its deadline. ``job`` is the last state seen (None if no poll succeeded).

    For a group wait, ``pending`` lists the ids still open (``job`` is the first of them as last seen) and
    ``finished`` every job that did end, failed ones included, in the order the ids were given.
    """

    def __init__(
        self,
        job_id: str,
        job: Job | None,
        timeout: float,
        *,
        cancelled: bool = False,
        pending: list[str] | None = None,
        finished: list[Job] | None = None,
        note: str = "",
    ) -> None:
        """Keep the job id, the last job seen, and for a group wait the ids still open and the jobs that ended."""
        state = "no successful poll" if job is None else f"last seen {job.state.name} ({job.raw_state})"
        what = f"{len(pending)} jobs, first {job_id}," if pending and len(pending) > 1 else f"job {job_id}"
        extra = "; the job was cancelled" if cancelled else ""
        ended = f"; {len(finished)} other jobs ended (see .finished)" if finished else ""
        super().__init__(f"{what} did not end within {timeout:g}s ({state}){extra}{ended}{note}")
        self.job_id = job_id
        self.job = job
        self.timeout = timeout
        self.cancelled = cancelled
        self.pending = pending or [job_id]
        self.finished = finished or []


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status code."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def check_keywords(method: str, given: Mapping[str, object], known: Iterable[str]) -> None:
    """An InvalidArgumentError naming the first keyword in ``given`` that ``method`` does not take.

    For the keyword sets typed once (``Unpack``): the type checker reports a wrong keyword, this reports it
    at run time.
    """
    takes = sorted(known)
    unknown = sorted(set(given) - set(takes))
    if unknown:
        raise InvalidArgumentError(
            f"{method}() got an unexpected keyword argument {unknown[0]!r}; it takes {', '.join(takes)}"
        )
