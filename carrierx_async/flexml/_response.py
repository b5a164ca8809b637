"""`Response`, the FlexML document, and what an HTTP handler sends back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import NamedTuple

from ._errors import FlexMLError
from ._markup import Element, Noun, Verb
from ._verbs import Hangup, Override, PreAnswer, Redirect, Reject

__all__ = ["CONTENT_TYPE", "XML_DECLARATION", "FlexMLReply", "Response", "flexml_reply"]

CONTENT_TYPE = "application/xml"
"""Content type of a FlexML answer. CarrierX asks for status 200 and the XML; the type is our choice."""

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

ENDS_THE_CALL_FLOW = (Hangup, Redirect, Reject)


class Response(Element):
    """A FlexML document: the verbs CarrierX runs from top to bottom.

    Nouns (`Number`, `File`) never stand here, and nothing else nests a `Response`.
    With ``strict=True`` (the default) the order rules of the reference are enforced too,
    since breaking them leaves instructions that silently never run:

    - `Override` must open the document;
    - `Reject` must come first (after any `Override` and `PreAnswer`, which do not answer the
      call), or the call is already answered;
    - nothing may follow `Hangup`, `Redirect` or `Reject`: CarrierX ignores it.

    Pass ``strict=False`` to build such a document anyway.
    """

    __slots__ = ()
    tag = "Response"
    may_contain = (Verb,)

    def __init__(self, *verbs: Verb, strict: bool = True) -> None:
        for verb in verbs:
            if isinstance(verb, Noun):
                raise FlexMLError(f"{verb.tag} is a noun: put it inside {verb.belongs_in}, not directly in Response")
        super().__init__(attributes={}, children=verbs)
        if strict:
            _check_order(self.children)

    @property
    def verbs(self) -> tuple[Element, ...]:
        return self.children

    def to_xml(self, *, pretty: bool = False) -> str:
        """The document as XML text (no declaration); ``pretty`` indents it for reading."""
        element = self.to_element()
        if pretty:
            ET.indent(element)
        return ET.tostring(element, encoding="unicode")

    def to_bytes(self, *, pretty: bool = False) -> bytes:
        """The document as UTF-8 bytes with an XML declaration: the body to send CarrierX."""
        return f"{XML_DECLARATION}\n{self.to_xml(pretty=pretty)}".encode()

    def __str__(self) -> str:
        return self.to_xml()


def _check_order(verbs: tuple[Element, ...]) -> None:
    seen_other = answered = False
    for position, verb in enumerate(verbs):
        if isinstance(verb, Override):
            if seen_other:
                raise FlexMLError("Override must open the Response (before any other verb); pass strict=False to allow")
            continue
        if isinstance(verb, Reject) and answered:
            raise FlexMLError(
                "Reject must be the first verb (after any Override or PreAnswer): once another verb ran the call"
                " is answered; pass strict=False to allow"
            )
        seen_other = True
        answered = answered or not isinstance(verb, PreAnswer)
        if isinstance(verb, ENDS_THE_CALL_FLOW) and position + 1 < len(verbs):
            ignored = ", ".join(later.tag for later in verbs[position + 1 :])
            raise FlexMLError(
                f"{verb.tag} ends the call flow, so CarrierX ignores what follows it ({ignored});"
                " remove those verbs or pass strict=False"
            )


class FlexMLReply(NamedTuple):
    """The parts of an HTTP answer carrying FlexML, for any web framework."""

    body: bytes
    content_type: str = CONTENT_TYPE
    status_code: int = 200


def flexml_reply(response: Response) -> FlexMLReply:
    """Body, content type and status for an HTTP answer carrying `response`.

    >>> reply = flexml_reply(Response(Hangup()))
    >>> reply.content_type, reply.status_code
    ('application/xml', 200)
    """
    return FlexMLReply(response.to_bytes())
