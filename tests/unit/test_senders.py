"""Both senders against a real loopback server: the same bytes out, the same behaviour back."""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiohttp import web
from carrierx_core.models import StorageFileCreate, StorageFileUpload
from hypothesis import given, settings
from hypothesis import strategies as st

from carrierx_async import (
    APIResponseValidationError,
    APITimeoutError,
    CarrierX,
    File,
    NotFoundError,
    OAuthPasswordGrant,
    ResponseTooLargeError,
    RetryPolicy,
)
from carrierx_async.runtime import form, query
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX
from tests.conftest import sender_options

TOKEN = "sender-S3ntinel"
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
VALUES = st.one_of(TEXT, st.integers(), st.booleans(), st.lists(TEXT, max_size=3))


@settings(max_examples=2000, deadline=None)
@given(st.dictionaries(TEXT.filter(bool), VALUES, max_size=5))
def test_query_encoding_is_httpx_own(params: dict[str, Any]) -> None:
    mine = query(*params.items())
    theirs = str(httpx.Request("GET", "https://x.invalid/p", params=params).url).partition("?")[2]
    assert mine == theirs


@settings(max_examples=2000, deadline=None)
@given(st.dictionaries(TEXT.filter(bool), VALUES, max_size=5))
def test_form_encoding_is_httpx_own(fields: dict[str, Any]) -> None:
    assert form(fields) == httpx.Request("POST", "https://x.invalid/p", data=fields).read()


class Recorder:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.script: list[web.StreamResponse] = []
        self.peers: set[tuple[str, int]] = set()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append((request.method, request.raw_path, dict(request.headers), await request.read()))
        if request.transport is not None:
            self.peers.add(request.transport.get_extra_info("peername"))
        if request.path.endswith("/slow"):
            await asyncio.sleep(1)
        if request.path.endswith("/oauth/token"):
            return web.json_response({"access_token": "oauth-token", "token_type": "bearer"})
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


async def test_a_get_goes_out_the_same_on_both_senders(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    for sender in ("aiohttp", "httpx"):
        async with CarrierX(token=TOKEN, base_url=base_url, **sender_options(sender)) as cx:
            await cx.core.dids.get_dids(filter_="name eq 'a b+c'", limit=5)
            await cx.core.dids.get_did("a/b ..;=:@é")
    (_, first, headers, _), (_, second, _, _), (_, third, _, _), (_, fourth, _, _) = recorder.requests
    assert first == third == "/core/v2/phonenumber/dids?limit=5&filter=name+eq+%27a+b%2Bc%27"
    assert second == fourth == "/core/v2/phonenumber/dids/a%2Fb%20..%3B%3D%3A%40%C3%A9"
    assert headers["Authorization"] == f"Bearer {TOKEN}"


async def test_a_json_body_and_extra_headers(server: tuple[str, Recorder], sender: dict[str, Any]) -> None:
    base_url, recorder = server
    recorder.script.append(web.json_response({"message_sid": "m1"}))
    async with CarrierX(token=TOKEN, base_url=base_url, **sender) as cx:
        message = await cx.core.sms.send_message(
            body={"from": "15551230000", "to": "15551230001", "message": "hi"}, extra_headers={"X-Trace": "t1"}
        )
    method, _, headers, body = recorder.requests[0]
    assert method == "POST" and headers["X-Trace"] == "t1" and headers["Content-Type"] == "application/json"
    assert json.loads(body) == {"from": "15551230000", "to": "15551230001", "message": "hi"}
    assert message.message_sid == "m1"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_compressed_answers_are_decoded(
    server: tuple[str, Recorder], sender: dict[str, Any], encoding: str
) -> None:
    base_url, recorder = server
    raw = json.dumps({"did_sid": "zipped"}).encode()
    payload = gzip.compress(raw) if encoding == "gzip" else zlib.compress(raw)
    recorder.script.append(
        web.Response(body=payload, headers={"Content-Encoding": encoding, "Content-Type": "application/json"})
    )
    async with CarrierX(token=TOKEN, base_url=base_url, **sender) as cx:
        assert (await cx.core.dids.get_did("d1")).did_sid == "zipped"


async def test_an_answer_over_the_size_limit_is_refused_after_decompression(
    server: tuple[str, Recorder], sender: dict[str, Any]
) -> None:
    base_url, recorder = server
    bomb = gzip.compress(b" " * 5_000_000)  # ~5 kB on the wire, 5 MB decoded
    recorder.script.append(
        web.Response(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    )
    async with CarrierX(
        token=TOKEN, base_url=base_url, max_response_bytes=1_000_000, retry=RetryPolicy(initial_delay=0), **sender
    ) as cx:
        with pytest.raises(ResponseTooLargeError, match="get_did"):
            await cx.core.dids.get_did("d1")
        assert cx.retries == 0  # never retried: the same answer would come again
        assert (await cx.core.dids.get_did("d1")).did_sid == "d1"  # the client is fine after


async def test_errors_carry_the_request_and_the_answer_without_credentials(
    server: tuple[str, Recorder], sender: dict[str, Any]
) -> None:
    base_url, recorder = server
    recorder.script.append(web.json_response({"message": "Cannot find item by SID"}, status=404))
    async with CarrierX(token=TOKEN, base_url=base_url, **sender) as cx:
        with pytest.raises(NotFoundError) as caught:
            await cx.core.dids.get_did("missing")
    assert caught.value.method == "GET"
    assert caught.value.url == f"{base_url}/core/v2/phonenumber/dids/missing"
    assert caught.value.response.status_code == 404
    assert caught.value.may_have_been_sent is True
    assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value.response)


async def test_get_is_retried_on_503(server: tuple[str, Recorder], sender: dict[str, Any]) -> None:
    base_url, recorder = server
    recorder.script += [web.json_response({}, status=503), web.json_response({}, status=503)]
    async with CarrierX(
        token=TOKEN, base_url=base_url, retry=RetryPolicy(initial_delay=0.01, jitter=0), **sender
    ) as cx:
        assert (await cx.core.dids.get_did("d1")).did_sid == "d1"
        assert cx.retries == 2
    assert len(recorder.requests) == 3


async def test_a_timeout_is_typed(server: tuple[str, Recorder], sender: dict[str, Any]) -> None:
    base_url, _ = server
    async with CarrierX(token=TOKEN, base_url=base_url, retry=RetryPolicy.none(), **sender) as cx:
        with pytest.raises(APITimeoutError) as caught:
            await cx.core.dids.get_did("slow", timeout=0.2)
    assert caught.value.may_have_been_sent is True


async def test_mediator_wrapper_is_removed(server: tuple[str, Recorder], sender: dict[str, Any]) -> None:
    base_url, recorder = server
    recorder.script.append(web.json_response({"body": {"binding_sid": "b1"}, "status": 200}))
    async with CarrierX(base_url=base_url, **sender) as cx:
        binding = await cx.mediator("login", "pw").bindings.get_binding("b1")
    assert binding.binding_sid == "b1"
    assert recorder.requests[0][2]["Authorization"] == "Basic bG9naW46cHc="


async def test_cancelled_calls_leave_the_pool_usable(server: tuple[str, Recorder], sender: dict[str, Any]) -> None:
    base_url, _ = server
    async with CarrierX(token=TOKEN, base_url=base_url, **sender) as cx:
        tasks = [asyncio.ensure_future(cx.core.dids.get_did("slow")) for _ in range(50)]
        await asyncio.sleep(0.1)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        results = await asyncio.gather(*(cx.core.dids.get_did("d1") for _ in range(50)))
        assert {did.did_sid for did in results} == {"d1"}


async def test_an_unreadable_answer_is_a_typed_error(server: tuple[str, Recorder], sender: dict[str, Any]) -> None:
    base_url, recorder = server
    recorder.script.append(web.Response(text="<html>proxy error</html>", content_type="text/html"))
    async with CarrierX(token=TOKEN, base_url=base_url, **sender) as cx:
        with pytest.raises(APIResponseValidationError, match="get_did") as caught:
            await cx.core.dids.get_did("d1")
    assert caught.value.url == f"{base_url}/core/v2/phonenumber/dids/d1"
    assert caught.value.response.content == b"<html>proxy error</html>"


async def test_uploads_oauth_and_gets_share_one_connection(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    grant = OAuthPasswordGrant(client_id="c", client_secret="s", username="u", password="p")
    for number in range(3):
        recorder.script += [web.json_response({"file_sid": f"f{number}"}, status=201), web.json_response({})]
    async with CarrierX(oauth=grant, base_url=base_url) as cx:
        for number in range(3):
            upload = StorageFileUpload(
                data=File(io.BytesIO(b"audio"), "a.wav", "audio/wav"),
                file_object=StorageFileCreate(container_sid="c1", name=f"n{number}"),
            )
            await cx.core.storage.upload_file(body=upload)
            await cx.core.dids.get_did("d1")
    assert len(recorder.requests) == 7  # the token, then three uploads and three GETs
    assert len(recorder.peers) == 1  # one pool, one kept-alive connection for all of them
    upload_request = recorder.requests[1]
    assert upload_request[2]["Authorization"] == "Bearer oauth-token"
    assert upload_request[2]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b"audio" in upload_request[3]


async def test_an_upload_of_a_file_object_through_the_in_process_fake_server() -> None:
    app = FakeCarrierX()
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=app)) as cx:
        container = await cx.core.storage.create_container(body={"name": "recordings"})
        stored = await cx.core.storage.upload_file(
            body={
                "data": ("greeting.wav", io.BytesIO(b"RIFF fake").read(), "audio/wav"),
                "file_object": {"container_sid": container.container_sid, "name": "greeting"},
            }
        )
        from_file_object = await cx.core.storage.upload_file(
            body=StorageFileUpload(
                data=File(io.BytesIO(b"RIFF two"), "two.wav", "audio/wav"),
                file_object=StorageFileCreate(container_sid=container.container_sid, name="two"),
            )
        )
        assert await cx.core.storage.download_file_data(str(stored.file_sid)) == b"RIFF fake"
        assert await cx.core.storage.download_file_data(str(from_file_object.file_sid)) == b"RIFF two"
