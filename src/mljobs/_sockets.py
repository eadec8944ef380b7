"""The default sync transport's sockets, each read, write and connect cut to the current attempt's deadline.

Only :func:`mljobs._http.default_sync_transport` uses it, when a client is made, so ``import mljobs`` does
not load httpcore.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import httpcore

from ._http import ATTEMPT_DEADLINE

__all__ = ["DeadlineBackend", "DeadlineStream"]


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    ends = ATTEMPT_DEADLINE.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise error("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the current attempt's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:  # fmt: skip
        tls = self._stream.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        return DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, with every socket operation cut to the current attempt's deadline.

    A server that trickles a byte just before each read times out never trips a per-read timeout; this
    bounds the whole attempt instead. Only the default sync transport uses it.
    """

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:  # fmt: skip
        stream = self._backend.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return DeadlineStream(stream)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:  # fmt: skip
        return DeadlineStream(
            self._backend.connect_unix_socket(path, _clamp(timeout, httpcore.ConnectTimeout), socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)
