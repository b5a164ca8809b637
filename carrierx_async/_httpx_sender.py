"""The httpx sender: trio, a transport or `httpx.AsyncClient` of the caller's, respx.

Requests are sent exactly as the aiohttp sender sends them: the URL already encoded, the body
already encoded, the same headers. Redirects are never followed.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import AsyncIterator, Callable, Mapping

import anyio
import httpx

from ._decoding import read_decoded
from ._errors import ConfigurationError, RawResponse
from ._senders import SendFailure, StreamAnswer


def classify(error: BaseException) -> SendFailure:
    """What an httpx (or OS) exception says about the request.

    Decided from what really failed: a caller's transport built on aiohttp (httpx-aiohttp)
    reports a connection the server dropped *after reading the request* as
    `httpx.ConnectTimeout`, so the httpx class alone is not evidence.
    """
    cause: BaseException | None = error.__cause__ or error.__context__
    while cause is not None:
        if type(cause).__module__.startswith("aiohttp"):
            from ._aiohttp_sender import classify as classify_aiohttp

            return classify_aiohttp(cause)
        cause = cause.__cause__ or cause.__context__
    name = type(error).__name__
    if isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout):
        return SendFailure(f"timed out connecting ({name})", sent=False, timed_out=True)
    if isinstance(error, httpx.ConnectError):
        return SendFailure(f"could not connect ({name})", sent=False)
    if isinstance(error, httpx.TimeoutException | TimeoutError):
        return SendFailure(f"timed out waiting for the answer ({name})", sent=True, timed_out=True)
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return SendFailure(f"the URL is not valid ({name})", sent=False)
    return SendFailure(f"the connection failed after the request was sent ({name})", sent=True)


class HttpxSender:
    """Sends with an `httpx.AsyncClient`: ours (built on `transport`) or the caller's own.

    With our own pool (`_httpx_pool.ShardedPool`), no more requests enter it than it has
    connections: a call waits for a free connection here, where the wait counts against its
    deadline and a call that never got a connection says it was not sent.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        owned: bool,
        admit: int | None = None,
        reopen: Callable[[], httpx.AsyncClient] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._client = client
        self._headers = dict(headers or {})  # the client's own, sent with every request
        self._owned = owned
        self._admit = admit
        self._reopen = reopen
        self._gate: anyio.Semaphore | None = None
        self._loop: object = None

    @classmethod
    def with_transport(
        cls,
        make_transport: Callable[[], httpx.AsyncBaseTransport],
        *,
        admit: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> HttpxSender:
        """Our own pool: a new event loop gets a new one from `make_transport`."""

        def reopen() -> httpx.AsyncClient:
            return httpx.AsyncClient(transport=make_transport(), follow_redirects=False)

        return cls(reopen(), owned=True, admit=admit, reopen=reopen, headers=headers)

    @classmethod
    def on_callers_transport(
        cls, transport: httpx.AsyncBaseTransport, *, headers: Mapping[str, str] | None = None
    ) -> HttpxSender:
        """A caller's transport: its connections are its own, so it is never rebound."""
        return cls(httpx.AsyncClient(transport=transport, follow_redirects=False), owned=True, headers=headers)

    def _bind(self) -> None:
        """Pooled connections belong to the event loop that opened them: follow the caller's loop."""
        loop = _current_loop()
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            if self._reopen is None:
                raise ConfigurationError(
                    "this client's transport (or http_client) was first used on another event loop, and its "
                    "connections belong to that loop: make the client and its transport on the loop that uses them"
                )
            self._client, self._gate, self._loop = self._reopen(), None, loop  # the old pool died with its loop

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
        self._bind()
        gate = self._gate
        if self._admit is not None and gate is None:
            gate = self._gate = anyio.Semaphore(self._admit)
        started = anyio.current_time()
        if gate is not None:
            failure: SendFailure | None = None
            try:
                # Waiting for a free connection counts against the call's deadline too.
                with anyio.fail_after(total) if total is not None else contextlib.nullcontext():
                    await gate.acquire()
            except TimeoutError:
                failure = SendFailure("timed out waiting for a free connection", sent=False, timed_out=True)
            if failure is not None:
                raise failure
        handed_over = False  # a streamed body keeps the admission until it is closed
        try:
            left = None if total is None else total - (anyio.current_time() - started)
            answer = await self._attempt(method, url, headers, body, timeout, max_bytes, left, stream, gate)
            handed_over = isinstance(answer, StreamAnswer)
            return answer
        finally:
            if gate is not None and not handed_over:
                gate.release()

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

        With our own pool, the admission a streamed answer took is held until its body is closed:
        it holds a connection that long.
        """
        return await self.send(method, url, headers, body, timeout, max_bytes, total, stream=True)

    async def _attempt(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: httpx.Timeout,
        max_bytes: int,
        total: float | None,
        stream: bool,
        gate: anyio.Semaphore | None,
    ) -> RawResponse:
        failure: SendFailure | None = None
        request = self._client.build_request(
            method, url, headers={**self._headers, **headers}, content=body, timeout=timeout
        )
        try:
            with anyio.fail_after(total) if total is not None else contextlib.nullcontext():
                # Our own client never follows redirects; a caller's follows its own setting (httpx
                # drops the Authorization header when a redirect leaves the origin).
                response = await self._client.send(request, stream=True)
                if stream and 200 <= response.status_code < 300:
                    opened = _HttpxBody(response, gate)
                    return StreamAnswer(
                        response.status_code, response.headers, b"", response.reason_phrase, body=opened
                    )
                try:
                    return await _read_whole(response, max_bytes)
                finally:
                    with anyio.CancelScope(shield=True):
                        await response.aclose()
        except zlib.error:
            failure = SendFailure("the answer's body does not match its Content-Encoding", sent=True)
        except SendFailure as too_large:
            failure = too_large
        except (httpx.HTTPError, OSError, TimeoutError) as error:
            failure = classify(error)
        raise failure  # outside the except block: nothing chains to the library's exception

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()


async def _read_whole(response: httpx.Response, max_bytes: int) -> RawResponse:
    """The whole answer, decoded and within `max_bytes`; `SendFailure` when it is larger."""
    length = response.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > max_bytes:
        raise SendFailure(f"the answer is {length} bytes, over the limit", sent=True, too_large=True)
    if response.is_stream_consumed:  # built already read (httpx.MockTransport, respx): decoded by httpx
        content = response.content if len(response.content) <= max_bytes else None
    else:
        content = await read_decoded(response.aiter_raw(), response.headers.get("Content-Encoding"), max_bytes)
    if content is None:
        raise SendFailure("the answer is over the size limit", sent=True, too_large=True)
    return RawResponse(response.status_code, response.headers, content, response.reason_phrase)


class _HttpxBody:
    """A streamed answer's body on an httpx response (and the pool admission it holds, if any)."""

    def __init__(self, response: httpx.Response, gate: anyio.Semaphore | None) -> None:
        self._response = response
        self._gate = gate
        self._closed = False
        self._raw: AsyncIterator[bytes] | None = None
        if response.is_stream_consumed:  # built already read (httpx.MockTransport, respx): decoded by httpx
            self.content_encoding: str | None = None
            self._whole: bytes | None = response.content
        else:
            self.content_encoding = response.headers.get("Content-Encoding")
            self._whole = None

    async def read(self) -> bytes:
        if self._whole is not None:
            chunk, self._whole = self._whole, b""
            return chunk
        if self._raw is None:
            self._raw = self._response.aiter_raw()
        failure: SendFailure | None = None
        try:
            return await anext(self._raw)
        except StopAsyncIteration:
            return b""
        except (httpx.HTTPError, httpx.StreamError, OSError, TimeoutError) as error:
            failure = classify(error)
        raise failure  # outside the except block: nothing chains to the library's exception

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            with anyio.CancelScope(shield=True):  # a cancelled caller still lets go of the connection
                # Another task may be inside a read (closing it under that task's feet): then
                # closing the response ends that read.
                if self._raw is not None and not getattr(self._raw, "ag_running", False):
                    await self._raw.aclose()  # type: ignore[attr-defined]
                await self._response.aclose()  # half read: httpcore closes the connection
        finally:
            if self._gate is not None:
                self._gate.release()


def _current_loop() -> object:
    """The running event loop (asyncio) or run (trio), as an identity."""
    import sniffio

    if sniffio.current_async_library() == "trio":
        import trio

        return trio.lowlevel.current_trio_token()
    import asyncio

    return asyncio.get_running_loop()
