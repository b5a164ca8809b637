"""Reading a callback request: JSON body, form body or query string, into a typed model.

FlexML sends JSON for POST and query parameters for GET; the Core callbacks send JSON. A
form body is read too, so a handler can share one code path. Query parameters are read
first and body fields win, so parameters you put in your own ``action`` URL show up in
``extra`` without shadowing what CarrierX sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Literal, TypeAlias
from urllib.parse import parse_qsl

from ._callbacks import (
    FLEXML_FIELD_NAMES,
    STORAGE_PREFIX,
    ConferenceCallback,
    FlexMLRequest,
    GenericCallback,
    MediatorCallback,
    MessageCallback,
)
from ._errors import CallbackError

__all__ = ["Callback", "CallbackKind", "parse_callback", "parse_flexml_request", "parse_payload"]

CallbackKind: TypeAlias = Literal["flexml", "sms", "app_mediator", "app_conference_call", "app_conference_meeting"]
Callback: TypeAlias = FlexMLRequest | MessageCallback | MediatorCallback | ConferenceCallback | GenericCallback

_FORM = "application/x-www-form-urlencoded"
_MESSAGE_KEYS = frozenset({"message_sid", "from_did", "to_did", "message_segments", "media_urls", "group_recipients"})
_MEDIATOR_KEYS = frozenset({"dr_sid", "number_redirect", "reference_sid", "event_type", "date_insert", "date_talk"})


def _media_type(content_type: str) -> tuple[str, str]:
    media_type, _, parameters = content_type.partition(";")
    charset = "utf-8"
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    return media_type.strip().lower(), charset


def _pairs(text: str) -> dict[str, object]:
    result: dict[str, object] = {}
    for name, value in parse_qsl(text, keep_blank_values=True):
        if name in result:  # repeated: keep every value, in order
            previous = result[name]
            result[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            result[name] = value
    return result


def parse_payload(body: bytes, content_type: str = "", query: str = "") -> dict[str, object]:
    """The fields of a callback request as one mapping, under CarrierX's names."""
    data = _pairs(query.lstrip("?")) if query else {}
    if not body.strip():
        return data
    media_type, charset = _media_type(content_type)
    try:
        text = body.decode(charset)
    except (LookupError, UnicodeDecodeError) as error:
        raise CallbackError(f"cannot decode the callback body as {charset}: {error}") from error
    if media_type == _FORM:
        data.update(_pairs(text))
        return data
    if media_type == "application/json" or media_type.endswith("+json") or text.lstrip().startswith("{"):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as error:
            raise CallbackError(f"the callback body is not valid JSON: {error}") from error
        if not isinstance(parsed, dict):
            raise CallbackError(f"the callback body is JSON but not an object: {type(parsed).__name__}")
        data.update(parsed)
        return data
    raise CallbackError(f"cannot read a callback body of type {content_type or 'unknown'!r}: expected JSON or a form")


def _detect(data: Mapping[str, object]) -> CallbackKind | None:
    if FLEXML_FIELD_NAMES & data.keys() or any(key.startswith(STORAGE_PREFIX) for key in data):
        return "flexml"
    if _MESSAGE_KEYS & data.keys():
        return "sms"
    if _MEDIATOR_KEYS & data.keys():
        return "app_mediator"
    return None


def parse_callback(
    body: bytes, content_type: str = "", query: str = "", *, kind: CallbackKind | None = None
) -> Callback:
    """Parse any CarrierX callback; the kind is recognised from the fields unless given.

    A payload of no recognisable kind comes back as a `GenericCallback` rather than an error,
    so a handler can log or inspect what CarrierX sent.
    """
    data = parse_payload(body, content_type, query)
    kind = kind or _detect(data)
    if kind is None:
        return GenericCallback.from_mapping(data)
    if kind == "flexml":
        return FlexMLRequest.from_mapping(data)
    if kind == "sms":
        return MessageCallback.from_mapping(data)
    if kind == "app_mediator":
        return MediatorCallback.from_mapping(data)
    if kind in ("app_conference_call", "app_conference_meeting"):
        return ConferenceCallback.from_mapping(data, kind=kind)
    raise CallbackError(f"unknown callback kind {kind!r}")


def parse_flexml_request(body: bytes, content_type: str = "", query: str = "") -> FlexMLRequest:
    """Parse what a FlexML endpoint sent to an instruction, action or status callback URL."""
    return FlexMLRequest.from_mapping(parse_payload(body, content_type, query))
