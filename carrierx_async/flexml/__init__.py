"""FlexML for CarrierX: build the XML your app answers with, and read what CarrierX sends it.

A document is a `Response` of verbs. Each verb takes its documented attributes as keywords
spelled the way CarrierX spells them, and everything is checked as it is built (nesting,
attribute names and values, the order rules), so a mistake fails in your code rather than
on a live call. An IVR menu, the choice handler, and a voicemail:

>>> from carrierx_async.flexml import FlexMLRequest, Gather, Hangup, Record, Response, Say
>>> menu = Response(
...     Gather(Say("For sales press 1. To leave a message press 2."), action="/ivr/choice", numDigits=1),
...     Say("We did not hear a choice. Goodbye."),
...     Hangup(),
... )
>>> print(menu.to_xml())  # doctest: +NORMALIZE_WHITESPACE
<Response><Gather action="/ivr/choice" numDigits="1"><Say>For sales press 1. To leave a message
press 2.</Say></Gather><Say>We did not hear a choice. Goodbye.</Say><Hangup /></Response>

CarrierX then requests ``/ivr/choice`` with the call data and the keys pressed (a JSON body
for POST, query parameters for GET; `parse_callback` and the adapters read both):

>>> choice = FlexMLRequest.from_mapping({"CallSid": "4695bc4a", "Direction": "inbound", "Digits": "2"})
>>> choice.call_sid, choice.direction, choice.digits
('4695bc4a', <Direction.INBOUND: 'inbound'>, '2')
>>> voicemail = Response(
...     Say("Leave a message after the tone."),
...     Record(action="/ivr/saved", containerSid="your-container-sid"),
...     Say("We did not get a message. Goodbye."),
...     Hangup(),
... )
>>> voicemail.to_bytes().splitlines()[0]
b'<?xml version="1.0" encoding="UTF-8"?>'

An outbound call can first ask whether a person or an answering machine picked up (`Amd`,
experimental at CarrierX); the verdict arrives at its action URL as ``AMDStatus``:

>>> from carrierx_async.flexml import AMDStatus, Amd
>>> print(Response(Amd(action="/amd", greeting="1500")).to_xml())
<Response><Amd action="/amd" greeting="1500" /></Response>
>>> FlexMLRequest.from_mapping({"CallSid": "4695bc4a", "AMDStatus": "MACHINE"}).amd_status is AMDStatus.MACHINE
True

Mistakes name the verb and the likely fix:

>>> Gather(numDigit=1)  # doctest: +ELLIPSIS
Traceback (most recent call last):
carrierx_async.flexml.FlexMLError: Gather has no attribute 'numDigit'; did you mean 'numDigits'? ...
>>> Response(Hangup(), Say("never heard"))  # doctest: +ELLIPSIS
Traceback (most recent call last):
carrierx_async.flexml.FlexMLError: Hangup ends the call flow, so CarrierX ignores what follows it (Say); ...

In a web app, read the request and answer with `flexml_reply` (FastAPI shown; the aiohttp and
Django adapters work the same way)::

    @app.post("/ivr/choice")
    async def ivr_choice(request: Request) -> Response:
        call = await flexml_request_from_starlette(request)
        reply = flexml_reply(voicemail if call.digits == "2" else menu)
        return Response(reply.body, media_type=reply.content_type)

Names or types the reference excerpts did not confirm are listed in `UNCERTAIN`; attributes
CarrierX adds later go through ``extra_attributes={"newAttr": "value"}`` on any verb.
"""

from ._adapters import (
    callback_from_aiohttp,
    callback_from_django,
    callback_from_starlette,
    flexml_request_from_aiohttp,
    flexml_request_from_django,
    flexml_request_from_starlette,
)
from ._callbacks import (
    AMDStatus,
    CallStatus,
    ConferenceCallback,
    Direction,
    EndpointType,
    FlexMLRequest,
    GenericCallback,
    MediatorCallback,
    MediatorEventType,
    MessageCallback,
    MessageStatus,
    MessageType,
)
from ._errors import CallbackError, FlexMLError
from ._markup import Element, Noun, Verb
from ._nouns import File, Number, Stream
from ._payload import Callback, CallbackKind, parse_callback, parse_flexml_request, parse_payload
from ._response import CONTENT_TYPE, FlexMLReply, Response, flexml_reply
from ._spec import UNCERTAIN
from ._verbs import (
    Amd,
    Connect,
    Dial,
    Dtmf,
    Gather,
    Hangup,
    Override,
    Pause,
    Play,
    PreAnswer,
    Record,
    Redirect,
    Reject,
    Say,
    Sms,
    Start,
    Stop,
    Store,
    Wait,
)

__all__ = [
    "CONTENT_TYPE",
    "UNCERTAIN",
    "AMDStatus",
    "Amd",
    "CallStatus",
    "Callback",
    "CallbackError",
    "CallbackKind",
    "ConferenceCallback",
    "Connect",
    "Dial",
    "Direction",
    "Dtmf",
    "Element",
    "EndpointType",
    "File",
    "FlexMLError",
    "FlexMLReply",
    "FlexMLRequest",
    "Gather",
    "GenericCallback",
    "Hangup",
    "MediatorCallback",
    "MediatorEventType",
    "MessageCallback",
    "MessageStatus",
    "MessageType",
    "Noun",
    "Number",
    "Override",
    "Pause",
    "Play",
    "PreAnswer",
    "Record",
    "Redirect",
    "Reject",
    "Response",
    "Say",
    "Sms",
    "Start",
    "Stop",
    "Store",
    "Stream",
    "Verb",
    "Wait",
    "callback_from_aiohttp",
    "callback_from_django",
    "callback_from_starlette",
    "flexml_reply",
    "flexml_request_from_aiohttp",
    "flexml_request_from_django",
    "flexml_request_from_starlette",
    "parse_callback",
    "parse_flexml_request",
    "parse_payload",
]
