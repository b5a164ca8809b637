"""A FlexML call created through the API runs the user's IVR app end to end on the fake server."""

from __future__ import annotations

import datetime
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx
import pytest
from carrierx_flexml.models import CallCreateParams

from carrierx_async import CarrierX, FlexMLAPI, RetryPolicy
from carrierx_async.flexml import (
    Amd,
    AMDStatus,
    CallStatus,
    FlexMLRequest,
    Gather,
    Hangup,
    Pause,
    Record,
    Redirect,
    Response,
    Say,
    Sms,
    Start,
    Stop,
    Store,
    Stream,
    flexml_reply,
    parse_flexml_request,
)
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, FlexMLSession

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
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid), FlexMLAPI)
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
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid), FlexMLAPI)
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
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid), FlexMLAPI)
        await flexml.calls.create_call(body={"calling_did": "1", "called_did": "2", "url": f"{APP}/ivr", "delay": 600})
        await server.flexml_calls.settle()
    assert ivr.received == [] and server.flexml_calls.sessions == {}


# What the runner does verb by verb, with the app as a table of documents.


async def _run_call(
    documents: dict[str, Response], called: str = "15551230000", **script: Any
) -> tuple[FakeCarrierX, FlexMLSession, list[tuple[str, FlexMLRequest]]]:
    """Make one call against an app that answers each path with a fixed document.

    `script` sets what the other party does (runner attributes such as `default_amd_status`).
    """
    seen: list[tuple[str, FlexMLRequest]] = []

    def app(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, parse_flexml_request(request.content, request.headers.get("content-type", ""))))
        document = documents.get(request.url.path)
        return httpx.Response(200, content=flexml_reply(document).body if document else b"")

    server = FakeCarrierX(flexml_transport=httpx.MockTransport(app))
    for name, value in script.items():
        setattr(server.flexml_calls, name, value)
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=server), retry=RetryPolicy.none()) as cx:
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid), FlexMLAPI)
        body: CallCreateParams = {"calling_did": "15162060001", "called_did": called, "url": f"{APP}/start"}
        call = await flexml.calls.create_call(body={**body, "status_callback_url": f"{APP}/status"})
        await server.flexml_calls.settle()
    return server, server.flexml_calls.sessions[str(call.call_sid)], seen


def _detail_record(server: FakeCarrierX, session: FlexMLSession) -> dict[str, Any]:
    record = server.store.collection("core", server.partner_sid, "/calls/call_drs").get(str(session.detail_record_sid))
    assert record is not None
    return record


async def test_amd_without_an_action_lets_the_document_go_on() -> None:
    documents = {"/start": Response(Amd(), Say("Hello"), Hangup())}
    _, session, seen = await _run_call(documents, default_amd_status="NOTSURE")
    assert session.verbs == ["Amd", "Say", "Hangup"] and session.amd_status == "NOTSURE"
    assert [path for path, _ in seen] == ["/start", "/status"]


async def test_amd_verdicts_are_scripted_per_called_number() -> None:
    documents = {"/start": Response(Amd(action="/amd")), "/amd": Response(Hangup())}
    for called, verdict in (("15550000002", AMDStatus.MACHINE), ("15550000003", AMDStatus.HUMAN)):
        _, session, seen = await _run_call(documents, called, amd_statuses={"15550000002": "machine"})
        assert seen[1][0] == "/amd" and seen[1][1].amd_status is verdict and session.amd_status == verdict
        assert seen[1][1].amd_cause and seen[1][1].call_status is CallStatus.IN_PROGRESS


async def test_a_party_that_hangs_up_during_amd_ends_the_call() -> None:
    documents = {"/start": Response(Amd(action="/amd"), Say("never heard")), "/amd": Response(Say("nor this"))}
    server, session, seen = await _run_call(documents, default_amd_status="HANGUP")
    assert [path for path, _ in seen] == ["/start", "/amd", "/status"]
    assert seen[1][1].amd_status is AMDStatus.HANGUP
    assert session.verbs == ["Amd"] and session.status == "completed"
    assert _detail_record(server, session)["disconnect_originator"] == "DST"


async def test_call_time_is_simulated_and_reported_the_same_everywhere() -> None:
    # Say: 1 s + 1 s per 15 characters; Pause: its length; Record: 5 s (capped by maxLength).
    documents = {"/start": Response(Say("x" * 30), Pause(length=4), Record(maxLength=2), Hangup())}
    server, session, seen = await _run_call(documents)
    assert session.seconds == 3 + 4 + 2
    assert seen[-1][1].call_duration == 9
    record = _detail_record(server, session)
    assert record["duration"] == "9" and record["sipcause"] == "200" and record["disconnect_originator"] == "SRC"
    started = datetime.datetime.fromisoformat(record["date_start"])
    assert datetime.datetime.fromisoformat(record["date_stop"]) - started == datetime.timedelta(seconds=9)


@pytest.mark.parametrize(
    ("file_format", "mime_type", "size"), [("ul", "audio/basic", 8000 * 5), ("mp3", "audio/mpeg", None)]
)
async def test_recordings_are_silence_in_the_requested_format(
    file_format: Any, mime_type: str, size: int | None
) -> None:
    documents = {"/start": Response(Record(action="/saved", fileFormat=file_format)), "/saved": Response(Hangup())}
    server, _, seen = await _run_call(documents)
    saved = seen[1][1]
    stored = server.store.collection("core", server.partner_sid, "/storage/files").get(str(saved.recording_file_sid))
    assert stored is not None and (stored["content_format"], stored["mime_type"]) == (file_format, mime_type)
    data = server.store.blobs[("core", server.partner_sid, f"/storage/files/{saved.recording_file_sid}")]
    assert len(data) == stored["file_bytes"] and str(saved.recording_url).endswith(f".{file_format}")
    if size is not None:
        assert data == b"\xff" * size
    else:
        assert data[:2] == b"\xff\xfb" and len(data) % 417 == 0


async def test_recording_into_a_missing_container_goes_to_the_error_action() -> None:
    documents = {
        "/start": Response(Record(action="/saved", containerSid="no-such-container", errorAction="/failed")),
        "/failed": Response(Say("We could not record."), Hangup()),
    }
    server, session, seen = await _run_call(documents)
    assert [path for path, _ in seen] == ["/start", "/failed", "/status"]
    assert session.recordings == [] and len(server.store.collection("core", server.partner_sid, "/storage/files")) == 0


async def test_a_recording_in_a_format_carrierx_does_not_offer_fails_too() -> None:
    # Apps not built with the builder can write anything; the runner reads the raw XML.
    raw = b'<Response><Record fileFormat="ogg" errorAction="/failed"/><Say>moved on</Say></Response>'

    def app(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw if request.url.path == "/start" else b"")

    server = FakeCarrierX(flexml_transport=httpx.MockTransport(app))
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=server), retry=RetryPolicy.none()) as cx:
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid), FlexMLAPI)
        call = await flexml.calls.create_call(body={"calling_did": "1", "called_did": "2", "url": f"{APP}/start"})
        await server.flexml_calls.settle()
    session = server.flexml_calls.sessions[str(call.call_sid)]
    assert session.status == "completed" and session.recordings == []
    assert [request.url.rsplit("/", 1)[-1] for request in session.requests] == ["start", "failed"]


async def test_stored_values_come_back_on_later_requests() -> None:
    documents = {
        "/start": Response(Store("menu-2", name="step"), Gather(action="/choice", actionOnEmptyResult=True)),
        "/choice": Response(Hangup()),
    }
    _, _, seen = await _run_call(documents)
    assert seen[0][1].storage == {} and seen[1][1].storage == {"step": "menu-2"}
    assert seen[1][1].digits == ""


async def test_a_failed_call_still_leaves_a_detail_record() -> None:
    server, session, _ = await _run_call({})  # the app answers nothing at all: an empty call
    assert session.status == "completed" and _detail_record(server, session)["duration"] == "0"
    server = FakeCarrierX(flexml_transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=server), retry=RetryPolicy.none()) as cx:
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid), FlexMLAPI)
        call = await flexml.calls.create_call(body={"calling_did": "1", "called_did": "2", "url": f"{APP}/start"})
        await server.flexml_calls.settle()
        session = server.flexml_calls.sessions[str(call.call_sid)]
        assert session.status == "failed"
        record = await cx.core.calls.get_call_detail_record(str(session.detail_record_sid))
        assert (record.sipcause, record.duration_billing, record.date_talk) == ("500", "0", None)


async def test_sms_and_streaming_verbs_run_through_and_an_sms_action_takes_over() -> None:
    documents = {
        "/start": Response(
            Start(Stream(name="s", url="wss://example.com")),
            Stop(Stream(name="s")),
            Sms("Thanks for calling", to="15551230000", action="/texted"),
            Say("never heard"),
        ),
        "/texted": Response(Hangup()),
    }
    _, session, seen = await _run_call(documents)
    assert session.verbs == ["Start", "Stop", "Sms", "Hangup"]
    assert [path for path, _ in seen] == ["/start", "/texted", "/status"]
