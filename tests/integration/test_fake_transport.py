"""`FakeTransport`: in-process, a timeout and injected latency behave as on a loopback port."""

from __future__ import annotations

import time
from collections.abc import Iterator

import anyio
import httpx
import pytest
import trio

from carrierx_async import APIConnectionError, APITimeoutError, CarrierX, RetryPolicy
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, FakeTransport, Fault, serve


@pytest.fixture
def app() -> FakeCarrierX:
    return FakeCarrierX()


@pytest.fixture
def on_a_port(app: FakeCarrierX) -> Iterator[str]:
    with serve(app) as base_url:
        yield base_url


async def time_a_short_timeout(cx: CarrierX, app: FakeCarrierX) -> tuple[type[BaseException] | None, float]:
    """How a `timeout=0.1` call ends against 0.5 s of latency, and when."""
    await cx.core.trunk_groups.get_trunk_groups()  # first calls import and build what they need: not timed
    app.faults.clear()
    app.faults.add(Fault("latency", delay=0.5))
    started = time.perf_counter()
    try:
        await cx.core.trunk_groups.get_trunk_groups(timeout=0.1)
    except APIConnectionError as error:
        return type(error), time.perf_counter() - started
    return None, time.perf_counter() - started


async def test_a_short_timeout_expires_in_process_as_it_does_on_a_port(app: FakeCarrierX, on_a_port: str) -> None:
    async with CarrierX(token=DEFAULT_TOKEN, base_url=on_a_port, retry=RetryPolicy.none()) as cx:
        on_port, on_port_seconds = await time_a_short_timeout(cx, app)
    async with CarrierX(token=DEFAULT_TOKEN, transport=FakeTransport(app), retry=RetryPolicy.none()) as cx:
        in_process, in_process_seconds = await time_a_short_timeout(cx, app)
    assert on_port is in_process is APITimeoutError
    assert in_process_seconds < 0.3 and on_port_seconds < 0.3


async def test_plain_asgi_transport_ignores_the_timeout(app: FakeCarrierX) -> None:
    # Why FakeTransport exists: httpx's ASGITransport lets the call succeed after the latency.
    transport = httpx.ASGITransport(app=app)
    async with CarrierX(token=DEFAULT_TOKEN, transport=transport, retry=RetryPolicy.none()) as cx:
        error, seconds = await time_a_short_timeout(cx, app)
    assert error is None and seconds >= 0.5


async def test_without_a_timeout_the_answer_comes_after_the_latency(app: FakeCarrierX) -> None:
    app.faults.add(Fault("latency", delay=0.5))
    async with CarrierX(token=DEFAULT_TOKEN, transport=FakeTransport(app), timeout=None) as cx:
        started = time.perf_counter()
        page = await cx.core.trunk_groups.get_trunk_groups()
    assert page.count == 0 and time.perf_counter() - started >= 0.5


async def test_a_post_that_timed_out_still_takes_effect_as_on_a_server(app: FakeCarrierX) -> None:
    app.faults.add(Fault("latency", delay=0.5))
    async with CarrierX(token=DEFAULT_TOKEN, transport=FakeTransport(app), retry=RetryPolicy.none()) as cx:
        with pytest.raises(APITimeoutError):
            await cx.core.trunk_groups.create_trunk_group(body={"name": "late"}, timeout=0.1)
        await anyio.sleep(0.6)
        app.faults.clear()
        page = await cx.core.trunk_groups.get_trunk_groups()
    assert [group.name for group in page.items or []] == ["late"]


async def test_injected_drops_and_refusals_reach_the_caller_as_connection_errors() -> None:
    app = FakeCarrierX(faults=[Fault("drop_before", times=1), Fault("connect_error", times=1)])
    async with CarrierX(token=DEFAULT_TOKEN, transport=FakeTransport(app), retry=RetryPolicy.none()) as cx:
        for _ in range(2):
            with pytest.raises(APIConnectionError) as caught:
                await cx.core.trunk_groups.get_trunk_groups(timeout=5)
            assert not isinstance(caught.value, APITimeoutError)
        await cx.core.trunk_groups.get_trunk_groups(timeout=5)


def test_the_timeout_expires_on_trio_too(app: FakeCarrierX) -> None:
    async def scenario() -> tuple[type[BaseException] | None, float]:
        async with CarrierX(token=DEFAULT_TOKEN, transport=FakeTransport(app), retry=RetryPolicy.none()) as cx:
            return await time_a_short_timeout(cx, app)

    error, seconds = trio.run(scenario)
    assert error is APITimeoutError and seconds < 0.3
