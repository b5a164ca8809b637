"""The lean asyncio path (aiohttp, no httpx client) against a real loopback server."""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from carrierx_async import APIResponseValidationError, APITimeoutError, CarrierX, NotFoundError, RetryPolicy
from carrierx_async._direct import encode_body, encode_query

TOKEN = "direct-S3ntinel"


def test_query_encoding_matches_httpx() -> None:
    assert encode_query({"filter": "name eq 'A B'", "limit": 5, "with_related": True, "x": None}) == (
        "filter=name%20eq%20%27A%20B%27&limit=5&with_related=true"
    )
    assert encode_query({"tag": ["a", "b/c"]}) == "tag=a&tag=b%2Fc"


def test_bodies_are_encoded_once_with_their_content_type() -> None:
    assert encode_body({"json": {"to": "1555", "message": "héllo"}}) == (
        '{"to":"1555","message":"héllo"}'.encode(),
        "application/json",
    )
    assert encode_body({"data": {"grant_type": "password", "username": "a b"}}) == (
        b"grant_type=password&username=a%20b",
        "application/x-www-form-urlencoded",
    )
    assert encode_body({}) == (None, None)
    with pytest.raises(ValueError, match="multipart"):
        encode_body({"files": []})


class Recorder:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.script: list[web.Response] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append((request.method, request.raw_path, dict(request.headers), await request.read()))
        if request.path.endswith("/slow"):
            await asyncio.sleep(1)
        if self.script:
            return self.script.pop(0)
        return web.json_response({"did_sid": "d1", "phonenumber": "15551230000"})


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, Recorder]]:
    recorder = Recorder()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", recorder.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}", recorder
    await runner.cleanup()


async def test_a_get_goes_out_with_token_encoded_path_and_query(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    async with CarrierX(token=TOKEN, base_url=base_url) as cx:
        did = await cx.core.dids.get_did("a/b c", include_fields="did_sid,phonenumber")
        assert cx._direct is not None and cx._direct.sender._session is not None  # it took the lean path
    method, path, headers, _ = recorder.requests[0]
    assert (method, path) == ("GET", "/core/v2/phonenumber/dids/a%2Fb%20c?include_fields=did_sid%2Cphonenumber")
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers["User-Agent"].startswith("carrierx-async/")
    assert did.did_sid == "d1"


async def test_a_json_body_and_extra_headers(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    recorder.script.append(web.json_response({"message_sid": "m1", "message": "hi"}))
    async with CarrierX(token=TOKEN, base_url=base_url) as cx:
        message = await cx.core.sms.send_message(
            body={"from": "15551230000", "to": "15551230001", "message": "hi"}, extra_headers={"X-Job": "j1"}
        )
    _, path, headers, body = recorder.requests[0]
    assert path == "/core/v2/sms/messages"
    assert headers["Content-Type"] == "application/json" and headers["X-Job"] == "j1"
    assert json.loads(body) == {"from": "15551230000", "to": "15551230001", "message": "hi"}
    assert message.message_sid == "m1"


async def test_gzip_answers_are_decoded(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    payload = gzip.compress(json.dumps({"did_sid": "zipped"}).encode())
    recorder.script.append(
        web.Response(body=payload, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    )
    async with CarrierX(token=TOKEN, base_url=base_url) as cx:
        assert (await cx.core.dids.get_did("d1")).did_sid == "zipped"


async def test_errors_carry_the_request_without_credentials(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    recorder.script.append(web.json_response({"message": "Cannot find item by SID"}, status=404))
    async with CarrierX(token=TOKEN, base_url=base_url) as cx:
        with pytest.raises(NotFoundError) as caught:
            await cx.core.dids.get_did("missing")
    assert caught.value.method == "GET"
    assert caught.value.url == f"{base_url}/core/v2/phonenumber/dids/missing"
    assert TOKEN not in str(caught.value)


async def test_get_is_retried_on_503_through_the_lean_path(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    recorder.script += [web.json_response({}, status=503), web.json_response({}, status=503)]
    async with CarrierX(token=TOKEN, base_url=base_url, retry=RetryPolicy(initial_delay=0.01, jitter=0)) as cx:
        assert (await cx.core.dids.get_did("d1")).did_sid == "d1"
        assert cx.retry_transport is not None and cx.retry_transport.retries == 2
    assert len(recorder.requests) == 3


async def test_a_timeout_is_typed(server: tuple[str, Recorder]) -> None:
    base_url, _ = server
    async with CarrierX(token=TOKEN, base_url=base_url, retry=RetryPolicy.none()) as cx:
        with pytest.raises(APITimeoutError):
            await cx.core.dids.get_did("slow", timeout=0.2)


async def test_mediator_wrapper_is_removed_on_the_lean_path(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    recorder.script.append(web.json_response({"body": {"binding_sid": "b1"}, "status": 200}))
    async with CarrierX(base_url=base_url) as cx:
        binding = await cx.mediator("login", "pw").bindings.get_binding("b1")
    assert binding.binding_sid == "b1"
    assert recorder.requests[0][2]["Authorization"] == "Basic bG9naW46cHc="


async def test_cancelled_calls_leave_the_pool_usable(server: tuple[str, Recorder]) -> None:
    base_url, _ = server
    async with CarrierX(token=TOKEN, base_url=base_url) as cx:
        tasks = [asyncio.ensure_future(cx.core.dids.get_did("slow")) for _ in range(50)]
        await asyncio.sleep(0.1)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        results = await asyncio.gather(*(cx.core.dids.get_did("d1") for _ in range(50)))
        assert {did.did_sid for did in results} == {"d1"}
        connector = cx._direct.sender._session.connector  # type: ignore[union-attr]
        assert len(connector._acquired) == 0  # no connection is still held by a cancelled call


async def test_an_unreadable_answer_is_a_typed_error_on_the_lean_path(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    recorder.script.append(web.Response(text="<html>proxy error</html>", content_type="text/html"))
    async with CarrierX(token=TOKEN, base_url=base_url) as cx:
        with pytest.raises(APIResponseValidationError, match="get_did") as caught:
            await cx.core.dids.get_did("d1")
    assert caught.value.url == f"{base_url}/core/v2/phonenumber/dids/d1"
