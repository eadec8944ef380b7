"""The command line's exit codes: distinct, documented in ``mljobs --help``, the same for every vendor."""

from __future__ import annotations

import enum

__all__ = ["ExitCode"]


class ExitCode(enum.IntEnum):
    """How an ``mljobs`` command ended."""

    #: Done; for ``wait``, every job succeeded.
    OK = 0
    #: ``wait``: a job ended FAILED or CANCELLED.
    JOB_FAILED = 1
    #: Bad arguments, a missing credential, an operation the vendor does not have, or a missing extra.
    USAGE = 2
    #: ``wait``: a job had not ended by ``--timeout`` (whatever the others did).
    TIMEOUT = 3
    #: The service answered with an error (a wrong key, an unknown job, a refused cancel) or not at all.
    API_ERROR = 4
    #: A bug in mljobs: rerun with ``--debug`` for the traceback, and report it.
    INTERNAL = 70
    #: Interrupted (Ctrl-C).
    INTERRUPTED = 130

    @classmethod
    def table(cls) -> str:
        """The codes as help text lines."""
        what = {
            cls.OK: "success (wait: every job succeeded)",
            cls.JOB_FAILED: "wait: a job ended FAILED or CANCELLED",
            cls.USAGE: "usage error: bad arguments, a missing credential or extra, an operation the vendor lacks",
            cls.TIMEOUT: "wait: a job had not ended by --timeout",
            cls.API_ERROR: "API error: the service refused (wrong key, unknown job, ...) or did not answer",
            cls.INTERNAL: "internal error in mljobs (rerun with --debug)",
            cls.INTERRUPTED: "interrupted (Ctrl-C)",
        }
        return "\n".join(f"  {code.value:>3}  {what[code]}" for code in cls)
