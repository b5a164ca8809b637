"""The aiohttp sender's watchdog: one timer keeps every deadline and read timeout of a client.

What a user relies on: a silent server still times out (read timeout and call deadline), an
outside cancellation is never swallowed, and no timer outlives the calls. The point of the
watchdog (no timer armed per request) is checked by counting the loop's timers, not by timing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from carrierx_async import APITimeoutError, CarrierX, RetryPolicy
from carrierx_async._aiohttp_watchdog import Deadline, Watchdog

from .support import Received, http_response, raw_server

DID = http_response(200, {"did_sid": "d1"})


def answer_did(request: Received) -> bytes:
    return DID


def sender_of(cx: CarrierX) -> Any:
    return cx._channel._aiohttp


async def test_a_deadline_cancels_the_attempt_and_says_so() -> None:
    watchdog = Watchdog(asyncio.get_running_loop())
    started = time.monotonic()
    with Deadline(watchdog, 0.05) as deadline:
        await asyncio.sleep(10)
    assert deadline.expired
    assert time.monotonic() - started < 5  # it ended the wait, far before the sleep would have
    assert asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]  # the cancellation was taken back


async def test_a_deadline_that_does_not_pass_leaves_the_task_alone() -> None:
    watchdog = Watchdog(asyncio.get_running_loop())
    with Deadline(watchdog, 5) as deadline:
        await asyncio.sleep(0.01)
    assert not deadline.expired
    with Deadline(watchdog, None) as unbounded:
        await asyncio.sleep(0.01)
    assert not unbounded.expired
    await asyncio.sleep(0.15)  # one longest tick: with nothing left to watch, the check stops
    assert watchdog._timer is None


async def test_a_cancellation_from_outside_is_never_swallowed() -> None:
    watchdog = Watchdog(asyncio.get_running_loop())
    deadlines: list[Deadline] = []
    entered = asyncio.Event()

    async def attempt() -> None:
        with Deadline(watchdog, 10) as deadline:
            deadlines.append(deadline)
            entered.set()
            await asyncio.sleep(10)

    task = asyncio.create_task(attempt())
    await entered.wait()
    deadlines[0].expire()  # the deadline passes (what the watchdog's check does) ...
    task.cancel()  # ... and the caller cancels too, before the task runs again
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_a_cancellation_from_outside_during_a_live_deadline_propagates() -> None:
    watchdog = Watchdog(asyncio.get_running_loop())
    entered = asyncio.Event()

    async def attempt() -> None:
        with Deadline(watchdog, 10):
            entered.set()
            await asyncio.sleep(10)

    task = asyncio.create_task(attempt())
    await entered.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert watchdog._calls == {}


async def test_a_server_that_never_answers_times_out_on_the_read_timeout() -> None:
    async def silent(request: Received) -> bytes:
        await asyncio.sleep(30)
        return DID

    async with (
        raw_server(silent) as server,
        CarrierX(token="t", base_url=server.base_url, timeout=0.2, retry=RetryPolicy.none()) as cx,
    ):
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await cx.core.dids.get_did("d1")
        assert time.monotonic() - started < 10
    assert caught.value.may_have_been_sent


async def test_a_body_that_stops_midway_times_out_on_the_read_timeout() -> None:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(DID[:-5])  # the head and most of the body; the rest never comes
        await writer.drain()
        await asyncio.sleep(30)

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with CarrierX(
            token="t", base_url=f"http://127.0.0.1:{port}", timeout=0.2, retry=RetryPolicy.none()
        ) as cx:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await cx.core.dids.get_did("d1")
            assert time.monotonic() - started < 10
    finally:
        server.close()


@contextmanager
def counting_timers(loop: asyncio.AbstractEventLoop) -> Iterator[list[float]]:
    """Record the delay of every timer armed on `loop` (the real `call_at` still runs)."""
    armed: list[float] = []
    original = loop.call_at

    def call_at(when: float, callback: Any, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
        armed.append(when - loop.time())
        return original(when, callback, *args, **kwargs)

    loop.call_at = call_at  # type: ignore[method-assign,assignment]
    try:
        yield armed
    finally:
        del loop.call_at


async def test_requests_arm_no_timer_each() -> None:
    async with raw_server(answer_did) as server, CarrierX(token="t", base_url=server.base_url) as cx:

        async def worker() -> None:
            for _ in range(20):
                await cx.core.dids.get_did("d1")

        await asyncio.gather(*(worker() for _ in range(10)))  # warm: 10 pooled connections
        with counting_timers(asyncio.get_running_loop()) as armed:
            await asyncio.gather(*(worker() for _ in range(10)))  # 200 calls
        # Only the watchdog's periodic check (at most one per tick of the 200 calls' time) arms timers.
        assert len(armed) < 50, f"{len(armed)} timers for 200 calls"
        assert all(delay <= 0.11 for delay in armed)
    assert sender_of(cx)._watchdog is None or sender_of(cx)._watchdog._calls == {}
