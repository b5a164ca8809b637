"""The account-wide rate limit: even spacing, 429 pauses for everyone, every kind of call counted."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any

import anyio
import httpx
import pytest

from carrierx_async import CarrierX, ConfigurationError, RetryPolicy
from carrierx_async.batch import Batch, RateLimit
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, Fault, serve

Scope = MutableMapping[str, Any]


class Arrivals:
    """ASGI middleware recording when each request reached the fake server."""

    def __init__(self, app: Callable[[Scope, Any, Any], Awaitable[None]]) -> None:
        self.app = app
        self.times: list[tuple[float, str, str]] = []

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.times.append((time.monotonic(), scope["method"], scope["path"]))
        await self.app(scope, receive, send)

    def most_in(self, window: float) -> int:
        """The most requests that arrived within any `window` seconds."""
        times = sorted(at for at, _, _ in self.times)
        return max((sum(1 for later in times[i:] if later - at < window) for i, at in enumerate(times)), default=0)


def starts_within(times: list[float], window: float) -> int:
    ordered = sorted(times)
    return max((sum(1 for later in ordered[i:] if later - at < window) for i, at in enumerate(ordered)), default=0)


async def test_calls_are_spaced_evenly_without_bursts() -> None:
    limit = RateLimit(100)
    started: list[float] = []

    async def call() -> None:
        await limit.acquire()
        started.append(time.monotonic())

    begin = time.monotonic()
    async with anyio.create_task_group() as group:
        for _ in range(21):
            group.start_soon(call)
    assert time.monotonic() - begin >= 0.19  # 21 calls at 100/s: the last starts 200 ms after the first
    assert starts_within(started, 0.1) <= 13  # 10 at 100/s in any 100 ms (slack for a busy machine), not a burst


async def test_a_slow_down_holds_back_every_waiter_including_those_holding_a_slot() -> None:
    limit = RateLimit(100)
    started: list[float] = []

    async def call() -> None:
        await limit.acquire()
        started.append(time.monotonic())

    begin = time.monotonic()
    async with anyio.create_task_group() as group:
        for _ in range(10):
            group.start_soon(call)
        await anyio.sleep(0.025)  # two or three have started; the rest hold slots up to 90 ms ahead
        limit.slow_down(0.3)
    early = [at - begin for at in started if at - begin < 0.3]
    assert len(early) <= 4
    assert len(started) == 10
    assert starts_within(started, 0.1) <= 13  # the held-back calls do not all fire when the pause ends


@pytest.fixture
def loopback() -> Iterator[tuple[str, FakeCarrierX, Arrivals]]:
    app = FakeCarrierX()
    arrivals = Arrivals(app)
    with serve(arrivals) as base_url:
        yield base_url, app, arrivals


async def test_the_client_limit_covers_plain_calls_paginators_and_batches(
    loopback: tuple[str, FakeCarrierX, Arrivals],
) -> None:
    base_url, _, arrivals = loopback
    async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url, rate_limit=50) as cx:
        did = await cx.core.dids.rent_did(body={})
        begin = time.monotonic()

        async def plain_calls() -> None:
            for _ in range(10):
                await cx.core.dids.get_did(str(did.did_sid))

        async def paging() -> None:
            async for _ in cx.core.dids.iter_browse_available_dids(page_size=1, max_items=10):
                pass

        async def batch() -> None:
            await Batch(lambda index: cx.core.dids.get_did(str(did.did_sid)), range(10), concurrency=10).run()

        async with anyio.create_task_group() as group:
            for job in (plain_calls, paging, batch):
                group.start_soon(job)
        elapsed = time.monotonic() - begin
    assert len(arrivals.times) >= 31
    assert elapsed >= 29 / 50  # 30 requests at 50/s, whoever made them
    assert arrivals.most_in(0.2) <= 13  # 10 at 50/s; the slack is the server thread's scheduling


async def test_a_429_pauses_every_caller_of_the_client_not_just_the_one_retrying(
    loopback: tuple[str, FakeCarrierX, Arrivals],
) -> None:
    base_url, app, arrivals = loopback
    app.faults.add(Fault("rate_limit", method="POST", path="/core/v2/sms/messages", times=1, retry_after=0.4))
    async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url, rate_limit=100) as cx:
        did = await cx.core.dids.rent_did(body={})

        async def send() -> None:
            await cx.core.sms.send_message(body={"from": str(did.phonenumber), "to": "15551230000", "message": "x"})

        async def read(index: int) -> Any:
            return await cx.core.dids.get_did(str(did.did_sid))

        async with anyio.create_task_group() as group:
            group.start_soon(send)
            while not app.faults.counts["rate_limit"]:  # noqa: ASYNC110 - the fake server counts; it has no event
                await anyio.sleep(0.005)
            await anyio.sleep(0.02)  # the 429 is back at the client, which is now waiting out its Retry-After
            group.start_soon(Batch(read, range(30), concurrency=30).run)
    refused = next(at for at, method, path in arrivals.times if path.endswith("sms/messages"))
    after = sorted(at - refused for at, _, _ in arrivals.times if at > refused)
    assert after and after[0] >= 0.38  # nothing at all reached the server during the Retry-After
    assert arrivals.most_in(0.1) <= 11


async def test_retries_count_against_a_batch_rate() -> None:
    app = FakeCarrierX(faults=[Fault("server_error", method="GET", rate=0.5)], seed=1)
    arrivals = Arrivals(app)
    retry = RetryPolicy(attempts=8, initial_delay=0, jitter=0)
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=arrivals), retry=retry) as cx:
        did = await cx.core.dids.rent_did(body={})
        arrivals.times.clear()
        begin = time.monotonic()
        results = await Batch(lambda index: cx.core.dids.get_did(str(did.did_sid)), range(10), rate=50).run()
        elapsed = time.monotonic() - begin
    assert all(result.ok for result in results)
    attempts = len(arrivals.times)
    assert attempts > 14  # about half the first tries were retried
    assert elapsed >= (attempts - 1) / 50 * 0.95  # every attempt, retries included, waited for the rate
    assert arrivals.most_in(0.2) <= 13


class CountingLimiter:
    """An account limiter that admits everything and counts what it was asked for."""

    def __init__(self) -> None:
        self.acquired = 0
        self.slowed: list[float] = []

    async def acquire(self) -> None:
        self.acquired += 1

    def slow_down(self, seconds: float) -> None:
        self.slowed.append(seconds)


@pytest.mark.parametrize("own", ["http_client", "transport"])
async def test_the_limit_applies_to_every_attempt_whatever_sends_them(own: str) -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json={})] * 3)
    transport = httpx.MockTransport(lambda _: next(answers))
    limiter = CountingLimiter()
    sending: dict[str, Any] = (
        {"http_client": httpx.AsyncClient(transport=transport)} if own == "http_client" else {"transport": transport}
    )
    async with CarrierX(token="t", rate_limit=limiter, **sending) as cx:
        for _ in range(3):
            await cx.core.dids.get_did("d1")
    assert limiter.acquired == 6  # three calls, each a 429 and its retry
    assert limiter.slowed == [0.0, 0.0, 0.0]


def test_a_rate_limit_must_be_positive() -> None:
    with pytest.raises(ConfigurationError, match="positive"):
        CarrierX(token="t", rate_limit=0)
