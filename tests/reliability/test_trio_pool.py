"""On trio the default client holds thousands of concurrent calls on its own httpx pool (issue #17, item 11).

httpcore's pool scanned every connection, for every idle one every connection again, each time a
request started or ended, and on trio gave one idle connection to several requests at once; with
200 connections 2,000 concurrent calls spent seconds of CPU there. The client's pool is now made of
one-connection httpcore pools. These tests run on trio through anyio, against a raw HTTP/1.1
server on loopback in a thread of its own, and check what the server saw and what httpcore did
(its scans are counted, never replaced).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import time
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import httpcore
import httpx
import pytest
from carrierx_core.models import StorageFileCreate, StorageFileUpload

from carrierx_async import CarrierX, File, OAuthPasswordGrant
from carrierx_async._config import DEFAULT_LIMITS
from carrierx_async._httpx_pool import ShardedPool
from carrierx_async._httpx_sender import HttpxSender

from .support import Answer, Received, ServerThread, http_response

TOKEN = "trio-pool-token"
TOKEN_PATH = "/core/v2/oauth/token"


def default_max_connections() -> int:
    limit = DEFAULT_LIMITS.max_connections
    assert limit is not None
    return limit


CONNECTIONS = default_max_connections()


def did_named_by_path(request: Received) -> Answer:
    return http_response(200, {"did_sid": request.path.rpartition("/")[2]})


class FillThePool:
    """Answers each request at once, except the first `hold`: those wait until all `hold` have arrived.

    So the client surely has `hold` connections open at the same moment (the pool fills up),
    and the server's peak shows whether it ever opened more.
    """

    def __init__(self, hold: int) -> None:
        self.hold = hold
        self.arrived = 0
        self._all_in: asyncio.Event | None = None  # made on the server's loop, by its first request

    async def __call__(self, request: Received) -> Answer:
        if self._all_in is None:
            self._all_in = asyncio.Event()
        self.arrived += 1
        if self.arrived >= self.hold:
            self._all_in.set()
        with contextlib.suppress(TimeoutError):  # a guard only: then the test fails on its counts
            await asyncio.wait_for(self._all_in.wait(), 30)
        return did_named_by_path(request)


async def concurrent_gets(cx: CarrierX, calls: int) -> list[str | None]:
    """`calls` GETs started at once; the DID each one got back."""
    got: list[str | None] = []

    async def one(index: int) -> None:
        got.append((await cx.core.dids.get_did(f"d{index}")).did_sid)

    async with anyio.create_task_group() as group:
        for index in range(calls):
            group.start_soon(one, index)
    return got


def on_trio(scenario: Callable[[], Any]) -> Any:
    return anyio.run(scenario, backend="trio")


def settled(server: ServerThread, at_most: int) -> int:
    """The connections the server has open once at most `at_most` are (10 s at most: it sees closes on its own loop)."""
    deadline = time.monotonic() + 10
    while server.server.open_connections > at_most and time.monotonic() < deadline:
        time.sleep(0.02)
    return server.server.open_connections


def pool_of(cx: CarrierX) -> ShardedPool:
    """The client's own httpx pool (its httpx sender's, made by its first call on trio)."""
    sender = cx._channel._httpx
    assert isinstance(sender, HttpxSender)
    transport = sender._client._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    pool = transport._pool
    assert isinstance(pool, ShardedPool)
    return pool


def test_two_thousand_concurrent_calls_on_trio_succeed_on_at_most_max_connections() -> None:
    calls = 2_000
    with ServerThread(FillThePool(CONNECTIONS)) as server:

        async def scenario() -> tuple[list[str | None], int]:
            async with CarrierX(token=TOKEN, base_url=server.base_url) as cx:  # default limits
                with anyio.fail_after(120):  # a guard against a hang, not a measurement
                    got = await concurrent_gets(cx, calls)
                    pool_connections = len(pool_of(cx).connections)
            return got, pool_connections

        got, pool_connections = on_trio(scenario)
        still_open = settled(server, 0)
    assert sorted(got, key=str) == sorted((f"d{index}" for index in range(calls)), key=str)  # each its own answer
    assert len(server.received) == calls  # none retried
    assert server.server.peak_connections == CONNECTIONS  # the pool filled up, and never went past its limit
    assert server.server.accepted == CONNECTIONS  # every connection reused, none replaced
    assert pool_connections == CONNECTIONS
    assert still_open == 0  # closing the client closed every connection


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[int, int]]]:
    """Every scan of an httpcore pool (`_assign_requests_to_connections`): (its connections, its requests)."""
    seen: list[tuple[int, int]] = []
    scan = httpcore.AsyncConnectionPool._assign_requests_to_connections

    def counted(pool: httpcore.AsyncConnectionPool) -> list[httpcore.AsyncConnectionInterface]:
        seen.append((len(pool._connections), len(pool._requests)))
        return scan(pool)

    monkeypatch.setattr(httpcore.AsyncConnectionPool, "_assign_requests_to_connections", counted)
    yield seen


def test_httpcore_work_per_call_does_not_grow_with_concurrency(scans: list[tuple[int, int]]) -> None:
    # A scan walks its pool's connections once per queued request and once per idle connection:
    # connections x (requests + 1) bounds its work. Measured per call, at 25 calls at once (the
    # pool opens about 25 connections) and at 2,000 (it opens all 200).
    work: dict[int, float] = {}
    scans_per_call: dict[int, float] = {}
    scans_seen: dict[int, list[tuple[int, int]]] = {}
    with ServerThread(did_named_by_path) as server:
        for calls in (25, 2_000):

            async def scenario(calls: int = calls) -> None:
                async with CarrierX(token=TOKEN, base_url=server.base_url) as cx:
                    await cx.core.dids.get_did("warm")
                    scans.clear()
                    await concurrent_gets(cx, calls)
                    work[calls] = sum(connections * (requests + 1) for connections, requests in scans) / calls
                    scans_per_call[calls] = len(scans) / calls
                    scans_seen[calls] = list(scans)

            on_trio(scenario)
    print(f"per call: scans {scans_per_call}, work {work}")
    for calls in (25, 2_000):
        assert scans_per_call[calls] == 2, scans_per_call  # one as the request enters, one as it ends: none goes round
        assert work[calls] <= 3, work  # a one-connection pool: the same work at any concurrency
        assert max(connections for connections, _ in scans_seen[calls]) <= 1
        assert max(requests for _, requests in scans_seen[calls]) <= 1


def test_idle_connections_past_their_expiry_are_closed_by_the_next_call() -> None:
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=20, keepalive_expiry=0.2)
    with ServerThread(FillThePool(20)) as server:

        async def scenario() -> tuple[int, int]:
            async with CarrierX(token=TOKEN, base_url=server.base_url, limits=limits) as cx:
                await concurrent_gets(cx, 20)
                after_burst = server.server.open_connections  # all kept alive: within the keep-alive limit
                await anyio.sleep(0.4)  # every idle connection is past its expiry
                await cx.core.dids.get_did("later")
                return after_burst, await anyio.to_thread.run_sync(settled, server, 1)

        after_burst, after_next_call = on_trio(scenario)
    assert after_burst == 20
    assert after_next_call == 1  # the one the later call used; the 19 idle ones were swept


def test_oauth_uploads_and_gets_on_trio_share_one_connection() -> None:
    def answer(request: Received) -> Answer:
        if request.path == TOKEN_PATH:
            return http_response(200, {"access_token": "issued", "token_type": "bearer"})
        if request.method == "POST":
            return http_response(201, {"file_sid": "f1"})
        return did_named_by_path(request)

    grant = OAuthPasswordGrant(client_id="c", client_secret="s", username="u", password="p")
    with ServerThread(answer) as server:

        async def scenario() -> None:
            async with CarrierX(oauth=grant, base_url=server.base_url) as cx:
                for number in range(3):
                    upload = StorageFileUpload(
                        data=File(io.BytesIO(b"audio"), "a.wav", "audio/wav"),
                        file_object=StorageFileCreate(container_sid="c1", name=f"n{number}"),
                    )
                    await cx.core.storage.upload_file(body=upload)
                    await cx.core.dids.get_did("d1")

        on_trio(scenario)
    received = server.received
    assert [request.path for request in received][:2] == [TOKEN_PATH, "/core/v2/storage/files"]
    assert len(received) == 7  # the token, then three uploads and three GETs
    assert {request.connection for request in received} == {1}  # one pool, one kept-alive connection
