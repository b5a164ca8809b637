"""The asyncio sender: one aiohttp session per client, bound to the event loop that uses it.

httpx's own pool slows down as concurrency rises (995 → 348 req/s from 1 to 100 in flight on
loopback); aiohttp's does not, so it is the default on asyncio.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import ssl
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs
import httpx

from ._decoding import read_decoded
from ._errors import RawResponse
from ._senders import SendFailure, StreamAnswer

if TYPE_CHECKING:
    import aiohttp

READ_CHUNK = 64 * 1024


def classify(error: BaseException) -> SendFailure:
    """What an aiohttp (or OS) exception says about the request."""
    import aiohttp

    name = type(error).__name__
    if isinstance(error, aiohttp.ConnectionTimeoutError):  # connecting, or waiting for a pooled connection
        return SendFailure(f"timed out connecting ({name})", sent=False, timed_out=True)
    if isinstance(error, aiohttp.ClientConnectorError):  # the TCP or TLS connection was never made
        return SendFailure(f"could not connect ({name})", sent=False)
    if isinstance(error, TimeoutError):  # reading the answer, or the attempt's total time
        return SendFailure(f"timed out waiting for the answer ({name})", sent=True, timed_out=True)
    if isinstance(error, aiohttp.InvalidURL):
        return SendFailure(f"the URL is not valid ({name})", sent=False)
    return SendFailure(f"the connection failed after the request was sent ({name})", sent=True)


class AiohttpSender:
    """Sends with one lazily opened aiohttp session, sized like the client's pool limits."""

    def __init__(self, *, limits: httpx.Limits, verify: bool | ssl.SSLContext) -> None:
        self._limits = limits
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[tuple[float | int | None, ...], aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        from ._aiohttp_connector import Connector

        connector = Connector(
            max_idle=self._limits.max_keepalive_connections,
            limit=self._limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._verify,  # True: verify with the default context; an SSLContext: that one
        )
        # The body is decoded by our own capped decoder (_decoding.py), the same on both senders.
        session = aiohttp.ClientSession(connector=connector, skip_auto_headers=("User-Agent",), auto_decompress=False)
        # aiohttp silently repeats an idempotent request once on a dropped pooled connection;
        # the send loop's RetryPolicy must be the only retry budget.
        session._retry_connection = False
        return session

    def _current(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is not None and self._loop is not loop:
            self._abandon()  # first used on another event loop (now gone or elsewhere): rebind
        if self._session is None:
            self._session = self._open()
            self._loop = loop
        return self._session

    def _abandon(self) -> None:
        """Drop a session whose event loop is not this one; its sockets belong to that loop."""
        session, self._session, self._loop = self._session, None, None
        if session is None:
            return
        connector = session.connector
        session.detach()
        if connector is None:
            return
        if connector._loop.is_closed():
            # The loop cannot close them any more: close the pooled sockets themselves.
            for connections in connector._conns.values():
                for protocol, _ in connections:
                    transport = protocol.transport
                    sock = getattr(transport, "_sock", None)
                    if sock is not None:
                        sock.close()
                        transport._sock = None  # type: ignore[union-attr]
            connector._conns.clear()
        with contextlib.suppress(RuntimeError):
            connector._close()

    def _timeout(self, timeout: httpx.Timeout, total: float | None) -> aiohttp.ClientTimeout:
        key = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        found = self._timeouts.get(key)
        if found is None:
            import aiohttp

            found = aiohttp.ClientTimeout(
                total=None, connect=timeout.pool, sock_connect=timeout.connect, sock_read=timeout.read
            )
            self._timeouts[key] = found
        if total is None:
            return found
        # Whole seconds, so the first attempt of every call (the policy's whole deadline) shares one object.
        total_key = (*key, math.ceil(total))
        with_total = self._timeouts.get(total_key)
        if with_total is None:
            with_total = self._timeouts[total_key] = attrs.evolve(found, total=math.ceil(total))
        return with_total

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: httpx.Timeout,
        max_bytes: int,
        total: float | None = None,
    ) -> RawResponse:
        import aiohttp
        import yarl

        session = self._current()
        failure: SendFailure | None = None
        try:
            async with session.request(
                method,
                yarl.URL(url, encoded=True),  # already encoded: parse once, never re-quote
                headers=headers,
                data=body,
                timeout=self._timeout(timeout, total),
                allow_redirects=False,
            ) as answer:
                length = answer.content_length
                if length is not None and length > max_bytes:
                    failure = SendFailure(f"the answer is {length} bytes, over the limit", sent=True, too_large=True)
                elif length is not None and "Content-Encoding" not in answer.headers:
                    # Its size is known and nothing decompresses it: read it whole.
                    return RawResponse(answer.status, answer.headers, await answer.read(), answer.reason or "")
                else:
                    encoding = answer.headers.get("Content-Encoding")
                    content = await read_decoded(answer.content.iter_chunked(READ_CHUNK), encoding, max_bytes)
                    if content is None:
                        answer.close()  # the rest is never read; the connection is not reused
                        failure = SendFailure("the answer is over the size limit", sent=True, too_large=True)
                    else:
                        return RawResponse(answer.status, answer.headers, content, answer.reason or "")
        except zlib.error:
            failure = SendFailure("the answer's body does not match its Content-Encoding", sent=True)
        except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as error:
            failure = classify(error)
        # Raised here, outside the except block, so nothing chains to aiohttp's exception (its
        # request_info holds the request headers, credentials included).
        assert failure is not None
        raise failure

    async def open_stream(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: httpx.Timeout,
        max_bytes: int,
        total: float | None = None,
    ) -> RawResponse:
        """Like `send`, but a 2xx answer's body is left on the wire (see `Sender.open_stream`)."""
        import aiohttp
        import yarl

        session = self._current()
        failure: SendFailure | None = None
        try:
            # The deadline bounds the head only (aiohttp's `total` would bound the whole body).
            async with asyncio.timeout(total):
                answer = await session.request(
                    method,
                    yarl.URL(url, encoded=True),
                    headers=headers,
                    data=body,
                    timeout=self._timeout(timeout, None),
                    allow_redirects=False,
                )
                if 200 <= answer.status < 300:
                    opened = _AiohttpBody(answer)
                    return StreamAnswer(answer.status, answer.headers, b"", answer.reason or "", body=opened)
                return await _read_whole(answer, max_bytes)
        except zlib.error:
            failure = SendFailure("the answer's body does not match its Content-Encoding", sent=True)
        except SendFailure as too_large:
            failure = too_large
        except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as error:
            failure = classify(error)
        raise failure  # outside the except block: nothing chains to aiohttp's exception

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            if self._loop is asyncio.get_running_loop():
                await session.close()
            else:
                self._session = session
                self._abandon()


async def _read_whole(answer: aiohttp.ClientResponse, max_bytes: int) -> RawResponse:
    """An error answer of a stream, read whole and capped as `send` reads it; the connection let go."""
    kept = False
    try:
        length = answer.content_length
        if length is not None and length > max_bytes:
            raise SendFailure(f"the answer is {length} bytes, over the limit", sent=True, too_large=True)
        encoding = answer.headers.get("Content-Encoding")
        content = await read_decoded(answer.content.iter_chunked(READ_CHUNK), encoding, max_bytes)
        if content is None:
            raise SendFailure("the answer is over the size limit", sent=True, too_large=True)
        kept = True
        return RawResponse(answer.status, answer.headers, content, answer.reason or "")
    finally:
        if kept:
            answer.release()
        else:
            answer.close()  # the rest is never read; the connection is not reused


class _AiohttpBody:
    """A streamed answer's body on an aiohttp connection."""

    def __init__(self, answer: aiohttp.ClientResponse) -> None:
        self._answer = answer
        self._ended = False
        self.content_encoding = answer.headers.get("Content-Encoding")

    async def read(self) -> bytes:
        import aiohttp

        failure: SendFailure | None = None
        try:
            # A read that finds data waiting does not suspend; yield once per piece so a fast body
            # cannot keep a cancellation (or the other tasks) waiting.
            await asyncio.sleep(0)
            chunk = await self._answer.content.read(READ_CHUNK)
        except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as error:
            failure = classify(error)
        if failure is not None:
            raise failure  # outside the except block: aiohttp's exception holds the request headers
        if not chunk:
            self._ended = True
        return chunk

    async def aclose(self) -> None:
        # Synchronous underneath, so a cancelled caller still lets go of the connection.
        if self._ended:
            self._answer.release()
        else:
            self._answer.close()  # half read: closed, never handed to the next call
