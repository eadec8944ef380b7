from enum import StrEnum


class JobState(StrEnum):
    ABORTED = "aborted"
    COMPLETED = "completed"
    FAILED = "failed"
    FAILED_WILL_RETRY = "failed_will_retry"
    QUEUED = "queued"
    STARTED = "started"
    UNKNOWN_STATE = "unknown"

    @classmethod
    def _missing_(cls, value: object) -> "JobState | None":
        """Accept a value this client does not know yet (forward compatibility).

        The server may add values at any time. An unknown string becomes a pseudo-member named
        ``UNKNOWN`` that keeps the raw value, so parsing never fails and ``to_dict()`` sends the
        value back unchanged. It is not cached, so unknown values never grow the enum.
        """
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists (False for a value the server added later)."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
