"""What a caller passes can never change where a request goes; what cannot be sent fails before sending.

Identifiers are percent-encoded into exactly one path segment (checked on the raw request-target
the server received) or refused with `ConfigurationError` with nothing sent. Request bodies that
the models reject fail before sending, naming the field. Both send paths are checked.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from carrierx_async import CarrierX, ConfigurationError, RetryPolicy

from .support import RawServer, http_response, raw_server

PATHS: dict[str, Callable[[], dict[str, Any]]] = {
    "lean": dict,
    "httpx": lambda: {"transport": httpx.AsyncHTTPTransport()},
}
DIDS = "/core/v2/phonenumber/dids/"

# Identifiers that must arrive as one path segment, whatever they contain.
ENCODED = [
    "a/b",
    "../../oauth/token",
    "a/../b",
    "..%2f..%2foauth",
    "%2e%2e",
    "%00",
    "?limit=1",
    "d1?include_fields=password",
    "#fragment",
    "a b",
    "a+b",
    "a;b=c",
    "\\..\\",
    "ünïcödé",
    "数字",
    "🙂",
    "\u200b",  # zero-width space: not whitespace to str.strip(), so it is an identifier like any other
    ". ",
    "x" * 10_000,
]
# Identifiers that cannot be made safe: refused before anything is sent.
REFUSED = ["", " ", "\t", ".", "..", "a\x00b", "a\r\nX-Injected: 1", "line\nbreak", "\x7f", "\x85", "\u2028"]


@pytest.fixture
async def server() -> Any:
    async with raw_server(lambda _: http_response(200, {"did_sid": "d1", "trunk_sid": "t1"})) as running:
        yield running


def client(server: RawServer, path: str) -> CarrierX:
    return CarrierX(token="t", base_url=server.base_url, retry=RetryPolicy.none(), **PATHS[path]())


def one_segment(target: str, prefix: str, expected: str) -> str:
    """The query of `target`, after checking its path is `prefix` + one segment decoding to `expected`."""
    path, _, query = target.partition("?")
    assert "#" not in target and " " not in target
    assert path.startswith(prefix), target[:200]
    segment = path[len(prefix) :]
    assert "/" not in segment, target[:200]
    assert urllib.parse.unquote(segment, errors="strict") == expected
    return query


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("sid", ENCODED, ids=lambda sid: repr(sid)[:24])
async def test_an_identifier_stays_one_path_segment_and_leaves_the_query_alone(
    server: RawServer, path: str, sid: str
) -> None:
    async with client(server, path) as cx:
        await cx.core.dids.get_did(sid, include_fields="did_sid")
        await cx.core.trunk_groups.get_trunk(sid, sid)
    (did, trunk) = server.received
    assert urllib.parse.parse_qs(one_segment(did.target, DIDS, sid), strict_parsing=True) == {
        "include_fields": ["did_sid"]
    }
    # Two identifiers in one path: each its own segment, in place.
    group_path, _, rest = trunk.target.partition("/trunks/")
    one_segment(group_path, "/core/v2/trunk_groups/", sid)
    assert one_segment("/" + rest, "/", sid) == ""


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("sid", REFUSED, ids=repr)
async def test_an_identifier_that_cannot_be_made_safe_is_refused_before_sending(
    server: RawServer, path: str, sid: str
) -> None:
    async with client(server, path) as cx:
        with pytest.raises(ConfigurationError, match="not a valid identifier"):
            await cx.core.dids.get_did(sid)
        with pytest.raises(ConfigurationError, match="trunk_sid"):
            await cx.core.trunk_groups.get_trunk("tg1", sid)
        flexml = cx.flexml("login", "password")
        with pytest.raises(ConfigurationError, match="call_sid"):
            await flexml.calls.get_call(sid)
    assert server.received == []


@pytest.mark.parametrize("path", PATHS)
async def test_an_identifier_too_long_for_a_url_is_sent_as_one_segment_or_refused(server: RawServer, path: str) -> None:
    sid = "é" * 20_000  # 120,000 characters once percent-encoded
    async with client(server, path) as cx:
        try:
            await cx.core.dids.get_did(sid)
        except ConfigurationError:
            assert server.received == []
        else:
            one_segment(server.received[0].target, DIDS, sid)


@pytest.mark.parametrize("path", PATHS)
async def test_an_identifier_that_is_not_valid_unicode_is_refused(server: RawServer, path: str) -> None:
    async with client(server, path) as cx:
        with pytest.raises(ConfigurationError):
            await cx.core.dids.get_did("a\ud800b")
    assert server.received == []


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("value", ["x&limit=5", "a=b#frag", "name eq 'a&b'", "%26", "\r\nX-Injected: 1", "é 🙂"])
async def test_query_arguments_cannot_add_or_change_other_arguments(server: RawServer, path: str, value: str) -> None:
    async with client(server, path) as cx:
        await cx.core.trunk_groups.get_trunk_groups(filter_=value, limit=7)
    (request,) = server.received
    assert request.path == "/core/v2/trunk_groups"
    assert urllib.parse.parse_qs(request.query, strict_parsing=True) == {"filter": [value], "limit": ["7"]}


SMS = {"from": "15551230000", "to": "15551230001", "message": "hi"}

# Bodies the models refuse: (operation, body, what the message must name).
REFUSED_BODIES = {
    "a misspelt field": ("send_message", {**SMS, "mesage": "typo"}, "MessageCreate has no field 'mesage'"),
    "two unknown fields": ("send_message", {**SMS, "a": 1, "b": 2}, "has no field 'a'"),
    "a missing required field": ("create_prefix", {"name": "no prefix"}, "PrefixCreate needs the field 'prefix'"),
    "a list for a body": ("send_message", [SMS], "body must be a MessageCreate or a mapping, not list"),
    "a string for a body": ("send_message", "from=1&to=2", "not str"),
    "a string for an object": ("create_endpoint", {"name": "e", "properties": "login=x"}, "EndpointCreate"),
    "a string for a list of objects": ("create_endpoint", {"name": "e", "addresses": "10.0.0.1"}, "EndpointCreate"),
}


async def send(cx: CarrierX, operation: str, body: Any) -> Any:
    if operation == "send_message":
        return await cx.core.sms.send_message(body=body)
    if operation == "create_prefix":
        return await cx.core.prefixes.create_prefix(body=body)
    return await cx.core.endpoints.create_endpoint(body=body)


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("name", REFUSED_BODIES)
async def test_a_body_the_model_refuses_fails_before_sending_naming_the_problem(
    server: RawServer, path: str, name: str
) -> None:
    operation, body, message = REFUSED_BODIES[name]
    async with client(server, path) as cx:
        with pytest.raises(ConfigurationError) as caught:
            await send(cx, operation, body)
    assert message in str(caught.value)
    assert server.received == []


@pytest.mark.parametrize("path", PATHS)
async def test_a_misspelt_field_of_a_nested_object_fails_before_sending(server: RawServer, path: str) -> None:
    async with client(server, path) as cx:
        with pytest.raises(ConfigurationError, match="dst_prot"):
            await send(cx, "create_endpoint", {"name": "e", "addresses": [{"ip": "10.0.0.1", "dst_prot": 5060}]})
    assert server.received == []


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("value", [float("nan"), object(), "\ud800"], ids=["nan", "object", "surrogate"])
async def test_a_value_json_cannot_carry_fails_before_sending_as_a_configuration_error(
    server: RawServer, path: str, value: Any
) -> None:
    async with client(server, path) as cx:
        with pytest.raises(ConfigurationError):
            await send(cx, "send_message", {**SMS, "message": value})
    assert server.received == []
