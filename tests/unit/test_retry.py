"""Retry decisions: method x failure kind x Retry-After, and the transport that applies them."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import socket
import time

import aiohttp
import httpx
import pytest
from httpx_aiohttp import AiohttpTransport

from carrierx_async import APIConnectionError, CarrierX, RateLimitError, RetryPolicy
from carrierx_async._retry import RETRY_EXTENSION, RetryingTransport, was_not_sent

IDEMPOTENT = ["GET", "HEAD", "PUT", "DELETE"]
UNSAFE = ["POST", "PATCH"]


def mapped(aiohttp_error: Exception, httpx_class: type[httpx.TransportError]) -> httpx.TransportError:
    """What httpx-aiohttp raises: an httpx class, caused by the aiohttp error."""
    try:
        raise httpx_class("mapped") from aiohttp_error
    except httpx.TransportError as error:
        return error


def connector_error() -> aiohttp.ClientConnectorError:
    key = type("Key", (), {"ssl": False, "host": "127.0.0.1", "port": 1})()
    return aiohttp.ClientConnectorError(key, ConnectionRefusedError(111, "refused"))


NOT_SENT = {
    "httpx ConnectError": httpx.ConnectError("refused"),
    "httpx ConnectTimeout": httpx.ConnectTimeout("slow connect"),
    "httpx PoolTimeout": httpx.PoolTimeout("no free connection"),
    "aiohttp ClientConnectorError": mapped(connector_error(), httpx.ConnectError),
    "aiohttp ConnectionTimeoutError": mapped(aiohttp.ConnectionTimeoutError(), httpx.TimeoutException),
}
MAYBE_SENT = {
    "httpx ReadTimeout": httpx.ReadTimeout("slow answer"),
    "httpx RemoteProtocolError": httpx.RemoteProtocolError("server disconnected"),
    "httpx ReadError": httpx.ReadError("reset"),
    "httpx WriteError": httpx.WriteError("broken pipe"),
    # httpx-aiohttp 0.2.0 maps a disconnect *after the request was read* to ConnectTimeout.
    "aiohttp ServerDisconnectedError as ConnectTimeout": mapped(
        aiohttp.ServerDisconnectedError(), httpx.ConnectTimeout
    ),
    "aiohttp SocketTimeoutError": mapped(aiohttp.SocketTimeoutError(), httpx.ReadTimeout),
}


@pytest.mark.parametrize("name", NOT_SENT)
def test_errors_that_prove_the_request_never_left(name: str) -> None:
    assert was_not_sent(NOT_SENT[name])


@pytest.mark.parametrize("name", MAYBE_SENT)
def test_errors_after_which_the_request_may_have_arrived(name: str) -> None:
    assert not was_not_sent(MAYBE_SENT[name])


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
@pytest.mark.parametrize("name", list(NOT_SENT) + list(MAYBE_SENT))
def test_transport_error_decision(method: str, name: str) -> None:
    error = {**NOT_SENT, **MAYBE_SENT}[name]
    expected = method in IDEMPOTENT or name in NOT_SENT
    assert RetryPolicy().should_retry_error(method, error) is expected


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
@pytest.mark.parametrize("status", [200, 400, 401, 404, 408, 409, 422, 429, 500, 502, 503, 504])
def test_status_decision(method: str, status: int) -> None:
    retried = status in {408, 429, 500, 502, 503, 504}
    expected = retried and (method in IDEMPOTENT or status == 429)
    assert RetryPolicy().should_retry_status(method, status) is expected


def test_transport_errors_can_be_switched_off() -> None:
    assert not RetryPolicy(transport_errors=False).should_retry_error("GET", httpx.ConnectError("x"))


def test_backoff_grows_exponentially_up_to_the_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, multiplier=2, max_delay=3, jitter=0)
    assert [policy.backoff(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_only_shortens_the_wait_within_its_fraction() -> None:
    policy = RetryPolicy(initial_delay=1, jitter=0.5)
    assert policy.backoff(1, rng=lambda: 0.0) == 1.0
    assert policy.backoff(1, rng=lambda: 1.0) == 0.5


@pytest.mark.parametrize("bad", [{"attempts": 0}, {"jitter": 1.5}, {"initial_delay": -1}, {"multiplier": 0.5}])
def test_nonsense_policies_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**bad)  # type: ignore[arg-type]


class Script(httpx.AsyncBaseTransport):
    """Answers each attempt from a script of responses or exceptions."""

    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps = list(steps)
        self.attempts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def send(transport: RetryingTransport, method: str, policy: RetryPolicy | None = None) -> httpx.Response:
    request = httpx.Request(method, "https://api.carrierx.com/core/v2/sms/messages")
    if policy is not None:
        request.extensions[RETRY_EXTENSION] = policy
    return asyncio.run(transport.handle_async_request(request))


def retrying(script: Script, policy: RetryPolicy | None = None) -> tuple[RetryingTransport, Sleeps]:
    sleeps = Sleeps()
    return RetryingTransport(script, policy or RetryPolicy(jitter=0), sleep=sleeps), sleeps


def test_get_is_retried_until_it_succeeds() -> None:
    script = Script(httpx.Response(503), httpx.ReadTimeout("slow"), httpx.Response(200))
    transport, sleeps = retrying(script)
    assert send(transport, "GET").status_code == 200
    assert script.attempts == 3
    assert sleeps.waits == [0.5, 1.0]
    assert transport.retries == 2


def test_the_last_answer_is_returned_when_attempts_run_out() -> None:
    script = Script(httpx.Response(503), httpx.Response(502), httpx.Response(504))
    transport, _ = retrying(script)
    assert send(transport, "GET").status_code == 504
    assert script.attempts == 3


def test_the_last_error_is_raised_when_attempts_run_out() -> None:
    transport, _ = retrying(Script(httpx.ReadError("a"), httpx.ReadError("b"), httpx.ReadError("c")))
    with pytest.raises(httpx.ReadError, match="c"):
        send(transport, "GET")


def test_post_is_not_retried_after_a_5xx_or_a_read_failure() -> None:
    for step in (
        httpx.Response(503),
        httpx.ReadTimeout("slow"),
        MAYBE_SENT["aiohttp ServerDisconnectedError as ConnectTimeout"],
    ):
        script = Script(step, httpx.Response(200))
        transport, _ = retrying(script)
        if isinstance(step, Exception):
            with pytest.raises(type(step)):
                send(transport, "POST")
        else:
            assert send(transport, "POST").status_code == 503
        assert script.attempts == 1


def test_post_is_retried_when_it_provably_never_left() -> None:
    script = Script(NOT_SENT["aiohttp ClientConnectorError"], httpx.PoolTimeout("busy"), httpx.Response(200))
    transport, _ = retrying(script)
    assert send(transport, "POST").status_code == 200
    assert script.attempts == 3


@pytest.mark.parametrize("method", ["POST", "PATCH", "GET"])
def test_429_is_retried_for_every_method_after_retry_after(method: str) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200))
    transport, sleeps = retrying(script)
    assert send(transport, method).status_code == 200
    assert sleeps.waits == [2.0]


def test_retry_after_as_an_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = Script(httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200))
    transport, sleeps = retrying(script)
    assert send(transport, "GET").status_code == 200
    assert 28 <= sleeps.waits[0] <= 30


def test_a_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200))
    transport, sleeps = retrying(script, RetryPolicy(max_retry_after=60))
    assert send(transport, "GET").status_code == 429
    assert script.attempts == 1 and sleeps.waits == []


def test_no_retry_starts_past_the_deadline() -> None:
    clock = iter([0.0, 0.0, 9.5])
    script = Script(httpx.Response(503), httpx.Response(503), httpx.Response(200))
    sleeps = Sleeps()
    transport = RetryingTransport(script, RetryPolicy(jitter=0, deadline=10), sleep=sleeps, clock=lambda: next(clock))
    assert send(transport, "GET").status_code == 503  # 9.5 s gone + a 1 s wait would pass the deadline
    assert script.attempts == 2


def test_a_per_request_policy_overrides_the_default() -> None:
    script = Script(httpx.Response(503), httpx.Response(200))
    transport, _ = retrying(script)
    assert send(transport, "GET", RetryPolicy.none()).status_code == 503
    assert script.attempts == 1


def test_each_retry_is_logged_with_its_reason_and_delay(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="carrierx_async")
    transport, _ = retrying(Script(httpx.Response(503), httpx.Response(200)))
    send(transport, "GET")
    assert (
        "retrying GET https://api.carrierx.com/core/v2/sms/messages (attempt 2 of 3) in 0.50 s after 503" in caplog.text
    )


async def test_rate_limit_beyond_the_cap_raises_with_the_wait_attached() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "900"}, json={"message": "slow down"}))
    async with CarrierX(transport=script, retry=RetryPolicy(max_retry_after=60)) as cx:
        with pytest.raises(RateLimitError) as caught:
            await cx.flexml("login", "pw").calls.get_calls()
    assert caught.value.retry_after == 900.0


@pytest.mark.parametrize("path", ["direct aiohttp", "httpx-aiohttp transport"])
def test_a_post_the_server_read_is_never_sent_twice(path: str) -> None:
    """The second-SMS trap: the server reads the request and drops the connection.

    Checked on the default lean path and through httpx-aiohttp, which reports this very
    failure as `httpx.ConnectTimeout`.
    """

    async def scenario() -> tuple[int, int]:
        received = 0

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            nonlocal received
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                ),
                0,
            )
            await reader.readexactly(length)
            received += 1
            writer.transport.abort()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        policy = RetryPolicy(attempts=3, initial_delay=0.01, jitter=0)
        transport = AiohttpTransport() if path == "httpx-aiohttp transport" else None
        async with server, CarrierX(token="t", base_url=base_url, retry=policy, transport=transport) as cx:
            with pytest.raises(APIConnectionError):
                await cx.core.sms.send_message(body={"from": "15551230000", "to": "15551230001", "message": "hi"})
            after_post = received
            with pytest.raises(APIConnectionError):
                await cx.core.sms.get_message("m1")
            after_get = received - after_post
            assert (cx._direct is not None) is (path == "direct aiohttp")
        return after_post, after_get

    after_post, after_get = asyncio.run(scenario())
    assert after_post == 1
    # Three attempts; aiohttp may add its own one-time resend of an idempotent request.
    assert after_get in (3, 6)


def test_a_post_to_a_closed_port_is_retried() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends: nothing listens there

    async def scenario() -> int:
        policy = RetryPolicy(attempts=3, initial_delay=0.01, jitter=0)
        async with CarrierX(token="t", base_url=f"http://127.0.0.1:{port}", retry=policy) as cx:
            with pytest.raises(APIConnectionError):
                await cx.core.sms.send_message(body={"from": "15551230000", "to": "15551230001", "message": "hi"})
            assert cx.retry_transport is not None
            return cx.retry_transport.retries

    assert asyncio.run(scenario()) == 2
