"""OAuth under load: a token that expires in the middle of 1,000 concurrent calls is renewed once.

The fake server (on a loopback port) issues tokens for the password grant and rejects expired
ones with 401. OAuth clients send through httpx (the OAuth flow is an `httpx.Auth`).
"""

from __future__ import annotations

import asyncio
import datetime
import time
from collections.abc import Iterator

import pytest

from carrierx_async import CarrierX, OAuthPasswordGrant, RetryPolicy
from carrierx_async._auth import OAuthAuth
from carrierx_async.testing import FakeCarrierX, OAuthCredentials, serve

from .support import ServerGauge

CREDENTIALS = OAuthCredentials(client_id="load", client_secret="load-secret", username="loader", password="load-pw")
GRANT = OAuthPasswordGrant(
    client_id=CREDENTIALS.client_id,
    client_secret=CREDENTIALS.client_secret,
    username=CREDENTIALS.username,
    password=CREDENTIALS.password,
)
CALLS = 1_000
LIFETIME = 3_600.0  # seconds, as the server counts them


class ServerClock:
    """The fake server's clock: real time, plus however far the test has moved it on."""

    def __init__(self) -> None:
        self.ahead = datetime.timedelta()

    def __call__(self) -> datetime.datetime:
        return datetime.datetime.now(datetime.UTC) + self.ahead


@pytest.fixture
def server() -> Iterator[tuple[FakeCarrierX, ServerGauge, ServerClock, str]]:
    clock = ServerClock()
    app = FakeCarrierX(tokens=(), oauth=CREDENTIALS, token_lifetime=LIFETIME, clock=clock)
    gauge = ServerGauge(app)
    with serve(gauge) as base_url:
        yield app, gauge, clock, base_url


def oauth_of(cx: CarrierX) -> OAuthAuth:
    auth = cx.core._config.credentials
    assert isinstance(auth, OAuthAuth)
    return auth


async def test_a_token_expiring_mid_run_is_renewed_once_for_a_thousand_concurrent_calls(
    server: tuple[FakeCarrierX, ServerGauge, ServerClock, str],
) -> None:
    app, gauge, clock, base_url = server
    async with CarrierX(oauth=GRANT, base_url=base_url, retry=RetryPolicy.none()) as cx:
        sid = str((await cx.core.trunk_groups.create_trunk_group(body={"name": "g"})).trunk_group_sid)
        assert app.counters["tokens_issued"] == 1
        answered_before = gauge.finished

        async def expire_halfway() -> None:
            await gauge.until(lambda g: g.finished >= answered_before + CALLS // 2)
            clock.ahead += datetime.timedelta(seconds=LIFETIME + 1)  # the server now rejects the token

        started = time.perf_counter()
        expiry = asyncio.ensure_future(expire_halfway())
        results = await asyncio.gather(
            *(cx.core.trunk_groups.get_trunk_group(sid) for _ in range(CALLS)), return_exceptions=True
        )
        seconds = time.perf_counter() - started
        assert expiry.done()
        token_requests = oauth_of(cx).token_requests
    failures = [result for result in results if isinstance(result, BaseException)]
    rejected = app.counters[("POST", "/core/v2/oauth/token")]
    print(
        f"OAuth: {CALLS} concurrent calls in {seconds:.1f} s, token expired after {CALLS // 2} answers; "
        f"{len(failures)} failed; tokens issued {app.counters['tokens_issued']} (1 before the run), "
        f"client token requests {token_requests}; server requests {gauge.started}"
    )
    assert not failures, failures[:3]
    assert all(not isinstance(result, BaseException) and result.trunk_group_sid == sid for result in results)
    assert app.counters["tokens_issued"] == 2  # the first token, and exactly one renewal
    assert token_requests == 2 and rejected == 2
    assert gauge.started > CALLS + 2  # some calls really met the expired token and were replayed


async def test_a_short_lived_token_is_not_renewed_for_every_call() -> None:
    """A token issued for less than the 60 s refresh margin was never fresh: one token request per call."""
    app = FakeCarrierX(tokens=(), oauth=CREDENTIALS, token_lifetime=30.0)
    with serve(app) as base_url:
        async with CarrierX(oauth=GRANT, base_url=base_url) as cx:
            await asyncio.gather(*(cx.core.trunk_groups.get_trunk_groups(limit=1) for _ in range(20)))
    assert app.counters["tokens_issued"] == 1  # 20 calls well within 30 s need one token
