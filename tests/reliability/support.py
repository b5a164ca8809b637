"""Shared helpers of the reliability suite: a raw loopback HTTP server, server-side gauges, pool probes."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import gc
import inspect
import json
import ssl
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from carrierx_async import CarrierX
from carrierx_async._aiohttp_sender import AiohttpSender

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]


# --- a raw HTTP/1.1 server on loopback ------------------------------------------------------------


@dataclass
class Received:
    """One request as it arrived on the wire."""

    method: str
    target: str  # the request-target exactly as sent (path and query, still percent-encoded)
    headers: dict[str, str]  # lower-case names
    body: bytes
    host: str  # the address the connection was accepted on
    connection: int = 0  # which connection it came on: 1 for the server's first, 2 for the next, ...

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def query(self) -> str:
        return self.target.partition("?")[2]


class Close(bytes):
    """An answer after which the server closes the connection (a body shorter than announced, say)."""


@dataclass
class Stream:
    """An answer written piece by piece, `pause` seconds before each piece; then the server hangs up.

    `written` counts the bytes the client accepted before it went away (a large answer it refused,
    say); `pieces` may be a generator, so a huge answer never sits in memory.
    """

    pieces: Iterable[bytes]
    pause: float = 0.0
    written: int = 0


Answer = bytes | Stream | None  # the whole HTTP response (`Close(...)`: then hang up); None: hang up without answering
Handler = Callable[[Received], Answer | Awaitable[Answer]]


def http_response(
    status: int = 200,
    body: bytes | str | Any = b"",
    *,
    content_type: str | None = "application/json",
    headers: tuple[tuple[str, str], ...] = (),
    content_length: int | None = None,
    reason: str = "Whatever",
) -> bytes:
    """A complete HTTP/1.1 response; `body` that is not bytes/str is JSON-encoded."""
    if isinstance(body, str):
        payload = body.encode()
    elif isinstance(body, bytes):
        payload = body
    else:
        payload = json.dumps(body).encode()
    lines = [f"HTTP/1.1 {status} {reason}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {len(payload) if content_length is None else content_length}")
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload


class RawServer:
    """An HTTP/1.1 server on a loopback address that records every request and answers raw bytes.

    Nothing is normalised on the way in (the request-target is kept as sent), and the handler
    decides every byte of the answer, so malformed, truncated or lying answers are easy to make.
    """

    def __init__(self, handler: Handler, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.host = host
        self.tls = tls
        self.received: list[Received] = []
        self._server: asyncio.Server | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self.accepted = 0  # connections accepted so far
        self.peak_connections = 0  # the most connections open at once

    @property
    def open_connections(self) -> int:
        """Connections open now (the server closes its side as soon as the client closes its own)."""
        return len(self._connections)

    @property
    def base_url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        return f"http://{self.host}:{port}"

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, self.host, 0, limit=1 << 20, ssl=self.tls)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for task, writer in self._connections.items():
            writer.close()
            task.cancel()  # a handler may be waiting forever on purpose
        await asyncio.gather(*self._connections, return_exceptions=True)
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        self.accepted += 1
        connection = self.accepted
        self.peak_connections = max(self.peak_connections, len(self._connections))
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers: dict[str, str] = {}
                for line in filter(None, header_lines):
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                received = Received(method, target, headers, body, self.host, connection)
                self.received.append(received)
                answer = self.handler(received)
                if inspect.isawaitable(answer):
                    answer = await answer
                if answer is None:
                    return  # drop the connection without a word
                if isinstance(answer, Stream):
                    for piece in answer.pieces:
                        if answer.pause:
                            await asyncio.sleep(answer.pause)
                        writer.write(piece)
                        await writer.drain()
                        answer.written += len(piece)
                    return
                writer.write(answer)
                await writer.drain()
                if isinstance(answer, Close):
                    return
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ssl.SSLError):
            pass
        except asyncio.CancelledError:
            pass  # the server is closing; ending normally keeps asyncio from reporting the cancelled task
        finally:
            self._connections.pop(task, None)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


@contextlib.asynccontextmanager
async def raw_server(
    handler: Handler, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None
) -> AsyncIterator[RawServer]:
    async with RawServer(handler, host, tls) as server:
        yield server


class ServerThread:
    """A `RawServer` on its own event loop in a thread of its own, used as a (sync) context manager.

    For clients that run on trio, or on several successive `asyncio.run()` loops: the server
    must outlive, and never share, the client's event loop. The handler runs on the server's loop.
    """

    def __init__(self, handler: Handler, host: str = "127.0.0.1") -> None:
        self.server = RawServer(handler, host)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="raw-server", daemon=True)

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def received(self) -> list[Received]:
        return self.server.received

    def __enter__(self) -> ServerThread:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.__aenter__(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            asyncio.run_coroutine_threadsafe(self.server.__aexit__(), self._loop).result(10)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._loop.close()


# --- watching the fake server from the test ---------------------------------------------------


class ServerGauge:
    """ASGI middleware counting requests in flight and finished, with thresholds a test can await.

    The server runs in another thread; waiters are woken with `call_soon_threadsafe`, so a test
    synchronises on what the server actually did instead of sleeping.
    """

    def __init__(self, app: ASGIApp, *, tally_header: str | None = None) -> None:
        self.app = app
        self.tally_header = tally_header.lower().encode() if tally_header else None
        self.tally: collections.Counter[str] = collections.Counter()  # requests per value of that header
        self.in_flight = 0
        self.started = 0
        self.finished = 0
        self.paths: collections.Counter[tuple[str, str]] = collections.Counter()  # (method, path) started
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._waiters: list[tuple[Callable[[ServerGauge], bool], asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def __getattr__(self, name: str) -> Any:  # counters, faults, ... of the wrapped app
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.tally_header is not None:
            for name, value in scope["headers"]:
                if name == self.tally_header:
                    self.tally[value.decode("latin-1")] += 1
        self._change(started=1, in_flight=1, path=(scope["method"], scope["path"]))
        try:
            await self.app(scope, receive, send)
        finally:
            self._change(finished=1, in_flight=-1)

    def _change(self, path: tuple[str, str] | None = None, **deltas: int) -> None:
        with self._lock:
            if path is not None:
                self.paths[path] += 1
            for name, delta in deltas.items():
                setattr(self, name, getattr(self, name) + delta)
            ready = [waiter for waiter in self._waiters if waiter[0](self)]
            for waiter in ready:
                self._waiters.remove(waiter)
            if self.in_flight == 0:
                self._idle.notify_all()
        for _, loop, future in ready:
            loop.call_soon_threadsafe(_resolve, future)

    async def until(self, condition: Callable[[ServerGauge], bool]) -> None:
        """Wait until `condition(gauge)` holds."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if condition(self):
                return
            self._waiters.append((condition, loop, future))
        await future

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until no request is being handled (for the server's late, post-timeout work)."""
        with self._lock:
            return self._idle.wait_for(lambda: self.in_flight == 0, timeout)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


# --- probing the client's pool -------------------------------------------------------------------


def lean_connector(cx: CarrierX) -> Any:
    """The aiohttp connector of the default client's lean path (opened by its first call)."""
    sender = cx._channel._aiohttp
    assert isinstance(sender, AiohttpSender), "not the default client, or nothing sent on asyncio yet"
    session = sender._session
    assert session is not None, "the lean path has not sent anything yet"
    return session.connector


def acquired(cx: CarrierX) -> int:
    """Connections currently handed out to requests (0 when every call has let go of its own)."""
    return len(lean_connector(cx)._acquired)


def idle(cx: CarrierX) -> int:
    """Kept-alive connections waiting in the pool."""
    return sum(len(connections) for connections in lean_connector(cx)._conns.values())


def live(kind: type) -> int:
    """Objects of a class still alive after a full collection."""
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, kind))


@dataclass
class LoopProblems:
    """What asyncio reported through its exception handler while installed."""

    contexts: list[dict[str, Any]] = field(default_factory=list)

    def messages(self) -> list[str]:
        return [f"{context.get('message')}: {context.get('exception')!r}" for context in self.contexts]


@contextlib.contextmanager
def loop_problems() -> Iterator[LoopProblems]:
    """Record what asyncio would report ("Unclosed client session", "Task exception was never retrieved", ...)."""
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    found = LoopProblems()
    loop.set_exception_handler(lambda _, context: found.contexts.append(context))
    try:
        yield found
    finally:
        loop.set_exception_handler(previous)
