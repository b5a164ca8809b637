"""The root client: configuration, sections, every operation reachable, for_endpoint, trio."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx
from carrierx_flexml.models import CallCreateParams

from carrierx_async import CarrierX, ConfigurationError, FlexMLAPI, MediatorAPI, RetryPolicy
from carrierx_async._sections import SECTIONS
from tests.contract import support

SECTION_PACKAGES = {section.name: section.package for section in SECTIONS}

FIXTURES = Path(__file__).parents[1] / "fixtures"
API = "https://api.carrierx.com"
TOKEN = "tok-S3ntinel-123"
SECTION_CLASSES = {
    "core": ("carrierx_async.resources.core", "CoreAPI"),
    "conference": ("carrierx_async.resources.conference", "ConferenceAPI"),
    "conference_v2": ("carrierx_async.resources.conference_v2", "ConferenceV2API"),
    "flexml": ("carrierx_async.resources.flexml", "FlexMLAPI"),
    "mediator": ("carrierx_async.resources.mediator", "MediatorAPI"),
}


def sample(section: str, name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / section / f"{name}.json").read_text())["body"]
    return body


def same(parsed: object, documented: object) -> bool:
    """Equal, comparing timestamps as instants."""
    return support.round_trip_differences(documented, parsed) == []


def client(**options: object) -> CarrierX:
    """A client that respx can intercept (httpx's own transport), without retries."""
    return CarrierX(transport=httpx.AsyncHTTPTransport(), retry=RetryPolicy.none(), **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("section", sorted(SECTION_PACKAGES))
def test_every_operation_of_every_spec_has_a_typed_facade_method(section: str) -> None:
    module_name, class_name = SECTION_CLASSES[section]
    section_class = getattr(importlib.import_module(module_name), class_name)
    spec = support.load_spec(support.SPECS / f"{section}.yaml")
    for operation in support.operations(spec):
        resource_name = section_class.__dict__[operation.tag].func.__annotations__["return"]
        tag_module = importlib.import_module(f"{module_name}.{operation.tag}")
        method = getattr(getattr(tag_module, resource_name), operation.operation_id)
        assert method.__annotations__["return"], operation.operation_id
        assert "Unset" not in method.__annotations__["return"], operation.operation_id


def test_importing_the_package_imports_no_generated_section_nor_aiohttp() -> None:
    code = "import sys, carrierx_async; print(sorted(m for m in sys.modules if m.startswith(('carrierx_', 'aiohttp'))))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert all(name.startswith("carrierx_async") for name in eval(loaded))
    assert "carrierx_async.resources" not in loaded


async def test_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARRIERX_TOKEN", TOKEN)
    monkeypatch.setenv("CARRIERX_BASE_URL", "http://127.0.0.1:9999")
    with respx.mock:
        route = respx.get("http://127.0.0.1:9999/core/v2/phonenumber/dids/d1").respond(
            200, json=sample("core", "get_did")
        )
        async with client() as cx:
            did = await cx.core.dids.get_did("d1")
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert did.did_sid == sample("core", "get_did")["did_sid"]


async def test_explicit_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARRIERX_TOKEN", "from-env")
    monkeypatch.setenv("CARRIERX_BASE_URL", "https://env.example")
    async with client(token=TOKEN, base_url="https://api.carrierx.com") as cx:
        assert cx.base_url == httpx.URL(API)
        assert cx.core.base_url == httpx.URL(f"{API}/core/v2")


async def test_core_without_a_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CARRIERX_TOKEN", raising=False)
    async with client() as cx:
        with pytest.raises(ConfigurationError, match="needs a token"):
            cx.core  # noqa: B018


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://api.carrierx.com", "refusing plain HTTP"),
        ("https://user:pw@api.carrierx.com", "must not contain credentials"),
        ("ftp://api.carrierx.com", "absolute http"),
    ],
)
def test_unsafe_base_urls_are_refused(base_url: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        CarrierX(base_url=base_url)


def test_turning_tls_verification_off_warns() -> None:
    with pytest.warns(UserWarning, match="TLS certificate verification is off"):
        CarrierX(verify=False)


def test_repr_shows_no_credentials() -> None:
    cx = CarrierX(token=TOKEN)
    flexml = cx.flexml("flex_login", TOKEN)
    for text in (repr(cx), repr(cx.core), repr(flexml), repr(flexml.calls)):
        assert TOKEN not in text


async def test_sections_share_one_pool() -> None:
    async with client(token=TOKEN) as cx:
        assert cx.core._channel is cx.flexml("a", "b")._channel is cx.mediator("a", "b")._channel
        assert cx.core._channel.sender() is cx.flexml("a", "b")._channel.sender()


@respx.mock
async def test_for_endpoint_reads_the_credentials_through_core_and_picks_the_section() -> None:
    endpoint = sample("core", "get_endpoints.1")["items"][0]
    respx.get(f"{API}/core/v2/endpoints/{endpoint['endpoint_sid']}").respond(200, json=endpoint)
    calls = respx.get(f"{API}/flexml/v1/calls").respond(200, json=sample("flexml", "get_calls"))
    async with client(token=TOKEN) as cx:
        flexml = await cx.for_endpoint(endpoint["endpoint_sid"], FlexMLAPI)
        assert type(flexml).__name__ == "FlexMLAPI"
        await flexml.calls.get_calls()
        untyped = await cx.for_endpoint(endpoint["endpoint_sid"])
        assert type(untyped).__name__ == "FlexMLAPI"
        with pytest.raises(ConfigurationError, match="not served by MediatorAPI"):
            await cx.for_endpoint(endpoint["endpoint_sid"], MediatorAPI)
    assert calls.calls.last.request.headers["Authorization"] == "Basic c2FtcGxlX2xvZ2luOnNhbXBsZV9wYXNzd29yZA=="


@pytest.mark.parametrize(("kind", "message"), [("third_party", "has no API"), ("flexml", "no login and password")])
@respx.mock
async def test_for_endpoint_without_an_api_or_credentials_is_a_clear_error(kind: str, message: str) -> None:
    respx.get(f"{API}/core/v2/endpoints/e1").respond(200, json={"endpoint_sid": "e1", "type": kind, "properties": {}})
    async with client(token=TOKEN) as cx:
        with pytest.raises(ConfigurationError, match=message):
            await cx.for_endpoint("e1")


@respx.mock
async def test_core_end_to_end() -> None:
    route = respx.patch(f"{API}/core/v2/phonenumber/dids/d1").respond(200, json=sample("core", "update_did"))
    async with client(token=TOKEN) as cx:
        did = await cx.core.dids.update_did("d1", body={"callback_url": "https://example.com/sms"})
    assert json.loads(route.calls.last.request.content) == {"callback_url": "https://example.com/sms"}
    assert same(did.to_dict(), sample("core", "update_did"))


@respx.mock
async def test_conference_v1_end_to_end() -> None:
    respx.put(f"{API}/conference/v1/dids/7").respond(200, json=sample("conference", "update_did"))
    async with client() as cx:
        did = await cx.conference("login", "pw").dids.update_did(7, body={"description": "main line"})
    assert same(did.to_dict(), sample("conference", "update_did"))


@respx.mock
async def test_conference_v2_end_to_end() -> None:
    respx.patch(f"{API}/conference/v2/meeting_rooms/m1").respond(
        200, json=sample("conference_v2", "update_meeting_room")
    )
    async with client() as cx:
        room = await cx.conference_v2("login", "pw").meeting_rooms.update_meeting_room("m1", body={})
    assert same(room.to_dict(), sample("conference_v2", "update_meeting_room"))


@respx.mock
async def test_flexml_end_to_end() -> None:
    route = respx.post(f"{API}/flexml/v1/calls").respond(200, json=sample("flexml", "create_call"))
    body: CallCreateParams = {
        "calling_did": "15162065575",
        "called_did": "15162065576",
        "url": "https://example.com/flexml",
    }
    async with client() as cx:
        call = await cx.flexml("login", "pw").calls.create_call(body=body)
    assert json.loads(route.calls.last.request.content) == body
    assert same(call.to_dict(), sample("flexml", "create_call"))


@pytest.mark.parametrize("wrapped", [True, False])
@respx.mock
async def test_mediator_end_to_end_accepts_wrapped_and_bare_responses(wrapped: bool) -> None:
    documented = sample("mediator", "get_bindings")
    respx.get(f"{API}/mediator/v1/bindings").respond(200, json=documented if wrapped else documented["body"])
    async with client() as cx:
        bindings = await cx.mediator("login", "pw").bindings.get_bindings()
    assert same(bindings.to_dict(), documented["body"])


def test_the_same_code_runs_on_trio() -> None:
    async def main() -> str:
        with respx.mock:
            respx.get(f"{API}/flexml/v1/accounts/whoami").respond(200, json=sample("flexml", "get_current_account"))
            async with CarrierX(retry=RetryPolicy.none()) as cx:  # on trio the default transport is httpx's own
                account = await cx.flexml("login", "pw").accounts.get_current_account()
                async with anyio.create_task_group() as group:
                    for _ in range(10):
                        group.start_soon(cx.flexml("login", "pw").accounts.get_current_account)
        return str(account.login)

    assert anyio.run(main, backend="trio") == sample("flexml", "get_current_account")["login"]


@respx.mock
async def test_enum_arguments_take_their_plain_value() -> None:
    route = respx.get(f"{API}/core/v2/rating/calls/pstn").respond(200, json={"rate": "0.01"})
    async with client(token=TOKEN) as cx:
        await cx.core.rating.get_pstn_call_rate(direction="inbound", duration=60, to="15551230000")
    assert route.calls.last.request.url.params["direction"] == "inbound"


@respx.mock
async def test_an_upload_body_may_be_a_mapping_and_goes_out_as_multipart() -> None:
    route = respx.post(f"{API}/core/v2/storage/files").respond(201, json={"file_sid": "f1"})
    async with client(token=TOKEN) as cx:
        stored = await cx.core.storage.upload_file(body={"data": b"RIFF-audio", "file_object": {"name": "a.wav"}})
    request = route.calls.last.request
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert "+++" not in request.headers["Content-Type"]  # httpx's random boundary, not the generator's fixed one
    assert b"RIFF-audio" in request.content
    assert stored.file_sid == "f1"
