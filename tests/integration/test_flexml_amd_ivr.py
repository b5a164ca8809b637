"""An answering-machine-aware IVR, built with carrierx_async.flexml, run end to end on the fake server.

The app dials out with `Amd`: a person hears a menu (and may leave a voicemail), a machine
gets a spoken message that is also recorded, then the call hangs up. Both outcomes are then
checked where an app's back office would look: the call detail records and the storage files
of the Core API.
"""

from __future__ import annotations

import asyncio
import io
import wave
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx

from carrierx_async import CarrierX, FlexMLAPI, RetryPolicy
from carrierx_async.flexml import (
    Amd,
    AMDStatus,
    FlexMLRequest,
    Gather,
    Hangup,
    Record,
    Response,
    Say,
    flexml_reply,
    parse_flexml_request,
)
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX

APP = "http://amd-ivr.test"
PERSON, MACHINE = "15551230001", "15551230002"
Scope = MutableMapping[str, Any]


class AmdIVR:
    """Outbound reminder calls: a menu for people, a recorded message for answering machines."""

    def __init__(self) -> None:
        self.container_sid = ""  # set once the app has made its storage container
        self.received: dict[str, list[tuple[str, FlexMLRequest]]] = {}  # by CallSid

    def answer(self, path: str, call: FlexMLRequest) -> Response | None:
        if path == "/outbound":
            return Response(Amd(action="/amd", greeting=1500, afterGreetingSilence=800))
        if path == "/amd" and call.amd_status is AMDStatus.HUMAN:
            menu = Gather(Say("Press 1 to confirm, or 2 to leave us a message."), action="/menu", numDigits=1)
            return Response(menu, Say("We did not hear a choice. Goodbye."), Hangup())
        if path == "/amd":  # a machine (or nobody sure): leave the reminder, and keep a copy of it
            reminder = Say("This is ACME reminding you of your appointment tomorrow at nine.")
            keep = Record(containerSid=self.container_sid, playBeep=False, maxLength=30, stringKey1="reminder")
            return Response(reminder, keep, Hangup())
        if path == "/menu" and call.digits == "2":
            prompt = Say("Leave your message after the tone, then press the pound key.")
            voicemail = Record(
                action="/saved", containerSid=self.container_sid, finishOnKey="#", stringKey1="voicemail"
            )
            return Response(prompt, voicemail)
        if path == "/menu":
            return Response(Say("Thank you, see you tomorrow."), Hangup())
        if path == "/saved":
            return Response(Say("Your message is saved. Goodbye."), Hangup())
        return None  # /status

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
        call = parse_flexml_request(body, content_type, scope["query_string"].decode())
        self.received.setdefault(str(call.call_sid), []).append((scope["path"], call))
        document = self.answer(scope["path"], call)
        reply = flexml_reply(document) if document else None
        headers = [(b"content-type", (reply.content_type if reply else "text/plain").encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": reply.body if reply else b""})


def _seconds_of(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav), "rb") as audio:
        return audio.getnframes() / audio.getframerate()


async def test_people_get_the_menu_machines_get_the_message_and_both_land_in_core() -> None:
    ivr = AmdIVR()
    server = FakeCarrierX(flexml_transport=httpx.ASGITransport(app=ivr), caller_digits=["2"])
    server.flexml_calls.amd_statuses[MACHINE] = "MACHINE"  # PERSON answers as the default, HUMAN
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=server), retry=RetryPolicy.none()) as cx:
        container = await cx.core.storage.create_container(body={"name": "amd-ivr"})
        ivr.container_sid = str(container.container_sid)
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "amd", "type": "flexml"})
        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid), FlexMLAPI)
        person, machine = await asyncio.gather(
            *(
                flexml.calls.create_call(
                    body={
                        "calling_did": "15162060001",
                        "called_did": number,
                        "url": f"{APP}/outbound",
                        "status_callback_url": f"{APP}/status",
                    }
                )
                for number in (PERSON, MACHINE)
            )
        )
        await server.flexml_calls.settle()

        # The person: Amd said HUMAN, the menu took "2", the voicemail was saved.
        person_flow = ivr.received[str(person.call_sid)]
        assert [path for path, _ in person_flow] == ["/outbound", "/amd", "/menu", "/saved", "/status"]
        assert person_flow[1][1].amd_status is AMDStatus.HUMAN and person_flow[1][1].amd_cause
        saved = person_flow[3][1]
        assert saved.recording_duration == 5 and saved.recording_url and saved.recording_file_sid
        person_status = person_flow[-1][1]
        assert person_status.call_status == "completed" and person_status.call_duration

        # The machine: Amd said MACHINE, the reminder was said and recorded, then the call hung up.
        machine_flow = ivr.received[str(machine.call_sid)]
        assert [path for path, _ in machine_flow] == ["/outbound", "/amd", "/status"]
        assert machine_flow[1][1].amd_status is AMDStatus.MACHINE
        machine_session = server.flexml_calls.sessions[str(machine.call_sid)]
        assert machine_session.verbs == ["Amd", "Say", "Record", "Hangup"]
        assert machine_session.status == "completed", machine_session.error

        # Back office: one call detail record per call, with the duration the status callback gave.
        records = {record.sipcallid_src: record async for record in cx.core.calls.iter_call_detail_records()}
        assert set(records) == {person.call_sid, machine.call_sid}
        for call, flow, called in ((person, person_flow, PERSON), (machine, machine_flow, MACHINE)):
            record = records[call.call_sid]
            assert (record.number_src, record.number_dst, record.sipcause) == ("15162060001", called, "200")
            assert record.endpoint_sid_src == endpoint.endpoint_sid
            assert record.duration == str(flow[-1][1].call_duration)
            assert str(record.direction) == "outbound"
            fetched = await cx.core.calls.get_call_detail_record(str(record.dr_sid))
            assert fetched.dr_sid == record.dr_sid

        # ... and both recordings in the container, as files whose content is what was reported.
        files = {stored.file_sid: stored async for stored in cx.core.storage.iter_files()}
        voicemail, reminder = files[saved.recording_file_sid], files[machine_session.recordings[0]]
        assert (voicemail.string_key_1, reminder.string_key_1) == ("voicemail", "reminder")
        for stored in (voicemail, reminder):
            assert stored.container_sid == container.container_sid
            assert (stored.content_format, stored.mime_type, stored.content_duration) == ("wav", "audio/wav", 5)
            data = await cx.core.storage.download_file_data(str(stored.file_sid))
            assert len(data) == stored.file_bytes and _seconds_of(data) == 5.0
