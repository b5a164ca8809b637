"""The shared send path: URLs, bodies, per-call options, error mapping, bad responses."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from carrierx_async import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CarrierX,
    ConfigurationError,
    NotFoundError,
    RetryPolicy,
    UnprocessableEntityError,
    raw_response,
)
from carrierx_async.resources.conference_v2 import ConferenceV2API
from carrierx_async.runtime import json_value

V2 = "https://api.carrierx.com/conference/v2"
PASSWORD = "pw-S3ntinel-77"


def mockable_client() -> CarrierX:
    """A client whose requests respx intercepts (httpx's own transport), without retries."""
    return CarrierX(transport=httpx.AsyncHTTPTransport(), retry=RetryPolicy.none())


@pytest.fixture
async def conference_v2() -> AsyncIterator[ConferenceV2API]:
    async with mockable_client() as cx:
        yield cx.conference_v2("conf_login", PASSWORD)


@respx.mock
async def test_get_parses_the_model_and_keeps_unknown_fields(conference_v2: ConferenceV2API) -> None:
    respx.get(f"{V2}/accounts/whoami").respond(200, json={"account_sid": "a1", "name": "Ada", "brand_new": [1]})
    account = await conference_v2.accounts.get_current_account()
    assert account.account_sid == "a1"
    assert account.name == "Ada"
    assert account.additional_properties == {"brand_new": [1]}


@respx.mock
async def test_raw_response_gives_status_headers_and_body(conference_v2: ConferenceV2API) -> None:
    respx.get(f"{V2}/accounts/whoami").respond(200, json={"name": "Ada"}, headers={"X-Request-Id": "r-1"})
    raw = await raw_response(conference_v2.accounts.get_current_account)()
    assert raw.status_code == 200
    assert raw.parsed.name == "Ada"  # typed: ApiResponse[Account]
    by_name = await conference_v2.accounts.with_raw_response.get_current_account()
    assert by_name.content == raw.content
    assert raw.request_id == "r-1"
    assert raw.content == b'{"name":"Ada"}'
    assert raw.parsed.name == "Ada"


@respx.mock
async def test_query_arguments_are_sent_and_unset_ones_left_out(conference_v2: ConferenceV2API) -> None:
    route = respx.get(f"{V2}/accounts").respond(200, json={"items": [], "count": 0})
    await conference_v2.accounts.get_accounts(filter_="name eq 'Ada'", limit=5)
    params = route.calls.last.request.url.params
    assert params["filter"] == "name eq 'Ada'"
    assert params["limit"] == "5"
    assert "order" not in params


@respx.mock
async def test_body_may_be_a_mapping_of_carrierx_field_names(conference_v2: ConferenceV2API) -> None:
    route = respx.patch(f"{V2}/accounts/a1").respond(200, json={"account_sid": "a1", "name": "Bea"})
    updated = await conference_v2.accounts.update_account("a1", body={"name": "Bea"})
    assert route.calls.last.request.content == b'{"name":"Bea"}'
    assert route.calls.last.request.headers["Content-Type"] == "application/json"
    assert updated.name == "Bea"


async def test_a_misspelt_body_field_fails_before_sending(conference_v2: ConferenceV2API) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200)
        with pytest.raises(ConfigurationError, match="AccountUpdate has no field 'nmae'"):
            await conference_v2.accounts.update_account("a1", body={"nmae": "Bea"})  # type: ignore[arg-type]  # misspelt on purpose
    assert not route.called


@pytest.mark.parametrize("sid", ["", " ", ".", "..", "a\nb"])
async def test_identifiers_that_would_change_the_path_are_refused(conference_v2: ConferenceV2API, sid: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200)
        with pytest.raises(ConfigurationError, match="not a valid identifier"):
            await conference_v2.accounts.get_account(sid)
    assert not route.called


@pytest.mark.parametrize(
    ("sid", "path"),
    [("a/b", "/accounts/a%2Fb"), ("a?b#c", "/accounts/a%3Fb%23c"), ("é ü", "/accounts/%C3%A9%20%C3%BC")],
)
@respx.mock
async def test_identifiers_are_encoded_into_one_path_segment(
    conference_v2: ConferenceV2API, sid: str, path: str
) -> None:
    route = respx.get(url__regex=r".*").respond(200, json={"account_sid": sid})
    await conference_v2.accounts.get_account(sid)
    assert route.calls.last.request.url.raw_path.decode() == "/conference/v2" + path


@respx.mock
async def test_error_status_raises_the_typed_error_with_the_body(conference_v2: ConferenceV2API) -> None:
    respx.patch(f"{V2}/accounts/a1").respond(
        422, json={"message": "object validation error", "errors": [{"field": "name", "message": "too long"}]}
    )
    with pytest.raises(UnprocessableEntityError) as caught:
        await conference_v2.accounts.update_account("a1", body={"name": "x" * 300})
    assert caught.value.errors[0].field == "name"
    assert caught.value.operation == "update_account"


@respx.mock
async def test_404_is_not_found(conference_v2: ConferenceV2API) -> None:
    respx.get(f"{V2}/accounts/missing").respond(404, json={"message": "Cannot find item by SID"})
    with pytest.raises(NotFoundError, match="Cannot find item by SID"):
        await conference_v2.accounts.get_account("missing")


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, content=b"{not json", headers={"Content-Type": "application/json"}),
        httpx.Response(200, content=b"<html>proxy error</html>", headers={"Content-Type": "text/html"}),
        httpx.Response(200, content=b""),
        httpx.Response(200, json=["a", "list"]),
    ],
)
@respx.mock
async def test_unreadable_success_responses_raise_a_typed_error_naming_the_operation(
    conference_v2: ConferenceV2API, response: httpx.Response
) -> None:
    respx.get(f"{V2}/accounts/whoami").mock(return_value=response)
    with pytest.raises(APIResponseValidationError, match="get_current_account"):
        await conference_v2.accounts.get_current_account()


@respx.mock
async def test_timeouts_and_transport_errors_are_typed(conference_v2: ConferenceV2API) -> None:
    respx.get(f"{V2}/accounts/whoami").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        await conference_v2.accounts.get_current_account()
    respx.get(f"{V2}/accounts/whoami").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        await conference_v2.accounts.get_current_account()
    assert not isinstance(caught.value, APITimeoutError)


@respx.mock
async def test_per_call_timeout_and_headers(conference_v2: ConferenceV2API) -> None:
    route = respx.get(f"{V2}/accounts/whoami").respond(200, json={"name": "Ada"})
    await conference_v2.accounts.get_current_account(timeout=2.5, extra_headers={"X-Trace": "t1"})
    request = route.calls.last.request
    assert request.headers["X-Trace"] == "t1"
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()


@respx.mock
async def test_with_options_changes_defaults_and_shares_the_pool(conference_v2: ConferenceV2API) -> None:
    route = respx.get(f"{V2}/accounts/whoami").respond(200, json={"name": "Ada"})
    slow = conference_v2.with_options(timeout=120, headers={"X-Job": "export"})
    await slow.accounts.get_current_account()
    assert route.calls.last.request.extensions["timeout"]["read"] == 120
    assert route.calls.last.request.headers["X-Job"] == "export"
    assert slow._channel is conference_v2._channel
    await conference_v2.accounts.get_current_account()
    assert "X-Job" not in route.calls.last.request.headers


@respx.mock
async def test_nothing_secret_is_logged_or_shown(
    conference_v2: ConferenceV2API, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    respx.get(f"{V2}/accounts/whoami").respond(401, json={"message": "bad credentials"})
    with pytest.raises(Exception) as caught:
        await conference_v2.accounts.get_current_account()
    assert "get_current_account" in str(caught.value)
    assert "GET https://api.carrierx.com/conference/v2/accounts/whoami -> 401" in caplog.text
    for text in (caplog.text, str(caught.value), repr(caught.value), repr(conference_v2)):
        assert PASSWORD not in text


async def test_endpoint_api_on_another_host_is_refused() -> None:
    async with mockable_client() as cx:
        with pytest.raises(ConfigurationError, match="not the configured origin"):
            cx.conference_v2("login", PASSWORD, base_url=httpx.URL("https://elsewhere.example/conference/v2"))


def test_mediator_wrapper_is_removed_and_bare_bodies_are_kept() -> None:
    assert json_value(b'{"body": {"binding_sid": "b1"}, "status": 200}', envelope=True) == {"binding_sid": "b1"}
    bare = b'{"binding_sid": "b1", "status": "active"}'
    assert json_value(bare, envelope=True) == {"binding_sid": "b1", "status": "active"}


@pytest.mark.parametrize(
    "failure",
    [httpx.RemoteProtocolError("bye"), httpx.DecodingError("bad gzip"), httpx.ProxyError("proxy"), OSError("x")],
)
@respx.mock
async def test_no_raw_httpx_exception_escapes(conference_v2: ConferenceV2API, failure: Exception) -> None:
    respx.get(f"{V2}/accounts/whoami").mock(side_effect=failure)
    with pytest.raises(APIConnectionError, match="get_current_account"):
        await conference_v2.accounts.get_current_account()


@respx.mock
async def test_redirects_are_not_followed(conference_v2: ConferenceV2API) -> None:
    respx.get(f"{V2}/accounts/whoami").respond(302, headers={"Location": "https://evil.example/steal"})
    evil = respx.get("https://evil.example/steal").respond(200, json={"name": "x"})
    with pytest.raises(APIStatusError) as caught:
        await conference_v2.accounts.get_current_account()
    assert caught.value.status_code == 302
    assert not evil.called


@respx.mock
async def test_a_client_that_follows_redirects_still_sends_no_credentials_elsewhere() -> None:
    respx.get(f"{V2}/accounts/whoami").respond(302, headers={"Location": "https://evil.example/steal"})
    evil = respx.get("https://evil.example/steal").respond(200, json={"name": "x"})
    async with (
        httpx.AsyncClient(follow_redirects=True) as own_client,
        CarrierX(http_client=own_client) as cx,
    ):
        await cx.conference_v2("login", PASSWORD).accounts.get_current_account()
    assert "Authorization" not in evil.calls.last.request.headers


@respx.mock
async def test_an_unexpected_answer_is_quoted_briefly_in_the_error(conference_v2: ConferenceV2API) -> None:
    respx.get(f"{V2}/accounts/whoami").respond(202, content=b"x" * 100_000)
    with pytest.raises(APIResponseValidationError) as caught:
        await conference_v2.accounts.get_current_account()
    assert "get_current_account" in str(caught.value)
    assert len(str(caught.value)) < 1_000


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({"X-Bad": "a\r\nInjected: yes"}, "without CR, LF or NUL"),
        ({"X-Bad": "nul\x00"}, "without CR, LF or NUL"),
        ({"Bad Name": "x"}, "not a valid header name"),
        ({"Content-Length": "0"}, "set by the client"),
        ({"Transfer-Encoding": "chunked"}, "set by the client"),
        ({"Host": "evil.example"}, "set by the client"),
        ({"Authorization": "Bearer other"}, "set by the client"),
        ({"X-Name": "Zoë 🎉"}, "cannot carry"),
    ],
)
async def test_unsafe_extra_headers_are_refused_before_sending(
    conference_v2: ConferenceV2API, headers: dict[str, str], problem: str
) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        with pytest.raises(ConfigurationError, match=problem):
            await conference_v2.accounts.get_current_account(extra_headers=headers)
    assert not route.called


@pytest.mark.parametrize("sid", [None, b"a1", 3.5, ["a"]])
async def test_identifiers_that_are_not_text_are_refused(conference_v2: ConferenceV2API, sid: object) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        with pytest.raises(ConfigurationError, match="must be text"):
            await conference_v2.accounts.get_account(sid)  # type: ignore[arg-type]
    assert not route.called


async def test_a_closed_client_refuses_to_send() -> None:
    cx = mockable_client()
    section = cx.conference_v2("login", PASSWORD)
    await cx.aclose()
    with pytest.raises(ConfigurationError, match="closed"):
        await section.accounts.get_current_account()
