"""Typed, frozen models of what CarrierX sends to your web app.

- `FlexMLRequest`: what a FlexML endpoint sends to the instruction URL, to verb ``action``
  URLs and, with extra fields, to the status callback URL.
- `MessageCallback`: the Core Message object the partner ``sms`` callback sends.
- `MediatorCallback`: the Mediator call detail record the ``app_mediator`` callback sends.
- `ConferenceCallback`: the ``app_conference_call`` / ``app_conference_meeting`` callbacks,
  kept as a plain mapping because the reference excerpts show no payload for them.
- `GenericCallback`: anything else, kept exactly as sent.

Parsing is lenient: a missing field is None, a field CarrierX adds later lands in ``extra``,
a value of an unexpected type is kept raw in ``extra`` instead of failing, and enumerated
fields hold the enum member when the value is known and the plain string when it is not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum, StrEnum
from typing import Any, TypeVar

import attrs

__all__ = [
    "AMDStatus",
    "CallStatus",
    "ConferenceCallback",
    "Direction",
    "EndpointType",
    "FlexMLRequest",
    "GenericCallback",
    "MediatorCallback",
    "MediatorEventType",
    "MessageCallback",
    "MessageStatus",
    "MessageType",
]


class CallStatus(StrEnum):
    """`CallStatus` values: the five the reference lists, and ``in-progress`` while a call runs.

    Other spellings of the same states (``no-answer``, ``canceled``, ``IN_PROGRESS``) read as
    these members, so comparisons do not depend on which one CarrierX sent.
    """

    BUSY = "busy"
    CANCEL = "cancel"
    COMPLETED = "completed"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    NOANSWER = "noanswer"

    @classmethod
    def _missing_(cls, value: object) -> CallStatus | None:
        if not isinstance(value, str):
            return None
        squashed = _squash(value)
        for member in cls:
            if _squash(member.value) == squashed:
                return member
        return cls.CANCEL if squashed in ("canceled", "cancelled") else None


def _squash(text: str) -> str:
    return "".join(character for character in text.lower() if character.isalnum())


class AMDStatus(StrEnum):
    """What the `Amd` verb decided about the other party."""

    HANGUP = "HANGUP"
    HUMAN = "HUMAN"
    MACHINE = "MACHINE"
    NOTSURE = "NOTSURE"

    @classmethod
    def _missing_(cls, value: object) -> AMDStatus | None:
        if not isinstance(value, str):
            return None
        return next((member for member in cls if member.value == _squash(value).upper()), None)


class Direction(StrEnum):
    """Call or message direction (FlexML sends only inbound and outbound)."""

    ANY = "any"
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    UNDIRECTED = "undirected"


class MessageStatus(StrEnum):
    """Message statuses seen in samples and guides; others arrive as plain strings."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    RECEIVED = "received"


class MessageType(StrEnum):
    SMS = "sms"
    MMS = "mms"


class EndpointType(StrEnum):
    CONFERENCE = "conference"
    CONFERENCE_PLAYBACK = "conference_playback"
    FLEXML = "flexml"
    MEDIATOR = "mediator"
    PEERING_RECEIVER = "peering_receiver"
    PEERING_SENDER = "peering_sender"
    SYSTEM_GATEWAY = "system_gateway"
    THIRD_PARTY = "third_party"
    VOICEMAIL = "voicemail"


class MediatorEventType(StrEnum):
    BINDING = "binding"
    CALL = "call"
    DIALOUT = "dialout"
    MEETING = "meeting"


class _Unreadable(Exception):
    """A value of a type the field cannot hold; it is kept raw in `extra`."""


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple) and value:  # a form field sent twice: the last one wins
        return _text(value[-1])
    raise _Unreadable


def _integer(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _Unreadable
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            raise _Unreadable from None
    raise _Unreadable


def _seconds(value: object) -> int | None:
    """Whole seconds, sent as a number or as its text ("5", 5, 5.0)."""
    try:
        return _integer(value)
    except _Unreadable:
        number = _number(value)
        if number is None or not number.is_integer():
            raise _Unreadable from None
        return int(number)


def _digits(value: object) -> str | None:
    """Keys pressed: text as sent (leading zeros kept); a JSON number read back as its digits."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise _Unreadable
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple) and value:
        return _digits(value[-1])
    raise _Unreadable


def _number(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _Unreadable
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            raise _Unreadable from None
    raise _Unreadable


def _texts(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list | tuple) else [value]
    texts = tuple(_text(item) for item in items)
    if any(text is None for text in texts):
        raise _Unreadable
    return tuple(text for text in texts if text is not None)


def _string_map(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _Unreadable
    result: dict[str, str] = {}
    for key, item in value.items():
        text = _text(item)
        if text is None:
            raise _Unreadable
        result[str(key)] = text
    return result


E = TypeVar("E", bound=StrEnum)


def _lenient(enum: type[E]) -> Callable[[object], E | str | None]:
    def convert(value: object) -> E | str | None:
        text = _text(value)
        if text is None:
            return None
        try:
            return enum(text)
        except ValueError:
            return text

    return convert


@attrs.frozen
class _Field:
    wire: str
    attribute: str
    convert: Callable[[object], object]
    legacy: str | None = None  # an older CarrierX name for the same field


def _read(data: Mapping[str, object], fields: tuple[_Field, ...]) -> tuple[dict[str, Any], dict[str, object]]:
    values: dict[str, Any] = {}
    extra = dict(data)
    for field in fields:
        wire = field.wire if field.wire in data or field.legacy not in data else field.legacy
        if wire is None or wire not in data:
            continue
        raw = extra.pop(wire)
        try:
            values[field.attribute] = field.convert(raw)
        except _Unreadable:
            extra[wire] = raw
    return values, extra


def _dump(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def _write(model: object, fields: tuple[_Field, ...], legacy: bool = False) -> dict[str, object]:
    result: dict[str, object] = {}
    for field in fields:
        value = getattr(model, field.attribute)
        if value is None or (isinstance(value, tuple | Mapping) and not value):
            continue
        result[field.legacy if legacy and field.legacy else field.wire] = _dump(value)
    return result


_FLEXML_FIELDS = (
    _Field("AccountSid", "account_sid", _text),
    _Field("AMDCause", "amd_cause", _text),
    _Field("AMDStatus", "amd_status", _lenient(AMDStatus)),
    _Field("ApiVersion", "api_version", _text),
    _Field("CallDuration", "call_duration", _seconds),
    _Field("CallerName", "caller_name", _text),
    _Field("CallSid", "call_sid", _text),
    _Field("CallStatus", "call_status", _lenient(CallStatus)),
    _Field("Digits", "digits", _digits),
    _Field("Direction", "direction", _lenient(Direction)),
    _Field("ForwardedFrom", "forwarded_from", _text),
    _Field("From", "from_", _text),
    _Field("OriginalFrom", "original_from", _text),
    _Field("OriginalTo", "original_to", _text),
    _Field("RecordingDuration", "recording_duration", _seconds),
    _Field("RecordingFileSid", "recording_file_sid", _text),
    _Field("RecordingUrl", "recording_url", _text),
    _Field("RequestUrl", "request_url", _text),
    _Field("To", "to", _text),
)
FLEXML_FIELD_NAMES = frozenset(field.wire for field in _FLEXML_FIELDS)
STORAGE_PREFIX = "Storage_"


@attrs.frozen(kw_only=True)
class FlexMLRequest:
    """What a FlexML endpoint sends to the instruction URL, ``action`` URLs and status callbacks.

    POST requests carry it as JSON, GET requests as query parameters; `parse_callback` and the
    framework adapters read either. Verb results have their own fields: `digits` (`Gather`),
    `recording_url`, `recording_file_sid` and `recording_duration` (`Record`), `amd_status` and
    `amd_cause` (`Amd`); the status callback adds `call_duration`. Values written by the `Store`
    verb come back in `storage` (without the ``Storage_`` prefix); anything else stays in `extra`
    under CarrierX's names. Names the reference excerpts did not confirm are in `UNCERTAIN`.
    """

    account_sid: str | None = None  # documented as always blank for now
    amd_cause: str | None = None
    amd_status: AMDStatus | str | None = None
    api_version: str | None = None
    call_duration: int | None = None  # seconds
    caller_name: str | None = None
    call_sid: str | None = None
    call_status: CallStatus | str | None = None
    digits: str | None = None
    direction: Direction | str | None = None
    forwarded_from: str | None = None
    from_: str | None = None
    original_from: str | None = None
    original_to: str | None = None
    recording_duration: int | None = None  # seconds
    recording_file_sid: str | None = None
    recording_url: str | None = None
    request_url: str | None = None
    to: str | None = None
    storage: Mapping[str, str] = attrs.field(factory=dict)
    extra: Mapping[str, object] = attrs.field(factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> FlexMLRequest:
        """Read the request data from a JSON object or a query/form mapping."""
        values, extra = _read(data, _FLEXML_FIELDS)
        storage: dict[str, str] = {}
        for key in [key for key in extra if key.startswith(STORAGE_PREFIX)]:
            try:
                text = _text(extra[key])
            except _Unreadable:
                continue
            if text is not None:
                storage[key.removeprefix(STORAGE_PREFIX)] = text
                del extra[key]
        return cls(**values, storage=storage, extra=extra)

    def to_mapping(self) -> dict[str, object]:
        """The request data under CarrierX's names (what `from_mapping` reads back)."""
        result = _write(self, _FLEXML_FIELDS)
        result.update({f"{STORAGE_PREFIX}{name}": value for name, value in self.storage.items()})
        result.update(self.extra)
        return result

    def get(self, name: str, default: object = None) -> object:
        """Any field by its CarrierX name, documented or not (``request.get("Digits")``)."""
        return self.to_mapping().get(name, default)


_MESSAGE_FIELDS = (
    _Field("date_changed", "date_changed", _text),
    _Field("date_created", "date_created", _text),
    _Field("date_status_changed", "date_status_changed", _text),
    _Field("direction", "direction", _lenient(Direction)),
    _Field("from", "from_", _text, legacy="from_did"),
    _Field("group_recipients", "group_recipients", _texts),
    _Field("mcc", "mcc", _integer),
    _Field("media_urls", "media_urls", _texts),
    _Field("message", "message", _text),
    _Field("message_segments", "message_segments", _integer),
    _Field("message_sid", "message_sid", _text),
    _Field("mnc", "mnc", _integer),
    _Field("partner_sid", "partner_sid", _text),
    _Field("price", "price", _text),
    _Field("status", "status", _lenient(MessageStatus)),
    _Field("to", "to", _text, legacy="to_did"),
    _Field("type", "type", _lenient(MessageType)),
    _Field("user_data", "user_data", _text),
)


@attrs.frozen(kw_only=True)
class MessageCallback:
    """The Core Message object, as the partner ``sms`` callback sends it.

    The same callback reports outbound status changes and inbound messages: tell them apart
    by `direction`. Older accounts still get ``from_did`` / ``to_did``; both spellings are
    read into `from_` / `to`, and `legacy_names` remembers which one came.
    """

    date_changed: str | None = None
    date_created: str | None = None
    date_status_changed: str | None = None
    direction: Direction | str | None = None
    from_: str | None = None
    group_recipients: tuple[str, ...] = ()
    mcc: int | None = None
    media_urls: tuple[str, ...] = ()
    message: str | None = None
    message_segments: int | None = None
    message_sid: str | None = None
    mnc: int | None = None
    partner_sid: str | None = None
    price: str | None = None
    status: MessageStatus | str | None = None
    to: str | None = None
    type: MessageType | str | None = None
    user_data: str | None = None
    legacy_names: bool = False
    extra: Mapping[str, object] = attrs.field(factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> MessageCallback:
        values, extra = _read(data, _MESSAGE_FIELDS)
        legacy = ("from_did" in data or "to_did" in data) and "from" not in data and "to" not in data
        return cls(**values, legacy_names=legacy, extra=extra)

    def to_mapping(self) -> dict[str, object]:
        result = _write(self, _MESSAGE_FIELDS, legacy=self.legacy_names)
        result.update(self.extra)
        return result


_MEDIATOR_FIELDS = (
    _Field("attributes", "attributes", _string_map),
    _Field("date_insert", "date_insert", _text),
    _Field("date_start", "date_start", _text),
    _Field("date_stop", "date_stop", _text),
    _Field("date_talk", "date_talk", _text),
    _Field("direction", "direction", _lenient(Direction)),
    _Field("dr_sid", "dr_sid", _text),
    _Field("dtmf", "dtmf", _text),
    _Field("duration", "duration", _number),
    _Field("endpoint_sid", "endpoint_sid", _text),
    _Field("endpoint_type", "endpoint_type", _lenient(EndpointType)),
    _Field("event_type", "event_type", _lenient(MediatorEventType)),
    _Field("number_dst", "number_dst", _text),
    _Field("number_redirect", "number_redirect", _text),
    _Field("number_src", "number_src", _text),
    _Field("partner_sid", "partner_sid", _text),
    _Field("reference_sid", "reference_sid", _text),
    _Field("type", "type", _text),
    _Field("version", "version", _integer),
)


@attrs.frozen(kw_only=True)
class MediatorCallback:
    """The Mediator call detail record the partner ``app_mediator`` callback sends.

    `duration` is ``date_stop - date_start`` in seconds (samples send it as a string; it is
    read as a number). `reference_sid` is the binding's or dialout's SID.
    """

    attributes: Mapping[str, str] = attrs.field(factory=dict)
    date_insert: str | None = None
    date_start: str | None = None
    date_stop: str | None = None
    date_talk: str | None = None
    direction: Direction | str | None = None
    dr_sid: str | None = None
    dtmf: str | None = None
    duration: float | None = None
    endpoint_sid: str | None = None
    endpoint_type: EndpointType | str | None = None
    event_type: MediatorEventType | str | None = None
    number_dst: str | None = None
    number_redirect: str | None = None
    number_src: str | None = None
    partner_sid: str | None = None
    reference_sid: str | None = None
    type: str | None = None
    version: int | None = None
    extra: Mapping[str, object] = attrs.field(factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> MediatorCallback:
        values, extra = _read(data, _MEDIATOR_FIELDS)
        return cls(**values, extra=extra)

    def to_mapping(self) -> dict[str, object]:
        result = _write(self, _MEDIATOR_FIELDS)
        result.update(self.extra)
        return result


@attrs.frozen(kw_only=True)
class ConferenceCallback:
    """An ``app_conference_call`` or ``app_conference_meeting`` callback, kept as sent.

    The quick start says these fire when a conference Call object (a caller dials in) or a
    Meeting object (a meeting starts) is created, but shows no payload, so no fields are
    typed: read them from `data`.
    """

    kind: str | None = None
    data: Mapping[str, object] = attrs.field(factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object], kind: str | None = None) -> ConferenceCallback:
        return cls(kind=kind, data=dict(data))

    def to_mapping(self) -> dict[str, object]:
        return dict(self.data)


@attrs.frozen(kw_only=True)
class GenericCallback:
    """A callback whose kind could not be told from its fields, kept exactly as sent."""

    data: Mapping[str, object] = attrs.field(factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> GenericCallback:
        return cls(data=dict(data))

    def to_mapping(self) -> dict[str, object]:
        return dict(self.data)

    def get(self, name: str, default: object = None) -> object:
        return self.data.get(name, default)
