"""Streamed downloads against misbehaving servers, on every runner: aiohttp and httpx on asyncio, and trio.

A streamed download is an ordinary call up to the answer's head (retries, OAuth renewal, typed
errors), then a body read as it arrives: in bounded memory, never retried, cut bodies and
cancellations leave no connection behind and no file half written.
"""

from __future__ import annotations

import gzip
import random
import re
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from carrierx_async import (
    APIConnectionError,
    AuthenticationError,
    CarrierX,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    ResponseTooLargeError,
    RetryPolicy,
)
from tests.conftest import SENDERS

from .support import Answer, Handler, RawServer, Received, ServerThread, Stream, acquired, http_response, idle
from .test_wave2 import (
    CREDENTIALS,
    MB,
    NO_RETRY_WAIT,
    RUNNERS,
    TOKEN_PATH,
    api_requests,
    client,
    credentials,
    did,
    gzip_of_spaces,
    raised,
    run,
    secrets_in,
    spaces,
    with_token_endpoint,
)

DATA_PATH = "/core/v2/storage/files/f1/data"
PIECE = 64 * 1024  # the largest piece a stream hands out


def head(length: int | None, *, encoding: str | None = None) -> bytes:
    """The head of a 200 download: an announced length, or none (the body ends when the server hangs up)."""
    lines = ["HTTP/1.1 200 OK", "Content-Type: application/octet-stream"]
    lines.append(f"Content-Length: {length}" if length is not None else "Connection: close")
    if encoding:
        lines.append(f"Content-Encoding: {encoding}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def pieces_of(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def big_download(size: int) -> Stream:
    """`size` bytes of spaces with their length announced, written piece by piece (never held whole)."""
    return Stream(pieces_of(head(size), spaces(size)))


def on(server: ServerThread, options: dict[str, Any], **more: Any) -> CarrierX:
    """A client with a fixed token on `server`, with the runner's sender options."""
    return CarrierX(base_url=server.base_url, **credentials("token"), **options, **more)


def body_of(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def download(body: bytes) -> bytes:
    return http_response(200, body, content_type="application/octet-stream")


async def count(cx: CarrierX, **options: Any) -> tuple[int, int, int]:
    """Stream the file: (bytes, largest piece, the most memory Python held above where it started)."""
    total = largest = 0
    async with cx.core.storage.stream_file_data("f1", **options) as stream:
        tracemalloc.reset_peak()
        baseline = tracemalloc.get_traced_memory()[0]
        async for piece in stream.iter_bytes():
            total += len(piece)
            largest = max(largest, len(piece))
        peak = tracemalloc.get_traced_memory()[1] - baseline
    return total, largest, peak


@pytest.fixture
def traced() -> Iterator[None]:
    tracemalloc.start()
    try:
        yield
    finally:
        tracemalloc.stop()


# --- a body larger than max_response_bytes, in bounded memory ------------------------------------


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.usefixtures("traced")
def test_a_body_far_larger_than_max_response_bytes_streams_in_bounded_memory(runner: str) -> None:
    answer = big_download(64 * MB)
    with ServerThread(lambda _: answer) as server:

        async def stream(options: dict[str, Any]) -> tuple[int, int, int]:
            async with on(server, options, max_response_bytes=MB) as cx:
                return await count(cx)

        total, largest, peak = run(runner, stream)
    assert total == 64 * MB
    assert largest <= PIECE
    assert peak < 4 * MB, f"Python held {peak // 1024} KiB more while streaming 64 MiB"


@pytest.mark.parametrize("sender", SENDERS)
async def test_the_whole_body_method_is_still_capped(sender: str) -> None:
    server = RawServer(lambda _: download(body_of(2 * MB)))
    async with server, client(server.base_url, sender, max_response_bytes=MB) as cx:
        with pytest.raises(ResponseTooLargeError):
            await cx.core.storage.download_file_data("f1")


# --- gzip: decoded piece by piece; a bomb stays bounded -----------------------------------------


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.usefixtures("traced")
def test_a_gzip_body_is_decoded_piece_by_piece_in_bounded_memory(runner: str) -> None:
    encoded = gzip_of_spaces(128 * MB)  # 128 MiB of spaces in about 130 kB
    answer = head(len(encoded), encoding="gzip") + encoded
    with ServerThread(lambda _: answer) as server:

        async def stream(options: dict[str, Any]) -> tuple[int, int, int]:
            async with on(server, options) as cx:
                return await count(cx)

        total, largest, peak = run(runner, stream)
    assert total == 128 * MB
    assert largest <= PIECE
    assert peak < 4 * MB, f"Python held {peak // 1024} KiB more while inflating 128 MiB"


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.usefixtures("traced")
def test_a_gzip_bomb_past_max_download_bytes_is_refused_in_bounded_memory(runner: str) -> None:
    bomb = gzip.compress(gzip_of_spaces(512 * MB))  # gzip inside gzip: 512 MiB from about 1.3 kB
    answer = head(len(bomb), encoding="gzip, gzip") + bomb
    with ServerThread(lambda _: answer) as server:

        async def stream(options: dict[str, Any]) -> tuple[int, int, int]:
            async with on(server, options, max_download_bytes=10 * MB) as cx:
                return await count(cx)

        error = raised(runner, stream)
        assert len(server.received) == 1
    assert isinstance(error, ResponseTooLargeError), repr(error)
    assert error.may_have_been_sent is True
    peak = tracemalloc.get_traced_memory()[1]
    assert peak < 16 * MB, f"Python held {peak // MB} MiB at most"


@pytest.mark.parametrize("runner", RUNNERS)
def test_an_announced_length_past_max_download_bytes_is_refused_before_reading(runner: str) -> None:
    answer = big_download(200 * MB)
    with ServerThread(lambda _: answer) as server:

        async def stream(options: dict[str, Any]) -> tuple[int, int, int]:
            async with on(server, options, max_download_bytes=10 * MB) as cx:
                return await count(cx)

        error = raised(runner, stream)
    assert isinstance(error, ResponseTooLargeError), repr(error)
    assert "209715200 bytes" in str(error)
    assert answer.written < 100 * MB, f"the client read {answer.written // MB} MiB of it"


@pytest.mark.parametrize("runner", RUNNERS)
def test_a_body_without_a_length_is_stopped_at_max_download_bytes(runner: str) -> None:
    answer = Stream(pieces_of(head(None), spaces(200 * MB)))
    with ServerThread(lambda _: answer) as server:

        async def stream(options: dict[str, Any]) -> tuple[int, int, int]:
            async with on(server, options) as cx:
                return await count(cx, max_bytes=10 * MB)  # the per-call cap

        error = raised(runner, stream)
    assert isinstance(error, ResponseTooLargeError), repr(error)
    assert answer.written < 100 * MB, f"the client read {answer.written // MB} MiB of it"


# --- saving to a file: whole or not at all ------------------------------------------------------


@pytest.mark.parametrize("runner", RUNNERS)
def test_save_replaces_the_file_only_with_the_whole_body(runner: str, tmp_path: Path) -> None:
    body = body_of(5 * MB + 17)
    target = tmp_path / "recording.wav"
    target.write_bytes(b"the previous recording")
    with ServerThread(lambda _: download(body)) as server:

        async def save(options: dict[str, Any]) -> int:
            async with on(server, options, max_response_bytes=MB) as cx:
                return await cx.core.storage.stream_file_data("f1").save(target)

        written = run(runner, save)
    assert written == len(body)
    assert target.read_bytes() == body
    assert [path.name for path in tmp_path.iterdir()] == ["recording.wav"]  # no temporary file left


def cut_off(request: Received) -> Answer:
    """A download announced as 10 MiB, cut after 1 MiB (the server hangs up)."""
    if request.path == TOKEN_PATH:
        return http_response(200, {"access_token": "at-W4VE2-SENTINEL-5f10", "token_type": "bearer"})
    return Stream(pieces_of(head(10 * MB), iter([b"x" * MB])))


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
def test_a_body_cut_off_is_a_connection_error_leaving_no_file_and_sent_once(
    runner: str, kind: str, tmp_path: Path
) -> None:
    target = tmp_path / "rates.csv"
    target.write_bytes(b"yesterday's rates")
    with ServerThread(cut_off) as server:

        async def save(options: dict[str, Any]) -> int:
            async with CarrierX(base_url=server.base_url, **credentials(kind), retry=NO_RETRY_WAIT, **options) as cx:
                return await cx.core.storage.stream_file_data("f1").save(target)

        error = raised(runner, save)
        requests = api_requests(server.received)
    assert type(error) is APIConnectionError, repr(error)
    assert error.may_have_been_sent is True
    assert re.search(r"the body was cut off after \d+ bytes", str(error)), str(error)
    assert error.operation == "download_file_data"
    assert not secrets_in(error), secrets_in(error)
    assert len(requests) == 1, "a body cut after bytes were handed out was sent again"
    assert target.read_bytes() == b"yesterday's rates"
    assert [path.name for path in tmp_path.iterdir()] == ["rates.csv"]


@pytest.mark.parametrize("runner", RUNNERS)
def test_a_cut_ends_iteration_with_the_error_after_no_more_than_arrived(runner: str) -> None:
    """(aiohttp drops what it buffered once it sees the cut, so fewer bytes than arrived may come out.)"""
    with ServerThread(cut_off) as server:

        async def stream(options: dict[str, Any]) -> tuple[int, str]:
            received = 0
            async with on(server, options) as cx, cx.core.storage.stream_file_data("f1") as download:
                try:
                    async for piece in download.iter_bytes():
                        received += len(piece)
                except APIConnectionError as error:
                    return received, type(error).__name__
            return received, "no error"

        received, raised_error = run(runner, stream)
    assert raised_error == "APIConnectionError"
    assert 0 <= received <= MB


# --- leaving early, and cancelling: the connection is closed, the next call works ---------------


def one_connection(runner: str) -> dict[str, Any]:
    """A pool of one connection: a connection left behind would make the next call wait for ever."""
    if runner == "httpx":
        return {"transport": httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=1))}
    return {"limits": httpx.Limits(max_connections=1)}


def downloads_and_dids(request: Received) -> Answer:
    return big_download(200 * MB) if request.path == DATA_PATH else did(request.path.rpartition("/")[2])


@pytest.mark.parametrize("runner", RUNNERS)
def test_leaving_a_stream_early_closes_its_connection_and_the_next_call_works(runner: str) -> None:
    with ServerThread(downloads_and_dids) as server:

        async def leave_early(options: dict[str, Any]) -> tuple[int, str | None, int]:
            async with on(server, options, timeout=10) as cx:
                async with cx.core.storage.stream_file_data("f1") as download:
                    async for piece in download.iter_bytes():
                        first = len(piece)
                        break
                if runner == "aiohttp":
                    assert (acquired(cx), idle(cx)) == (0, 0), "the half-read connection was kept"
                after = await cx.core.dids.get_did("next")
                return first, after.did_sid, server.received[-1].connection

        first, sid, connection = run(runner, lambda options: leave_early({**options, **one_connection(runner)}))
    assert 0 < first <= PIECE
    assert sid == "next"
    assert connection == 2, "the next call reused the half-read connection"


@pytest.mark.parametrize("runner", RUNNERS)
def test_cancelling_a_stream_midway_leaks_no_connection(runner: str) -> None:
    with ServerThread(downloads_and_dids) as server:

        async def cancel(options: dict[str, Any]) -> tuple[int, str | None]:
            read = 0
            async with on(server, options, timeout=10) as cx:
                with anyio.CancelScope() as scope:
                    async with cx.core.storage.stream_file_data("f1") as download:
                        async for piece in download.iter_bytes():
                            read += len(piece)
                            if read >= MB:
                                scope.cancel()  # the next read is cancelled
                assert scope.cancelled_caught
                if runner == "aiohttp":
                    assert acquired(cx) == 0
                after = await cx.core.dids.get_did("next")
                return read, after.did_sid

        read, sid = run(runner, lambda options: cancel({**options, **one_connection(runner)}))
    assert MB <= read < 2 * MB
    assert sid == "next"


def held_open(release: threading.Event) -> Handler:
    """A download that sends 1 MiB of its 10 MiB, then holds the connection open until `release` is set."""

    def pieces() -> Iterator[bytes]:
        yield head(10 * MB)
        yield b"y" * MB
        release.wait()  # blocks the server's own thread, not the client's

    def answer(request: Received) -> Answer:
        return Stream(pieces())

    return answer


@pytest.mark.parametrize("runner", RUNNERS)
def test_cancelling_a_save_leaves_no_file(runner: str, tmp_path: Path) -> None:
    release = threading.Event()
    target = tmp_path / "report.pdf"
    with ServerThread(held_open(release)) as server:

        async def cancel_save(options: dict[str, Any]) -> list[str]:
            async with (
                on(server, options) as cx,
                cx.core.storage.stream_file_data("f1") as download,
                anyio.create_task_group() as group,
            ):
                group.start_soon(download.save, target)
                while download.bytes_read < MB:  # noqa: ASYNC110 - a download has no event to wait for
                    await anyio.sleep(0.01)
                saving = [path.name for path in tmp_path.iterdir()]  # noqa: ASYNC240 - a test's look
                group.cancel_scope.cancel()
            return saving

        try:
            saving = run(runner, cancel_save)
        finally:
            release.set()
    assert len(saving) == 1 and saving[0].startswith(".report.pdf."), saving  # the temporary file, mid-save
    assert list(tmp_path.iterdir()) == []


# --- the head goes through the send loop: typed errors, retries, OAuth --------------------------


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
async def test_an_error_status_raises_the_usual_typed_error(sender: str, kind: str) -> None:
    def answer(request: Received) -> Answer:
        return http_response(404, {"message": "no such file", "errors": []})

    async with RawServer(with_token_endpoint(answer)) as server, client(server.base_url, sender, kind) as cx:
        with pytest.raises(NotFoundError) as caught:
            async with cx.core.storage.stream_file_data("f1"):
                pass
    assert caught.value.body is not None and caught.value.body.message == "no such file"
    assert caught.value.operation == "download_file_data"
    assert caught.value.required_scopes == ("storage.manage", "storage.read")
    assert not secrets_in(caught.value)


@pytest.mark.parametrize("sender", SENDERS)
async def test_an_error_body_is_read_capped(sender: str) -> None:
    server = RawServer(lambda _: http_response(500, b"x" * (2 * MB)))
    async with server, client(server.base_url, sender, max_response_bytes=MB, retry=RetryPolicy.none()) as cx:
        with pytest.raises(ResponseTooLargeError):
            async with cx.core.storage.stream_file_data("f1"):
                pass


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
async def test_a_stream_is_retried_before_its_first_byte(sender: str, kind: str) -> None:
    body = body_of(300_000)

    def answer(request: Received) -> Answer:
        first = len(api_requests(server.received)) == 1
        return http_response(503, {"message": "busy"}) if first else download(body)

    async with RawServer(with_token_endpoint(answer)) as server, client(server.base_url, sender, kind) as cx:
        async with cx.core.storage.stream_file_data("f1", retry=NO_RETRY_WAIT) as stream:
            received = b"".join([piece async for piece in stream.iter_bytes()])
        assert cx.retries == 1
    assert received == body
    assert len(api_requests(server.received)) == 2


@pytest.mark.parametrize("sender", SENDERS)
async def test_a_streamed_post_is_not_repeated_after_a_503(sender: str) -> None:
    server = RawServer(lambda _: http_response(503, {"message": "busy"}))
    async with server, client(server.base_url, sender) as cx:
        with pytest.raises(InternalServerError):
            async with cx.core.tts.stream_create_tts_text(body={"text": "hi"}, retry=NO_RETRY_WAIT):
                pass
    assert [request.method for request in server.received] == ["POST"]


@pytest.mark.parametrize("sender", SENDERS)
async def test_oauth_renews_a_stale_token_then_streams(sender: str) -> None:
    body = body_of(200_000)
    issued: list[str] = []

    def answer(request: Received) -> Answer:
        if request.path == TOKEN_PATH:
            issued.append(f"at-{len(issued) + 1}")
            return http_response(200, {"access_token": issued[-1], "token_type": "bearer"})
        if request.headers.get("authorization") == "Bearer at-1":  # revoked since it was issued
            return http_response(401, {"message": "token expired"})
        return download(body)

    server = RawServer(answer)
    async with server, client(server.base_url, sender, "oauth") as cx, cx.core.storage.stream_file_data("f1") as stream:
        received = b"".join([piece async for piece in stream.iter_bytes()])
    assert received == body
    assert issued == ["at-1", "at-2"]
    assert [request.headers["authorization"] for request in api_requests(server.received)] == [
        "Bearer at-1",
        "Bearer at-2",
    ]


@pytest.mark.parametrize("sender", SENDERS)
async def test_a_refused_token_is_an_authentication_error_and_no_file(sender: str, tmp_path: Path) -> None:
    server = RawServer(lambda _: http_response(401, {"message": "bad token"}))
    async with server, client(server.base_url, sender) as cx:
        with pytest.raises(AuthenticationError):
            await cx.core.storage.stream_file_data("f1").save(tmp_path / "never-written")
    assert list(tmp_path.iterdir()) == []  # noqa: ASYNC240 - a test's look, after the call


# --- misuse is refused clearly ------------------------------------------------------------------


@pytest.mark.parametrize("sender", SENDERS)
async def test_a_download_is_entered_once_and_its_body_read_once(sender: str) -> None:
    async with RawServer(lambda _: download(b"abc")) as server, client(server.base_url, sender) as cx:
        opened = cx.core.storage.stream_file_data("f1")
        async with opened as stream:
            assert b"".join([piece async for piece in stream.iter_bytes()]) == b"abc"
            with pytest.raises(ConfigurationError, match="only once"):
                stream.iter_bytes()
        with pytest.raises(ConfigurationError, match="used once"):
            async with opened:
                pass
    assert len(server.received) == 1
