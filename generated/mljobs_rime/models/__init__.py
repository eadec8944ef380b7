"""Contains all the data models used in inputs/outputs"""

from .rime_job import RimeJob
from .statedb_job_status import StatedbJobStatus

__all__ = (
    "RimeJob",
    "StatedbJobStatus",
)
