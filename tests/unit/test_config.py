"""Plain HTTP is refused except to loopback and to test hosts named on purpose."""

from __future__ import annotations

import httpx
import pytest

from carrierx_async import CarrierX, ConfigurationError, RetryPolicy
from carrierx_async._config import plain_http_hosts, resolve_base_url
from carrierx_async.resources.flexml import FlexMLAPI
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX


def test_plain_http_to_a_named_host_is_refused_by_default() -> None:
    with pytest.raises(ConfigurationError, match=r"refusing plain HTTP to fake.*CARRIERX_ALLOW_PLAIN_HTTP"):
        resolve_base_url("http://fake:8000", {})


def test_a_host_named_by_argument_may_use_plain_http() -> None:
    assert resolve_base_url("http://fake:8000", {}, allow_plain_http_hosts={"fake"}) == httpx.URL("http://fake:8000")


def test_hosts_named_in_the_environment_may_use_plain_http() -> None:
    environ = {"CARRIERX_ALLOW_PLAIN_HTTP": " fake , Other-Host"}
    assert resolve_base_url("http://other-host", environ).host == "other-host"
    assert resolve_base_url("http://FAKE:9000", environ).port == 9000


def test_the_argument_wins_over_the_environment() -> None:
    with pytest.raises(ConfigurationError, match="refusing plain HTTP to fake"):
        resolve_base_url("http://fake", {"CARRIERX_ALLOW_PLAIN_HTTP": "fake"}, allow_plain_http_hosts=["other"])


def test_a_host_not_named_is_still_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"refusing plain HTTP to api\.carrierx\.com"):
        resolve_base_url("http://api.carrierx.com", {"CARRIERX_ALLOW_PLAIN_HTTP": "fake"})
    # Names are whole host names: neither a suffix nor one string's letters.
    with pytest.raises(ConfigurationError):
        resolve_base_url("http://evilfake", {}, allow_plain_http_hosts={"fake"})
    assert plain_http_hosts("fake") == {"fake"}
    assert plain_http_hosts(None, {"CARRIERX_ALLOW_PLAIN_HTTP": ",,"}) == frozenset()


def test_loopback_needs_no_opt_in() -> None:
    assert resolve_base_url("http://127.0.0.1:8000", {}).host == "127.0.0.1"


async def test_a_fake_server_in_a_service_container_is_reachable_and_gets_the_token() -> None:
    # As in docker-compose: the fake server answers as `http://fake:8000` (in-process here).
    seen: list[httpx.Request] = []
    app = FakeCarrierX()
    inner = httpx.ASGITransport(app=app)

    async def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return await inner.handle_async_request(request)

    transport = httpx.MockTransport(record)
    async with CarrierX(
        token=DEFAULT_TOKEN,
        base_url="http://fake:8000",
        allow_plain_http_hosts={"fake"},
        transport=transport,
        retry=RetryPolicy.none(),
    ) as cx:
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
        assert isinstance(endpoint.endpoint_sid, str)
        flexml = await cx.for_endpoint(endpoint.endpoint_sid)
        assert isinstance(flexml, FlexMLAPI)  # for_endpoint answers a union of the section clients
        await flexml.calls.get_calls()
        # Credentials stay with the named host: another plain-HTTP host is refused before sending.
        with pytest.raises(ConfigurationError, match="not the configured origin"):
            cx.flexml("login", "password", base_url=httpx.URL("http://elsewhere:8000/flexml/v1"))
    assert {request.url.host for request in seen} == {"fake"}
    assert seen[0].headers["authorization"] == f"Bearer {DEFAULT_TOKEN}"
    assert seen[-1].headers["authorization"].startswith("Basic ")
