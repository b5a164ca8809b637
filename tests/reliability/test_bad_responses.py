"""Whatever a server or a proxy answers, the caller gets a typed result or a typed error naming the call.

Each answer comes from a raw loopback server that writes exactly the bytes given, and each is
tried through both send paths: the lean aiohttp path of the default client and the httpx path
(a transport of the caller's).
"""

from __future__ import annotations

import enum
import gzip
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from carrierx_async import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    CarrierX,
    CarrierXError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
)

from .support import Close, http_response, raw_server

PATHS: dict[str, Callable[[], dict[str, Any]]] = {
    "lean": dict,  # the default client: aiohttp, no httpx client in the way
    "httpx": lambda: {"transport": httpx.AsyncHTTPTransport()},
}
HTML = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"


def did_fields() -> list[str]:
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs" / "core.yaml").read_text())
    return list(spec["components"]["schemas"]["Did"]["properties"])


Operation = Callable[[CarrierX], Awaitable[Any]]


def get_did(cx: CarrierX) -> Awaitable[Any]:
    return cx.core.dids.get_did("d1")


def list_groups(cx: CarrierX) -> Awaitable[Any]:
    return cx.core.trunk_groups.get_trunk_groups(limit=1000)


def delete_group(cx: CarrierX) -> Awaitable[Any]:
    return cx.core.trunk_groups.delete_trunk_group("t1")


def send_sms(cx: CarrierX) -> Awaitable[Any]:
    return cx.core.sms.send_message(body={"from": "15551230000", "to": "15551230001", "message": "hi"})


@dataclass
class Case:
    answer: bytes | None
    call: Operation
    operation: str
    expected: type[APIError] | Callable[[Any], bool]  # an error class, or a check of the result


NULLS = dict.fromkeys(did_fields())
HUGE_ITEMS = 10_000
HUGE = {
    "items": [{"trunk_group_sid": f"tg-{index}", "name": "n" * 2_000} for index in range(HUGE_ITEMS)],
    "count": HUGE_ITEMS,
    "has_more": False,
    "limit": 1000,
    "offset": 0,
    "total": HUGE_ITEMS,
    "pagination": {},
}


def is_enum_kept(did: Any) -> bool:
    return (
        isinstance(did.status, enum.Enum)
        and did.status.value == "status_added_later"
        and did.additional_properties == {"field_added_later": {"nested": [1, None]}}
        and did.did_sid == "d1"
    )


CASES: dict[str, Case] = {
    "malformed JSON": Case(http_response(200, b'{"did_sid": "d1",'), get_did, "get_did", APIResponseValidationError),
    "HTML page from a proxy, 502": Case(
        http_response(502, HTML, content_type="text/html"), get_did, "get_did", InternalServerError
    ),
    "HTML page from a proxy, 200": Case(
        http_response(200, HTML, content_type="text/html"), get_did, "get_did", APIResponseValidationError
    ),
    "truncated body, connection closed": Case(
        Close(http_response(200, b'{"did_sid": "d1", "name"', content_length=4096)),
        get_did,
        "get_did",
        APIConnectionError,
    ),
    "truncated JSON with a matching length": Case(
        http_response(200, b'{"did_sid": "d1", "na'), get_did, "get_did", APIResponseValidationError
    ),
    "empty 200": Case(http_response(200, b""), get_did, "get_did", APIResponseValidationError),
    "empty 200 to a POST": Case(http_response(200, b""), send_sms, "send_message", APIResponseValidationError),
    "20 MB of JSON items": Case(
        http_response(200, HUGE),
        list_groups,
        "get_trunk_groups",
        lambda page: len(page.items) == HUGE_ITEMS and page.items[-1].trunk_group_sid == f"tg-{HUGE_ITEMS - 1}",
    ),
    "JSON labelled text/plain": Case(
        http_response(200, {"did_sid": "d1"}, content_type="text/plain"),
        get_did,
        "get_did",
        lambda did: did.did_sid == "d1",
    ),
    "XML where JSON was expected": Case(
        http_response(200, "<did><sid>d1</sid></did>", content_type="application/xml"),
        get_did,
        "get_did",
        APIResponseValidationError,
    ),
    "unknown fields and enum values": Case(
        http_response(
            200, {"did_sid": "d1", "status": "status_added_later", "field_added_later": {"nested": [1, None]}}
        ),
        get_did,
        "get_did",
        is_enum_kept,
    ),
    "null in every field": Case(http_response(200, NULLS), get_did, "get_did", lambda did: did.to_dict() == NULLS),
    "a list where an object belongs": Case(
        http_response(200, [{"did_sid": "d1"}]), get_did, "get_did", APIResponseValidationError
    ),
    "a bare string": Case(http_response(200, b'"d1"'), get_did, "get_did", APIResponseValidationError),
    "bytes that are not UTF-8": Case(
        http_response(200, b'{"did_sid": "\xff\xfe"}'), get_did, "get_did", APIResponseValidationError
    ),
    "JSON nested 100,000 deep": Case(
        http_response(200, b'{"attributes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        get_did,
        "get_did",
        APIResponseValidationError,
    ),
    "200 with a body where 204 is documented": Case(
        http_response(200, {"deleted": True}), delete_group, "delete_trunk_group", APIResponseValidationError
    ),
    "404 with malformed JSON": Case(http_response(404, b'{"message":'), get_did, "get_did", NotFoundError),
    "429 as HTML with a nonsense Retry-After": Case(
        http_response(429, HTML, content_type="text/html", headers=(("Retry-After", "whenever"),)),
        get_did,
        "get_did",
        RateLimitError,
    ),
    "an unknown status": Case(http_response(299, {"did_sid": "d1"}), get_did, "get_did", APIResponseValidationError),
    "a status past 599": Case(http_response(999, b"{}"), get_did, "get_did", InternalServerError),
    "a redirect": Case(
        http_response(307, b"", headers=(("Location", "/core/v2/phonenumber/dids/d2"),)),
        get_did,
        "get_did",
        APIStatusError,
    ),
    "1xx before the answer": Case(
        b"HTTP/1.1 100 Continue\r\n\r\n" + http_response(200, {"did_sid": "d1"}),
        get_did,
        "get_did",
        lambda did: did.did_sid == "d1",
    ),
    "not HTTP at all": Case(b"SSH-2.0-OpenSSH_9.6\r\n\r\n", get_did, "get_did", APIConnectionError),
    "hung up without a word": Case(None, get_did, "get_did", APIConnectionError),
    "hung up on a POST": Case(None, send_sms, "send_message", APIConnectionError),
}


async def outcome(path: str, case: Case) -> Any:
    async with (
        raw_server(lambda _: case.answer) as server,
        CarrierX(token="t", base_url=server.base_url, retry=RetryPolicy.none(), **PATHS[path]()) as cx,
    ):
        try:
            return await case.call(cx)
        except CarrierXError as error:  # anything else propagates and fails the test as it is
            return error


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("name", CASES)
async def test_a_bad_answer_gives_a_typed_result_or_a_typed_error_naming_the_operation(name: str, path: str) -> None:
    case = CASES[name]
    result = await outcome(path, case)
    if isinstance(case.expected, type):
        assert issubclass(case.expected, APIError)  # an error class here names the operation
        assert isinstance(result, case.expected), f"{name}: got {result!r}"
        assert result.operation == case.operation
        assert str(result).startswith(f"{case.operation}: "), str(result)
    else:
        assert not isinstance(result, BaseException), f"{name}: got {result!r}"
        assert case.expected(result), f"{name}: got {result!r}"


@pytest.mark.parametrize("path", PATHS)
async def test_a_body_that_lies_about_its_encoding_is_a_typed_error(path: str) -> None:
    case = Case(
        http_response(200, b'{"did_sid": "d1"}', headers=(("Content-Encoding", "gzip"),)),
        get_did,
        "get_did",
        APIConnectionError,
    )
    result = await outcome(path, case)
    assert isinstance(result, APIError) and result.operation == "get_did", repr(result)


@pytest.mark.parametrize("path", PATHS)
async def test_a_gzipped_answer_is_read_on_both_paths(path: str) -> None:
    """The control for the test above: a body that is what it says it is."""

    def is_zipped(did: Any) -> bool:
        return bool(did.did_sid == "zipped")

    case = Case(
        http_response(
            200, gzip.compress(json.dumps({"did_sid": "zipped"}).encode()), headers=(("Content-Encoding", "gzip"),)
        ),
        get_did,
        "get_did",
        is_zipped,
    )
    result = await outcome(path, case)
    assert not isinstance(result, BaseException) and is_zipped(result), repr(result)
