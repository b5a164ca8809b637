"""The FlexML nouns: `Number` (inside `Dial`), `File` (inside `Play`), `Stream` (inside `Start`, `Stop`, `Connect`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict, Unpack

from ._errors import FlexMLError
from ._markup import Noun, required_text

__all__ = ["File", "NoAttributes", "Number", "NumberAttributes", "Stream", "StreamAttributes"]


class NoAttributes(TypedDict):
    """For elements the reference documents no attributes for (names still get checked)."""


class NumberAttributes(TypedDict, total=False):
    sendDigits: str


class Number(Noun):
    """A number for `Dial` to ring; several in one `Dial` ring at the same time.

    Args:
        number: the phone number (or, through a trunk group, a SIP URI).
        sendDigits: DTMF to send once the call is answered, e.g. an extension.
        extra_attributes: attributes CarrierX documents later, written as given.
    """

    __slots__ = ()
    tag = "Number"
    belongs_in = "Dial"

    def __init__(
        self,
        number: str,
        *,
        extra_attributes: Mapping[str, object] | None = None,
        **attributes: Unpack[NumberAttributes],
    ) -> None:
        text = required_text(self.tag, number, "the number to dial")
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, text=text)


class File(Noun):
    """A stored file for `Play`, named by its `file_sid` (Core Storage API).

    How CarrierX expects the SID (as text or as an attribute) was not in the reference
    excerpts; it is written as the element's text. See `UNCERTAIN["File"]`.
    """

    __slots__ = ()
    tag = "File"
    belongs_in = "Play"

    def __init__(
        self,
        file_sid: str,
        *,
        extra_attributes: Mapping[str, object] | None = None,
        **attributes: Unpack[NoAttributes],
    ) -> None:
        text = required_text(self.tag, file_sid, "the file SID")
        super().__init__(attributes=attributes, extra_attributes=extra_attributes, text=text)


class StreamAttributes(TypedDict, total=False):
    audio_track: str
    maxLength: int | str
    name: str
    track: str
    url: str


class Stream(Noun):
    """A call audio stream over a WebSocket: one way inside `Start` (stopped by `Stop`), both ways inside `Connect`.

    Args:
        url: the ``wss://`` URL that receives (and, with `Connect`, sends) the audio.
        name: the stream's name; `Stop` names the stream it ends.
        track / audio_track: which audio to stream (two spellings of one attribute: give one).
        maxLength: longest the stream may run.
    """

    __slots__ = ()
    tag = "Stream"
    belongs_in = "Start, Stop or Connect"

    def __init__(
        self, *, extra_attributes: Mapping[str, object] | None = None, **attributes: Unpack[StreamAttributes]
    ) -> None:
        if "track" in attributes and "audio_track" in attributes:
            raise FlexMLError("Stream takes track or audio_track (the same attribute under two names), not both")
        super().__init__(attributes=attributes, extra_attributes=extra_attributes)
