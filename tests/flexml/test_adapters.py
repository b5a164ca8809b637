"""The framework adapters, driven by tiny stand-ins with the same members as the real requests."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pytest

from carrierx_async.flexml import (
    CallStatus,
    FlexMLRequest,
    Hangup,
    MediatorCallback,
    MessageCallback,
    Response,
    Say,
    callback_from_aiohttp,
    callback_from_django,
    callback_from_starlette,
    flexml_reply,
    flexml_request_from_aiohttp,
    flexml_request_from_django,
    flexml_request_from_starlette,
)

DATA = {"CallSid": "c-1", "CallStatus": "completed", "From": "+15162065575", "Digits": "3"}


@dataclass
class FakeURL:
    query: str = ""


@dataclass
class FakeStarletteRequest:
    """Like starlette.requests.Request: lower-case header lookup, await body(), url.query."""

    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    url: FakeURL = field(default_factory=FakeURL)

    async def body(self) -> bytes:
        return self.content


@dataclass
class FakeAiohttpRequest:
    """Like aiohttp.web.Request: await read(), headers, query_string."""

    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    query_string: str = ""

    async def read(self) -> bytes:
        return self.content


@dataclass
class FakeDjangoRequest:
    """Like django.http.HttpRequest: body and META."""

    body: bytes = b""
    META: Mapping[str, Any] = field(default_factory=dict)


def _check(request: FlexMLRequest) -> None:
    assert request.call_sid == "c-1"
    assert request.call_status is CallStatus.COMPLETED
    assert request.from_ == "+15162065575"
    assert request.digits == "3"


async def test_starlette_json_post() -> None:
    fake = FakeStarletteRequest(json.dumps(DATA).encode(), {"content-type": "application/json"})
    _check(await flexml_request_from_starlette(fake))


async def test_starlette_get_with_query() -> None:
    _check(await flexml_request_from_starlette(FakeStarletteRequest(url=FakeURL(urlencode(DATA)))))


async def test_aiohttp_json_post_with_capitalised_header() -> None:
    fake = FakeAiohttpRequest(json.dumps(DATA).encode(), {"Content-Type": "application/json; charset=utf-8"})
    _check(await flexml_request_from_aiohttp(fake))


async def test_aiohttp_get_with_query() -> None:
    _check(await flexml_request_from_aiohttp(FakeAiohttpRequest(query_string=urlencode(DATA))))


def test_django_json_post_and_get() -> None:
    _check(
        flexml_request_from_django(FakeDjangoRequest(json.dumps(DATA).encode(), {"CONTENT_TYPE": "application/json"}))
    )
    _check(flexml_request_from_django(FakeDjangoRequest(META={"QUERY_STRING": urlencode(DATA)})))


def test_django_form_post() -> None:
    fake = FakeDjangoRequest(urlencode(DATA).encode(), {"CONTENT_TYPE": "application/x-www-form-urlencoded"})
    _check(flexml_request_from_django(fake))


async def test_generic_callbacks_through_each_adapter() -> None:
    sms = json.dumps({"message_sid": "m-1", "direction": "inbound", "from": "1", "to": "2"}).encode()
    cdr = json.dumps({"dr_sid": "d-1", "duration": 12}).encode()
    json_headers = {"content-type": "application/json"}
    message = await callback_from_starlette(FakeStarletteRequest(sms, json_headers))
    assert isinstance(message, MessageCallback) and message.message_sid == "m-1"
    record = await callback_from_aiohttp(FakeAiohttpRequest(cdr, json_headers))
    assert isinstance(record, MediatorCallback) and record.duration == 12.0
    forced = callback_from_django(
        FakeDjangoRequest(cdr, {"CONTENT_TYPE": "application/json"}), kind="app_conference_call"
    )
    assert forced.to_mapping() == {"dr_sid": "d-1", "duration": 12}


@pytest.mark.parametrize("pretty", [False, True])
def test_reply_parts_for_any_framework(pretty: bool) -> None:
    document = Response(Say("Goodbye"), Hangup())
    body, content_type, status = flexml_reply(document)
    assert (content_type, status) == ("application/xml", 200)
    assert body == document.to_bytes()
    assert body.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say>Goodbye</Say>')
