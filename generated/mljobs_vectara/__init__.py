"""A client library for accessing Vectara Jobs API (v1 ListJobs and v2)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
