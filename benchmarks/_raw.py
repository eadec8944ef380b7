"""The raw httpx baselines: the requests the facade sends, each answer through ``json.loads``, nothing else.

``tests/test_benchmarks.py`` checks that each sends exactly the requests (method, path, query) the facade
does, so a change in the facade's requests shows there instead of skewing a ratio.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

#: The header each vendor's API key travels in (the vendor's wire format, as its documents give it).
AUTH_HEADERS = {"rime": "rime-api-key", "domino": "X-Domino-Api-Key"}


def client(vendor: str, credentials: dict[str, Any]) -> httpx.Client:
    """A plain ``httpx.Client`` with the vendor's API key header, and defaults otherwise."""
    return httpx.Client(base_url=credentials["base_url"], headers={AUTH_HEADERS[vendor]: credentials["api_key"]})


def _json(response: httpx.Response) -> Any:
    response.raise_for_status()
    return json.loads(response.content)


def rime_list(http: httpx.Client, page_size: int) -> int:
    """Every RIME job, ``page_size`` a page (ListJobs with its page token); the number of jobs read."""
    count, token = 0, ""
    while True:
        params = {"pageSize": str(page_size), "view": "JOB_VIEW_BASIC"}
        if token:
            params = {"pageToken": token, **params}
        page = _json(http.get("/v1-beta/jobs", params=params))
        count += len(page["jobs"])
        token = page.get("nextPageToken", "")
        if not page.get("hasMore") or not token:
            return count


def _domino_page(http: httpx.Client, project_id: str, offset: int, page_size: int) -> Any:
    params = {"projectId": project_id, "offset": str(offset), "limit": str(page_size)}
    return _json(http.get("/api/jobs/beta/jobs", params=params))


def domino_list(http: httpx.Client, project_id: str, page_size: int) -> int:
    """Every job of a Domino project, ``offset``/``limit`` paging, one page after the other."""
    count, offset = 0, 0
    while True:
        page = _domino_page(http, project_id, offset, page_size)
        count += len(page["data"])
        offset += len(page["data"])
        if not page["data"] or offset >= page["totalCount"]:
            return count


def domino_prefetch(http: httpx.Client, project_id: str, page_size: int, threads: int) -> int:
    """The same listing with the pages after the first fetched by ``threads`` threads (for reference)."""
    first = _domino_page(http, project_id, 0, page_size)
    offsets = range(len(first["data"]), first["totalCount"], page_size) if first["data"] else range(0)
    with ThreadPoolExecutor(threads) as pool:
        pages = list(pool.map(lambda offset: _domino_page(http, project_id, offset, page_size), offsets))
    return len(first["data"]) + sum(len(page["data"]) for page in pages)


def domino_get(http: httpx.Client, job_id: str) -> Any:
    """One Domino job (GET /api/jobs/beta/jobs/{jobId}), parsed."""
    return _json(http.get(f"/api/jobs/beta/jobs/{job_id}"))
