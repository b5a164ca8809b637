"""Regression tests for the second wave of adversarial findings, one section per finding.

Every finding is checked on both senders: aiohttp (the asyncio default) and httpx (a transport of the
caller's); where trio applies it runs there too, against a server on a thread of its own. Where
credentials matter, both a fixed token and OAuth (`/core/v2/oauth/token` answered by the server).
Finding 9 is covered by tests/contract/test_lenient_parsing.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import gzip
import logging
import os
import socket
import struct
import threading
import time
import warnings
import zlib
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping
from pathlib import Path
from types import CodeType, FrameType, FunctionType, MethodType, ModuleType, TracebackType
from typing import Any, TypeVar
from urllib.parse import quote, unquote

import httpx
import pytest
import trio

from carrierx_async import (
    UNSET,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CarrierX,
    CarrierXError,
    ConfigurationError,
    NotFoundError,
    OAuthPasswordGrant,
    RawResponse,
    ResponseTooLargeError,
    RetryPolicy,
)
from tests.conftest import SENDERS, sender_options

from .support import Answer, Close, Handler, RawServer, Received, ServerThread, Stream, http_response, raw_server

T = TypeVar("T")

TOKEN = "tok-W4VE2-SENTINEL-1c9e"
CLIENT_SECRET = "cs-W4VE2-SENTINEL-77aa"
OAUTH_PASSWORD = "pw-W4VE2-SENTINEL-03bd"
ACCESS_TOKEN = "at-W4VE2-SENTINEL-5f10"  # what the server's token endpoint issues
GRANT = OAuthPasswordGrant(client_id="cid", client_secret=CLIENT_SECRET, username="user", password=OAUTH_PASSWORD)
SECRETS = (TOKEN, CLIENT_SECRET, OAUTH_PASSWORD, ACCESS_TOKEN, "SENTINEL")

CREDENTIALS = ("token", "oauth")
RUNNERS = (*SENDERS, "trio")  # aiohttp and httpx on asyncio; trio (httpx, the client's own pool)
TOKEN_PATH = "/core/v2/oauth/token"
DIDS = "/core/v2/phonenumber/dids"
MB = 1 << 20
NO_RETRY_WAIT = RetryPolicy(initial_delay=0, jitter=0)  # the default budget, without pauses between attempts


# --- shared helpers ---------------------------------------------------------------------------


def credentials(kind: str) -> dict[str, Any]:
    """CarrierX(...) keyword arguments for a fixed token or for OAuth."""
    return {"token": TOKEN} if kind == "token" else {"oauth": GRANT}


def client(base_url: str, sender: str, kind: str = "token", **options: Any) -> CarrierX:
    """A client on the raw server with the chosen sender and credentials."""
    return CarrierX(base_url=base_url, **credentials(kind), **sender_options(sender), **options)


def token_answer() -> bytes:
    return http_response(200, {"access_token": ACCESS_TOKEN, "token_type": "bearer"})


def with_token_endpoint(handler: Handler) -> Handler:
    """`handler` for the API; the OAuth token request answered with a good token."""

    def answer(request: Received) -> Answer | Awaitable[Answer]:
        if request.path == TOKEN_PATH:
            return token_answer()
        return handler(request)

    return answer


def api_requests(received: list[Received]) -> list[Received]:
    """The requests that were not for an OAuth token."""
    return [request for request in received if request.path != TOKEN_PATH]


def did(sid: str) -> bytes:
    return http_response(200, {"did_sid": sid})


Scenario = Callable[[dict[str, Any]], Coroutine[Any, Any, T]]  # given the CarrierX keyword arguments of a sender


def run(runner: str, scenario: Scenario[T]) -> T:
    """Run `scenario(sender options)` on an event loop of its own: asyncio for aiohttp/httpx, or trio."""
    if runner == "trio":
        return trio.run(scenario, {})  # the default client on trio sends with httpx over its own pool
    return asyncio.run(scenario(sender_options(runner)))


def raised(runner: str, scenario: Scenario[object]) -> BaseException:
    """The exception `scenario` raised when run on `runner`."""

    async def catching(options: dict[str, Any]) -> BaseException | None:
        try:
            await scenario(options)
        except BaseException as error:  # whatever came out, the test inspects it
            return error
        return None

    error = run(runner, catching)
    assert error is not None, "the call succeeded"
    return error


def strings_reachable(root: object, limit: int = 200_000) -> Iterator[str]:
    """Every string an object graph holds: attributes, slots, args, items, the cause/context chain.

    Traceback frames are not followed (they hold the caller's locals, credentials included).
    Bytes are read as Latin-1 so a secret in a raw header or body is found too.
    """
    skip = (type, ModuleType, FunctionType, MethodType, FrameType, TracebackType, CodeType, int, float, complex)
    seen: set[int] = set()
    stack: list[object] = [root]
    while stack and len(seen) < limit:
        thing = stack.pop()
        if thing is None or id(thing) in seen or isinstance(thing, skip):
            continue
        seen.add(id(thing))
        if isinstance(thing, str):
            yield thing
            continue
        if isinstance(thing, bytes | bytearray | memoryview):
            yield bytes(thing).decode("latin-1")
            continue
        if isinstance(thing, BaseException):
            yield str(thing)
            yield repr(thing)
            stack += [thing.args, thing.__cause__, thing.__context__]
        if isinstance(thing, Mapping):
            with contextlib.suppress(Exception):  # a mapping that cannot be iterated holds nothing to find
                stack += [item for pair in thing.items() for item in pair]
        elif isinstance(thing, list | tuple | set | frozenset):
            stack += list(thing)
        stack += list(getattr(thing, "__dict__", {}).values())
        for cls in type(thing).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if isinstance(slot, str) and slot not in ("__dict__", "__weakref__") and hasattr(thing, slot):
                    stack.append(getattr(thing, slot))
        response = getattr(thing, "response", None)
        if response is not None:
            stack.append(response)


def secrets_in(error: BaseException) -> list[str]:
    shown = [str(error), repr(error), *strings_reachable(error)]
    return sorted({secret for secret in SECRETS for text in shown if secret in text})


def resident_bytes() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class PeakMemory:
    """How far resident memory rose above where it was, sampled every millisecond while active."""

    def __init__(self) -> None:
        self.baseline = 0
        self.peak = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="rss-sampler", daemon=True)

    @property
    def growth(self) -> int:
        return max(0, self.peak - self.baseline)

    def _sample(self) -> None:
        while not self._done.wait(0.001):
            self.peak = max(self.peak, resident_bytes())

    def __enter__(self) -> PeakMemory:
        gc.collect()
        self.baseline = self.peak = resident_bytes()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.peak = max(self.peak, resident_bytes())


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def get_did(cx: CarrierX, sid: str = "d1") -> Any:
    return await cx.core.dids.get_did(sid)


# --- 1. a garbage status line or bad chunking: a typed error that holds no secret ---------------

LIBRARIES = ("aiohttp", "httpx", "httpcore", "h11", "anyio", "trio")


def chain(error: BaseException) -> list[BaseException]:
    links: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in links:
        links.append(current)
        current = current.__cause__ or current.__context__
    return links


def test_the_secret_search_finds_a_secret_anywhere_in_an_error_s_graph() -> None:
    """The check below is only as good as this search: a secret in a slot, a mapping, a chained exception."""
    answer = RawResponse(401, {"x-echo": f"Bearer {ACCESS_TOKEN}"}, b"")
    status_error = APIStatusError(response=answer, method="GET", url="http://127.0.0.1/x")
    assert set(secrets_in(status_error)) == {ACCESS_TOKEN, "SENTINEL"}
    plain = APIConnectionError("no answer", method="GET", url="http://127.0.0.1/x")
    assert secrets_in(plain) == []
    plain.__context__ = ValueError({"form": [("client_secret", CLIENT_SECRET.encode())]})
    assert set(secrets_in(plain)) == {CLIENT_SECRET, "SENTINEL"}


GARBAGE_STATUS = Close(b"GARBAGE\r\n\r\n")
BAD_CHUNKING = Close(
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n"
)
MALFORMED = {"garbage status line": GARBAGE_STATUS, "bad chunking": BAD_CHUNKING}
# Which answer is malformed: the operation's (token or OAuth client), or the OAuth token request's.
BROKEN_AT = [("token", "operation"), ("oauth", "operation"), ("oauth", "token request")]


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize(("kind", "broken"), BROKEN_AT)
@pytest.mark.parametrize("malformed", list(MALFORMED))
async def test_a_malformed_answer_is_a_connection_error_holding_no_secret(
    sender: str, kind: str, broken: str, malformed: str
) -> None:
    def answer(request: Received) -> Answer:
        if request.path == TOKEN_PATH:
            return MALFORMED[malformed] if broken == "token request" else token_answer()
        return MALFORMED[malformed]

    async with raw_server(answer) as server, client(server.base_url, sender, kind, retry=RetryPolicy.none()) as cx:
        with pytest.raises(CarrierXError) as caught:
            await get_did(cx)
    error = caught.value
    assert type(error) is APIConnectionError, repr(error)
    assert error.operation == ("generate_oauth_bearer_token" if broken == "token request" else "get_did")
    assert not [link for link in chain(error) if type(link).__module__.partition(".")[0] in LIBRARIES]
    assert not secrets_in(error), secrets_in(error)
    # The client did send its credentials: the check above would prove nothing otherwise.
    sent = " ".join(request.headers.get("authorization", "") + request.body.decode() for request in server.received)
    assert (TOKEN if kind == "token" else CLIENT_SECRET) in sent


# --- 2. one client, two successive asyncio.run() loops; closed means closed ----------------------


@pytest.mark.parametrize("sender", ["aiohttp"])
@pytest.mark.parametrize("kind", CREDENTIALS)
def test_a_client_used_in_two_successive_event_loops_rebinds_and_leaves_nothing_unclosed(
    sender: str, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="asyncio")  # where "Unclosed client session" is reported
    with ServerThread(with_token_endpoint(lambda _: did("d1"))) as server:
        cx = client(server.base_url, sender, kind)

        async def use() -> str | None:
            return (await get_did(cx)).did_sid  # type: ignore[no-any-return]

        async def use_then_close() -> str | None:
            try:
                return await use()
            finally:
                await cx.aclose()

        gc.collect()  # what earlier tests left for the collector is not this test's to count
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert asyncio.run(use()) == "d1"
            gc.collect()
            assert asyncio.run(use_then_close()) == "d1"
            gc.collect()
    unclosed = [str(warning.message) for warning in caught if issubclass(warning.category, ResourceWarning)]
    assert not unclosed, unclosed
    reported = [record.getMessage() for record in caplog.records if "nclosed" in record.getMessage()]
    assert not reported, reported


@pytest.mark.parametrize("kind", CREDENTIALS)
def test_a_callers_transport_used_on_a_second_event_loop_is_refused_clearly(kind: str) -> None:
    """Its connections belong to the first loop and are the caller's: the client says so instead of failing raw."""
    with ServerThread(with_token_endpoint(lambda _: did("d1"))) as server:
        cx = client(server.base_url, "httpx", kind)
        assert asyncio.run(get_did(cx)).did_sid == "d1"
        with pytest.raises(ConfigurationError, match="another event loop"):
            asyncio.run(get_did(cx))


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
def test_a_closed_client_refuses_every_call_on_any_loop_and_opens_nothing(sender: str, kind: str) -> None:
    with ServerThread(with_token_endpoint(lambda _: did("d1"))) as server:
        cx = client(server.base_url, sender, kind)

        async def use_close_use() -> None:
            await get_did(cx)
            await cx.aclose()
            with pytest.raises(ConfigurationError, match="closed"):
                await get_did(cx)
            with pytest.raises(ConfigurationError, match="closed"):
                await cx.core.dids.release_did("d1")

        asyncio.run(use_close_use())
        connections, requests = server.server.accepted, len(server.received)
        with pytest.raises(ConfigurationError, match="closed"):
            asyncio.run(get_did(cx))  # another event loop: still closed, no new session
        assert (server.server.accepted, len(server.received)) == (connections, requests), "a closed client sent"
    assert getattr(cx._channel._aiohttp, "_session", None) is None, "a closed client opened an aiohttp session"


# --- 3. decompression bombs and huge answers: refused, in bounded memory -----------------------


@functools.cache
def gzip_of_spaces(size: int) -> bytes:
    """A gzip member of `size` spaces (a multiple of 1 MiB), made without ever holding them.

    Each megabyte is compressed with a full flush, which resets the compressor, so every
    megabyte compresses to the same bytes: one is made and repeated.
    """
    block = b" " * MB
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, 9, zlib.Z_RLE)
    piece = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // MB):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    return header + piece * (size // MB) + compressor.flush() + struct.pack("<II", crc, size & 0xFFFFFFFF)


def spaces(total: int, piece: int = 256 * 1024) -> Iterator[bytes]:
    block = b" " * piece
    for _ in range(total // piece):
        yield block


NESTED = 512 * MB  # decoded size of the gzip-in-gzip answer (1.3 kB on the wire)


def huge_answer(kind: str) -> Answer:
    """A few kB to a few hundred kB on the wire (or streamed) that would be 200 to 512 MiB decoded."""
    if kind == "gzip in gzip":
        bomb = gzip.compress(gzip_of_spaces(NESTED))
        return http_response(200, bomb, headers=(("Content-Encoding", "gzip, gzip"),))
    if kind == "gzip":
        return http_response(200, gzip_of_spaces(200 * MB), headers=(("Content-Encoding", "gzip"),))
    if kind == "plain, length announced":
        return Stream(_chained(http_response(200, b"", content_length=200 * MB), spaces(200 * MB)))
    assert kind == "plain, until close"
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
    return Stream(_chained(head, spaces(200 * MB)))


def _chained(head: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield head
    yield from rest


def huge_cases() -> Iterator[Any]:
    """Every kind of huge answer on every runner, as pytest params."""
    for kind in ("gzip in gzip", "gzip", "plain, length announced", "plain, until close"):
        for runner in RUNNERS:
            yield pytest.param(kind, runner, id=f"{kind}-{runner}")


@pytest.mark.parametrize(("kind", "runner"), list(huge_cases()))
def test_a_huge_or_compressed_answer_is_refused_without_being_held(kind: str, runner: str) -> None:
    answer = huge_answer(kind)  # made before measuring: the answer on the wire is a few hundred kB at most
    with ServerThread(lambda _: answer) as server:

        async def call(options: dict[str, Any]) -> object:
            async with CarrierX(
                token=TOKEN, base_url=server.base_url, max_response_bytes=10 * MB, retry=RetryPolicy.none(), **options
            ) as cx:
                return await get_did(cx)

        with PeakMemory() as memory:
            error = raised(runner, call)
    assert isinstance(error, ResponseTooLargeError), repr(error)
    assert error.may_have_been_sent is True
    assert memory.growth < 100 * MB, f"resident memory rose by {memory.growth // MB} MiB"
    if isinstance(answer, Stream):
        assert answer.written < 100 * MB, f"the client read {answer.written // MB} MiB of it"


# --- 4. a dropped pooled connection: the retry budget is the only one --------------------------

IDEMPOTENT_CALLS: dict[str, Callable[[CarrierX], Awaitable[object]]] = {
    "GET": lambda cx: cx.core.dids.get_did("d1"),
    "PUT": lambda cx: cx.core.dids.replace_did("d1", body={"name": "n"}),
    "DELETE": lambda cx: cx.core.dids.release_did("d1"),
}


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("method", list(IDEMPOTENT_CALLS))
@pytest.mark.parametrize(("policy", "attempts"), [(RetryPolicy.none(), 1), (NO_RETRY_WAIT, 3)], ids=["none", "3"])
async def test_a_dropped_pooled_connection_costs_exactly_the_policy_s_attempts(
    sender: str, method: str, policy: RetryPolicy, attempts: int
) -> None:
    def answer(request: Received) -> Answer:
        return did("warm") if len(api_requests(server.received)) == 1 else None  # then drop every request

    async with RawServer(answer) as server, client(server.base_url, sender, retry=policy) as cx:
        await get_did(cx, "warm")  # leaves one kept-alive connection in the pool
        with pytest.raises(APIConnectionError) as caught:
            await IDEMPOTENT_CALLS[method](cx)
    tried = server.received[1:]
    assert [request.method for request in tried] == [method] * attempts
    assert tried[0].connection == server.received[0].connection, "the first try did not use the pooled connection"
    assert type(caught.value) is APIConnectionError
    assert caught.value.may_have_been_sent is True


# --- 5. a POST read then dropped may have been sent; a refused connection was not --------------


def send_sms(cx: CarrierX) -> Awaitable[object]:
    return cx.core.sms.send_message(body={"from": "15551230000", "to": "15551230001", "message": "hi"})


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)  # with OAuth the POST goes on the token request's pooled connection
async def test_a_post_the_server_read_then_dropped_is_a_connection_error_sent_once(sender: str, kind: str) -> None:
    async with (
        raw_server(with_token_endpoint(lambda _: None)) as server,
        client(server.base_url, sender, kind, retry=NO_RETRY_WAIT) as cx,
    ):
        with pytest.raises(APIConnectionError) as caught:
            await send_sms(cx)
    assert type(caught.value) is APIConnectionError, repr(caught.value)  # not APITimeoutError
    assert caught.value.may_have_been_sent is True
    assert [request.method for request in api_requests(server.received)] == ["POST"]
    if kind == "oauth":
        assert len({request.connection for request in server.received}) == 1, "the POST did not reuse a connection"


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
async def test_a_refused_connection_was_provably_not_sent_and_is_not_a_timeout(sender: str, kind: str) -> None:
    async with client(f"http://127.0.0.1:{closed_port()}", sender, kind, retry=NO_RETRY_WAIT) as cx:
        with pytest.raises(APIConnectionError) as caught:
            await send_sms(cx)
    assert type(caught.value) is APIConnectionError, repr(caught.value)
    assert caught.value.may_have_been_sent is False


# --- 6. header values that cannot travel: refused before anything is sent ----------------------

UNSAFE_HEADERS = {
    "CR in a value": {"X-Job": "a\rb"},
    "LF in a value": {"X-Job": "a\nb"},
    "CRLF injecting a header": {"X-Job": "a\r\nX-Injected: yes"},
    "NUL in a value": {"X-Job": "a\x00b"},
    "space in a name": {"X Job": "a"},
    "colon in a name": {"X-Job:": "a"},
}
NON_ASCII_VALUES = {"Latin-1": "café", "CJK": "日本語", "emoji": "🙂"}


def non_ascii_cases() -> list[Any]:
    """Every value on every sender, as pytest params."""
    return [pytest.param(value, sender, id=f"{value}-{sender}") for value in NON_ASCII_VALUES for sender in SENDERS]


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize("case", list(UNSAFE_HEADERS))
async def test_an_unsafe_extra_header_is_refused_before_sending(sender: str, kind: str, case: str) -> None:
    async with (
        raw_server(with_token_endpoint(lambda _: did("d1"))) as server,
        client(server.base_url, sender, kind) as cx,
    ):
        with pytest.raises(ConfigurationError):
            await cx.core.dids.get_did("d1", extra_headers=UNSAFE_HEADERS[case])
    assert server.received == []


@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize(("value", "sender"), non_ascii_cases())
async def test_a_non_ascii_header_value_is_refused_as_one_a_header_cannot_carry(
    value: str, sender: str, kind: str
) -> None:
    async with (
        raw_server(with_token_endpoint(lambda _: did("d1"))) as server,
        client(server.base_url, sender, kind) as cx,
    ):
        with pytest.raises(ConfigurationError) as caught:
            await cx.core.dids.get_did("d1", extra_headers={"X-Note": NON_ASCII_VALUES[value]})
    message = str(caught.value)
    assert "header" in message.lower() and "X-Note" in message, message
    assert "body" not in message, message
    assert server.received == []


# --- 7. awkward identifiers arrive exactly as encoded, on every path ---------------------------

IDENTIFIERS = ["..;", "a=b", "a:b@c", "a/b", "%2F"]


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize("identifier", IDENTIFIERS)
def test_an_awkward_identifier_arrives_byte_identical(runner: str, kind: str, identifier: str) -> None:
    with ServerThread(with_token_endpoint(lambda _: did("d1"))) as server:

        async def call(options: dict[str, Any]) -> object:
            async with CarrierX(base_url=server.base_url, **credentials(kind), **options) as cx:
                return await get_did(cx, identifier)

        run(runner, call)
    (request,) = api_requests(server.received)
    assert request.target == f"{DIDS}/{quote(identifier, safe='')}"
    assert unquote(request.target.rpartition("/")[2]) == identifier


# --- 8. a GET whose body could not be read is retried -----------------------------------------

BROKEN_BODIES = {
    "Content-Length past the body, then close": Close(http_response(200, {"did_sid": "bad"}, content_length=500)),
    "bad chunking": BAD_CHUNKING,
}


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize("broken", list(BROKEN_BODIES))
async def test_a_get_whose_body_failed_to_arrive_is_retried(sender: str, kind: str, broken: str) -> None:
    def answer(request: Received) -> Answer:
        return BROKEN_BODIES[broken] if len(api_requests(server.received)) == 1 else did("good")

    async with RawServer(with_token_endpoint(answer)) as server, client(server.base_url, sender, kind) as cx:
        result = await cx.core.dids.get_did("d1", retry=NO_RETRY_WAIT)
    assert result.did_sid == "good"
    assert len(api_requests(server.received)) == 2


# --- 10. bytes after a complete answer never become the next call's answer ----------------------


def forging_server(request: Received) -> Answer:
    if request.path == TOKEN_PATH:
        return token_answer()
    if request.method == "POST":
        return http_response(200, {"did_sid": "posted"})
    sid = request.path.rpartition("/")[2]
    if sid == "a":  # a complete answer, and a second one nobody asked for on the same connection
        return did("a") + did("FORGED")
    return did(sid)


# The client's own pools: aiohttp on asyncio, httpx (a guarded httpcore pool) on trio. A transport
# of the caller's (`transport=`) keeps its own connection handling, which this client cannot change.
@pytest.mark.parametrize("runner", ["aiohttp", "trio"])
@pytest.mark.parametrize("kind", CREDENTIALS)
def test_extra_bytes_after_an_answer_do_not_poison_the_connection(runner: str, kind: str) -> None:
    with ServerThread(forging_server) as server:

        async def calls(options: dict[str, Any]) -> list[str | None]:
            async with CarrierX(base_url=server.base_url, **credentials(kind), **options) as cx:
                first = await get_did(cx, "a")
                second = await get_did(cx, "b")
                posted = await cx.core.dids.rent_did(body={"phonenumber": "15551230000"})
                return [first.did_sid, second.did_sid, posted.did_sid]

        assert run(runner, calls) == ["a", "b", "posted"]


# --- 11. trio: thousands of concurrent calls on the default client ------------------------------


def test_two_thousand_concurrent_gets_on_trio_all_succeed() -> None:
    calls = 2_000
    with ServerThread(lambda request: did(request.path.rpartition("/")[2])) as server:

        async def many() -> list[str]:
            done: list[str] = []
            async with CarrierX(token=TOKEN, base_url=server.base_url) as cx:

                async def one(index: int) -> None:
                    done.append((await get_did(cx, f"d{index}")).did_sid)

                with trio.fail_after(60):
                    async with trio.open_nursery() as nursery:
                        for index in range(calls):
                            nursery.start_soon(one, index)
            return done

        done = trio.run(many)
    assert sorted(done) == sorted(f"d{index}" for index in range(calls))
    assert len(server.received) == calls


# --- 12. JSON nested too deeply: a typed error, never RecursionError ----------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"message": ' + DEEP + b"}"

DeepCall = Callable[[CarrierX], Awaitable[object]]
DEEP_CASES: dict[str, tuple[bytes, str, DeepCall, type[CarrierXError]]] = {
    # name: (answer, path answered, call, expected error)
    "404 error body": (http_response(404, DEEP_OBJECT), "/core/", lambda cx: get_did(cx), NotFoundError),
    "200 Core body": (http_response(200, DEEP_OBJECT), "/core/", lambda cx: get_did(cx), APIResponseValidationError),
    "200 in Mediator's wrapper": (
        http_response(200, b'{"body": ' + DEEP_OBJECT + b', "status": 200}'),
        "/mediator/",
        lambda cx: cx.mediator("login", "password").bindings.get_binding("b1"),
        APIResponseValidationError,
    ),
    "404 in Mediator's wrapper": (
        http_response(404, b'{"body": ' + DEEP_OBJECT + b', "status": 404}'),
        "/mediator/",
        lambda cx: cx.mediator("login", "password").bindings.get_binding("b1"),
        NotFoundError,
    ),
    "OAuth token answer": (
        http_response(200, DEEP_OBJECT),
        TOKEN_PATH,
        lambda cx: get_did(cx),
        APIResponseValidationError,
    ),
}


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("case", list(DEEP_CASES))
async def test_deeply_nested_json_is_a_typed_error(sender: str, case: str) -> None:
    deep_answer, where, call, expected = DEEP_CASES[case]

    def answer(request: Received) -> Answer:
        if request.path.startswith(where):
            return deep_answer
        return token_answer() if request.path == TOKEN_PATH else did("d1")

    kind = "oauth" if where == TOKEN_PATH else "token"
    async with raw_server(answer) as server, client(server.base_url, sender, kind, retry=RetryPolicy.none()) as cx:
        with pytest.raises(CarrierXError) as caught:
            await call(cx)
    error = caught.value
    assert type(error) is expected, repr(error)
    if isinstance(error, NotFoundError):
        assert error.body is None
    assert str(error) and repr(error)  # neither recurses


# --- 13. a server dripping bytes: the deadline ends the call -----------------------------------


def dripping(request: Received) -> Answer:
    answer = http_response(200, {"did_sid": "d" * 100})
    return Stream([answer[index : index + 1] for index in range(len(answer))], pause=0.5)


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.parametrize("kind", CREDENTIALS)  # with OAuth, the token request is the one dripping
def test_a_dripping_server_cannot_hold_a_call_past_its_deadline(runner: str, kind: str) -> None:
    with ServerThread(dripping) as server:

        async def call(options: dict[str, Any]) -> object:
            async with CarrierX(
                base_url=server.base_url, **credentials(kind), timeout=1.0, retry=RetryPolicy(deadline=2.0), **options
            ) as cx:
                return await get_did(cx)

        started = time.monotonic()
        error = raised(runner, call)
        elapsed = time.monotonic() - started
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < 3.0, f"the call took {elapsed:.1f} s"
    assert len(server.received) == 1


# --- 14. headers the client owns, and path parameters that are not identifiers -----------------

RESERVED = ["Content-Length", "transfer-encoding", "HOST", "Authorization", "authorization"]
NOT_IDENTIFIERS: dict[str, Any] = {"None": None, "UNSET": UNSET, "bytes": b"abc"}


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize("name", RESERVED)
async def test_an_extra_header_the_client_sets_itself_is_refused(sender: str, kind: str, name: str) -> None:
    async with (
        raw_server(with_token_endpoint(lambda _: did("d1"))) as server,
        client(server.base_url, sender, kind) as cx,
    ):
        with pytest.raises(ConfigurationError, match="cannot be overridden"):
            await cx.core.dids.get_did("d1", extra_headers={name: "7"})
    assert server.received == []


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize("value", list(NOT_IDENTIFIERS))
async def test_a_path_parameter_that_is_not_an_identifier_is_refused(sender: str, kind: str, value: str) -> None:
    async with (
        raw_server(with_token_endpoint(lambda _: did("d1"))) as server,
        client(server.base_url, sender, kind) as cx,
    ):
        with pytest.raises(ConfigurationError, match="did_sid"):
            await cx.core.dids.get_did(NOT_IDENTIFIERS[value])
    assert server.received == []


# --- 15. keep-alive limits, huge identifiers, another origin -----------------------------------


class Overlap:
    """A handler holding every answer until `count` requests are in (5 s at most): the calls surely overlap."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.arrived = 0
        self._all_in = asyncio.Event()  # used only on the server's loop

    async def __call__(self, request: Received) -> Answer:
        self.arrived += 1
        if self.arrived >= self.count:
            self._all_in.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._all_in.wait(), 5)
        return did("d1")


KEEP_ALIVE = 5
LIMITS = httpx.Limits(max_connections=50, max_keepalive_connections=KEEP_ALIVE)


def burst(runner: str, *, with_limits: bool = True, **options: Any) -> tuple[int, int]:
    """50 overlapping calls on a client with LIMITS; then (connections at the peak, connections still open)."""
    with ServerThread(Overlap(50)) as holder:

        async def calls(sender: dict[str, Any]) -> int:
            sizing = {**(options or sender), **({"limits": LIMITS} if with_limits else {})}
            async with CarrierX(token=TOKEN, base_url=holder.base_url, **sizing) as cx:
                if runner == "trio":
                    async with trio.open_nursery() as nursery:
                        for _ in range(50):
                            nursery.start_soon(get_did, cx)
                else:
                    await asyncio.gather(*(get_did(cx) for _ in range(50)))
                sleep = trio.sleep if runner == "trio" else asyncio.sleep
                settle = time.monotonic() + 2
                while holder.server.open_connections > KEEP_ALIVE and time.monotonic() < settle:
                    await sleep(0.02)
                return holder.server.open_connections

        still_open = run(runner, calls)
    return holder.server.peak_connections, still_open


@pytest.mark.parametrize("runner", RUNNERS)
def test_after_a_burst_at_most_max_keepalive_connections_stay_open(runner: str) -> None:
    # With the httpx sender on asyncio the pool is the transport's: it is given the same limits.
    if runner == "httpx":  # a transport of the caller's is sized by the caller
        peak, still_open = burst(runner, with_limits=False, transport=httpx.AsyncHTTPTransport(limits=LIMITS))
    else:
        peak, still_open = burst(runner)
    assert peak == 50, "the calls did not overlap: the check would prove nothing"
    assert still_open <= KEEP_ALIVE, f"{still_open} connections kept open"


def test_limits_next_to_a_bare_transport_are_honoured_or_refused() -> None:
    try:
        peak, still_open = burst("httpx", transport=httpx.AsyncHTTPTransport())
    except ConfigurationError:
        return  # refusing the combination before sending is as good as honouring it
    assert peak == 50, "the calls did not overlap: the check would prove nothing"
    assert still_open <= KEEP_ALIVE, f"{still_open} connections kept open"


def test_a_huge_identifier_is_refused_alike_on_every_path() -> None:
    messages: dict[str, str] = {}
    with ServerThread(lambda _: did("d1")) as server:
        for runner in RUNNERS:

            async def call(options: dict[str, Any]) -> object:
                async with CarrierX(token=TOKEN, base_url=server.base_url, **options) as cx:
                    return await get_did(cx, "x" * MB)

            error = raised(runner, call)
            assert type(error) is ConfigurationError, f"{runner}: {error!r}"
            messages[runner] = str(error)
    assert len(set(messages.values())) == 1, messages
    assert server.received == []


@pytest.mark.parametrize("sender", SENDERS)
async def test_an_endpoint_api_on_another_origin_is_refused_naming_both_ports(sender: str) -> None:
    async with raw_server(lambda _: did("d1")) as server, client(server.base_url, sender) as cx:
        other = closed_port()
        port = httpx.URL(server.base_url).port
        with pytest.raises(ConfigurationError) as caught:
            cx.flexml("login", "password", base_url=httpx.URL(f"http://127.0.0.1:{other}/flexml/v1"))
    message = str(caught.value)
    assert f"127.0.0.1:{other}" in message and f"127.0.0.1:{port}" in message, message
    assert server.received == []


# --- 13b. on trio, waiting for a free connection counts against the deadline too ---------------


def test_calls_waiting_for_a_connection_end_at_their_deadline_and_say_they_were_not_sent() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []

    def accept_and_never_answer() -> None:
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept_and_never_answer, daemon=True).start()
    base_url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    outcomes: list[tuple[float, bool]] = []

    async def three_calls_on_one_connection() -> None:
        policy = RetryPolicy(attempts=1, deadline=1.0)
        async with CarrierX(token=TOKEN, base_url=base_url, limits=httpx.Limits(max_connections=1), retry=policy) as cx:
            started = time.monotonic()

            async def one() -> None:
                with pytest.raises(APITimeoutError) as caught:
                    await get_did(cx)
                outcomes.append((time.monotonic() - started, caught.value.may_have_been_sent))

            async with trio.open_nursery() as nursery:
                for _ in range(3):
                    nursery.start_soon(one)

    try:
        trio.run(three_calls_on_one_connection)
    finally:
        listener.close()
        for connection in held:
            connection.close()
    assert all(elapsed < 2.5 for elapsed, _ in outcomes), outcomes
    assert sorted(sent for _, sent in outcomes) == [False, False, True]  # two never got a connection
