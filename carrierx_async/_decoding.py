"""Decoding an answer's `Content-Encoding` with a cap on what comes out, layer by layer.

Both senders read the raw bytes and decode them here, so a small answer that inflates to
gigabytes (gzip inside gzip, say) is stopped once its output passes the cap, before it is held
in memory; neither library's own decoder bounds a single chunk's output. A streamed download
(`StreamDecoder`) is decoded the same way, piece by piece: no piece is larger than a fixed
size, so memory stays bounded however far the body inflates.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterable, Iterator

from ._senders import SendFailure

ACCEPT_ENCODING = "gzip, deflate"  # what the client asks for: exactly what it can decode here


class TooLarge(Exception):
    pass


class _Layer:
    """One gzip or deflate layer; deflate tries the zlib wrapper, then raw deflate, as httpx does."""

    def __init__(self, coding: str) -> None:
        self._gzip = coding in ("gzip", "x-gzip")
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._started = False
        self._head = b""  # a streamed deflate body's first bytes, until there are enough to tell its kind

    def feed(self, data: bytes, limit: int) -> bytes:
        """Inflate `data`, raising `TooLarge` as soon as more than `limit` bytes come out."""
        try:
            out = self._inflate.decompress(data, limit + 1)
        except zlib.error:
            if self._gzip or self._started:
                raise
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # deflate without its zlib wrapper
            out = self._inflate.decompress(data, limit + 1)
        self._started = True
        if len(out) > limit:  # more was left in the layer: past the cap
            raise TooLarge
        return out

    def flush(self, limit: int) -> bytes:
        out = self._inflate.flush()
        if len(out) > limit:
            raise TooLarge
        return out

    def pieces(self, data: bytes, size: int) -> Iterator[bytes]:
        """Inflate `data` in pieces of at most `size` bytes; what does not fit yet waits in zlib."""
        if not self._started and not self._gzip:  # the zlib wrapper or raw deflate: its 2-byte header tells
            self._head += data
            if len(self._head) < 2:
                return
            data, self._head = self._head, b""
        while True:
            try:
                out = self._inflate.decompress(data, size)
            except zlib.error:
                if self._gzip or self._started:
                    raise
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # deflate without its zlib wrapper
                out = self._inflate.decompress(data, size)
            self._started = True
            if out:
                yield out
            data = self._inflate.unconsumed_tail
            if not data and len(out) < size:  # a full piece may have left more inside zlib
                return

    def end(self) -> bytes:
        """What the layer still holds once its input is over; a gzip member must be complete."""
        if self._gzip and not self._inflate.eof:
            raise zlib.error("the gzip body ended before its end marker")
        return self._inflate.flush()


class Decoder:
    """Decodes a stream of raw chunks for one answer, at most `max_bytes` out of every layer."""

    def __init__(self, content_encoding: str | None, max_bytes: int) -> None:
        self._layers = [_Layer(coding) for coding in reversed(codings_of(content_encoding))]  # last applied, first off
        self._max = max_bytes
        self._size = 0
        self._chunks: list[bytes] = []

    def feed(self, chunk: bytes) -> None:
        self._keep(self._through(chunk, 0))

    def _through(self, data: bytes, first: int) -> bytes:
        for layer in self._layers[first:]:
            data = layer.feed(data, self._max)
        return data

    def _keep(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._max:
            raise TooLarge
        if chunk:
            self._chunks.append(chunk)

    def finish(self) -> bytes:
        """The whole decoded body (what each layer still held comes out through the layers after it)."""
        for index, layer in enumerate(self._layers):
            tail = layer.flush(self._max)
            if tail:
                self._keep(self._through(tail, index + 1))
        return b"".join(self._chunks)


class StreamDecoder:
    """Decodes a streamed answer chunk by chunk, in pieces of at most `piece_size` bytes.

    However much a chunk inflates to (a gzip bomb), each layer hands on at most one piece at a
    time, so memory stays bounded by the piece size. `max_bytes` caps the decoded total
    (`TooLarge` past it); None: no cap.
    """

    def __init__(self, content_encoding: str | None, max_bytes: int | None, piece_size: int = 64 * 1024) -> None:
        self._layers = [_Layer(coding) for coding in reversed(codings_of(content_encoding))]
        self._max = max_bytes
        self._piece = piece_size
        self.size = 0  # decoded bytes handed out so far

    def decode(self, chunk: bytes) -> Iterator[bytes]:
        """The decoded pieces of one raw chunk."""
        return self._through(chunk, 0)

    def finish(self) -> Iterator[bytes]:
        """The pieces the layers still hold once the raw body is over (each through the layers after it)."""
        for index, layer in enumerate(self._layers):
            tail = layer.end()
            if tail:
                yield from self._through(tail, index + 1)

    def _through(self, data: bytes, first: int) -> Iterator[bytes]:
        if first == len(self._layers):
            yield from self._count(data)
            return
        for piece in self._layers[first].pieces(data, self._piece):
            yield from self._through(piece, first + 1)

    def _count(self, data: bytes) -> Iterator[bytes]:
        for start in range(0, len(data), self._piece):  # an identity body's chunk can be any size
            piece = data[start : start + self._piece] if len(data) > self._piece else data
            self.size += len(piece)
            if self._max is not None and self.size > self._max:
                raise TooLarge
            yield piece


def codings_of(content_encoding: str | None) -> list[str]:
    """The codings of a `Content-Encoding` value in the order applied; `SendFailure` for one not asked for."""
    codings = [part.strip().lower() for part in (content_encoding or "").split(",")]
    codings = [coding for coding in codings if coding and coding != "identity"]
    unknown = [coding for coding in codings if coding not in ("gzip", "x-gzip", "deflate")]
    if unknown:
        raise SendFailure(f"the answer is encoded as {unknown[0]!r}, which was not asked for", sent=True)
    return codings


async def read_decoded(chunks: AsyncIterable[bytes], content_encoding: str | None, max_bytes: int) -> bytes | None:
    """The whole decoded body of raw `chunks`, or None once any layer of it passes `max_bytes`."""
    decoder = Decoder(content_encoding, max_bytes)
    try:
        async for chunk in chunks:
            decoder.feed(chunk)
        return decoder.finish()
    except TooLarge:
        return None
