"""Injected faults, each seen from the client, and the retry rules they exercise."""

from __future__ import annotations

import time

import httpx
import pytest
from carrierx_core.models import MessageCreateParams

from carrierx_async import (
    APIConnectionError,
    APIResponseValidationError,
    CarrierX,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from carrierx_async.testing import FakeCarrierX, Fault, FaultInjector

from .conftest import BASE_URL

SMS: MessageCreateParams = {"from": "15162060000", "to": "15162060001", "message": "hi"}
QUICK = RetryPolicy(attempts=3, initial_delay=0, jitter=0)


def client(app: FakeCarrierX, retry: RetryPolicy = QUICK) -> CarrierX:
    return CarrierX(token="test-token", base_url=BASE_URL, transport=httpx.ASGITransport(app=app), retry=retry)


async def test_rate_limit_answers_429_with_retry_after_before_processing() -> None:
    app = FakeCarrierX(faults=[Fault("rate_limit", method="POST", path="/core/v2/sms/*", retry_after=7)])
    async with client(app, RetryPolicy.none()) as cx:
        with pytest.raises(RateLimitError) as caught:
            await cx.core.sms.send_message(body=SMS)
    assert caught.value.retry_after == 7
    assert caught.value.headers["retry-after"] == "7"
    assert app.counters["sms_sent"] == 0 and app.counters[("POST", "/core/v2/sms/messages")] == 0
    assert app.faults.counts["rate_limit"] == 1


async def test_a_post_is_retried_after_429_and_sent_once() -> None:
    app = FakeCarrierX(faults=[Fault("rate_limit", path="/core/v2/sms/messages", retry_after=0, times=2)])
    async with client(app) as cx:
        message = await cx.core.sms.send_message(body=SMS)
        records = await cx.core.sms.get_message_detail_records()
    assert message.status == "queued"
    assert app.faults.counts["rate_limit"] == 2
    assert app.counters["sms_sent"] == 1 and records.total == 1


async def test_server_errors_are_retried_for_get_but_not_for_post() -> None:
    app = FakeCarrierX(faults=["server_error:status=502,times=1"])
    async with client(app) as cx:
        await cx.core.endpoints.get_endpoints()  # one 502, then a retry that succeeds
        assert app.faults.counts["server_error"] == 1
        app.faults.add(Fault("server_error", method="POST", times=1))
        with pytest.raises(InternalServerError) as caught:
            await cx.core.sms.send_message(body=SMS)
    assert caught.value.status_code == 503
    assert app.counters["sms_sent"] == 0


async def test_latency_delays_the_answer() -> None:
    app = FakeCarrierX(faults=[Fault("latency", delay=0.2, path="/core/v2/endpoints")])
    async with client(app) as cx:
        started = time.perf_counter()
        await cx.core.endpoints.get_endpoints()
        slow = time.perf_counter() - started
        started = time.perf_counter()
        await cx.core.trunk_groups.get_trunk_groups()
        fast = time.perf_counter() - started
    assert slow >= 0.2 > fast
    assert app.faults.counts["latency"] == 1


async def test_a_refused_connection_lets_even_a_post_be_retried() -> None:
    app = FakeCarrierX(faults=[Fault("connect_error", times=1)])
    async with client(app) as cx:
        await cx.core.sms.send_message(body=SMS)
    assert app.faults.counts["connect_error"] == 1
    assert app.counters["sms_sent"] == 1


async def test_dropped_before_processing_nothing_happens() -> None:
    app = FakeCarrierX(faults=[Fault("drop_before", method="POST")])
    async with client(app) as cx:
        with pytest.raises(APIConnectionError):
            await cx.core.sms.send_message(body=SMS)
        assert (await cx.core.sms.get_messages()).total == 0
    assert app.counters["sms_sent"] == 0
    assert app.faults.counts["drop_before"] == 1  # the POST was not retried


async def test_dropped_after_processing_the_sms_went_out_and_is_not_sent_again() -> None:
    app = FakeCarrierX(faults=[Fault("drop_after", method="POST", path="/core/v2/sms/messages", times=1)])
    async with client(app) as cx:
        with pytest.raises(APIConnectionError):
            await cx.core.sms.send_message(body=SMS)
        records = await cx.core.sms.get_message_detail_records()
    # The side effect happened although the client got no answer; the client did not retry.
    assert app.counters["sms_sent"] == 1
    assert records.total == 1
    assert app.faults.counts["drop_after"] == 1


async def test_a_dropped_get_is_retried() -> None:
    app = FakeCarrierX(faults=[Fault("drop_after", method="GET", times=1)])
    async with client(app) as cx:
        await cx.core.endpoints.get_endpoints()
    assert app.faults.counts["drop_after"] == 1
    assert app.counters[("GET", "/core/v2/endpoints")] == 2  # processed twice, answered once


async def test_a_truncated_body_is_unreadable_but_the_object_exists() -> None:
    app = FakeCarrierX(faults=[Fault("truncate", method="POST", path="/core/v2/trunk_groups")])
    async with client(app) as cx:
        with pytest.raises(APIResponseValidationError):
            await cx.core.trunk_groups.create_trunk_group(body={"name": "half"})
        groups = await cx.core.trunk_groups.get_trunk_groups()
    assert [group.name for group in groups.items or []] == ["half"]
    assert app.faults.counts["truncate"] == 1


async def test_faults_match_operation_templates() -> None:
    app = FakeCarrierX(faults=[Fault("server_error", path="/core/v2/trunk_groups/{trunk_group_sid}")])
    async with client(app, RetryPolicy.none()) as cx:
        group = await cx.core.trunk_groups.create_trunk_group(body={"name": "g"})
        await cx.core.trunk_groups.get_trunk_groups()
        assert isinstance(group.trunk_group_sid, str)
        with pytest.raises(InternalServerError):
            await cx.core.trunk_groups.get_trunk_group(group.trunk_group_sid)
    assert [(event.kind, event.method) for event in app.faults.log] == [("server_error", "GET")]


def test_the_rng_is_seeded() -> None:
    def decisions(seed: int) -> list[bool]:
        injector = FaultInjector([Fault("server_error", rate=0.5)], seed=seed)
        return [injector.before("GET", "/core/v2/endpoints", None) is not None for _ in range(40)]

    assert decisions(3) == decisions(3)
    assert decisions(3) != decisions(4)
    assert 5 < sum(decisions(3)) < 35


def test_fault_text_form() -> None:
    fault = Fault.parse("rate_limit:rate=0.25,method=post,path=/core/v2/sms/*,retry_after=2,times=3")
    assert fault == Fault("rate_limit", method="POST", path="/core/v2/sms/*", rate=0.25, retry_after=2.0, times=3)
    with pytest.raises(ValueError, match="unknown fault kind"):
        Fault.parse("meteor_strike")
    with pytest.raises(ValueError, match="unknown fault option"):
        Fault.parse("latency:colour=red")
