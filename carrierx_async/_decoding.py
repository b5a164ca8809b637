"""Decoding an answer's `Content-Encoding` with a cap on what comes out, layer by layer.

Both senders read the raw bytes and decode them here, so a small answer that inflates to
gigabytes (gzip inside gzip, say) is stopped once its output passes the cap, before it is held
in memory; neither library's own decoder bounds a single chunk's output.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterable

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


class Decoder:
    """Decodes a stream of raw chunks for one answer, at most `max_bytes` out of every layer."""

    def __init__(self, content_encoding: str | None, max_bytes: int) -> None:
        codings = [part.strip().lower() for part in (content_encoding or "").split(",")]
        codings = [coding for coding in codings if coding and coding != "identity"]
        unknown = [coding for coding in codings if coding not in ("gzip", "x-gzip", "deflate")]
        if unknown:
            raise SendFailure(f"the answer is encoded as {unknown[0]!r}, which was not asked for", sent=True)
        self._layers = [_Layer(coding) for coding in reversed(codings)]  # the last coding applied comes off first
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


async def read_decoded(chunks: AsyncIterable[bytes], content_encoding: str | None, max_bytes: int) -> bytes | None:
    """The whole decoded body of raw `chunks`, or None once any layer of it passes `max_bytes`."""
    decoder = Decoder(content_encoding, max_bytes)
    try:
        async for chunk in chunks:
            decoder.feed(chunk)
        return decoder.finish()
    except TooLarge:
        return None
