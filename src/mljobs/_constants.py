"""Every default mljobs uses, in one place."""

from __future__ import annotations

import httpx

#: Per-request timeout: 60 s overall, 10 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: Retries after the first attempt, for connection errors, timeouts, 408, 429 and 5xx.
DEFAULT_MAX_RETRIES = 2
#: First backoff delay in seconds; doubled per retry up to MAX_RETRY_DELAY, then jittered down by up to 25%.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: The longest Retry-After / retry-after-ms mljobs waits for; a longer one is cut to this.
MAX_RETRY_AFTER = 60.0
#: Status codes worth retrying.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

#: Page size mljobs asks for when the caller gives none.
DEFAULT_PAGE_SIZE = 100
#: Consecutive empty pages that still claim "more" before mljobs gives up with PaginationError.
MAX_EMPTY_PAGES = 5

#: Logger every mljobs decision is logged on (at DEBUG).
LOGGER_NAME = "mljobs"

#: How long a wait lasts by default: one hour of wall-clock time (never "forever").
DEFAULT_WAIT_TIMEOUT = 3600.0
#: First delay between polls; it doubles per poll up to DEFAULT_MAX_POLL_INTERVAL.
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
#: Jitter: each delay is shortened by up to this fraction, so many waiters do not poll in step.
POLL_JITTER = 0.2
