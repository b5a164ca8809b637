"""The capped decoders: a whole answer (`read_decoded`) and a streamed one (`StreamDecoder`)."""

from __future__ import annotations

import gzip
import itertools
import zlib
from collections.abc import AsyncIterator, Callable, Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carrierx_async._decoding import StreamDecoder, TooLarge, read_decoded
from carrierx_async._senders import SendFailure

PIECE = 1024


def deflate_raw(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "deflate (raw)": deflate_raw,
    "gzip, gzip": lambda data: gzip.compress(gzip.compress(data)),
    "deflate, gzip": lambda data: gzip.compress(zlib.compress(data)),
    "identity": lambda data: data,
}


def header(name: str) -> str:
    return "deflate" if name == "deflate (raw)" else name


def stream(decoder: StreamDecoder, chunks: Iterable[bytes]) -> list[bytes]:
    pieces = [piece for chunk in chunks for piece in decoder.decode(chunk)]
    return pieces + list(decoder.finish())


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(data), *(cut % (len(data) + 1) for cut in cuts)})
    return [data[start:end] for start, end in itertools.pairwise(points)]


@settings(max_examples=300, deadline=None)
@given(
    data=st.binary(max_size=4000) | st.integers(0, 50_000).map(lambda size: b"a" * size),
    encoding=st.sampled_from(sorted(ENCODERS)),
    cuts=st.lists(st.integers(0, 100_000), max_size=8),
)
def test_a_stream_decodes_to_what_the_whole_body_decodes_to_however_it_is_cut(
    data: bytes, encoding: str, cuts: list[int]
) -> None:
    encoded = ENCODERS[encoding](data)
    pieces = stream(StreamDecoder(header(encoding), None, PIECE), split(encoded, cuts))
    assert b"".join(pieces) == data
    assert all(0 < len(piece) <= PIECE for piece in pieces)


async def chunks_of(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def test_the_whole_body_decoder_agrees() -> None:
    data = b"the same bytes " * 1000
    assert await read_decoded(chunks_of(gzip.compress(data)), "gzip", len(data)) == data
    assert await read_decoded(chunks_of(gzip.compress(data)), "gzip", len(data) - 1) is None


def test_a_small_chunk_that_inflates_a_lot_comes_out_in_bounded_pieces() -> None:
    bomb = gzip.compress(gzip.compress(b"\0" * (64 << 20)))  # 64 MiB inside two layers: a few kB
    decoder = StreamDecoder("gzip, gzip", None, 64 * 1024)
    total = largest = 0
    for piece in stream(decoder, [bomb]):
        total += len(piece)
        largest = max(largest, len(piece))
    assert total == decoder.size == 64 << 20
    assert largest == 64 * 1024


def test_the_cap_stops_decoding_once_passed() -> None:
    decoder = StreamDecoder("gzip", 10_000, PIECE)
    with pytest.raises(TooLarge):
        stream(decoder, [gzip.compress(b"x" * 20_000)])
    assert decoder.size <= 10_000 + PIECE


def test_an_identity_chunk_larger_than_a_piece_is_cut_into_pieces() -> None:
    pieces = stream(StreamDecoder(None, None, PIECE), [b"y" * (3 * PIECE + 1)])
    assert [len(piece) for piece in pieces] == [PIECE, PIECE, PIECE, 1]


def test_a_gzip_body_cut_short_is_an_error_not_a_shorter_file() -> None:
    encoded = gzip.compress(b"z" * 10_000)
    with pytest.raises(zlib.error):
        stream(StreamDecoder("gzip", None, PIECE), [encoded[:-5]])


def test_an_encoding_not_asked_for_is_refused() -> None:
    with pytest.raises(SendFailure, match="'br'"):
        StreamDecoder("br", None)
