"""The document: output forms, the order rules, and the reference page examples rebuilt."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from carrierx_async.flexml import (
    CONTENT_TYPE,
    Amd,
    Connect,
    Dial,
    Dtmf,
    FlexMLError,
    FlexMLReply,
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
    flexml_reply,
)


def _same(built: Response, documented: str) -> None:
    """Equal as XML trees: same tags, attributes, stripped text and children."""

    def shape(element: ET.Element) -> tuple[object, ...]:
        return (element.tag, element.attrib, (element.text or "").strip(), [shape(child) for child in element])

    assert shape(ET.fromstring(built.to_xml())) == shape(ET.fromstring(documented))


def test_to_bytes_is_utf8_with_a_declaration() -> None:
    body = Response(Say("Grüße, café")).to_bytes()
    first, _, rest = body.partition(b"\n")
    assert first == b'<?xml version="1.0" encoding="UTF-8"?>'
    assert rest == "<Response><Say>Grüße, café</Say></Response>".encode()
    assert ET.fromstring(body).find("Say").text == "Grüße, café"  # type: ignore[union-attr]


def test_to_xml_has_no_declaration_and_str_is_the_same() -> None:
    document = Response(Hangup())
    assert document.to_xml() == "<Response><Hangup /></Response>"
    assert str(document) == document.to_xml()


def test_empty_response_is_allowed() -> None:
    assert Response().to_xml() == "<Response />"


def test_pretty_output_parses_to_the_same_tree() -> None:
    document = Response(Gather(Say("Press 1"), numDigits=1), Dial(Number("1"), Number("2")))
    pretty = document.to_xml(pretty=True)
    assert "\n  <Gather" in pretty
    _same(document, pretty)
    assert document.to_bytes(pretty=True).startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n')


def test_reply_parts() -> None:
    document = Response(Say("Bye"), Hangup())
    reply = flexml_reply(document)
    assert reply == FlexMLReply(document.to_bytes(), "application/xml", 200)
    assert CONTENT_TYPE == "application/xml"


@pytest.mark.parametrize("terminal", [Hangup(), Redirect("/next"), Reject()], ids=["Hangup", "Redirect", "Reject"])
def test_nothing_may_follow_a_verb_that_ends_the_flow(terminal: Hangup | Redirect | Reject) -> None:
    with pytest.raises(
        FlexMLError, match=rf"{terminal.tag} ends the call flow.*ignores what follows it \(Say, Pause\)"
    ):
        Response(terminal, Say("lost"), Pause())
    kept = Response(terminal, Say("lost"), strict=False)
    assert [v.tag for v in kept.verbs] == [terminal.tag, "Say"]


def test_a_verb_with_an_action_may_still_be_followed() -> None:
    # Gather falls through when nothing is entered; Record when nothing was recorded.
    Response(Gather(Say("Press 1"), action="/a"), Say("Nothing entered"), Hangup())
    Response(Record(action="/r"), Say("Nothing recorded"))


def test_override_must_open_the_document() -> None:
    Response(Override(statusCallbackUrl="/s"), Override(statusCallbackMethod="POST"), Say("Hi"))
    with pytest.raises(FlexMLError, match="Override must open the Response"):
        Response(Say("Hi"), Override(statusCallbackUrl="/s"))
    Response(Say("Hi"), Override(statusCallbackUrl="/s"), strict=False)


def test_reject_must_come_first() -> None:
    Response(Override(statusCallbackUrl="/s"), Reject(reason="busy"))
    with pytest.raises(FlexMLError, match="Reject must be the first verb"):
        Response(Say("Sorry"), Reject())


def test_pre_answer_does_not_answer_so_reject_may_follow_it() -> None:
    # The PreAnswer page's own example: early media, then refuse the call.
    document = Response(
        PreAnswer(
            Say("Sorry, we cannot answer your call right now. Please try again later."),
            Pause(length=4),
            Play("https://storage.carrierx.com/f/5fac56c8.mp3", loop=3),
        ),
        Reject(reason="busy"),
    )
    parsed = ET.fromstring(document.to_xml())
    assert [verb.tag for verb in parsed] == ["PreAnswer", "Reject"]
    assert [child.tag for child in parsed[0]] == ["Say", "Pause", "Play"]
    with pytest.raises(FlexMLError, match="Override must open the Response"):
        Response(PreAnswer(Say("Hi")), Override(statusCallbackUrl="/s"))
    with pytest.raises(FlexMLError, match="PreAnswer cannot contain Gather"):
        PreAnswer(Gather())  # type: ignore[arg-type]


def test_an_amd_with_an_action_hands_the_call_to_that_url() -> None:
    document = Response(Amd(action="/amd", greeting=1500), Say("Only heard when Amd has no action"))
    assert ET.fromstring(document.to_xml())[0].attrib == {"action": "/amd", "greeting": "1500"}


# The examples on the reference pages, rebuilt with the builder.


def test_reference_gather_examples() -> None:
    _same(
        Response(
            Gather(
                Say("Please enter two digits"),
                timeout=10,
                numDigits=2,
                method="GET",
                action="http://www.example.com/path/to/handler",
            )
        ),
        '<Response><Gather timeout="10" numDigits="2" method="GET" action="http://www.example.com/path/to/handler">'
        "<Say>Please enter two digits</Say></Gather></Response>",
    )
    _same(
        Response(
            Gather(
                Play("https://example.com/media/first_prompt.wav"),
                Pause(length=2),
                Say("Please enter your 4-digit PIN now."),
                numDigits=4,
                action="https://example.com/handler",
            )
        ),
        '<Response><Gather numDigits="4" action="https://example.com/handler">'
        '<Play>https://example.com/media/first_prompt.wav</Play><Pause length="2"/>'
        "<Say>Please enter your 4-digit PIN now.</Say></Gather></Response>",
    )


def test_reference_dtmf_example() -> None:
    _same(
        Response(Dial(Number("15162065340"), timeLimit=15, hangupOnStar=True), Dtmf(",,,,12")),
        '<Response><Dial timeLimit="15" hangupOnStar="true"><Number>15162065340</Number></Dial>'
        "<Dtmf>,,,,12</Dtmf></Response>",
    )


def test_reference_override_example() -> None:
    _same(
        Response(
            Override(statusCallbackUrl="http://www.example.com/path/to/handler", statusCallbackMethod="GET"),
            Play("http://www.example.com/path/to/media.mp3", streaming=True, timeLimit=30),
        ),
        '<Response><Override statusCallbackUrl="http://www.example.com/path/to/handler" statusCallbackMethod="GET"/>'
        '<Play streaming="true" timeLimit="30">http://www.example.com/path/to/media.mp3</Play></Response>',
    )


def test_reference_store_redirect_reject_hangup_pause_examples() -> None:
    _same(
        Response(Store("some_data", name="key1"), Store("some more data", name="key2"), Redirect("http://h/handler")),
        '<Response><Store name="key1">some_data</Store><Store name="key2">some more data</Store>'
        "<Redirect>http://h/handler</Redirect></Response>",
    )
    # The Redirect page's own example keeps a Say after Redirect to show it is ignored.
    _same(
        Response(Redirect("http://h/handler", method="GET"), Say("Thank you"), strict=False),
        '<Response><Redirect method="GET">http://h/handler</Redirect><Say>Thank you</Say></Response>',
    )
    _same(Response(Reject(reason="busy")), '<Response><Reject reason="busy"></Reject></Response>')
    _same(
        Response(Hangup(callInfo="soft hangup from IO")),
        '<Response><Hangup callInfo="soft hangup from IO"/></Response>',
    )
    _same(
        Response(Say("Welcome"), Pause(length=15), Say("Thank you for your time.")),
        '<Response><Say>Welcome</Say><Pause length="15"/><Say>Thank you for your time.</Say></Response>',
    )


def test_streams_sit_inside_start_stop_or_connect() -> None:
    # The Start and Connect pages' examples, and a Stop naming the same stream.
    document = Response(
        Start(Stream(name="myStream", url="wss://example.com")),
        Say("This call is streamed."),
        Stop(Stream(name="myStream")),
        Connect(Stream(name="agent", url="wss://example.com/agent")),
    )
    parsed = ET.fromstring(document.to_xml())
    assert [(verb.tag, [child.attrib for child in verb]) for verb in parsed] == [
        ("Start", [{"name": "myStream", "url": "wss://example.com"}]),
        ("Say", []),
        ("Stop", [{"name": "myStream"}]),
        ("Connect", [{"name": "agent", "url": "wss://example.com/agent"}]),
    ]
    with pytest.raises(FlexMLError, match=r"Stream is a noun: put it inside Start, Stop or Connect"):
        Response(Stream(name="s"))  # type: ignore[arg-type]
    with pytest.raises(FlexMLError, match=r"Connect needs a Stream noun"):
        Connect()
    with pytest.raises(FlexMLError, match="Start cannot contain Say; it may contain only Stream"):
        Start(Say("hi"))  # type: ignore[arg-type]
    with pytest.raises(FlexMLError, match="Stream takes track or audio_track"):
        Stream(track="inbound", audio_track="inbound")


def test_reference_sms_example_and_its_limits() -> None:
    assert Response(Sms("Have a great day!", to="15162065317")).to_xml() == (
        '<Response><Sms to="15162065317">Have a great day!</Sms></Response>'
    )
    assert Sms("x" * 670).text == "x" * 670
    with pytest.raises(FlexMLError, match="Sms takes at most 670 characters, got 671"):
        Sms("x" * 671)
    with pytest.raises(FlexMLError, match="Sms needs the message text"):
        Sms(" ")
