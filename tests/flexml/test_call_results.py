"""What FlexML verbs and the status callback report: typed fields, spellings, numbers sent as JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest

from carrierx_async.flexml import (
    UNCERTAIN,
    AMDStatus,
    CallStatus,
    FlexMLRequest,
    GenericCallback,
    MessageCallback,
    parse_callback,
    parse_flexml_request,
)


def test_amd_verdict_is_typed() -> None:
    request = parse_flexml_request(
        json.dumps({"CallSid": "c", "AMDStatus": "MACHINE", "AMDCause": "LONGGREETING-2000-1500"}).encode(),
        "application/json",
    )
    assert request.amd_status is AMDStatus.MACHINE
    assert request.amd_cause == "LONGGREETING-2000-1500"
    assert request.to_mapping()["AMDStatus"] == "MACHINE"


@pytest.mark.parametrize(
    ("sent", "member"),
    [
        ("HUMAN", AMDStatus.HUMAN),
        ("human", AMDStatus.HUMAN),
        ("NOTSURE", AMDStatus.NOTSURE),
        ("not-sure", AMDStatus.NOTSURE),
    ],
)
def test_amd_status_spellings(sent: str, member: AMDStatus) -> None:
    assert FlexMLRequest.from_mapping({"AMDStatus": sent}).amd_status is member


def test_an_unknown_amd_status_is_kept_as_sent() -> None:
    request = FlexMLRequest.from_mapping({"AMDStatus": "FAX"})
    assert request.amd_status == "FAX" and not isinstance(request.amd_status, AMDStatus)


def test_recording_results_are_typed() -> None:
    request = FlexMLRequest.from_mapping(
        {"RecordingUrl": "https://example.com/r.wav", "RecordingFileSid": "f-1", "RecordingDuration": "7"}
    )
    assert (request.recording_url, request.recording_file_sid, request.recording_duration) == (
        "https://example.com/r.wav",
        "f-1",
        7,
    )
    assert FlexMLRequest.from_mapping({"RecordingDuration": 7.0}).recording_duration == 7


@pytest.mark.parametrize(("sent", "seconds"), [("42", 42), (42, 42), (42.0, 42), (" 42 ", 42)])
def test_call_duration_reads_text_and_numbers(sent: Any, seconds: int) -> None:
    assert FlexMLRequest.from_mapping({"CallDuration": sent}).call_duration == seconds


@pytest.mark.parametrize("sent", ["4.5", 4.5, "soon", True, [1]])
def test_a_duration_that_is_not_whole_seconds_is_kept_raw(sent: Any) -> None:
    request = FlexMLRequest.from_mapping({"CallDuration": sent, "RecordingDuration": sent})
    assert request.call_duration is None and request.recording_duration is None
    assert request.extra == {"CallDuration": sent, "RecordingDuration": sent}


@pytest.mark.parametrize(
    ("sent", "status"),
    [
        ("in-progress", CallStatus.IN_PROGRESS),
        ("in_progress", CallStatus.IN_PROGRESS),
        ("IN-PROGRESS", CallStatus.IN_PROGRESS),
        ("no-answer", CallStatus.NOANSWER),
        ("noanswer", CallStatus.NOANSWER),
        ("no_answer", CallStatus.NOANSWER),
        ("canceled", CallStatus.CANCEL),
        ("cancelled", CallStatus.CANCEL),
        ("cancel", CallStatus.CANCEL),
        ("busy", CallStatus.BUSY),
        ("completed", CallStatus.COMPLETED),
        ("Failed", CallStatus.FAILED),
    ],
)
def test_call_status_spellings_read_as_one_member(sent: str, status: CallStatus) -> None:
    assert FlexMLRequest.from_mapping({"CallSid": "c", "CallStatus": sent}).call_status is status


def test_an_unknown_call_status_is_kept_as_sent() -> None:
    request = FlexMLRequest.from_mapping({"CallStatus": "ringing"})
    assert request.call_status == "ringing" and not isinstance(request.call_status, CallStatus)
    assert request.extra == {}


@pytest.mark.parametrize(
    ("body", "digits"),
    [
        (b'{"Digits": 5}', "5"),
        (b'{"Digits": 1234}', "1234"),
        (b'{"Digits": 12.0}', "12"),
        (b'{"Digits": "007"}', "007"),
    ],
)
def test_digits_sent_as_a_json_number_read_as_the_digit_string(body: bytes, digits: str) -> None:
    assert parse_flexml_request(body, "application/json").digits == digits


def test_digits_from_a_query_string_keep_their_leading_zeros_and_symbols() -> None:
    assert parse_flexml_request(b"", "", "Digits=0042%23").digits == "0042#"


@pytest.mark.parametrize("sent", [True, {"a": 1}, 1.5])
def test_digits_of_another_type_stay_in_extra(sent: Any) -> None:
    request = FlexMLRequest.from_mapping({"Digits": sent})
    assert request.digits is None and request.extra == {"Digits": sent}


def test_verb_results_round_trip_under_carrierx_names() -> None:
    sent = {
        "CallSid": "c",
        "CallStatus": "completed",
        "CallDuration": 12,
        "Digits": "2",
        "AMDStatus": "HUMAN",
        "AMDCause": "HUMAN-300-800",
        "RecordingUrl": "https://example.com/r.wav",
        "RecordingFileSid": "f-1",
        "RecordingDuration": 5,
    }
    request = FlexMLRequest.from_mapping(sent)
    assert request.extra == {}
    assert FlexMLRequest.from_mapping(request.to_mapping()) == request
    assert request.to_mapping() == sent


def test_flexml_payloads_without_call_sid_are_still_flexml_requests() -> None:
    for data in ({"AMDStatus": "HUMAN"}, {"Digits": "1"}, {"From": "1", "To": "2"}, {"Storage_step": "menu"}):
        assert isinstance(parse_callback(json.dumps(data).encode(), "application/json"), FlexMLRequest), data


def test_a_payload_of_no_known_kind_is_a_generic_callback() -> None:
    callback = parse_callback(b'{"meetingNumber": 1, "event": "x"}', "application/json")
    assert isinstance(callback, GenericCallback)
    assert callback.data == {"meetingNumber": 1, "event": "x"}
    assert callback.get("event") == "x" and callback.to_mapping() == callback.data
    assert isinstance(parse_callback(b"", "application/json"), GenericCallback)
    assert isinstance(parse_callback(b'{"message_sid": "m"}', "application/json"), MessageCallback)


def test_names_taken_on_less_than_a_table_are_listed() -> None:
    for key in [
        "Amd",
        "Amd.method",
        "Record.fileFormat",
        "Record.finishOnKey",
        "Record.lifecycleAction",
        "Gather.finishOnKey",
        "Dial.method",
        "Dial.timeout",
        "Play.loop",
        "PreAnswer",
        "Stop",
        "Stream",
        "Stream.maxLength",
        "CallStatus",
        "FlexMLRequest.call_duration",
        "FlexMLRequest.recording_file_sid",
    ]:
        assert UNCERTAIN.get(key), key
    for documented in ("Amd.action", "Amd.greeting", "Amd.afterGreetingSilence", "PreAnswer.ringing", "Record.action"):
        assert documented not in UNCERTAIN
