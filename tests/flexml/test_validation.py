"""What the builder refuses, and how it says so; escaping; the escape hatch for new attributes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

from carrierx_async.flexml import (
    UNCERTAIN,
    Dial,
    Dtmf,
    File,
    FlexMLError,
    Gather,
    Hangup,
    Number,
    Override,
    Pause,
    Play,
    Record,
    Redirect,
    Reject,
    Response,
    Say,
    Store,
)

# Built through Any so the runtime checks are exercised past what mypy would already refuse.
loose: Any = None


def _build(factory: Any, *args: Any, **kwargs: Any) -> Any:
    return factory(*args, **kwargs)


# Nesting.


@pytest.mark.parametrize(
    ("factory", "child", "message"),
    [
        (Gather, Hangup(), "Gather cannot contain Hangup; it may contain only Say, Play, Pause"),
        (Gather, Dial("1"), "Gather cannot contain Dial"),
        (Gather, Gather(), "Gather cannot contain Gather"),
        (Gather, Number("1"), "Gather cannot contain Number"),
        (Dial, Say("hi"), "Dial cannot contain Say; it may contain only Number"),
        (Dial, File("f"), "Dial cannot contain File"),
        (Play, Number("1"), "Play cannot contain Number; it may contain only File"),
        (Response, Response(), "Response cannot contain Response"),
    ],
)
def test_nesting_violations_are_refused(factory: Any, child: Any, message: str) -> None:
    with pytest.raises(FlexMLError, match=message):
        factory(child)


@pytest.mark.parametrize(("noun", "home"), [(Number("1"), "Dial"), (File("f"), "Play")])
def test_nouns_never_stand_at_top_level(noun: Any, home: str) -> None:
    with pytest.raises(FlexMLError, match=rf"{noun.tag} is a noun: put it inside {home}"):
        Response(noun)


def test_plain_strings_are_not_verbs() -> None:
    with pytest.raises(FlexMLError, match="Response cannot contain 'Hello'"):
        _build(Response, "Hello")


def test_dial_needs_one_kind_of_target() -> None:
    with pytest.raises(FlexMLError, match="Dial needs a number"):
        Dial()
    with pytest.raises(FlexMLError, match="either one number as a string or Number nouns"):
        Dial("1", Number("2"))
    with pytest.raises(FlexMLError, match="either one number as a string"):
        Dial("1", "2")
    with pytest.raises(FlexMLError, match="Dial takes the number to dial as a string, not 15162065340"):
        _build(Dial, 15162065340)


def test_play_needs_audio_or_only_digits() -> None:
    with pytest.raises(FlexMLError, match="Play needs an audio URL or a File"):
        Play("  ")
    with pytest.raises(FlexMLError, match="Play takes an audio URL or a File"):
        Play()
    with pytest.raises(FlexMLError, match=r"digits= sends DTMF only.*\(also given: background\)"):
        Play(digits="1", background=True)
    with pytest.raises(FlexMLError, match="digits= sends DTMF only"):
        Play("https://example.com/a.wav", digits="1")


def test_text_content_rules() -> None:
    with pytest.raises(FlexMLError, match="Say needs the text to read"):
        Say("")
    with pytest.raises(FlexMLError, match="Say takes at most 1024 characters, got 1025"):
        Say("x" * 1025)
    assert Say("x" * 1024).text == "x" * 1024
    with pytest.raises(FlexMLError, match="Redirect needs the URL"):
        Redirect("")
    with pytest.raises(FlexMLError, match=r"Dtmf may only hold 0-9, #, \* and ','; 'AB' is not allowed"):
        Dtmf("12AB")
    with pytest.raises(FlexMLError, match=r"Store needs name=\.\.\."):
        _build(Store, "value")
    with pytest.raises(FlexMLError, match="Number needs the number to dial"):
        Number("")


# Attribute names.


def test_misspelled_attribute_names_the_verb_and_the_close_match() -> None:
    with pytest.raises(FlexMLError) as caught:
        _build(Gather, numDigit=1)
    message = str(caught.value)
    assert message.startswith("Gather has no attribute 'numDigit'; did you mean 'numDigits'?")
    assert "Documented: action, actionOnEmptyResult, finishOnKey, method, numDigits, timeout." in message
    assert "extra_attributes={'numDigit': ...}" in message


@pytest.mark.parametrize(
    ("factory", "name", "suggestion"),
    [
        (Gather, "num_digits", "'numDigits'"),
        (Gather, "numdigits", "'numDigits'"),
        (Dial, "callerID", "'callerId'"),
        (Dial, "hangup_on_star", "'hangupOnStar'"),
        (Say, "voic", "'voice'"),
        (Play, "loopp", "'loop'"),
        (Play, "volume", None),
        (Override, "statusCallbackURL", "'statusCallbackUrl'"),
    ],
)
def test_suggestions_cover_case_and_snake_case(factory: Any, name: str, suggestion: str | None) -> None:
    args = ("1",) if factory in (Say, Play, Dial) else ()
    with pytest.raises(FlexMLError, match=f"{factory.tag} has no attribute '{name}'") as caught:
        factory(*args, **{name: "1"})
    if suggestion:
        assert f"did you mean {suggestion}" in str(caught.value)
    else:
        assert "did you mean" not in str(caught.value)


def test_finish_on_key_is_a_keyword_now_that_carrierx_names_it() -> None:
    gather = Gather(numDigits=4, finishOnKey="#")
    assert ET.fromstring(gather.to_xml()).attrib == {"numDigits": "4", "finishOnKey": "#"}
    with pytest.raises(FlexMLError, match=r"Gather\.finishOnKey is documented: pass it as the keyword"):
        Gather(extra_attributes={"finishOnKey": "#"})
    with pytest.raises(FlexMLError, match=r"Gather.finishOnKey may only hold #\*0123456789; 'A' is not allowed"):
        Gather(finishOnKey="1A")
    assert Record(finishOnKey="none").attributes == {"finishOnKey": "none"}
    with pytest.raises(FlexMLError, match=r"Record.finishOnKey may only hold #\*0123456789 \(or 'none'\)"):
        Record(finishOnKey="never")


def test_elements_take_only_what_is_documented() -> None:
    with pytest.raises(FlexMLError) as caught:
        _build(Hangup, reason="busy")
    assert str(caught.value) == (
        "Hangup has no attribute 'reason'. Documented: callInfo. "
        "For one CarrierX added later, pass extra_attributes={'reason': ...}."
    )
    with pytest.raises(FlexMLError, match=r"Dtmf has no attribute 'length'\. Documented: none\."):
        _build(Dtmf, "1", length=1)
    with pytest.raises(FlexMLError, match=r"File has no attribute 'fileSid'\. Documented: none\."):
        _build(File, "f", fileSid="f")


# Attribute values.


@pytest.mark.parametrize(
    ("factory", "args", "kwargs", "message"),
    [
        (Gather, (), {"numDigits": "two"}, r"Gather.numDigits takes an integer \(or its digits as text\), not 'two'"),
        (Gather, (), {"numDigits": "2.5"}, "Gather.numDigits takes an integer"),
        (Gather, (), {"numDigits": ""}, "Gather.numDigits takes an integer"),
        (Gather, (), {"numDigits": 2.0}, "Gather.numDigits takes an integer"),
        (Gather, (), {"numDigits": True}, "Gather.numDigits takes an integer"),
        (Gather, (), {"numDigits": "0"}, "Gather.numDigits must be at least 1, got 0"),
        (Gather, (), {"numDigits": 0}, "Gather.numDigits must be at least 1, got 0"),
        (Gather, (), {"method": "PUT"}, "Gather.method takes one of GET, POST; got 'PUT'"),
        (Gather, (), {"actionOnEmptyResult": "yes"}, "Gather.actionOnEmptyResult takes True or False .*, not 'yes'"),
        (Gather, (), {"method": "pots"}, r"Gather.method takes one of GET, POST; got 'pots' \(did you mean 'POST'"),
        (Say, ("hi",), {"loop": 101}, "Say.loop must be at most 100, got 101"),
        (Say, ("hi",), {"loop": -1}, "Say.loop must be at least 0, got -1"),
        (Say, ("hi",), {"loopPause": 301}, "Say.loopPause must be at most 300"),
        (Say, ("hi",), {"voice": "robot"}, "Say.voice takes 'man', 'woman' or an Amazon Polly voice"),
        (Say, ("hi",), {"voice": "Polly."}, "Say.voice takes 'man', 'woman'"),
        (Dial, ("1",), {"confirmKey": "12"}, r"Dial.confirmKey takes one key of #\*0123456789, got '12'"),
        (Dial, ("1",), {"confirmKey": "A"}, "Dial.confirmKey takes one key"),
        (Dial, ("1",), {"hangupOnStar": 1}, "Dial.hangupOnStar takes True or False .*, not 1"),
        (Dial, ("1",), {"hangupOnStar": "1"}, "Dial.hangupOnStar takes True or False .*, not '1'"),
        (Dial, ("1",), {"timeout": "ten"}, "Dial.timeout takes an integer"),
        (Record, (), {"fileFormat": "ogg"}, "Record.fileFormat takes one of wav, mp3, ul; got 'ogg'"),
        (Record, (), {"playBeep": "maybe"}, "Record.playBeep takes True or False"),
        (Record, (), {"maxLength": 0}, "Record.maxLength must be at least 1"),
        (Dial, ("1",), {"action": ""}, "Dial.action must not be empty"),
        (Dial, ("1",), {"callerId": 15162065575}, "Dial.callerId takes a string, not 15162065575"),
        (Play, (), {"digits": "12w"}, "Play.digits may only hold"),
        (Play, ("u",), {"controlSkip": 0}, "Play.controlSkip must be at least 1"),
        (Pause, (), {"length": 0}, "Pause.length must be at least 1"),
        (Pause, (), {"noise": "yes"}, "Pause.noise takes True or False"),
        (Reject, (), {"reason": "Busy"}, r"Reject.reason takes one of redirect, .*; got 'Busy' \(did you mean 'busy'"),
        (Override, (), {"statusCallbackMethod": "FETCH"}, "Override.statusCallbackMethod takes one of GET, POST, HEAD"),
        (Record, (), {"backgroundAudioLoop": -1}, "Record.backgroundAudioLoop must be at least 0"),
        (Redirect, ("/next",), {"method": "PATCH"}, "Redirect.method takes one of GET, POST"),
    ],
)
def test_values_are_checked_against_the_reference(factory: Any, args: Any, kwargs: Any, message: str) -> None:
    with pytest.raises(FlexMLError, match=message):
        factory(*args, **kwargs)


def test_accepted_values_are_written_as_carrierx_expects() -> None:
    assert _build(Gather, method="post", actionOnEmptyResult=True).attributes == {
        "method": "POST",
        "actionOnEmptyResult": "true",
    }
    assert Say("hi", voice="woman", loop=0).attributes == {"voice": "woman", "loop": "0"}
    assert Say("hi", voice="Polly.Matthew-Neural").attributes["voice"] == "Polly.Matthew-Neural"
    assert Reject(reason="intermediary-rejected").attributes == {"reason": "intermediary-rejected"}
    assert Override(statusCallbackMethod="trace").attributes == {"statusCallbackMethod": "TRACE"}


# The escape hatch.


def test_extra_attributes_are_written_as_given() -> None:
    dial = Dial("1", timeLimit=30, extra_attributes={"recordDirection": "both", "newFlag": True, "ratio": 1.5, "n": 3})
    assert ET.fromstring(dial.to_xml()).attrib == {
        "timeLimit": "30",
        "recordDirection": "both",
        "newFlag": "true",
        "ratio": "1.5",
        "n": "3",
    }
    assert Dtmf("1", extra_attributes={"duration": 250}).attributes == {"duration": "250"}
    assert File("f", extra_attributes={"fileSid": "f"}).attributes == {"fileSid": "f"}


def test_extra_attributes_cannot_shadow_or_break_the_markup() -> None:
    with pytest.raises(FlexMLError, match=r"Gather.numDigits is documented: pass it as the keyword numDigits="):
        Gather(extra_attributes={"numDigits": 2})
    with pytest.raises(FlexMLError, match="is not a usable attribute name"):
        Gather(extra_attributes={"bad name": "x"})
    with pytest.raises(FlexMLError, match="is not a usable attribute name"):
        Gather(extra_attributes={"x:y": "x"})
    with pytest.raises(FlexMLError, match="takes a string, number or boolean"):
        Gather(extra_attributes={"list": ["a"]})


# Escaping.

NASTY = "Tom & Jerry <said> \"hi\" & 'bye' > </Say><Hangup/>"


def test_text_and_attribute_values_are_escaped_and_round_trip() -> None:
    document = Response(
        Say(NASTY, voice="man"),
        Gather(Say(NASTY), action=f'/menu?a=1&b=<2>&c="{NASTY}"'),
        Store(NASTY, name="note"),
        Dial(Number("1", sendDigits="1"), callerName=NASTY, extra_attributes={"custom": NASTY}),
    )
    xml = document.to_xml()
    assert "<Hangup/>" not in xml and "<said>" not in xml
    parsed = ET.fromstring(document.to_bytes())
    assert [child.tag for child in parsed] == ["Say", "Gather", "Store", "Dial"]
    assert parsed[0].text == NASTY
    assert parsed[1].attrib["action"] == f'/menu?a=1&b=<2>&c="{NASTY}"'
    assert parsed[1][0].text == NASTY
    assert parsed[2].text == NASTY
    assert parsed[3].attrib == {"callerName": NASTY, "custom": NASTY}


def test_whitespace_and_newlines_survive_in_attributes_and_text() -> None:
    say = Say("line one\nline two\ttab")
    dial = Dial("1", callerName="two\nlines")
    assert ET.fromstring(say.to_xml()).text == "line one\nline two\ttab"
    assert ET.fromstring(dial.to_xml()).attrib["callerName"] == "two\nlines"


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b[0m", "\ufffe"])
def test_characters_xml_cannot_carry_are_refused(bad: str) -> None:
    with pytest.raises(FlexMLError, match="which XML cannot carry"):
        Say(f"hello{bad}")
    with pytest.raises(FlexMLError, match=r"Dial\.callerName contains"):
        Dial("1", callerName=f"x{bad}")
    with pytest.raises(FlexMLError, match=r"Gather\.custom contains"):
        Gather(extra_attributes={"custom": f"x{bad}"})


# The uncertainty record.


def test_uncertain_lists_every_guessed_name_and_rule() -> None:
    for key in [
        "Dial.timeLimit",
        "Gather.actionOnEmptyResult",
        "Gather.numDigits",
        "Play.forwardOnKey",
        "Record.direction",
        "File",
        "Wait",
        "CONTENT_TYPE",
        "FlexMLRequest.digits",
        "ConferenceCallback",
    ]:
        assert UNCERTAIN.get(key)
    assert "Dial.callerId" not in UNCERTAIN  # read from the table itself
    with pytest.raises(TypeError):
        UNCERTAIN["x"] = "y"  # type: ignore[index]
