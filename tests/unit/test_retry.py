"""Retry decisions: method x failure kind x Retry-After, applied by the one send loop."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import socket
import time
from collections.abc import Mapping
from typing import Any

import aiohttp
import httpx
import pytest
from httpx_aiohttp import AiohttpTransport

from carrierx_async import APIConnectionError, CarrierX, ConfigurationError, RateLimitError, RetryPolicy
from carrierx_async._aiohttp_sender import classify as classify_aiohttp
from carrierx_async._channel import Channel
from carrierx_async._errors import RawResponse
from carrierx_async._httpx_sender import classify as classify_httpx
from carrierx_async._senders import SendFailure

IDEMPOTENT = ["GET", "HEAD", "PUT", "DELETE"]
UNSAFE = ["POST", "PATCH"]
URL = "https://api.carrierx.com/core/v2/sms/messages"


def connector_error() -> aiohttp.ClientConnectorError:
    key = type("Key", (), {"ssl": False, "host": "127.0.0.1", "port": 1})()
    return aiohttp.ClientConnectorError(key, ConnectionRefusedError(111, "refused"))


def mapped(aiohttp_error: Exception, httpx_class: type[httpx.TransportError]) -> httpx.TransportError:
    """What httpx-aiohttp raises: an httpx class, caused by the aiohttp error."""
    try:
        raise httpx_class("mapped") from aiohttp_error
    except httpx.TransportError as error:
        return error


NOT_SENT: dict[str, SendFailure] = {
    "httpx ConnectError": classify_httpx(httpx.ConnectError("refused")),
    "httpx ConnectTimeout": classify_httpx(httpx.ConnectTimeout("slow connect")),
    "httpx PoolTimeout": classify_httpx(httpx.PoolTimeout("no free connection")),
    "aiohttp ClientConnectorError": classify_aiohttp(connector_error()),
    "aiohttp ConnectionTimeoutError": classify_aiohttp(aiohttp.ConnectionTimeoutError()),
}
MAYBE_SENT: dict[str, SendFailure] = {
    "httpx ReadTimeout": classify_httpx(httpx.ReadTimeout("slow answer")),
    "httpx RemoteProtocolError": classify_httpx(httpx.RemoteProtocolError("server disconnected")),
    "httpx ReadError": classify_httpx(httpx.ReadError("reset")),
    "httpx WriteError": classify_httpx(httpx.WriteError("broken pipe")),
    "aiohttp ServerDisconnectedError": classify_aiohttp(aiohttp.ServerDisconnectedError()),
    "aiohttp SocketTimeoutError": classify_aiohttp(aiohttp.SocketTimeoutError()),
    "aiohttp ClientPayloadError": classify_aiohttp(aiohttp.ClientPayloadError("cut")),
    # httpx-aiohttp maps a disconnect *after the request was read* to ConnectTimeout.
    "httpx-aiohttp ConnectTimeout caused by ServerDisconnectedError": classify_httpx(
        mapped(aiohttp.ServerDisconnectedError(), httpx.ConnectTimeout)
    ),
}


@pytest.mark.parametrize("name", NOT_SENT)
def test_failures_that_prove_the_request_never_left(name: str) -> None:
    assert NOT_SENT[name].sent is False


@pytest.mark.parametrize("name", MAYBE_SENT)
def test_failures_after_which_the_request_may_have_arrived(name: str) -> None:
    assert MAYBE_SENT[name].sent is True


def test_timeouts_say_so() -> None:
    assert NOT_SENT["aiohttp ConnectionTimeoutError"].timed_out
    assert MAYBE_SENT["aiohttp SocketTimeoutError"].timed_out and MAYBE_SENT["httpx ReadTimeout"].timed_out
    assert not MAYBE_SENT["aiohttp ServerDisconnectedError"].timed_out


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
@pytest.mark.parametrize("name", list(NOT_SENT) + list(MAYBE_SENT))
def test_failure_decision(method: str, name: str) -> None:
    failure = {**NOT_SENT, **MAYBE_SENT}[name]
    expected = method in IDEMPOTENT or name in NOT_SENT
    assert RetryPolicy().should_retry_failure(method, failure) is expected


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
@pytest.mark.parametrize("status", [200, 400, 401, 404, 408, 409, 422, 429, 500, 502, 503, 504])
def test_status_decision(method: str, status: int) -> None:
    retried = status in (408, 429, 500, 502, 503, 504) and (method in IDEMPOTENT or status == 429)
    assert RetryPolicy().should_retry_status(method, status) is retried


def test_failures_can_be_switched_off_and_a_too_large_answer_is_never_retried() -> None:
    assert not RetryPolicy(transport_errors=False).should_retry_failure("GET", NOT_SENT["httpx ConnectError"])
    assert not RetryPolicy().should_retry_failure("GET", SendFailure("big", sent=True, too_large=True))


def test_backoff_grows_exponentially_up_to_the_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=3, jitter=0)
    assert [policy.backoff(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_only_shortens_the_wait_within_its_fraction() -> None:
    policy = RetryPolicy(initial_delay=1, jitter=0.25)
    assert policy.backoff(1, rng=lambda: 0.0) == 1.0
    assert policy.backoff(1, rng=lambda: 1.0) == 0.75


@pytest.mark.parametrize("bad", [{"attempts": 0}, {"jitter": 1.5}, {"initial_delay": -1}, {"multiplier": 0.5}])
def test_nonsense_policies_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**bad)  # type: ignore[arg-type]


# --- the loop, over a scripted sender (the loop is what is tested here) ----------------------------


def answer(status: int, headers: Mapping[str, str] | None = None) -> RawResponse:
    return RawResponse(status, httpx.Headers(headers or {}), b"{}")


class ScriptedSender:
    """Answers each attempt from a script of answers or failures."""

    def __init__(self, *steps: RawResponse | SendFailure) -> None:
        self.steps = list(steps)
        self.attempts = 0

    async def send(self, *args: Any, **kwargs: Any) -> RawResponse:
        self.attempts += 1
        step = self.steps.pop(0)
        if isinstance(step, SendFailure):
            raise step
        return step

    open_stream = send  # the loop treats a streamed call's attempts alike

    async def aclose(self) -> None:
        pass


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def loop_over(script: ScriptedSender, policy: RetryPolicy | None = None, **options: Any) -> tuple[Channel, Sleeps]:
    sleeps = Sleeps()
    channel = Channel(
        limits=httpx.Limits(), verify=True, retry=policy or RetryPolicy(jitter=0), sleep=sleeps, **options
    )
    channel.sender = lambda: script  # type: ignore[method-assign]
    return channel, sleeps


def send(channel: Channel, method: str, policy: RetryPolicy | None = None) -> RawResponse:
    return asyncio.run(
        channel.exchange("op", method, URL, {}, None, credentials=None, timeout=httpx.Timeout(5), retry=policy)
    )


def test_get_is_retried_until_it_succeeds() -> None:
    script = ScriptedSender(answer(503), MAYBE_SENT["httpx ReadTimeout"], answer(200))
    channel, sleeps = loop_over(script)
    assert send(channel, "GET").status_code == 200
    assert script.attempts == 3
    assert sleeps.waits == [0.5, 1.0]
    assert channel.retries == 2


def test_a_streamed_call_takes_the_same_attempts_and_pauses() -> None:
    script = ScriptedSender(answer(503), MAYBE_SENT["httpx ReadTimeout"], answer(200))
    channel, sleeps = loop_over(script)
    opened = asyncio.run(
        channel.exchange(
            "op", "GET", URL, {}, None, credentials=None, timeout=httpx.Timeout(5), retry=None, stream=True
        )
    )
    assert opened.status_code == 200
    assert (script.attempts, sleeps.waits) == (3, [0.5, 1.0])


def test_the_last_answer_is_returned_when_attempts_run_out() -> None:
    script = ScriptedSender(answer(503), answer(502), answer(504))
    channel, _ = loop_over(script)
    assert send(channel, "GET").status_code == 504
    assert script.attempts == 3


def test_the_last_failure_is_raised_typed_when_attempts_run_out() -> None:
    failure = MAYBE_SENT["aiohttp ServerDisconnectedError"]
    channel, _ = loop_over(ScriptedSender(failure, failure, failure))
    with pytest.raises(APIConnectionError) as caught:
        send(channel, "GET")
    assert caught.value.may_have_been_sent is True
    assert caught.value.__context__ is None and caught.value.__cause__ is None


def test_post_is_not_retried_after_a_5xx_or_a_failure_after_sending() -> None:
    for step in (answer(503), MAYBE_SENT["httpx ReadTimeout"], MAYBE_SENT["aiohttp ServerDisconnectedError"]):
        script = ScriptedSender(step, answer(200))
        channel, _ = loop_over(script)
        if isinstance(step, SendFailure):
            with pytest.raises(APIConnectionError) as caught:
                send(channel, "POST")
            assert caught.value.may_have_been_sent is True
        else:
            assert send(channel, "POST").status_code == 503
        assert script.attempts == 1


def test_post_is_retried_when_it_provably_never_left() -> None:
    script = ScriptedSender(NOT_SENT["aiohttp ClientConnectorError"], NOT_SENT["httpx PoolTimeout"], answer(200))
    channel, _ = loop_over(script)
    assert send(channel, "POST").status_code == 200
    assert script.attempts == 3


def test_a_post_that_never_left_says_so_in_its_error() -> None:
    failure = NOT_SENT["aiohttp ClientConnectorError"]
    channel, _ = loop_over(ScriptedSender(failure, failure, failure))
    with pytest.raises(APIConnectionError) as caught:
        send(channel, "POST")
    assert caught.value.may_have_been_sent is False


@pytest.mark.parametrize("method", ["POST", "PATCH", "GET"])
def test_429_is_retried_for_every_method_after_retry_after(method: str) -> None:
    script = ScriptedSender(answer(429, {"Retry-After": "2"}), answer(200))
    channel, sleeps = loop_over(script)
    assert send(channel, method).status_code == 200
    assert sleeps.waits == [2.0]


def test_retry_after_as_an_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = ScriptedSender(answer(503, {"Retry-After": when}), answer(200))
    channel, sleeps = loop_over(script)
    assert send(channel, "GET").status_code == 200
    assert 28 <= sleeps.waits[0] <= 30


def test_a_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    script = ScriptedSender(answer(429, {"Retry-After": "3600"}), answer(200))
    channel, sleeps = loop_over(script, RetryPolicy(max_retry_after=60))
    assert send(channel, "GET").status_code == 429
    assert script.attempts == 1 and sleeps.waits == []


def test_no_retry_starts_past_the_deadline() -> None:
    script = ScriptedSender(answer(503), answer(503), answer(200))

    def clock() -> float:
        return 9.5 if script.attempts >= 2 else 0.0  # 9.5 s gone once the second answer is in

    channel, _ = loop_over(script, RetryPolicy(jitter=0, deadline=10), clock=clock)
    assert send(channel, "GET").status_code == 503  # 9.5 s gone + a 1 s wait would pass the deadline
    assert script.attempts == 2


def test_a_client_closed_while_a_call_waits_to_retry_sends_nothing_more() -> None:
    script = ScriptedSender(answer(503), answer(200))
    channel, _ = loop_over(script)

    async def close_while_waiting(seconds: float) -> None:
        await channel.aclose()

    channel._sleep = close_while_waiting
    with pytest.raises(ConfigurationError, match="closed while the call waited to retry"):
        send(channel, "GET")
    assert script.attempts == 1


def test_a_per_call_policy_overrides_the_default() -> None:
    script = ScriptedSender(answer(503), answer(200))
    channel, _ = loop_over(script)
    assert send(channel, "GET", RetryPolicy.none()).status_code == 503
    assert script.attempts == 1


def test_each_retry_is_logged_with_its_reason_and_delay(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="carrierx_async")
    channel, _ = loop_over(ScriptedSender(answer(503), answer(200)))
    send(channel, "GET")
    assert f"retrying GET {URL} (attempt 2 of 3) in 0.50 s after 503" in caplog.text


async def test_rate_limit_beyond_the_cap_raises_with_the_wait_attached() -> None:
    transport = httpx.MockTransport(
        lambda _: httpx.Response(429, headers={"Retry-After": "900"}, json={"message": "slow down"})
    )
    async with CarrierX(transport=transport, retry=RetryPolicy(max_retry_after=60)) as cx:
        with pytest.raises(RateLimitError) as caught:
            await cx.flexml("login", "pw").calls.get_calls()
    assert caught.value.retry_after == 900.0
    assert caught.value.response.status_code == 429


# --- on the wire, on every sender ---------------------------------------------------------------

SENDERS = ["aiohttp (default)", "httpx", "a caller's httpx-aiohttp transport"]


def options_for(sender: str) -> dict[str, Any]:
    if sender == "httpx":
        return {"transport": httpx.AsyncHTTPTransport()}
    if sender == "a caller's httpx-aiohttp transport":
        return {"transport": AiohttpTransport()}
    return {}


@pytest.mark.parametrize("sender", SENDERS)
def test_a_post_the_server_read_is_never_sent_twice(sender: str) -> None:
    """The second-SMS trap: the server reads the request and drops the connection."""

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
        async with server, CarrierX(token="t", base_url=base_url, retry=policy, **options_for(sender)) as cx:
            with pytest.raises(APIConnectionError) as caught:
                await cx.core.sms.send_message(body={"from": "15551230000", "to": "15551230001", "message": "hi"})
            assert caught.value.may_have_been_sent is True
            after_post = received
            with pytest.raises(APIConnectionError):
                await cx.core.sms.get_message("m1")
            after_get = received - after_post
        return after_post, after_get

    after_post, after_get = asyncio.run(scenario())
    assert after_post == 1
    if sender == "a caller's httpx-aiohttp transport":
        assert after_get in (3, 6)  # that transport's own aiohttp session may resend once: not ours to change
    else:
        assert after_get == 3  # exactly the policy's attempts: no library retries underneath


@pytest.mark.parametrize("sender", SENDERS[:2])
def test_a_post_to_a_closed_port_is_retried(sender: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends: nothing listens there

    async def scenario() -> tuple[int, bool]:
        policy = RetryPolicy(attempts=3, initial_delay=0.01, jitter=0)
        async with CarrierX(token="t", base_url=f"http://127.0.0.1:{port}", retry=policy, **options_for(sender)) as cx:
            with pytest.raises(APIConnectionError) as caught:
                await cx.core.sms.send_message(body={"from": "15551230000", "to": "15551230001", "message": "hi"})
            return cx.retries, caught.value.may_have_been_sent

    assert asyncio.run(scenario()) == (2, False)
