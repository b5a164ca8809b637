"""httpx's transport with one guard: a connection whose answer ran past its framing is not reused.

httpcore keeps bytes that arrive after a complete response (beyond its Content-Length) and
reads them as the *next* answer on that connection, so one bad answer would swap every later
response on it. RFC 9112 §6.3: such a connection must be closed. aiohttp already does so.
"""

from __future__ import annotations

import ssl
from typing import Any

import h11
import httpcore
import httpx
from httpcore._async.http11 import AsyncHTTP11Connection


def _guard(connection: Any) -> None:
    """Close an HTTP/1.1 connection instead of reusing it when unread bytes trail its answer."""
    if not isinstance(connection, AsyncHTTP11Connection) or getattr(connection, "_carrierx_guarded", False):
        return
    release = connection._response_closed

    async def response_closed() -> None:
        state: h11.Connection = connection._h11_state
        if state.trailing_data[0]:
            await connection.aclose()
            return
        await release()

    connection._response_closed = response_closed  # type: ignore[method-assign]
    connection._carrierx_guarded = True  # type: ignore[attr-defined]


class GuardedPool(httpcore.AsyncConnectionPool):
    """httpcore's pool, each new connection guarded (see the module docstring)."""

    def create_connection(self, origin: httpcore.Origin) -> httpcore.AsyncConnectionInterface:
        connection = super().create_connection(origin)
        handle = connection.handle_async_request

        async def handle_async_request(request: httpcore.Request) -> httpcore.Response:
            response = await handle(request)
            _guard(getattr(connection, "_connection", None))  # the HTTP/1.1 connection, made by the first request
            return response

        connection.handle_async_request = handle_async_request  # type: ignore[method-assign]
        return connection


def guarded_transport(*, limits: httpx.Limits, verify: bool | ssl.SSLContext) -> httpx.AsyncHTTPTransport:
    """`httpx.AsyncHTTPTransport(limits=..., verify=...)` over a `GuardedPool`."""
    transport = httpx.AsyncHTTPTransport(limits=limits, verify=verify)
    pool = transport._pool
    transport._pool = GuardedPool(
        ssl_context=pool._ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
    )
    return transport
