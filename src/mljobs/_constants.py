"""Every default mljobs uses, in one place."""

from __future__ import annotations

import httpx

#: Per-attempt timeout: 10 s to connect, 60 s for each read or write, and 60 s (the largest value) for the
#: whole attempt, however slowly the server sends its answer.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: Retries after the first attempt, for connection errors, timeouts, 408, 429 and 5xx.
DEFAULT_MAX_RETRIES = 2
#: First backoff delay in seconds; doubled per retry up to MAX_RETRY_DELAY, then jittered down by up to 25%.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: The longest Retry-After / retry-after-ms mljobs waits for. A longer hint is not slept at all: the status
#: error is raised with the hint on it as ``retry_after`` (and a wait goes on with its own backoff).
MAX_RETRY_AFTER = 60.0
#: Status codes worth retrying.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

#: Page size mljobs asks for when the caller gives none.
DEFAULT_PAGE_SIZE = 100
#: Consecutive empty pages that still claim "more" before mljobs gives up with PaginationError.
MAX_EMPTY_PAGES = 5
#: Pages an offset-paged listing (Domino, Istari) keeps in flight by default (``list(..., prefetch=N)``).
DEFAULT_PREFETCH = 4
#: How many pages back a listing remembers the items and page tokens it has seen (to drop repeats and
#: notice a server that loops): memory stays the same however long the listing.
SEEN_PAGES = 8

#: Logger every mljobs decision is logged on (at DEBUG).
LOGGER_NAME = "mljobs"

#: How long a wait lasts by default: one hour of wall-clock time (never "forever").
DEFAULT_WAIT_TIMEOUT = 3600.0
#: First delay between polls; it doubles per poll up to DEFAULT_MAX_POLL_INTERVAL.
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
#: Jitter: each delay is shortened by up to this fraction, so many waiters do not poll in step.
POLL_JITTER = 0.2
#: A group wait reads a listing of ended jobs only (see ``mljobs._waiting.ListingOrder``) at most this many
#: polls in a row; the next poll reads the whole listing again, so a job that filter cannot show (archived,
#: deleted, in a status the filter leaves out) is still seen, only later.
NARROW_POLLS = 8
#: How many jobs a full read of a listing goes on past the group's last job, looking for an ended one to
#: stop the next narrow reads at (about a page).
LOOKAHEAD_JOBS = 100
#: The least time a wait's last poll gets (at its deadline), so a job that ended right then is still seen.
FINAL_POLL_TIMEOUT = 0.25
