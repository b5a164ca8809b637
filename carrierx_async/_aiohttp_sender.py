"""The asyncio sender: one aiohttp session per client, bound to the event loop that uses it.

httpx's own pool slows down as concurrency rises (995 → 348 req/s from 1 to 100 in flight on
loopback); aiohttp's does not, so it is the default on asyncio.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
import zlib
from collections.abc import Mapping

import aiohttp
import httpx
import sniffio
import yarl
from aiohttp import hdrs

from ._aiohttp_connector import connector_for
from ._aiohttp_watchdog import Deadline, Watchdog
from ._decoding import read_decoded
from ._errors import RawResponse
from ._senders import SendFailure, StreamAnswer

READ_CHUNK = 64 * 1024


def classify(error: BaseException) -> SendFailure:
    """What an aiohttp (or OS) exception says about the request."""
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


class _Request(aiohttp.ClientRequest):
    """aiohttp's request, copying the headers it is given in one step.

    aiohttp adds headers one at a time, then the ones it fills in when missing; every request
    the send loop makes already has them all (the client's own and the call's, merged by the
    session), none of them Host (refused by `check_headers`).
    """

    def update_headers(self, headers: aiohttp.typedefs.LooseHeaders | None) -> None:
        super().update_headers(None)  # Host only
        if headers:
            self.headers.extend(headers)

    def update_auto_headers(self, skip_auto_headers: object) -> None:
        present = self.headers
        if (
            skip_auto_headers is None
            and hdrs.USER_AGENT in present
            and hdrs.ACCEPT in present
            and hdrs.ACCEPT_ENCODING in present
        ):
            return
        super().update_auto_headers(skip_auto_headers)  # type: ignore[arg-type]


class AiohttpSender:
    """Sends with one lazily opened aiohttp session, sized like the client's pool limits."""

    def __init__(
        self, *, limits: httpx.Limits, verify: bool | ssl.SSLContext, headers: Mapping[str, str] | None = None
    ) -> None:
        self._limits = limits
        self._headers = dict(headers or {})  # the client's own, sent with every request
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = 0  # the thread the loop ran in when last checked
        self._watchdog: Watchdog | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        self._last_timeout: tuple[httpx.Timeout | None, aiohttp.ClientTimeout] = (None, aiohttp.ClientTimeout())

    def _open(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        self._watchdog = Watchdog(loop)
        connector = connector_for(
            self._watchdog,
            max_idle=self._limits.max_keepalive_connections,
            limit=self._limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._verify,  # True: verify with the default context; an SSLContext: that one
        )
        # The body is decoded by our own capped decoder (_decoding.py), the same on both senders.
        # No cookie jar: CarrierX authenticates every request by its headers, and a jar costs
        # each request a lookup.
        session = aiohttp.ClientSession(
            connector=connector,
            headers=self._headers,  # a call's own headers are added to these (and win over them)
            request_class=_Request,
            auto_decompress=False,
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(total=None),
        )
        # aiohttp silently repeats an idempotent request once on a dropped pooled connection;
        # the send loop's RetryPolicy must be the only retry budget.
        session._retry_connection = False
        return session

    def bound_to_running_loop(self) -> bool:
        """Whether this sender's session belongs to the running event loop (False on trio).

        Asked on every call, so it avoids `asyncio.get_running_loop()`, which on Python 3.11
        makes a getpid system call: the bound loop is the running one when it is running in
        this thread (a thread runs one loop at a time) and no trio task is asking.
        """
        loop = self._loop
        return (
            loop is not None
            and self._thread == threading.get_ident()
            and loop.is_running()
            and sniffio.thread_local.name is None  # trio (guest or not) names itself here while it runs
            and sniffio.current_async_library_cvar.get() is None
        )

    def bind(self) -> None:
        """Make the session the running event loop's, opening one (or a new one) if need be.

        The send loop calls it when `bound_to_running_loop()` is False, before `send`.
        """
        loop = asyncio.get_running_loop()
        if self._session is not None and self._loop is not loop:
            self._abandon()  # first used on another event loop (now gone or elsewhere): rebind
        if self._session is None:
            self._session = self._open(loop)
            self._loop = loop
        self._thread = threading.get_ident()

    def _abandon(self) -> None:
        """Drop a session whose event loop is not this one; its sockets belong to that loop."""
        session, loop, watchdog = self._session, self._loop, self._watchdog
        self._session, self._loop, self._watchdog = None, None, None
        if loop is not None and loop.is_running():
            # Still running, in another thread: that loop closes its own session and timer.
            if watchdog is not None:
                loop.call_soon_threadsafe(watchdog.close)
            if session is not None:
                asyncio.run_coroutine_threadsafe(session.close(), loop)
            return
        if watchdog is not None:
            watchdog.close()
        if session is None:
            return
        connector = session.connector
        session.detach()
        if connector is None:
            return
        # The loop is closed, or stopped and perhaps never run again: close the pooled sockets
        # themselves, since their transports' callbacks may never run.
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

    def _timeout(self, timeout: httpx.Timeout) -> aiohttp.ClientTimeout:
        """The per-phase limits; `sock_read` is kept by the watchdog (see `WatchedHandler`)."""
        if timeout is self._last_timeout[0]:  # calls of one section share one Timeout
            return self._last_timeout[1]
        key = (timeout.connect, timeout.read, timeout.pool)
        found = self._timeouts.get(key)
        if found is None:
            found = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None, connect=timeout.pool, sock_connect=timeout.connect, sock_read=timeout.read
            )
        self._last_timeout = (timeout, found)
        return found

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: httpx.Timeout,
        max_bytes: int,
        total: float | None = None,
        *,
        stream: bool = False,
    ) -> RawResponse:
        """One attempt; the send loop has bound the session to the running loop (`bind`)."""
        session, watchdog = self._session, self._watchdog
        if session is None or watchdog is None:
            raise SendFailure("the client was closed before this request was sent", sent=False)
        failure: SendFailure | None = None
        try:
            with Deadline(watchdog, total) as deadline:
                answer = await session.request(
                    method,
                    yarl.URL(url, encoded=True),  # already encoded: parse once, never re-quote
                    headers=headers,
                    data=body,
                    timeout=self._timeout(timeout),
                    allow_redirects=False,
                )
                if stream and 200 <= answer.status < 300:
                    return StreamAnswer(
                        answer.status, answer.headers, b"", answer.reason or "", body=_AiohttpBody(answer)
                    )
                try:
                    length = answer.content_length
                    if length is not None and length <= max_bytes and "Content-Encoding" not in answer.headers:
                        # Its size is known and allowed, and nothing decompresses it: read it whole.
                        kept: RawResponse | SendFailure = RawResponse(
                            answer.status, answer.headers, await answer.read(), answer.reason or ""
                        )
                    else:
                        kept = await _read_capped(answer, length, max_bytes)
                finally:
                    if body is None:
                        answer.release()
                    else:
                        await answer.wait_for_close()  # an upload's body writer is done with first
                if isinstance(kept, RawResponse):
                    return kept
                failure = kept
            if deadline.expired:
                failure = SendFailure(
                    "timed out: the call's deadline passed before the answer came", sent=True, timed_out=True
                )
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
        """Like `send`, but a 2xx answer's body is left on the wire (see `Sender.open_stream`).

        The deadline bounds the answer's head only; the body's reads are bounded by the read timeout.
        """
        return await self.send(method, url, headers, body, timeout, max_bytes, total, stream=True)

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            if self._loop is asyncio.get_running_loop():
                await session.close()
            else:
                self._session = session
                self._abandon()


async def _read_capped(answer: aiohttp.ClientResponse, length: int | None, max_bytes: int) -> RawResponse | SendFailure:
    """An answer too large, compressed or of unknown length: decoded as it comes, within `max_bytes`."""
    if length is not None and length > max_bytes:
        return SendFailure(f"the answer is {length} bytes, over the limit", sent=True, too_large=True)
    encoding = answer.headers.get("Content-Encoding")
    content = await read_decoded(answer.content.iter_chunked(READ_CHUNK), encoding, max_bytes)
    if content is None:
        answer.close()  # the rest is never read; the connection is not reused
        return SendFailure("the answer is over the size limit", sent=True, too_large=True)
    return RawResponse(answer.status, answer.headers, content, answer.reason or "")


class _AiohttpBody:
    """A streamed answer's body on an aiohttp connection."""

    def __init__(self, answer: aiohttp.ClientResponse) -> None:
        self._answer = answer
        self._ended = False
        self.content_encoding = answer.headers.get("Content-Encoding")

    async def read(self) -> bytes:
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
