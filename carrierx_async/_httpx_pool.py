"""The httpx sender's own pool: httpcore's connections, guarded, one small httpcore pool per connection.

Guarded: httpcore keeps bytes that arrive after a complete response (beyond its Content-Length)
and reads them as the *next* answer on that connection, so one bad answer would swap every later
response on it. RFC 9112 §6.3: such a connection must be closed. aiohttp already does so.

Sharded: httpcore's pool scans all its connections (and, for each idle one, all of them again)
whenever a request starts or ends, and on trio (whose locks yield even when free) it hands one
idle connection to several requests at once, all but one of which go round again. Its work per
request grows with the square of its size: 2,000 concurrent calls on trio spent seconds of CPU
in that scan alone. A pool of `max_connections` httpcore pools of one connection each, with a
stack of free ones, does the same job in constant work per request; it is still one pool with
one connection limit and one keep-alive limit. (Shards of 4, 8 and 16 connections were measured
too, and all used more CPU than shards of one: inside each, the scan and the double hand-outs
come back.)
"""

from __future__ import annotations

import ssl
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable
from types import TracebackType
from typing import Any

import anyio
import h11
import httpcore
import httpx
from httpcore._async.http11 import AsyncHTTP11Connection
from httpcore._async.interfaces import AsyncRequestInterface


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


class ShardedPool(AsyncRequestInterface):
    """Guarded httpcore pools of one connection each ("shards"), at most `max_connections`, used as one pool.

    A request takes a free shard, and gives it back when its response is closed; with every
    shard in use it waits (up to the pool timeout) for the next one given back. The first
    `max_keepalive_connections` shards keep their connection alive and are taken first, so a
    client used one call at a time reuses one connection, and after a burst only those stay
    open. httpcore closes an expired connection when its shard is next used; shards nobody uses
    are swept for expired connections once per `keepalive_expiry`.
    """

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None,
        max_connections: int | None,
        max_keepalive_connections: int | None,
        keepalive_expiry: float | None,
    ) -> None:
        self._ssl_context = ssl_context
        self._max_connections = max_connections
        self._max_keepalive = max_keepalive_connections
        self._keepalive_expiry = keepalive_expiry
        self._shards: list[GuardedPool] = []  # made as needed
        self._kept: list[int] = []  # free shards that keep their connection alive: taken first
        self._spare: list[int] = []  # free shards that close their connection once it is idle
        self._free: anyio.Semaphore | None = None  # a bounded pool's free shards; made on the loop that uses it
        self._sweep_at = None if keepalive_expiry is None else time.monotonic() + keepalive_expiry

    @property
    def connections(self) -> list[httpcore.AsyncConnectionInterface]:
        """Every connection of every shard."""
        return [connection for shard in self._shards for connection in shard.connections]

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        if self._sweep_at is not None and time.monotonic() >= self._sweep_at:
            await self._close_expired()
        if self._max_connections is not None:
            await self._wait_for_a_free_shard(request)
        index = self._take()
        given_back = False

        def give_back() -> None:
            nonlocal given_back
            if not given_back:
                given_back = True
                (self._kept if self._keeps_alive(index) else self._spare).append(index)
                if self._free is not None:
                    self._free.release()

        try:
            response = await self._shards[index].handle_async_request(request)
        except BaseException:
            give_back()
            raise
        assert isinstance(response.stream, AsyncIterable)
        response.stream = _GivingBack(response.stream, give_back)
        return response

    async def _wait_for_a_free_shard(self, request: httpcore.Request) -> None:
        assert self._max_connections is not None
        if self._free is None:
            self._free = anyio.Semaphore(self._max_connections)
        try:
            self._free.acquire_nowait()
        except anyio.WouldBlock:
            timeout = request.extensions.get("timeout", {}).get("pool")
            try:
                with anyio.fail_after(timeout):
                    await self._free.acquire()
            except TimeoutError:
                raise httpcore.PoolTimeout("no connection of the pool was free in time") from None

    def _keeps_alive(self, index: int) -> bool:
        return self._max_keepalive is None or index < self._max_keepalive

    def _take(self) -> int:
        """A free shard: one keeping its connection alive, else a new one, else any (never waits)."""
        if self._kept:
            return self._kept.pop()
        if self._keeps_alive(len(self._shards)) or not self._spare:
            index = len(self._shards)
            assert self._max_connections is None or index < self._max_connections  # the semaphore saw to that
            keepalive = 1 if self._keeps_alive(index) else 0
            self._shards.append(
                GuardedPool(
                    ssl_context=self._ssl_context,
                    max_connections=1,
                    max_keepalive_connections=keepalive,
                    keepalive_expiry=self._keepalive_expiry,
                )
            )
            return index
        return self._spare.pop()

    async def _close_expired(self) -> None:
        """Close the expired connections of free shards (a shard in use checks its own)."""
        assert self._keepalive_expiry is not None
        self._sweep_at = time.monotonic() + self._keepalive_expiry
        expired = [
            connection
            for index in (*self._kept, *self._spare)
            for connection in self._shards[index].connections
            if connection.has_expired()  # only an idle connection expires: no request is using it
        ]
        with anyio.CancelScope(shield=True):
            for connection in expired:
                await connection.aclose()  # its shard drops it (it reports closed) when next used

    async def aclose(self) -> None:
        with anyio.CancelScope(shield=True):
            for shard in self._shards:
                await shard.aclose()

    async def __aenter__(self) -> ShardedPool:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()


class _GivingBack:
    """A shard's response body that gives the shard back when closed."""

    def __init__(self, stream: AsyncIterable[bytes], give_back: Callable[[], None]) -> None:
        self._stream = stream
        self._give_back = give_back

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                yield part
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        try:
            aclose = getattr(self._stream, "aclose", None)
            if aclose is not None:
                await aclose()
        finally:
            self._give_back()


def guarded_transport(*, limits: httpx.Limits, verify: bool | ssl.SSLContext) -> httpx.AsyncHTTPTransport:
    """`httpx.AsyncHTTPTransport(limits=..., verify=...)` over a `ShardedPool` of guarded connections."""
    transport = httpx.AsyncHTTPTransport(limits=limits, verify=verify)
    transport._pool = ShardedPool(  # type: ignore[assignment]
        ssl_context=transport._pool._ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
    )
    return transport
