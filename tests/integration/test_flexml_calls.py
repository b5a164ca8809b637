"""A FlexML call created through the API runs the user's IVR app end to end on the fake server."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx
import pytest

from carrierx_async import CarrierX, RetryPolicy
from carrierx_async.flexml import Gather, Hangup, Record, Redirect, Response, Say, flexml_reply, parse_flexml_request
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX

APP = "http://ivr.test"
Scope = MutableMapping[str, Any]


class IVRApp:
    """A small IVR written with carrierx_async.flexml, as a raw ASGI app (no framework needed)."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, Any]]] = []

    def answer(self, path: str, digits: str | None) -> Response | None:
        if path == "/ivr":
            return Response(Gather(Say("Sales: press 1. Voicemail: press 2."), action="/choice", numDigits=1), Hangup())
        if path == "/choice":
            return Response(Redirect("/voicemail")) if digits == "2" else Response(Say("Connecting you."), Hangup())
        if path == "/voicemail":
            return Response(Say("Leave a message."), Record(action="/saved"), Hangup())
        if path == "/saved":
            return Response(Say("Thank you, goodbye."), Hangup())
        return None  # /status: CarrierX ignores what a status callback answers

    async def __call__(
        self, scope: Scope, receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
    ) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        content_type = dict(scope["headers"]).get(b"content-type", b"").decode()
        request = parse_flexml_request(body, content_type, scope["query_string"].decode())
        self.received.append((scope["path"], request.to_mapping()))
        document = self.answer(scope["path"], request.digits)
        reply = flexml_reply(document) if document else None
        headers = [(b"content-type", (reply.content_type if reply else "text/plain").encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": reply.body if reply else b""})


@pytest.mark.parametrize(
    ("digits", "path"),
    [(["2"], ["/ivr", "/choice", "/voicemail", "/saved", "/status"]), (["1"], ["/ivr", "/choice", "/status"])],
)
async def test_an_ivr_flow_runs_from_the_api_call_to_the_status_callback(digits: list[str], path: list[str]) -> None:
    ivr = IVRApp()
    server = FakeCarrierX(flexml_transport=httpx.ASGITransport(app=ivr), caller_digits=digits)
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=server), retry=RetryPolicy.none()) as cx:
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid))
        call = await flexml.calls.create_call(
            body={
                "calling_did": "15162060001",
                "called_did": "15551230000",
                "url": f"{APP}/ivr",
                "status_callback_url": f"{APP}/status",
            }
        )
        await server.flexml_calls.settle()

    session = server.flexml_calls.sessions[str(call.call_sid)]
    assert session.status == "completed", session.error
    assert [received_path for received_path, _ in ivr.received] == path
    first = ivr.received[0][1]
    assert first["CallSid"] == call.call_sid and first["From"] == "15162060001" and first["To"] == "15551230000"
    assert ivr.received[1][1]["Digits"] == digits[0]
    status = ivr.received[-1][1]
    assert status["CallStatus"] == "completed" and status["CallSid"] == call.call_sid
    if digits == ["2"]:
        assert session.verbs == ["Gather", "Redirect", "Say", "Record", "Say", "Hangup"]
        assert ivr.received[3][1]["RecordingUrl"].endswith(".wav")


async def test_an_unreachable_or_broken_app_fails_the_call_and_still_reports_it() -> None:
    calls: list[httpx.Request] = []

    def broken(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.path == "/status":
            return httpx.Response(200)
        return httpx.Response(200, text="<NotFlexML/>")

    server = FakeCarrierX(flexml_transport=httpx.MockTransport(broken))
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=server), retry=RetryPolicy.none()) as cx:
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid))
        call = await flexml.calls.create_call(
            body={
                "calling_did": "1",
                "called_did": "2",
                "url": f"{APP}/ivr",
                "status_callback_url": f"{APP}/status",
                "method": "GET",
            }
        )
        await server.flexml_calls.settle()
    session = server.flexml_calls.sessions[str(call.call_sid)]
    assert session.status == "failed" and "NotFlexML" in str(session.error)
    assert calls[0].method == "GET" and calls[0].url.params["CallSid"] == call.call_sid  # GET sends query parameters
    assert json.loads(calls[-1].content)["CallStatus"] == "failed"


async def test_a_scheduled_call_is_not_run_now() -> None:
    ivr = IVRApp()
    server = FakeCarrierX(flexml_transport=httpx.ASGITransport(app=ivr))
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=server), retry=RetryPolicy.none()) as cx:
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid))
        await flexml.calls.create_call(body={"calling_did": "1", "called_did": "2", "url": f"{APP}/ivr", "delay": 600})
        await server.flexml_calls.settle()
    assert ivr.received == [] and server.flexml_calls.sessions == {}
