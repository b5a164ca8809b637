"""Callback payloads: JSON, form and query forms, the documented samples, lenient reading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from carrierx_async.flexml import (
    CallbackError,
    CallStatus,
    ConferenceCallback,
    Direction,
    EndpointType,
    FlexMLRequest,
    MediatorCallback,
    MediatorEventType,
    MessageCallback,
    MessageStatus,
    MessageType,
    parse_callback,
    parse_flexml_request,
    parse_payload,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
CALLBACK_SAMPLES = sorted((FIXTURES / "callbacks").glob("*.json"))
MODELS: dict[str, type[Any]] = {"flexml": FlexMLRequest, "sms": MessageCallback, "app_mediator": MediatorCallback}

REQUEST = {
    "AccountSid": "",
    "ApiVersion": "2.0",
    "CallerName": "JOHN SMITH",
    "CallSid": "4695bc4a0932bcd2e99492e523db9ee2",
    "CallStatus": "completed",
    "Direction": "inbound",
    "ForwardedFrom": "",
    "From": "+15162065575",
    "OriginalFrom": "15162065575",
    "OriginalTo": "15162065576",
    "RequestUrl": "https://example.com/ivr",
    "To": "+15162065576",
}


def _check_request(request: FlexMLRequest) -> None:
    assert request.account_sid == ""
    assert request.api_version == "2.0"
    assert request.caller_name == "JOHN SMITH"
    assert request.call_sid == "4695bc4a0932bcd2e99492e523db9ee2"
    assert request.call_status is CallStatus.COMPLETED
    assert request.direction is Direction.INBOUND
    assert request.forwarded_from == ""
    assert (request.from_, request.to) == ("+15162065575", "+15162065576")
    assert (request.original_from, request.original_to) == ("15162065575", "15162065576")
    assert request.request_url == "https://example.com/ivr"


def test_flexml_request_from_a_json_post() -> None:
    body = json.dumps({**REQUEST, "Digits": "42", "Storage_pin_ok": "yes"}).encode()
    request = parse_flexml_request(body, "application/json")
    _check_request(request)
    assert request.digits == "42"
    assert request.storage == {"pin_ok": "yes"}
    assert request.extra == {}


def test_flexml_request_from_a_get_query() -> None:
    request = parse_flexml_request(b"", "", urlencode(REQUEST))
    _check_request(request)
    assert request.extra == {}


def test_flexml_request_from_a_form_post_and_a_leading_question_mark() -> None:
    request = parse_flexml_request(urlencode(REQUEST).encode(), "application/x-www-form-urlencoded; charset=utf-8")
    _check_request(request)
    assert parse_flexml_request(b"", "", "?" + urlencode(REQUEST)) == request


def test_body_fields_win_over_query_parameters_which_stay_in_extra() -> None:
    body = json.dumps({"CallSid": "from-body", "Digits": "1"}).encode()
    request = parse_flexml_request(body, "application/json", "CallSid=from-query&step=menu")
    assert (request.call_sid, request.digits) == ("from-body", "1")
    assert request.extra == {"step": "menu"}


def test_missing_fields_are_none_and_unknown_values_stay_strings() -> None:
    request = FlexMLRequest.from_mapping({"CallSid": "c", "CallStatus": "ringing", "Direction": "sideways"})
    assert request.call_status == "ringing" and not isinstance(request.call_status, CallStatus)
    assert request.direction == "sideways"
    assert (request.from_, request.to, request.api_version, request.digits, request.recording_url) == (None,) * 5


def test_known_enum_members_compare_as_strings() -> None:
    request = FlexMLRequest.from_mapping({"CallStatus": "noanswer"})
    assert request.call_status == "noanswer"
    assert request.call_status is CallStatus.NOANSWER


def test_status_callback_extras_and_verb_results_are_kept() -> None:
    request = FlexMLRequest.from_mapping(
        {**REQUEST, "RecordingUrl": "https://example.com/r.wav", "CallDuration": "42", "Something": {"a": 1}}
    )
    assert request.recording_url == "https://example.com/r.wav"
    assert request.call_duration == 42
    assert request.get("CallDuration") == 42
    assert request.get("CallSid") == REQUEST["CallSid"]
    assert request.get("Missing", "default") == "default"
    assert request.extra["Something"] == {"a": 1}


def test_a_value_of_the_wrong_type_is_kept_raw_instead_of_failing() -> None:
    request = FlexMLRequest.from_mapping({"CallSid": {"nested": True}, "To": 15162065576, "Storage_x": ["a", "b"]})
    assert request.call_sid is None
    assert request.extra["CallSid"] == {"nested": True}
    assert request.to == "15162065576"
    assert request.storage == {"x": "b"}  # a repeated form field: the last one wins


def test_flexml_request_round_trips() -> None:
    request = FlexMLRequest.from_mapping({**REQUEST, "Digits": "9", "Storage_k": "v"})
    assert request.to_mapping() == {**REQUEST, "Digits": "9", "Storage_k": "v"}
    assert FlexMLRequest.from_mapping(request.to_mapping()) == request


# The samples the reference pages show.


@pytest.mark.parametrize("path", CALLBACK_SAMPLES, ids=[path.stem for path in CALLBACK_SAMPLES])
def test_documented_callback_samples_parse_and_round_trip(path: Path) -> None:
    sample = json.loads(path.read_text())
    assert sample["source"].startswith("https://")
    payload = sample["payload"]
    parsed = parse_callback(json.dumps(payload).encode(), "application/json")
    assert isinstance(parsed, MODELS[sample["kind"]])
    assert parsed.extra == {}, "every documented field is typed"
    assert type(parsed).from_mapping(parsed.to_mapping()) == parsed
    assert parsed.to_mapping() == {key: value for key, value in payload.items() if value is not None}


def test_sms_sample_with_legacy_names() -> None:
    sample = json.loads((FIXTURES / "callbacks" / "sms_callback.json").read_text())["payload"]
    message = MessageCallback.from_mapping(sample)
    assert message.legacy_names
    assert message.from_ == "15162065919"
    assert message.direction is Direction.OUTBOUND
    assert (message.mcc, message.message_segments) == (310, 1)
    assert message.to_mapping()["from_did"] == "15162065919"
    assert "from" not in message.to_mapping()


def test_message_object_with_current_names() -> None:
    body = json.loads((FIXTURES / "core" / "send_message.json").read_text())["body"]
    message = parse_callback(json.dumps(body).encode(), "application/json")
    assert isinstance(message, MessageCallback)
    assert not message.legacy_names
    assert (message.from_, message.to) == ("15162065575", "15162065574")
    assert message.status is MessageStatus.QUEUED
    assert message.type is MessageType.SMS
    assert message.user_data == "test_message"
    assert (message.group_recipients, message.media_urls, message.mcc) == ((), (), None)
    assert MessageCallback.from_mapping(message.to_mapping()) == message
    assert message.to_mapping()["to"] == "15162065574"


def test_mms_lists_and_unknown_status() -> None:
    message = MessageCallback.from_mapping(
        {
            "message_sid": "m",
            "type": "mms",
            "status": "undelivered",
            "media_urls": ["https://example.com/a.png", "https://example.com/b.png"],
            "group_recipients": ["15162065575", "15162065576"],
            "mcc": "310",
            "mnc": "abc",
        }
    )
    assert message.type is MessageType.MMS
    assert message.status == "undelivered"
    assert message.media_urls == ("https://example.com/a.png", "https://example.com/b.png")
    assert message.group_recipients == ("15162065575", "15162065576")
    assert message.mcc == 310
    assert message.mnc is None and message.extra == {"mnc": "abc"}


def test_mediator_record_from_the_core_sample() -> None:
    item = json.loads((FIXTURES / "core" / "get_mediator_cdrs.json").read_text())["body"]["items"][0]
    record = parse_callback(json.dumps(item).encode(), "application/json")
    assert isinstance(record, MediatorCallback)
    assert record.attributes == {"hide_origination_did": "true"}
    assert record.duration == 15.0  # sent as the string "15"
    assert record.endpoint_type is EndpointType.MEDIATOR
    assert record.event_type is MediatorEventType.DIALOUT
    assert record.direction is Direction.OUTBOUND
    assert (record.version, record.dtmf, record.number_redirect) == (2, None, "15162065919")
    assert record.extra == {}
    assert MediatorCallback.from_mapping(record.to_mapping()) == record


@pytest.mark.parametrize("kind", ["app_conference_call", "app_conference_meeting"])
def test_conference_callbacks_are_kept_as_sent(kind: Any) -> None:
    data = {"meetingNumber": 12345, "participantCount": 2}
    callback = parse_callback(json.dumps(data).encode(), "application/json", kind=kind)
    assert isinstance(callback, ConferenceCallback)
    assert (callback.kind, callback.data, callback.to_mapping()) == (kind, data, data)


# Telling the callbacks apart, and what cannot be read.


@pytest.mark.parametrize(
    ("data", "model"),
    [
        ({"CallSid": "c"}, FlexMLRequest),
        ({"CallStatus": "busy"}, FlexMLRequest),
        ({"message_sid": "m"}, MessageCallback),
        ({"from_did": "1", "message": "hi"}, MessageCallback),
        ({"dr_sid": "d"}, MediatorCallback),
        ({"event_type": "binding", "number_src": "1"}, MediatorCallback),
    ],
)
def test_kind_is_recognised_from_the_fields(data: dict[str, str], model: type[Any]) -> None:
    assert isinstance(parse_callback(json.dumps(data).encode(), "application/json"), model)


def test_explicit_kind_wins() -> None:
    parsed = parse_callback(b'{"CallSid": "c"}', "application/json", kind="sms")
    assert isinstance(parsed, MessageCallback)
    assert parsed.extra == {"CallSid": "c"}


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"{not json", "application/json", "not valid JSON"),
        (b"[1, 2]", "application/json", "JSON but not an object: list"),
        (b"<xml/>", "text/xml", "cannot read a callback body of type 'text/xml'"),
        (b"\xff\xfe\x00", "application/x-www-form-urlencoded", "cannot decode the callback body as utf-8"),
        (b"a=1", "application/x-www-form-urlencoded; charset=nope", "cannot decode the callback body as nope"),
    ],
)
def test_unreadable_bodies_raise_callback_error(body: bytes, content_type: str, message: str) -> None:
    with pytest.raises(CallbackError, match=message):
        parse_callback(body, content_type)


def test_callback_error_is_a_value_error() -> None:
    assert issubclass(CallbackError, ValueError)


def test_payload_reading_details() -> None:
    assert parse_payload(b"", "", "") == {}
    assert parse_payload(b"  ", "application/json", "a=1") == {"a": "1"}
    assert parse_payload(b'{"a": 1}', "") == {"a": 1}  # JSON recognised without a content type
    assert parse_payload(b'{"a": 1}', "application/vnd.carrierx+json") == {"a": 1}
    assert parse_payload(b"a=1&a=2&b=&c=x%20y", "application/x-www-form-urlencoded") == {
        "a": ["1", "2"],
        "b": "",
        "c": "x y",
    }
    assert parse_payload("a=é".encode("latin-1"), "application/x-www-form-urlencoded; charset=latin-1") == {"a": "é"}
