"""Credentials: attached only to the configured origin, never shown, OAuth renewed once."""

from __future__ import annotations

import datetime
import logging

import anyio
import httpx
import pytest
import respx

from carrierx_async import AuthenticationError, CarrierX, ConfigurationError, OAuthPasswordGrant, RetryPolicy
from carrierx_async._auth import BasicAuth, BearerAuth, Credentials, OAuthAuth, Origin
from carrierx_async._channel import Channel
from carrierx_async._errors import RawResponse

API = "https://api.carrierx.com"
TOKEN_URL = f"{API}/core/v2/oauth/token"
DIDS = f"{API}/core/v2/phonenumber/dids"
SENTINEL = "s3ntinel-Secret-9f2"
GRANT = OAuthPasswordGrant(client_id="client", client_secret=SENTINEL, username="ada", password=SENTINEL)


def iso(moment: float) -> str:
    return datetime.datetime.fromtimestamp(moment, datetime.UTC).isoformat().replace("+00:00", "Z")


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def channel() -> Channel:
    """The client's send loop over httpx (which respx intercepts)."""
    return Channel(
        limits=httpx.Limits(max_connections=None),
        verify=True,
        retry=RetryPolicy.none(),
        transport=httpx.AsyncHTTPTransport(),
    )


async def get(loop: Channel, credentials: Credentials, url: str = DIDS) -> RawResponse:
    return await loop.exchange(
        "get_dids", "GET", url, {}, None, credentials=credentials, timeout=httpx.Timeout(5.0), retry=None
    )


def oauth(loop: Channel, clock: Clock, **options: float) -> OAuthAuth:
    auth = OAuthAuth(GRANT, TOKEN_URL, clock=clock, **options)

    async def fetch(url: str, form: bytes) -> RawResponse:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return await loop.exchange(
            "token", "POST", url, headers, form, credentials=None, timeout=httpx.Timeout(5.0), retry=None
        )

    auth.bind(fetch)
    return auth


@respx.mock
async def test_bearer_token_is_sent_to_the_configured_host(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(DIDS).respond(200, json={})
    await get(channel(), BearerAuth(SENTINEL, Origin.of(API)))
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {SENTINEL}"


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/core/v2/dids",
        "http://api.carrierx.com/core/v2/dids",
        "https://api.carrierx.com:8443/x",
        "https://api.carrierx.com@evil.example/x",
        "https://api.carrierx.com.evil.example/x",
    ],
)
@pytest.mark.parametrize("auth", [BearerAuth(SENTINEL, Origin.of(API)), BasicAuth("login", SENTINEL, Origin.of(API))])
async def test_credentials_are_never_sent_to_another_origin(url: str, auth: Credentials) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200)
        with pytest.raises(ConfigurationError, match="refusing to send credentials") as caught:
            await get(channel(), auth, url)
    assert not route.called
    assert SENTINEL not in str(caught.value)


async def test_an_endpoint_section_on_another_origin_is_refused_before_sending() -> None:
    async with CarrierX(token=SENTINEL) as cx:
        with pytest.raises(ConfigurationError, match=r"not the configured origin https://api\.carrierx\.com"):
            cx.flexml("login", SENTINEL, base_url=httpx.URL("https://evil.example/flexml/v1"))
        with pytest.raises(ConfigurationError, match=r"https://api\.carrierx\.com:8443"):
            cx.flexml("login", SENTINEL, base_url=httpx.URL("https://api.carrierx.com:8443/flexml/v1"))


@respx.mock
async def test_basic_auth_sends_login_and_password(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(f"{API}/flexml/v1/calls").respond(200, json={})
    await get(channel(), BasicAuth("flex_user", "pw", Origin.of(API)), f"{API}/flexml/v1/calls")
    assert route.calls.last.request.headers["Authorization"] == "Basic ZmxleF91c2VyOnB3"


@pytest.mark.parametrize(
    "thing",
    [
        BearerAuth(SENTINEL, Origin.of(API)),
        BasicAuth("login", SENTINEL, Origin.of(API)),
        GRANT,
        OAuthAuth(GRANT, TOKEN_URL),
    ],
)
def test_reprs_never_show_secrets(thing: object) -> None:
    assert SENTINEL not in repr(thing)
    assert SENTINEL not in str(thing)


def token_route(router: respx.MockRouter, clock: Clock, lifetime: float = 3600.0) -> respx.Route:
    issued = 0

    async def issue(request: httpx.Request) -> httpx.Response:
        nonlocal issued
        issued += 1
        await anyio.sleep(0.01)  # long enough for every waiting request to pile up behind it
        return httpx.Response(
            200,
            json={
                "access_token": f"token-{issued}",
                "token_type": "bearer",
                "date_expiration_access_token": iso(clock.now + lifetime),
            },
        )

    return router.post(TOKEN_URL).mock(side_effect=issue)


async def test_password_grant_is_form_encoded_and_token_used() -> None:
    clock = Clock()
    loop = channel()
    with respx.mock() as router:
        tokens = token_route(router, clock)
        api = router.get(DIDS).respond(200, json={})
        await get(loop, oauth(loop, clock))
    sent = tokens.calls.last.request
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert b"grant_type=password" in sent.content and b"username=ada" in sent.content
    assert "authorization" not in sent.headers  # the token request carries no credential header
    assert api.calls.last.request.headers["Authorization"] == "Bearer token-1"


async def test_a_thousand_calls_on_an_expired_token_cause_one_token_request() -> None:
    clock = Clock()
    loop = channel()
    auth = oauth(loop, clock)
    with respx.mock() as router:
        tokens = token_route(router, clock)
        api = router.get(DIDS).respond(200, json={})
        await get(loop, auth)
        clock.now += 7200  # the first token has expired

        async def call() -> None:
            await get(loop, auth)

        async with anyio.create_task_group() as group:
            for _ in range(1000):
                group.start_soon(call)
    assert tokens.call_count == 2
    assert auth.token_requests == 2
    assert api.call_count == 1001
    assert {call.request.headers["Authorization"] for call in api.calls[1:]} == {"Bearer token-2"}


async def test_token_is_renewed_before_it_expires() -> None:
    clock = Clock()
    loop = channel()
    auth = oauth(loop, clock, refresh_margin=60)
    with respx.mock() as router:
        tokens = token_route(router, clock, lifetime=100)
        router.get(DIDS).respond(200, json={})
        await get(loop, auth)
        clock.now += 30  # still 70 s left: no renewal
        await get(loop, auth)
        clock.now += 20  # 50 s left, inside the margin: renew
        await get(loop, auth)
    assert tokens.call_count == 2


async def test_a_401_renews_once_and_concurrent_401s_share_the_renewal() -> None:
    clock = Clock()
    loop = channel()
    auth = oauth(loop, clock)

    def api(request: httpx.Request) -> httpx.Response:
        # The server revoked token-1 behind the client's back.
        ok = request.headers["Authorization"] != "Bearer token-1"
        return httpx.Response(200 if ok else 401, json={} if ok else {"message": "bad token"})

    with respx.mock() as router:
        tokens = token_route(router, clock)
        route = router.get(DIDS).mock(side_effect=api)
        first = await get(loop, auth)
        assert first.status_code == 200
        statuses: list[int] = []

        async def call() -> None:
            statuses.append((await get(loop, auth)).status_code)

        async with anyio.create_task_group() as group:
            for _ in range(100):
                group.start_soon(call)
    assert tokens.call_count == 2
    assert statuses == [200] * 100
    assert route.call_count == 102  # one 401, then every call with token-2


async def test_a_401_with_a_fresh_token_is_kept_not_retried_forever() -> None:
    clock = Clock()
    loop = channel()
    auth = oauth(loop, clock)
    with respx.mock() as router:
        tokens = token_route(router, clock)
        route = router.get(DIDS).respond(401, json={"message": "no"})
        answer = await get(loop, auth)
    assert answer.status_code == 401
    assert route.call_count == 2  # the first token, then the renewed one; then the 401 stands
    assert tokens.call_count == 2


async def test_a_rejected_grant_raises_authentication_error_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    loop = channel()
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL).respond(401, json={"message": "bad credentials"})
        api = router.get(DIDS).respond(200, json={})
        with pytest.raises(AuthenticationError) as caught:
            await get(loop, oauth(loop, Clock()))
    assert not api.called
    assert caught.value.operation == "generate_oauth_bearer_token"
    assert SENTINEL not in str(caught.value)
    assert SENTINEL not in repr(caught.value.response)
    assert SENTINEL not in caplog.text
