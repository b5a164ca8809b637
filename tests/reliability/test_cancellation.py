"""Cancelling 1,000 in-flight calls three ways leaks no connection, warns of nothing, slows nothing.

Against the fake server on a loopback port whose trunk-group list answers only after a delay:
the default pool holds 200 connections, so of each 1,000 calls 200 are waiting for an answer
and 800 for a connection when they are cancelled. The three ways:

- a task group is cancelled (anyio's cancel scope, as a structured-concurrency caller does);
- every call carries a per-call `timeout=` shorter than the delay;
- an aiohttp.web handler awaiting the client is abandoned: its HTTP client hangs up and the
  server cancels the handler task (`handler_cancellation=True`), as a web app behind an
  impatient proxy sees.
"""

from __future__ import annotations

import asyncio
import collections
import gc
import logging
import time
import warnings
from collections.abc import Iterator

import aiohttp
import anyio
import pytest
from aiohttp import web

from carrierx_async import APITimeoutError, CarrierX, RetryPolicy
from carrierx_async._aiohttp_sender import AiohttpSender
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, Fault, serve

from .support import ServerGauge, acquired, loop_problems

CALLS = 1_000
POOL = 200  # the default pool size (DEFAULT_LIMITS)
DELAY = 2.0  # seconds the slow endpoint takes; every cancellation happens well before
SLOW = ("GET", "/core/v2/trunk_groups")
FAST_CALLS, FAST_CONCURRENCY = 500, 50
# The pool must serve as fast after the cancellations as before them. The run after is timed
# against the run before in the same process (a ratio, not an absolute time); 2x leaves room
# for the server's lingering sleepers and scheduling noise on a 2-core machine.
SLOWDOWN_BOUND = 2.0
TROUBLE = ("unclosed", "never retrieved", "destroyed but it is pending", "exception in callback")


@pytest.fixture
def fake() -> Iterator[tuple[ServerGauge, str]]:
    app = FakeCarrierX(faults=[Fault("latency", method="GET", path=SLOW[1], delay=DELAY)])
    gauge = ServerGauge(app)
    with serve(gauge) as base_url:
        yield gauge, base_url


async def fast_run(cx: CarrierX, sid: str) -> float:
    """Seconds for 500 quick reads, 50 at a time."""
    limiter = asyncio.Semaphore(FAST_CONCURRENCY)

    async def one() -> None:
        async with limiter:
            assert (await cx.core.trunk_groups.get_trunk_group(sid)).trunk_group_sid == sid

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(FAST_CALLS)))
    return time.perf_counter() - started


async def cancel_by_task_group(cx: CarrierX, gauge: ServerGauge) -> collections.Counter[str]:
    outcomes: collections.Counter[str] = collections.Counter()

    async def call() -> None:
        try:
            await cx.core.trunk_groups.get_trunk_groups()
            outcomes["completed"] += 1
        except anyio.get_cancelled_exc_class():
            outcomes["cancelled"] += 1
            raise

    seen = gauge.paths[SLOW]
    async with anyio.create_task_group() as group:
        for _ in range(CALLS):
            group.start_soon(call)
        await gauge.until(lambda g: g.paths[SLOW] >= seen + POOL)  # the pool is full of slow calls
        group.cancel_scope.cancel()
    return outcomes


async def cancel_by_timeouts(cx: CarrierX) -> collections.Counter[str]:
    results = await asyncio.gather(
        *(cx.core.trunk_groups.get_trunk_groups(timeout=0.3, retry=RetryPolicy.none()) for _ in range(CALLS)),
        return_exceptions=True,
    )
    return collections.Counter(type(result).__name__ for result in results)


async def cancel_by_abandoned_handlers(cx: CarrierX, gauge: ServerGauge) -> collections.Counter[str]:
    outcomes: collections.Counter[str] = collections.Counter()
    entered, go, finished = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def handler(request: web.Request) -> web.Response:
        outcomes["entered"] += 1
        if outcomes["entered"] == CALLS:
            entered.set()
        try:
            await go.wait()  # every visitor is connected and waiting before the first call goes out
            await cx.core.trunk_groups.get_trunk_groups()
            outcomes["completed"] += 1
            return web.json_response({})
        except asyncio.CancelledError:
            outcomes["cancelled"] += 1
            raise
        finally:
            outcomes["finished"] += 1
            if outcomes["finished"] == CALLS:
                finished.set()

    app = web.Application()
    app.router.add_get("/page", handler)
    runner = web.AppRunner(app, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=CALLS)  # every visitor connects at once
    await site.start()
    port = runner.addresses[0][1]
    seen = gauge.paths[SLOW]
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as browser:

            async def visit() -> None:
                async with browser.get(f"http://127.0.0.1:{port}/page") as answer:
                    await answer.read()

            visits = [asyncio.ensure_future(visit()) for _ in range(CALLS)]
            await entered.wait()
            go.set()
            await gauge.until(lambda g: g.paths[SLOW] >= seen + POOL)
            for visit_task in visits:  # the visitors give up: their connections close mid-request
                visit_task.cancel()
            await asyncio.gather(*visits, return_exceptions=True)
            async with asyncio.timeout(10):  # a guard only: the handlers end as soon as they are cancelled
                await finished.wait()
    finally:
        await runner.cleanup()
    return outcomes


async def test_a_thousand_cancelled_calls_three_ways_leak_nothing(
    fake: tuple[ServerGauge, str], caplog: pytest.LogCaptureFixture
) -> None:
    gauge, base_url = fake
    caplog.set_level(logging.DEBUG, logger="asyncio")
    with warnings.catch_warnings(record=True) as caught, loop_problems() as problems:
        warnings.simplefilter("always")
        async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url, retry=RetryPolicy.none()) as cx:
            sid = str((await cx.core.trunk_groups.create_trunk_group(body={"name": "quick"})).trunk_group_sid)
            before = await fast_run(cx, sid)

            by_group = await cancel_by_task_group(cx, gauge)
            assert by_group == {"cancelled": CALLS}
            assert acquired(cx) == 0

            by_timeout = await cancel_by_timeouts(cx)
            assert by_timeout == {APITimeoutError.__name__: CALLS}
            assert acquired(cx) == 0

            by_handler = await cancel_by_abandoned_handlers(cx, gauge)
            assert by_handler == {"entered": CALLS, "cancelled": CALLS, "finished": CALLS}
            assert acquired(cx) == 0

            slow_requests = gauge.paths[SLOW]
            after = await fast_run(cx, sid)
            assert acquired(cx) == 0
            # A cancelled call that was still waiting for a connection never went out later.
            assert gauge.paths[SLOW] == slow_requests <= 3 * CALLS
        assert isinstance(cx._channel._aiohttp, AiohttpSender) and cx._channel._aiohttp._session is None  # closed
        del cx
        gc.collect()
    print(
        f"cancellation: task group {dict(by_group)}, per-call timeout {dict(by_timeout)}, abandoned handlers "
        f"{dict(by_handler)}; {slow_requests} of {3 * CALLS} slow calls had reached the server; "
        f"500 quick calls took {before:.2f} s before and {after:.2f} s after ({after / before:.2f}x)"
    )
    assert after < SLOWDOWN_BOUND * before, f"{after:.2f} s after the cancellations, {before:.2f} s before"
    resource_warnings = [
        str(warning.message)
        for warning in caught
        if issubclass(warning.category, ResourceWarning) or "unclosed" in str(warning.message).lower()
    ]
    assert not resource_warnings
    assert not problems.contexts, problems.messages()
    logged = [record.getMessage() for record in caplog.records if record.name == "asyncio"]
    assert not [message for message in logged if any(word in message.lower() for word in TROUBLE)], logged


async def test_the_leak_detectors_see_an_unclosed_session() -> None:
    """The checks above can fail: an aiohttp session left open is reported by both of them."""
    with warnings.catch_warnings(record=True) as caught, loop_problems() as problems:
        warnings.simplefilter("always")
        session = aiohttp.ClientSession()
        del session
        gc.collect()
    assert any(issubclass(warning.category, ResourceWarning) for warning in caught)
    assert any("Unclosed client session" in message for message in problems.messages())
