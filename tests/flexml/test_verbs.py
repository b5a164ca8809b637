"""Every verb and noun: built, serialised, and read back with ElementTree."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from carrierx_async.flexml import (
    Amd,
    Connect,
    Dial,
    Dtmf,
    Element,
    File,
    Gather,
    Hangup,
    Number,
    Override,
    Pause,
    Play,
    PreAnswer,
    Record,
    Redirect,
    Reject,
    Response,
    Say,
    Sms,
    Start,
    Stop,
    Store,
    Stream,
    Wait,
)

CASES: list[tuple[Element, str, dict[str, str], str | None, list[str]]] = [
    (
        Dial(
            "15162065340",
            action="/after-dial",
            callerId="15162065575",
            callerName="ACME",
            confirmKey="#",
            confirmSound="https://example.com/confirm.wav",
            containerSid="c-1",
            hangupOnStar=True,
            timeLimit=15,
        ),
        "Dial",
        {
            "action": "/after-dial",
            "callerId": "15162065575",
            "callerName": "ACME",
            "confirmKey": "#",
            "confirmSound": "https://example.com/confirm.wav",
            "containerSid": "c-1",
            "hangupOnStar": "true",
            "timeLimit": "15",
        },
        "15162065340",
        [],
    ),
    (
        Dial(Number("15162065340", sendDigits="ww123"), Number("15162065341")),
        "Dial",
        {},
        None,
        ["Number", "Number"],
    ),
    (
        Gather(
            Say("Enter your PIN"),
            Play("https://example.com/beep.wav"),
            Pause(length=2),
            Wait(length=1),
            action="https://example.com/handler",
            actionOnEmptyResult=False,
            method="get",  # CarrierX's own example writes it in lower case
            numDigits=4,
            timeout=10,
        ),
        "Gather",
        {
            "action": "https://example.com/handler",
            "actionOnEmptyResult": "false",
            "method": "GET",
            "numDigits": "4",
            "timeout": "10",
        },
        None,
        ["Say", "Play", "Pause", "Wait"],
    ),
    (
        Play(
            "https://example.com/media.mp3",
            action="/played",
            background=False,
            controlSkip=30,
            errorAction="/failed",
            errorMethod="POST",
            forwardOnKey="6",
            rewindOnKey="4",
            streaming=True,
            timeLimit=30,
        ),
        "Play",
        {
            "action": "/played",
            "background": "false",
            "controlSkip": "30",
            "errorAction": "/failed",
            "errorMethod": "POST",
            "forwardOnKey": "6",
            "rewindOnKey": "4",
            "streaming": "true",
            "timeLimit": "30",
        },
        "https://example.com/media.mp3",
        [],
    ),
    (Play(File("f-1")), "Play", {}, None, ["File"]),
    (Play(digits="12,,#"), "Play", {"digits": "12,,#"}, None, []),
    (
        Say("Hello", loop=0, loopPause=2, voice="Polly.Joanna"),
        "Say",
        {"loop": "0", "loopPause": "2", "voice": "Polly.Joanna"},
        "Hello",
        [],
    ),
    (
        Record(
            containerSid="c-1",
            errorMethod="get",
            fileFormat="MP3",  # type: ignore[arg-type]  # not a listed spelling: checks the case is folded
            fileMode="append",
            finishOnKey="#*",
            integerKey1=7,
            integerKey2="8",
            lifecycleAction="delete",
            lifecycleTtl=86400,
            maxLength="120",
            playBeep="false",
            recordSession=True,
            stringKey1="campaign-9",
            stringKey2="machine",
            timeout=5,
            trim="trim-silence",
        ),
        "Record",
        {
            "containerSid": "c-1",
            "errorMethod": "GET",
            "fileFormat": "mp3",
            "fileMode": "append",
            "finishOnKey": "#*",
            "integerKey1": "7",
            "integerKey2": "8",
            "lifecycleAction": "delete",
            "lifecycleTtl": "86400",
            "maxLength": "120",
            "playBeep": "false",
            "recordSession": "true",
            "stringKey1": "campaign-9",
            "stringKey2": "machine",
            "timeout": "5",
            "trim": "trim-silence",
        },
        None,
        [],
    ),
    (
        Record(
            action="/recorded",
            backgroundAudioLoop=2,
            backgroundAudioUrl="https://example.com/music.mp3",
            callbackUrl="https://example.com/recording-data",
            containerSid="c-1",
            direction="both",
            errorAction="/record-failed",
            fileSid="f-2",
            method="POST",
        ),
        "Record",
        {
            "action": "/recorded",
            "backgroundAudioLoop": "2",
            "backgroundAudioUrl": "https://example.com/music.mp3",
            "callbackUrl": "https://example.com/recording-data",
            "containerSid": "c-1",
            "direction": "both",
            "errorAction": "/record-failed",
            "fileSid": "f-2",
            "method": "POST",
        },
        None,
        [],
    ),
    (Redirect("https://example.com/next", method="GET"), "Redirect", {"method": "GET"}, "https://example.com/next", []),
    (
        Pause(length=15, minNoise=200, minSilence=500, noise=True, silence=False),
        "Pause",
        {"length": "15", "minNoise": "200", "minSilence": "500", "noise": "true", "silence": "false"},
        None,
        [],
    ),
    (Wait(length=3), "Wait", {"length": "3"}, None, []),
    (Hangup(callInfo="soft hangup from IO"), "Hangup", {"callInfo": "soft hangup from IO"}, None, []),
    (Reject(reason="busy-here"), "Reject", {"reason": "busy-here"}, None, []),
    (
        Override(statusCallbackUrl="https://example.com/status", statusCallbackMethod="get"),
        "Override",
        {"statusCallbackUrl": "https://example.com/status", "statusCallbackMethod": "GET"},
        None,
        [],
    ),
    (Dtmf(",,,,12#*"), "Dtmf", {}, ",,,,12#*", []),
    (Store("some more data", name="key2"), "Store", {"name": "key2"}, "some more data", []),
    (Number("15162065340", sendDigits="1234"), "Number", {"sendDigits": "1234"}, "15162065340", []),
    (File("3dbd7ad6-file"), "File", {}, "3dbd7ad6-file", []),
    (
        Amd(action="/amd", afterGreetingSilence=800, betweenWordSilence=50, greeting=1500, method="post"),
        "Amd",
        {
            "action": "/amd",
            "afterGreetingSilence": "800",
            "betweenWordSilence": "50",
            "greeting": "1500",
            "method": "POST",
        },
        None,
        [],
    ),
    (
        PreAnswer(Say("Calls cost extra."), Pause(length=1), Play("https://example.com/a.wav", loop=3), ringing=True),
        "PreAnswer",
        {"ringing": "true"},
        None,
        ["Say", "Pause", "Play"],
    ),
    (
        Sms("Have a great day!", to="15162065317", from_="15162065318", action="/sent", method="get"),
        "Sms",
        {"to": "15162065317", "from": "15162065318", "action": "/sent", "method": "GET"},
        "Have a great day!",
        [],
    ),
    (Start(Stream(name="myStream", url="wss://example.com", track="both")), "Start", {}, None, ["Stream"]),
    (Stop(Stream(name="myStream")), "Stop", {}, None, ["Stream"]),
    (Connect(Stream(name="myStream", url="wss://example.com")), "Connect", {}, None, ["Stream"]),
    (
        Stream(name="s", url="wss://example.com/audio", audio_track="inbound", maxLength="60"),
        "Stream",
        {"name": "s", "url": "wss://example.com/audio", "audio_track": "inbound", "maxLength": "60"},
        None,
        [],
    ),
]


@pytest.mark.parametrize(("built", "tag", "attributes", "text", "children"), CASES, ids=[c[1] for c in CASES])
def test_every_element_round_trips_through_elementtree(
    built: Element, tag: str, attributes: dict[str, str], text: str | None, children: list[str]
) -> None:
    parsed = ET.fromstring(built.to_xml())
    assert parsed.tag == tag
    assert parsed.attrib == attributes
    assert parsed.text == text
    assert [child.tag for child in parsed] == children
    assert built.attributes == attributes


def test_every_documented_verb_and_noun_has_a_case() -> None:
    covered = {case[1] for case in CASES}
    assert covered == {
        "Amd",
        "Dial",
        "Gather",
        "Play",
        "PreAnswer",
        "Say",
        "Sms",
        "Start",
        "Stop",
        "Connect",
        "Stream",
        "Record",
        "Redirect",
        "Pause",
        "Wait",
        "Hangup",
        "Reject",
        "Override",
        "Dtmf",
        "Store",
        "Number",
        "File",
    }


def test_nested_children_keep_their_attributes() -> None:
    dial = ET.fromstring(Dial(Number("15162065340", sendDigits="ww1"), Number("15162065341")).to_xml())
    assert [(n.text, n.attrib) for n in dial] == [("15162065340", {"sendDigits": "ww1"}), ("15162065341", {})]
    gather = ET.fromstring(Gather(Say("Hi", voice="woman"), Pause(length=2), numDigits=1).to_xml())
    assert [(c.tag, c.attrib, c.text) for c in gather] == [
        ("Say", {"voice": "woman"}, "Hi"),
        ("Pause", {"length": "2"}, None),
    ]


def test_attributes_omitted_when_none() -> None:
    assert ET.fromstring(Say("Hi", voice=None).to_xml()).attrib == {}  # type: ignore[arg-type]


def test_elements_compare_by_content_and_are_read_only() -> None:
    assert Say("Hi", loop=2) == Say("Hi", loop=2)
    assert Say("Hi", loop=2) != Say("Hi", loop=3)
    assert Pause(length=1) != Wait(length=1)
    assert hash(Dial(Number("1"))) == hash(Dial(Number("1")))
    with pytest.raises(TypeError):
        Say("Hi").attributes["loop"] = "3"  # type: ignore[index]
    assert repr(Say("Hi", loop=2)) == "Say('Hi', loop='2')"


def test_response_holds_every_verb() -> None:
    document = Response(
        Override(statusCallbackUrl="https://example.com/status"),
        Store("v", name="k"),
        Say("Hello"),
        Play("https://example.com/a.wav"),
        Pause(),
        Wait(),
        Dtmf("1"),
        Gather(Say("Press 1"), numDigits=1),
        Dial("15162065340"),
        Record(action="/r"),
        Redirect("/next"),
    )
    parsed = ET.fromstring(document.to_xml())
    assert parsed.tag == "Response"
    assert [child.tag for child in parsed] == [
        "Override",
        "Store",
        "Say",
        "Play",
        "Pause",
        "Wait",
        "Dtmf",
        "Gather",
        "Dial",
        "Record",
        "Redirect",
    ]
    assert [type(verb).__name__ for verb in document.verbs][:2] == ["Override", "Store"]
