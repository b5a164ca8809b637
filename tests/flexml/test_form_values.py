"""Values apps take from forms and query strings: read as what they mean, written as CarrierX expects."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

from carrierx_async.flexml import Amd, Dial, FlexMLError, Gather, Number, Pause, Play, Record, Redirect, Say


def test_numbers_given_as_text_are_written_as_numbers() -> None:
    gather = Gather(Say("Press a key", loop="2"), numDigits="1", timeout=" 10 ")
    assert gather.attributes == {"numDigits": "1", "timeout": "10"}
    assert gather.children[0].attributes == {"loop": "2"}
    assert Gather(numDigits="+3").attributes == {"numDigits": "3"}
    assert Amd(greeting="1500").attributes == {"greeting": "1500"}


def test_text_numbers_keep_the_documented_limits() -> None:
    with pytest.raises(FlexMLError, match=r"Say\.loop must be at most 100, got 101"):
        Say("hi", loop="101")
    with pytest.raises(FlexMLError, match=r"Pause\.length must be at least 1, got 0"):
        Pause(length="0")


@pytest.mark.parametrize(("given", "written"), [("true", "true"), ("TRUE", "true"), ("False", "false"), (True, "true")])
def test_booleans_given_as_text_are_written_lower_case(given: Any, written: str) -> None:
    assert Dial("15162065340", hangupOnStar=given).attributes == {"hangupOnStar": written}
    assert Play("https://example.com/a.wav", background=given).attributes == {"background": written}


@pytest.mark.parametrize("given", ["post", "Post", "POST", "pOsT"])
def test_methods_in_any_case_are_written_upper_case(given: Any) -> None:
    assert Gather(method=given).attributes == {"method": "POST"}
    assert Redirect("/next", method=given).attributes == {"method": "POST"}
    assert Record(method=given).attributes == {"method": "POST"}
    assert Dial(Number("1"), method=given).attributes == {"method": "POST"}


def test_the_xml_carries_the_normalised_values() -> None:
    parsed = ET.fromstring(Gather(numDigits="2", method="get", actionOnEmptyResult="TRUE").to_xml())
    assert parsed.attrib == {"numDigits": "2", "method": "GET", "actionOnEmptyResult": "true"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"numDigits": "1e3"}, r"Gather.numDigits takes an integer \(or its digits as text\), not '1e3'"),
        ({"numDigits": "one"}, "Gather.numDigits takes an integer"),
        ({"timeout": "-"}, "Gather.timeout takes an integer"),
        ({"actionOnEmptyResult": "yes"}, r"Gather.actionOnEmptyResult takes True or False \(or the text"),
        ({"actionOnEmptyResult": "1"}, "Gather.actionOnEmptyResult takes True or False"),
        ({"method": "PUT"}, "Gather.method takes one of GET, POST; got 'PUT'"),
        ({"method": "gett"}, r"Gather.method takes one of GET, POST; got 'gett' \(did you mean 'GET'\?\)"),
    ],
)
def test_text_that_means_nothing_valid_is_still_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(FlexMLError, match=message):
        Gather(**kwargs)
