"""What the CarrierX reference says about each FlexML element, and how attribute values are checked.

The reference pages (docs.carrierx.com, ``/flexml/flexml-api/flexml-syntax/<verb>``) were read
through a store that keeps only the first ~2,000 characters of a page, so several attribute
tables end early. Where a table was cut, CarrierX's own demo app (github.com/carrierx/
carrierx-demo-apps, whose voicemail form lists every Record attribute it passes through) and
the examples on other pages filled in names. Every name or type taken from anything but a
reference table carries a ``note``; :data:`UNCERTAIN` collects them all. Attributes nothing
showed are not offered as keywords: pass them through ``extra_attributes``.

Values arrive from apps as Python values or as the strings a web form or query string holds:
``numDigits="1"``, ``hangupOnStar="true"`` and ``method="post"`` are read as what they mean
and written the way CarrierX expects (``1``, ``true``, ``POST``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Literal, get_args

import attrs

from ._errors import FlexMLError

__all__ = [
    "ATTRIBUTES",
    "DTMF_KEYS",
    "ELEMENT_NOTES",
    "HTTP_METHODS",
    "REJECT_REASONS",
    "STATUS_CALLBACK_METHODS",
    "UNCERTAIN",
    "Attribute",
    "RejectReason",
    "check_xml_text",
    "render_attributes",
]

Kind = Literal["string", "url", "integer", "boolean", "choice", "key", "keys", "voice"]

DTMF_KEYS = frozenset("0123456789#*")
HTTP_METHODS = ("GET", "POST")
# The Account object's list; the Call object and the Override page give no list of their own.
STATUS_CALLBACK_METHODS = ("GET", "POST", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE", "TRACE")
RejectReason = Literal[
    "redirect",
    "forbidden",
    "rejected",
    "not-found",
    "busy-here",
    "bad-gateway",
    "unavailable",
    "busy",
    "decline",
    "does-not-exist",
    "unwanted",
    "intermediary-rejected",
]
REJECT_REASONS: tuple[str, ...] = get_args(RejectReason)

_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")
_POLLY_VOICE = re.compile(r"Polly\.[A-Za-z][A-Za-z-]*")
_XML_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
# Characters XML 1.0 cannot carry at all, escaped or not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@attrs.frozen
class Attribute:
    """One documented attribute: its CarrierX name, value kind and limits."""

    name: str
    kind: Kind
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    fold_case: bool = False  # choices matched case-insensitively, written as listed
    keys: frozenset[str] = DTMF_KEYS
    words: tuple[str, ...] = ()  # literal values a "keys" attribute also takes (Record's finishOnKey="none")
    note: str | None = None  # set when the name or the type could not be confirmed

    def render(self, owner: str, value: object) -> str:
        """The value as it goes into the XML; `FlexMLError` if the reference rules it out."""
        where = f"{owner}.{self.name}"
        if self.kind == "boolean":
            return "true" if _boolean(where, value) else "false"
        if self.kind == "integer":
            value = _integer(where, value)
            if self.minimum is not None and value < self.minimum:
                raise FlexMLError(f"{where} must be at least {self.minimum}, got {value}")
            if self.maximum is not None and value > self.maximum:
                raise FlexMLError(f"{where} must be at most {self.maximum}, got {value}")
            return str(value)
        if not isinstance(value, str):
            raise FlexMLError(f"{where} takes a string, not {value!r}")
        if not value:
            raise FlexMLError(f"{where} must not be empty")
        check_xml_text(where, value)
        if self.kind == "choice":
            return self._choose(where, value)
        if self.kind == "key":
            if len(value) != 1 or value not in self.keys:
                raise FlexMLError(f"{where} takes one key of {_keys(self.keys)}, got {value!r}")
        elif self.kind == "keys" and value not in self.words:
            wrong = sorted(set(value) - self.keys)
            if wrong:
                words = "".join(f" (or {word!r})" for word in self.words)
                raise FlexMLError(f"{where} may only hold {_keys(self.keys)}{words}; {''.join(wrong)!r} is not allowed")
        elif self.kind == "voice" and value not in ("man", "woman") and not _POLLY_VOICE.fullmatch(value):
            raise FlexMLError(f"{where} takes 'man', 'woman' or an Amazon Polly voice as 'Polly.<Name>', got {value!r}")
        return value

    def _choose(self, where: str, value: str) -> str:
        for choice in self.choices:
            if value == choice or (self.fold_case and value.upper() == choice.upper()):
                return choice
        if self.fold_case:
            folded = {choice.upper(): choice for choice in self.choices}
            close = [folded[match] for match in difflib.get_close_matches(value.upper(), folded, n=2)]
        else:
            close = difflib.get_close_matches(value, self.choices, n=2)
        hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
        raise FlexMLError(f"{where} takes one of {', '.join(self.choices)}; got {value!r}{hint}")


def _keys(keys: Iterable[str]) -> str:
    return "".join(sorted(keys))


def _boolean(where: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise FlexMLError(f"{where} takes True or False (or the text 'true' / 'false'), not {value!r}")


def _integer(where: str, value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _INTEGER_TEXT.fullmatch(value.strip()):
        return int(value.strip())
    raise FlexMLError(f"{where} takes an integer (or its digits as text), not {value!r}")


def _table(*attributes: Attribute) -> Mapping[str, Attribute]:
    return MappingProxyType({attribute.name: attribute for attribute in attributes})


_CUT = "the attribute table on the reference page was cut before this row"
_DEMO = "named by CarrierX's demo app (voicemail form); the Record reference table was cut before it"
_METHOD = Attribute("method", "choice", choices=HTTP_METHODS, fold_case=True)
_PAUSE = _table(
    Attribute("length", "integer", minimum=1),
    Attribute("minNoise", "integer", minimum=0),
    Attribute("minSilence", "integer", minimum=0),
    Attribute("noise", "boolean"),
    Attribute("silence", "boolean"),
)

ATTRIBUTES: Mapping[str, Mapping[str, Attribute]] = MappingProxyType(
    {
        "Amd": _table(
            Attribute("action", "url"),
            Attribute("afterGreetingSilence", "integer", minimum=0),
            Attribute("betweenWordSilence", "integer", minimum=0),
            Attribute("greeting", "integer", minimum=0),
            Attribute(
                "method", "choice", choices=HTTP_METHODS, fold_case=True, note=f"assumed as on other verbs; {_CUT}"
            ),
        ),
        "Dial": _table(
            Attribute("action", "url"),
            Attribute("callerId", "string"),
            Attribute("callerName", "string"),
            Attribute("confirmKey", "key"),
            Attribute("confirmSound", "url"),
            Attribute("containerSid", "string"),
            Attribute("hangupOnStar", "boolean"),
            Attribute(
                "method", "choice", choices=HTTP_METHODS, fold_case=True, note=f"assumed as on other verbs; {_CUT}"
            ),
            Attribute("timeLimit", "integer", minimum=1, note=f"seen only in the Dtmf page's example; {_CUT}"),
            Attribute("timeout", "integer", minimum=1, note=f"seconds to ring, assumed; {_CUT}"),
        ),
        "Gather": _table(
            Attribute("action", "url"),
            Attribute("actionOnEmptyResult", "boolean", note=f"named by the action row; type assumed; {_CUT}"),
            Attribute(
                "finishOnKey",
                "keys",
                note=f"keys that end input, assumed to work as Record's (which the demo app documents); {_CUT}",
            ),
            Attribute("method", "choice", choices=HTTP_METHODS, fold_case=True, note=f"seen in examples; {_CUT}"),
            Attribute("numDigits", "integer", minimum=1, note=f"seen in examples; {_CUT}"),
            Attribute("timeout", "integer", minimum=0, note=f"seconds, seen in examples; {_CUT}"),
        ),
        "Play": _table(
            Attribute("action", "url"),
            Attribute("background", "boolean"),
            Attribute("controlSkip", "integer", minimum=1),
            Attribute("digits", "keys", keys=DTMF_KEYS | {","}, note="comma pauses assumed to work as in Dtmf"),
            Attribute("errorAction", "url"),
            Attribute("errorMethod", "choice", choices=HTTP_METHODS, fold_case=True, note=f"values assumed; {_CUT}"),
            Attribute("forwardOnKey", "key", note=f"named by the controlSkip row; one key assumed; {_CUT}"),
            Attribute("loop", "integer", minimum=0, note=f"seen only in the PreAnswer page's example; {_CUT}"),
            Attribute("rewindOnKey", "key", note=f"named by the controlSkip row; one key assumed; {_CUT}"),
            Attribute("streaming", "boolean", note=f"seen only in the Override page's example; {_CUT}"),
            Attribute("timeLimit", "integer", minimum=1, note=f"seen only in the Override page's example; {_CUT}"),
        ),
        "PreAnswer": _table(Attribute("ringing", "boolean")),
        "Say": _table(
            Attribute("loop", "integer", minimum=0, maximum=100),
            Attribute(
                "loopPause", "integer", minimum=1, maximum=300, note="the page says 1..300 but calls 0 the default"
            ),
            Attribute("voice", "voice"),
        ),
        "Record": _table(
            Attribute("action", "url"),
            Attribute("backgroundAudioLoop", "integer", minimum=0, note="range not stated"),
            Attribute("backgroundAudioUrl", "url"),
            Attribute("callbackUrl", "url"),
            Attribute("containerSid", "string"),
            Attribute("direction", "string", note=f"row cut after 'directi'; the demo app writes 'in'; {_CUT}"),
            Attribute("errorAction", "url", note=f"named in the definition; {_CUT}"),
            Attribute("errorMethod", "choice", choices=HTTP_METHODS, fold_case=True, note=_DEMO),
            Attribute(
                "fileFormat", "choice", choices=("wav", "mp3", "ul"), fold_case=True, note=f"{_DEMO}; wav default"
            ),
            Attribute("fileMode", "string", note=f"{_DEMO}; values unknown"),
            Attribute("fileSid", "string", note=f"named by the containerSid row; {_CUT}"),
            Attribute("finishOnKey", "keys", words=("none",), note=f"{_DEMO}; any listed key ends it, 'none' none"),
            Attribute("integerKey1", "integer", note=f"{_DEMO}; kept on the File as integer_key_1"),
            Attribute("integerKey2", "integer", note=f"{_DEMO}; kept on the File as integer_key_2"),
            Attribute(
                "lifecycleAction", "string", note="named after the File's lifecycle_action; not on any page excerpt"
            ),
            Attribute(
                "lifecycleTtl", "integer", minimum=-1, note="named after the File's lifecycle_ttl; not on any excerpt"
            ),
            Attribute("maxLength", "integer", minimum=1, note=f"{_DEMO}; seconds assumed"),
            Attribute(
                "method", "choice", choices=HTTP_METHODS, fold_case=True, note=f"named by the action row; {_CUT}"
            ),
            Attribute("playBeep", "boolean", note=f"{_DEMO}; true by default"),
            Attribute("recordSession", "boolean", note=f"{_DEMO}; boolean assumed"),
            Attribute("stringKey1", "string", note=f"{_DEMO}; kept on the File as string_key_1"),
            Attribute("stringKey2", "string", note=f"{_DEMO}; kept on the File as string_key_2"),
            Attribute("timeout", "integer", minimum=0, note=f"{_DEMO}; seconds of silence assumed"),
            Attribute("trim", "string", note=f"{_DEMO}; values unknown (the page speaks of 'silence trim')"),
        ),
        "Pause": _PAUSE,
        "Wait": _PAUSE,
        "Hangup": _table(Attribute("callInfo", "string")),
        "Redirect": _table(_METHOD),
        "Reject": _table(Attribute("reason", "choice", choices=REJECT_REASONS)),
        "Override": _table(
            Attribute("statusCallbackMethod", "choice", choices=STATUS_CALLBACK_METHODS, fold_case=True),
            Attribute("statusCallbackUrl", "url"),
        ),
        "Store": _table(Attribute("name", "string")),
        "Dtmf": _table(),
        "Number": _table(Attribute("sendDigits", "string", note="allowed characters not stated")),
        "File": _table(),
        "Sms": _table(
            Attribute("action", "url"),
            Attribute("from", "string"),
            _METHOD,
            Attribute("to", "string"),
        ),
        "Start": _table(),
        "Stop": _table(),
        "Connect": _table(),
        "Stream": _table(
            Attribute("audio_track", "string", note=f"same as track; values not reached; {_CUT}"),
            Attribute(
                "maxLength", "integer", minimum=1, note=f"the table types it as a string; seconds assumed; {_CUT}"
            ),
            Attribute("name", "string", note=f"seen in the Start and Connect examples; {_CUT}"),
            Attribute("track", "string", note=f"values not reached (inbound, outbound or both by the text); {_CUT}"),
            Attribute("url", "url", note=f"a wss:// URL in the examples; {_CUT}"),
        ),
    }
)

ELEMENT_NOTES: Mapping[str, str] = MappingProxyType(
    {
        "Amd": "experimental; the table was cut after 'greeting': further tuning attributes need extra_attributes",
        "Wait": "described only as the same verb as Pause; given Pause's attributes",
        "File": "how the File noun carries the file SID (text or an attribute) was not shown; written as text",
        "Number": "only sendDigits was named; other Number attributes need extra_attributes",
        "Dial": "the record* and stream* attribute groups were cut; use extra_attributes",
        "Play": "method was not seen; use extra_attributes if CarrierX documents it",
        "PreAnswer": "nesting read from the examples (Say, Play, Pause); the table lists only ringing",
        "Stop": "its page was not in the store; taken to hold a Stream noun naming the stream, as Start does",
        "Stream": "the attribute table was cut after maxLength; other attributes need extra_attributes",
        "CONTENT_TYPE": "the reference asks for status 200 and the XML but names no content type",
        "FlexMLRequest.digits": "read from 'Digits'; the Gather page's callback table was not reached",
        "FlexMLRequest.recording_url": "read from 'RecordingUrl'; the Record page's callback table was not reached",
        "FlexMLRequest.recording_file_sid": "read from 'RecordingFileSid'; the Record callback table was not reached",
        "FlexMLRequest.recording_duration": "read from 'RecordingDuration' as seconds; the Record table was cut",
        "FlexMLRequest.call_duration": "read from 'CallDuration' as seconds; the status-callback table was cut there",
        "FlexMLRequest.extra": "other status-callback extras were cut after 'Call…'; kept untyped in extra",
        "CallStatus": "the reference lists busy/cancel/completed/failed/noanswer; other spellings are mapped",
        "ConferenceCallback": "no app_conference_call / app_conference_meeting payload was shown; kept untyped",
    }
)


def _uncertain() -> Mapping[str, str]:
    notes = {
        f"{tag}.{attribute.name}": attribute.note
        for tag, table in ATTRIBUTES.items()
        for attribute in table.values()
        if attribute.note
    }
    notes.update(ELEMENT_NOTES)
    return MappingProxyType(dict(sorted(notes.items())))


UNCERTAIN: Mapping[str, str] = _uncertain()
"""Every element, attribute or rule taken on less than a full reference table, with why."""


def check_xml_text(where: str, value: str) -> None:
    """Refuse characters that XML 1.0 cannot carry (escaping cannot help them)."""
    bad = _NOT_XML.search(value)
    if bad:
        raise FlexMLError(f"{where} contains {bad.group()!r}, which XML cannot carry")


def _suggest(owner: str, name: str, known: Iterable[str]) -> str:
    known = list(known)
    camel = re.sub(r"_([a-z])", lambda match: match.group(1).upper(), name)
    close = [k for k in known if k.lower() in (name.lower(), camel.lower())]
    close += [k for k in difflib.get_close_matches(name, known, n=3, cutoff=0.6) if k not in close]
    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else "."
    documented = ", ".join(known) if known else "none"
    return (
        f"{owner} has no attribute {name!r}{hint} Documented: {documented}. "
        f"For one CarrierX added later, pass extra_attributes={{{name!r}: ...}}."
    )


def render_attributes(
    owner: str, attributes: Mapping[str, object], extra: Mapping[str, object] | None
) -> dict[str, str]:
    """Check and write an element's attributes: documented ones by its table, extras as given."""
    table = ATTRIBUTES.get(owner, MappingProxyType({}))
    rendered: dict[str, str] = {}
    for name, value in attributes.items():
        if name not in table:
            raise FlexMLError(_suggest(owner, name, table))
        if value is not None:
            rendered[name] = table[name].render(owner, value)
    for name, value in (extra or {}).items():
        if not isinstance(name, str) or not _XML_NAME.fullmatch(name):
            raise FlexMLError(f"{owner}: {name!r} is not a usable attribute name")
        if name in table:
            raise FlexMLError(
                f"{owner}.{name} is documented: pass it as the keyword {name}=..., not in extra_attributes"
            )
        rendered[name] = _render_extra(f"{owner}.{name}", value)
    return rendered


def _render_extra(where: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        check_xml_text(where, value)
        return value
    raise FlexMLError(f"{where} takes a string, number or boolean, not {value!r}")
