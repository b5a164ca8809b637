"""Streamed downloads: a binary or CSV answer read as it arrives, never held whole.

Each download operation has a `stream_*` twin on its resource, returning a `Download`; nothing
is sent until it is entered (or saved):

    async with cx.core.storage.stream_file_data(file_sid) as download:
        async for chunk in download.iter_bytes():
            ...
    written = await cx.core.storage.stream_file_data(file_sid).save("recording.wav")

Up to the answer's head a download is an ordinary call through the one send loop: retries,
credentials and OAuth renewal, the account's rate limit, the deadline, and the usual typed
errors for error statuses (whose small bodies are read whole, capped by `max_response_bytes`).
From then on the body is the caller's: it is never retried, a cut is an `APIConnectionError`
with `may_have_been_sent=True`, each read is bounded by the read timeout rather than the call's
deadline, and it is decoded piece by piece (`StreamDecoder`), so memory stays bounded by the
piece size whatever the body inflates to. `max_download_bytes` caps the decoded total (None,
the default: no cap; set one to bound disk use for bodies you do not trust).
"""

from __future__ import annotations

import contextlib
import os
import zlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

import attrs
import httpx

from ._decoding import StreamDecoder, TooLarge
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    ResponseTooLargeError,
    request_id_of,
    safe_url,
    status_error_class,
)
from ._senders import SendFailure, StreamAnswer

if TYPE_CHECKING:
    from ._auth import Credentials
    from ._channel import Channel
    from ._retry import RetryPolicy

__all__ = ["Download", "DownloadStream"]

SAVE_CHUNK = 1024 * 1024  # what `save()` writes at a time: one worker-thread hop per MiB


class DownloadStream:
    """A successful answer whose body is read as it arrives; read it once, with `iter_bytes()` or `save()`.

    `status_code`, `headers` and `request_id` are known from the start; `bytes_read` counts the
    decoded bytes handed out so far.
    """

    def __init__(self, answer: StreamAnswer, decoder: StreamDecoder, *, operation: str, method: str, url: str) -> None:
        self.status_code = answer.status_code
        self.headers: Mapping[str, str] = answer.headers
        self.reason_phrase = answer.reason_phrase
        self.operation = operation
        self.method = method
        self.url = safe_url(url)
        self._body = answer.body
        self._decoder = decoder
        self._pending: Iterator[bytes] | None = None
        self._ended = False  # the raw body is over
        self._closed = False
        self._reading = False

    def __repr__(self) -> str:
        kind = f" {self.content_type}" if self.content_type else ""
        return f"<DownloadStream {self.operation} {self.status_code}{kind}>"

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.headers)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def content_length(self) -> int | None:
        """The body's size when announced and not compressed on the way (so known before reading)."""
        length = self.headers.get("content-length")
        if length is None or not length.isdigit() or self._body.content_encoding:
            return None
        return int(length)

    @property
    def bytes_read(self) -> int:
        return self._decoder.size

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The decoded body, piece by piece as it arrives (at most 64 KiB each), or in `chunk_size` pieces.

        Memory stays bounded by the piece size (or `chunk_size`); the body can be iterated once.
        """
        if chunk_size is not None and chunk_size < 1:
            raise ConfigurationError(f"{self.operation}: chunk_size must be at least 1")
        if self._reading:
            raise ConfigurationError(f"{self.operation}: the body of a download can be read only once")
        self._reading = True
        return _Chunks(self, chunk_size)

    async def save(self, path: str | os.PathLike[str]) -> int:
        """Write the body to `path` atomically and return the bytes written.

        The body goes to a temporary file next to `path`, which replaces `path` only once the
        whole body is there; on any failure (a cut, a cap, a cancellation) it is removed and
        `path` is left as it was.
        """
        import anyio

        target = Path(path)
        temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")
        file = await anyio.open_file(temporary, "xb")
        saved = False
        try:
            async for chunk in self.iter_bytes(SAVE_CHUNK):
                await file.write(chunk)
            await file.flush()
            await anyio.to_thread.run_sync(os.fsync, file.wrapped.fileno())
            await file.aclose()
            await anyio.to_thread.run_sync(os.replace, temporary, target)
            saved = True
        finally:
            if not saved:  # synchronous: a cancelled save still removes its temporary file
                file.wrapped.close()
                with contextlib.suppress(FileNotFoundError):
                    temporary.unlink()
        return self.bytes_read

    async def aclose(self) -> None:
        """Let go of the connection: back to the pool when the body was read to the end, closed otherwise."""
        if not self._closed:
            self._closed = True
            await self._body.aclose()

    async def _next_piece(self) -> bytes:
        """The next decoded piece; b"" at the end of the body."""
        while True:
            if self._pending is not None:
                problem = None
                try:
                    piece = next(self._pending, b"")
                except TooLarge:
                    problem = self._failure("the body is over max_download_bytes", too_large=True)
                except zlib.error:
                    problem = self._failure("the body does not match its Content-Encoding")
                if problem is not None:
                    await self.aclose()
                    raise problem
                if piece:
                    return piece
                self._pending = None
            if self._ended:
                return b""
            if self._closed:
                raise ConfigurationError(f"{self.operation}: this download is closed; its body can no longer be read")
            cut: SendFailure | None = None
            try:
                raw = await self._body.read()
            except SendFailure as failure:
                cut = failure
            if cut is not None:
                await self.aclose()
                raise self._failure(f"the body was cut off after {self.bytes_read} bytes ({cut.reason})", cut)
            if raw:
                self._pending = self._decoder.decode(raw)
            else:
                self._ended = True
                self._pending = self._decoder.finish()
                await self.aclose()  # read to the end: the connection goes back to the pool

    def _failure(self, reason: str, cut: SendFailure | None = None, *, too_large: bool = False) -> APIConnectionError:
        kind = ResponseTooLargeError if too_large else APITimeoutError if cut and cut.timed_out else APIConnectionError
        return kind(reason, method=self.method, url=self.url, operation=self.operation, may_have_been_sent=True)


class _Chunks:
    """`DownloadStream.iter_bytes()`: an iterator, not a generator, so leaving early leaves nothing to finalise."""

    def __init__(self, stream: DownloadStream, size: int | None) -> None:
        self._stream = stream
        self._size = size
        self._buffer = bytearray()

    def __aiter__(self) -> _Chunks:
        return self

    async def __anext__(self) -> bytes:
        if self._size is None:
            piece = await self._stream._next_piece()
            if not piece:
                raise StopAsyncIteration
            return piece
        while len(self._buffer) < self._size:
            piece = await self._stream._next_piece()
            if not piece:
                break
            self._buffer += piece
        if not self._buffer:
            raise StopAsyncIteration
        chunk = bytes(self._buffer[: self._size])
        del self._buffer[: self._size]
        return chunk


class DownloadCall(NamedTuple):
    """Everything needed to send one download through the send loop."""

    operation: str
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    credentials: Credentials
    timeout: httpx.Timeout
    retry: RetryPolicy | None
    max_bytes: int | None
    scopes: Callable[[], tuple[str, ...]]


class Download:
    """A download not started yet: enter it (`async with`) for a `DownloadStream`, or `save()` it to a file.

    It is used once: call the `stream_*` method again for another download.
    """

    def __init__(self, channel: Channel, call: DownloadCall) -> None:
        self._channel = channel
        self._call = call
        self._stream: DownloadStream | None = None
        self._entered = False

    def __repr__(self) -> str:
        return f"<Download {self._call.operation} {self._call.method} {safe_url(self._call.url)}>"

    async def __aenter__(self) -> DownloadStream:
        if self._entered:
            raise ConfigurationError(f"{self._call.operation}: a Download is used once; call the stream method again")
        self._entered = True
        self._stream = await open_download(self._channel, self._call)
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.aclose()

    async def save(self, path: str | os.PathLike[str]) -> int:
        """Download the body to `path` atomically (see `DownloadStream.save`); the bytes written."""
        async with self as stream:
            return await stream.save(path)


async def open_download(channel: Channel, call: DownloadCall) -> DownloadStream:
    """Send `call` through the send loop and open its answer's body; a typed error for an error status."""
    policy = call.retry or channel.retry
    if any(200 <= status < 300 for status in policy.statuses):  # an answer being streamed is never repeated
        policy = attrs.evolve(policy, statuses=frozenset(status for status in policy.statuses if status >= 300))
    answer = await channel.exchange(
        call.operation,
        call.method,
        call.url,
        call.headers,
        call.body,
        credentials=call.credentials,
        timeout=call.timeout,
        retry=policy,
        stream=True,
    )
    if not isinstance(answer, StreamAnswer):  # an error status (redirects too): its body was read whole
        raise status_error_class(answer.status_code)(
            response=answer, method=call.method, url=call.url, operation=call.operation, required_scopes=call.scopes()
        )
    problem: APIConnectionError | None = None
    try:
        decoder = StreamDecoder(answer.body.content_encoding, call.max_bytes)
        stream = DownloadStream(answer, decoder, operation=call.operation, method=call.method, url=call.url)
        length = stream.content_length
        if call.max_bytes is not None and length is not None and length > call.max_bytes:
            problem = stream._failure(f"the body is {length} bytes, over max_download_bytes", too_large=True)
    except SendFailure as failure:  # a Content-Encoding that was not asked for
        problem = APIConnectionError(
            failure.reason, method=call.method, url=call.url, operation=call.operation, may_have_been_sent=True
        )
    except BaseException:
        await answer.body.aclose()
        raise
    if problem is not None:
        await answer.body.aclose()
        raise problem
    return stream
