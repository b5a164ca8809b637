"""Running the fake server on a loopback port (uvicorn, in a background thread)."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from ._http import DroppedConnection

__all__ = ["serve"]


class _HideDroppedConnections(logging.Filter):
    """uvicorn logs every exception an app raises; a dropped connection is one on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, DroppedConnection)


def quiet_dropped_connections() -> None:
    """Keep injected connection drops out of uvicorn's error log."""
    error_logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(existing, _HideDroppedConnections) for existing in error_logger.filters):
        error_logger.addFilter(_HideDroppedConnections())


def bind(host: str, port: int) -> tuple[socket.socket, str]:
    """A listening-ready socket on `host:port` (0: a free port) and the base URL it serves."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY only on sockets it knows are TCP, and
    # without it each answer's body waits for a delayed ACK (~40 ms on a kept-alive connection).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    shown_host = f"[{host}]" if family == socket.AF_INET6 else host
    return sock, f"http://{shown_host}:{sock.getsockname()[1]}"


@contextlib.contextmanager
def serve(app: Any, host: str = "127.0.0.1", port: int = 0, *, log_level: str = "warning") -> Iterator[str]:
    """Serve an ASGI app on `host:port` (0: a free port) in a thread; yields its base URL.

    with serve(FakeCarrierX()) as base_url:
        async with CarrierX(token="test-token", base_url=base_url) as cx: ...
    """
    import uvicorn

    quiet_dropped_connections()
    sock, base_url = bind(host, port)
    config = uvicorn.Config(app, log_level=log_level, lifespan="on", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="fake-carrierx", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the fake CarrierX server did not start")
        time.sleep(0.01)
    try:
        yield base_url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
