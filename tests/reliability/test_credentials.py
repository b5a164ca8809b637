"""Credentials stay secret: never shown, never logged, never sent anywhere but the configured host.

A sentinel token, endpoint password and OAuth secrets are used throughout; each check searches
for them (and for the Basic header that encodes the password) in what a user could see or
what another host received.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import shutil
import ssl
import subprocess
import traceback
import warnings
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from carrierx_async import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    CarrierX,
    CarrierXError,
    ConfigurationError,
    OAuthPasswordGrant,
    RetryPolicy,
)
from carrierx_async._aiohttp_sender import AiohttpSender

from .support import Handler, RawServer, http_response, raw_server

TOKEN = "tok-S3NTINEL-7f3a9c"
LOGIN = "endpoint_login"
PASSWORD = "pw-S3NTINEL-41d2e8"
CLIENT_SECRET = "cs-S3NTINEL-0b77"
OAUTH_PASSWORD = "op-S3NTINEL-5e19"
BASIC = base64.b64encode(f"{LOGIN}:{PASSWORD}".encode()).decode()
SECRETS = (TOKEN, PASSWORD, BASIC, CLIENT_SECRET, OAUTH_PASSWORD, "S3NTINEL")
GRANT = OAuthPasswordGrant(client_id="cid", client_secret=CLIENT_SECRET, username="user", password=OAUTH_PASSWORD)
LOGGERS = ("carrierx_async", "httpx", "httpcore", "aiohttp", "asyncio")
PATHS: dict[str, Callable[[], dict[str, Any]]] = {
    "lean": dict,
    "httpx": lambda: {"transport": httpx.AsyncHTTPTransport()},
}


@contextlib.asynccontextmanager
async def client_of(handler: Handler, path: str) -> AsyncIterator[tuple[RawServer, CarrierX]]:
    """A raw server answering with `handler`, and a Core-token client on it taking `path`."""
    async with (
        raw_server(handler) as server,
        CarrierX(token=TOKEN, base_url=server.base_url, retry=RetryPolicy.none(), **PATHS[path]()) as cx,
    ):
        yield server, cx


def leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


def everything_shown(error: BaseException) -> str:
    """str, repr and the formatted traceback of an exception, its chain, and its attributes."""
    parts = ["".join(traceback.format_exception(error))]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current), repr(vars(current))]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every record of the client's and its transports' loggers, down to DEBUG."""
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def assert_logs_clean(logs: pytest.LogCaptureFixture) -> None:
    text = "\n".join(f"{record.getMessage()} {record.exc_text or ''} {record.__dict__!r}" for record in logs.records)
    assert logs.records, "nothing was logged: the check would prove nothing"
    assert not leaks(text), leaks(text)


# --- what an object or an error shows ----------------------------------------------------------


async def test_no_repr_or_str_of_the_client_sections_resources_or_auth_shows_a_secret() -> None:
    async with CarrierX(token=TOKEN, base_url="https://api.example.test") as cx:
        flexml = cx.flexml(LOGIN, PASSWORD)
        things: list[Any] = [
            cx,
            cx.core,
            cx.core.with_options(timeout=3, headers={"X-Job": "j"}),
            cx.core.dids,
            cx.core.dids.with_raw_response,
            cx.core.sms,
            cx.core._config,
            cx.core._config.credentials,
            flexml,
            flexml.calls,
            flexml._config,
            flexml._config.credentials,
            cx.mediator(LOGIN, PASSWORD),
            cx.conference(LOGIN, PASSWORD),
            cx.conference_v2(LOGIN, PASSWORD).accounts,
        ]
    async with CarrierX(oauth=GRANT, base_url="https://api.example.test") as oauth:
        things += [GRANT, oauth, oauth.core, oauth.core._config.credentials, oauth.core._config]
    for thing in things:
        assert not leaks(repr(thing) + str(thing)), f"{type(thing).__name__}: {thing!r}"


def test_a_base_url_with_credentials_in_it_is_refused_without_repeating_them() -> None:
    with pytest.raises(ConfigurationError) as caught:
        CarrierX(token="t", base_url=f"https://user:{PASSWORD}@api.example.test")
    assert not leaks(everything_shown(caught.value))


STATUSES = [400, 401, 403, 404, 409, 415, 422, 429, 500]


def error_answer(received: Any) -> bytes | None:
    status = int(received.target.rsplit("/", 1)[-1].partition("?")[0].removeprefix("s"))
    body = {"message": "refused", "errors": [{"field": "name", "message": "bad", "reference_sid": "r1"}]}
    return http_response(status, body, headers=(("X-Request-Id", "req-1"), ("Retry-After", "120")))


@pytest.mark.parametrize("path", PATHS)
async def test_no_error_of_any_kind_shows_a_secret_in_its_text_traceback_or_the_logs(
    path: str, logs: pytest.LogCaptureFixture
) -> None:
    errors: list[BaseException] = []

    async def collect(call: Any) -> None:
        try:
            await call
        except CarrierXError as error:
            errors.append(error)
        else:
            raise AssertionError("the call should have failed")

    async with client_of(error_answer, path) as (_, cx):
        flexml = cx.flexml(LOGIN, PASSWORD)
        for status in STATUSES:
            await collect(cx.core.dids.get_did(f"s{status}"))
            await collect(flexml.calls.get_call(f"s{status}"))
    assert [type(error).__name__ for error in errors[::2]] == [
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnsupportedMediaTypeError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
    ]

    async def hang(_: Any) -> None:
        await asyncio.Event().wait()

    async with client_of(hang, path) as (_, cx):  # never answers
        await collect(cx.core.dids.get_did("d1", timeout=0.2))
        await collect(cx.flexml(LOGIN, PASSWORD).calls.get_call("c1", timeout=0.2))
    assert isinstance(errors[-1], APITimeoutError)

    async with client_of(lambda _: http_response(200, b"{not json"), path) as (server, cx):
        await collect(cx.core.dids.get_did("d1"))
        await collect(cx.flexml(LOGIN, PASSWORD).calls.get_call("c1"))
        closed = server.base_url  # nobody listens there once the server is gone
    async with CarrierX(token=TOKEN, base_url=closed, retry=RetryPolicy.none(), **PATHS[path]()) as cx:
        await collect(cx.core.dids.get_did("d1"))
        await collect(cx.flexml(LOGIN, PASSWORD).calls.get_call("c1"))
    assert isinstance(errors[-1], APIConnectionError)

    assert len(errors) == 2 * (len(STATUSES) + 3)
    for error in errors:
        assert not leaks(everything_shown(error)), everything_shown(error)
    assert_logs_clean(logs)


async def test_oauth_errors_and_logs_show_no_secret(logs: pytest.LogCaptureFixture) -> None:
    def answer(received: Any) -> bytes:
        if received.path.endswith("/oauth/token"):
            return http_response(401, {"message": "Bad credentials"})
        return http_response(200, {"did_sid": "d1"})

    async with raw_server(answer) as server, CarrierX(oauth=GRANT, base_url=server.base_url) as cx:
        with pytest.raises(APIError) as caught:
            await cx.core.dids.get_did("d1")
    assert caught.value.operation == "generate_oauth_bearer_token"
    assert not leaks(everything_shown(caught.value))
    (token_request,) = server.received
    assert CLIENT_SECRET in token_request.body.decode()  # it was sent where it belongs, and only there
    assert_logs_clean(logs)


# --- where credentials go ------------------------------------------------------------------------


@pytest.fixture
async def elsewhere() -> AsyncIterator[RawServer]:
    """Another host on the loopback network (127.0.0.2), recording whatever reaches it."""
    async with raw_server(lambda _: http_response(200, {"did_sid": "stolen"}), host="127.0.0.2") as server:
        yield server


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("path", PATHS)
async def test_a_redirect_to_another_host_is_not_followed(elsewhere: RawServer, path: str, status: int) -> None:
    location = f"{elsewhere.base_url}/core/v2/phonenumber/dids/d1"
    answer = http_response(status, b"", headers=(("Location", location),))
    async with client_of(lambda _: answer, path) as (server, cx):
        with pytest.raises(APIStatusError) as core_error:
            await cx.core.dids.get_did("d1")
        with pytest.raises(APIStatusError):
            await cx.flexml(LOGIN, PASSWORD).calls.get_call("c1")
    assert core_error.value.status_code == status
    assert len(server.received) == 2
    assert elsewhere.received == []


async def test_a_client_of_the_callers_that_follows_redirects_sends_no_credentials_to_the_other_host(
    elsewhere: RawServer,
) -> None:
    location = f"{elsewhere.base_url}/core/v2/phonenumber/dids/d1"
    answer = http_response(302, b"", headers=(("Location", location),))
    async with (
        raw_server(lambda _: answer) as server,
        httpx.AsyncClient(follow_redirects=True) as own,
        CarrierX(token=TOKEN, base_url=server.base_url, http_client=own) as cx,
    ):
        await cx.core.dids.get_did("d1")
        await cx.flexml(LOGIN, PASSWORD).calls.get_call("c1")
    assert [request.headers["authorization"] for request in server.received] == [f"Bearer {TOKEN}", f"Basic {BASIC}"]
    assert len(elsewhere.received) == 2  # httpx followed; the credentials stayed behind
    for request in elsewhere.received:
        assert "authorization" not in request.headers
        assert not leaks(repr(request))


@pytest.mark.parametrize("path", PATHS)
async def test_a_foreign_pagination_next_is_never_requested(elsewhere: RawServer, path: str) -> None:
    foreign = f"{elsewhere.base_url}/core/v2/trunk_groups?offset=2&limit=2"

    def page(received: Any) -> bytes:
        offset = int(dict(part.split("=") for part in received.query.split("&"))["offset"])
        items = [{"trunk_group_sid": f"tg{offset + index}"} for index in range(2 if offset < 4 else 1)]
        return http_response(
            200,
            {
                "items": items,
                "count": len(items),
                "has_more": offset < 4,
                "limit": 2,
                "offset": offset,
                "total": 5,
                "pagination": {"next": foreign, "previous": foreign},
            },
        )

    async with client_of(page, path) as (server, cx):
        sids = [group.trunk_group_sid async for group in cx.core.trunk_groups.iter_trunk_groups(page_size=2)]
    assert sids == ["tg0", "tg1", "tg2", "tg3", "tg4"]
    assert [request.query for request in server.received] == [f"limit=2&offset={n}" for n in (0, 2, 4)]
    assert elsewhere.received == []


# --- TLS -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no trust store knows (made with the openssl command)."""
    openssl = shutil.which("openssl")
    assert openssl is not None, "the openssl command is needed to make a test certificate"
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
async def tls_server(self_signed: tuple[Path, Path]) -> AsyncIterator[RawServer]:
    cert, key = self_signed
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    async with raw_server(lambda _: http_response(200, {"did_sid": "d1"}), tls=context) as server:
        yield server


def https(server: RawServer) -> str:
    return server.base_url.replace("http://", "https://")


@pytest.mark.parametrize(
    "options",
    [{}, {"transport": httpx.AsyncHTTPTransport()}, {"oauth": GRANT}],
    ids=["default client", "caller's httpx transport", "OAuth client"],
)
async def test_tls_is_verified_by_default_and_nothing_is_sent_to_an_unverified_server(
    tls_server: RawServer, options: dict[str, Any]
) -> None:
    token: dict[str, Any] = {} if "oauth" in options else {"token": TOKEN}
    async with CarrierX(**token, **options, base_url=https(tls_server), retry=RetryPolicy.none()) as cx:
        with pytest.raises(APIConnectionError) as caught:
            await cx.core.dids.get_did("d1")
    assert tls_server.received == []  # the handshake failed: no request, no token, went out
    assert not leaks(everything_shown(caught.value))
    if not options:  # the lean path's own connector verifies with the default context
        assert isinstance(cx._channel._aiohttp, AiohttpSender) and cx._channel._aiohttp._verify is True


async def test_trusting_the_certificate_makes_the_same_server_work(
    tls_server: RawServer, self_signed: tuple[Path, Path]
) -> None:
    """The control for the test above: it is verification, not the server, that stopped the call."""
    trusted = ssl.create_default_context(cafile=str(self_signed[0]))
    async with CarrierX(token=TOKEN, base_url=https(tls_server), verify=trusted) as cx:
        assert (await cx.core.dids.get_did("d1")).did_sid == "d1"
    assert tls_server.received[0].headers["authorization"] == f"Bearer {TOKEN}"


async def test_turning_verification_off_warns_and_does_what_it_says(tls_server: RawServer) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cx = CarrierX(token=TOKEN, base_url=https(tls_server), verify=False)
    assert [str(warning.message) for warning in caught] == [
        "TLS certificate verification is off: anyone on the network path can read your credentials"
    ]
    assert caught[0].filename == __file__  # it points at the caller's line
    async with cx:
        assert (await cx.core.dids.get_did("d1")).did_sid == "d1"
