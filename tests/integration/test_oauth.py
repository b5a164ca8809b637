"""Bearer tokens: fixed ones, tokens issued by /oauth/token, expiry and revocation."""

from __future__ import annotations

import datetime

import httpx
import pytest
from carrierx_core.models.o_auth_revoke_request import OAuthRevokeRequest

from carrierx_async import AuthenticationError, CarrierX, OAuthPasswordGrant, RetryPolicy
from carrierx_async.testing import FakeCarrierX, OAuthCredentials

from .conftest import BASE_URL

GRANT = OAuthPasswordGrant(
    client_id="test-client", client_secret="test-secret", username="test-user", password="test-password"
)
FORM = {
    "grant_type": "password",
    "client_id": "test-client",
    "client_secret": "test-secret",
    "username": "test-user",
    "password": "test-password",
}


def client(app: FakeCarrierX, *, token: str | None = None, oauth: OAuthPasswordGrant | None = None) -> CarrierX:
    return CarrierX(
        token=token, oauth=oauth, base_url=BASE_URL, transport=httpx.ASGITransport(app=app), retry=RetryPolicy.none()
    )


# Regression: the token URL once lost its /v2 (".../core/oauth/token") and every OAuth client got 404.
async def test_the_facade_gets_a_token_with_the_password_grant(app: FakeCarrierX) -> None:
    async with client(app, oauth=GRANT) as cx:
        await cx.core.endpoints.get_endpoints()
        tokens = await cx.core.oauth.get_all_active_oauth_tokens()
    assert app.counters["tokens_issued"] == 1
    issued = [token for token in tokens.items or [] if token.name == "oauth token"]
    assert len(issued) == 1 and issued[0].token_type == "bearer" and issued[0].date_expiration_access_token


async def test_wrong_oauth_credentials_are_refused() -> None:
    app = FakeCarrierX(oauth=OAuthCredentials(client_id="c", client_secret="s", username="u", password="p"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as raw:
        answer = await raw.post("/core/v2/oauth/token", data=FORM)
    assert answer.status_code == 401 and answer.json()["message"] == "Bad credentials"
    assert app.counters["tokens_issued"] == 0


async def test_the_token_answer_and_grant_type(app: FakeCarrierX) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as raw:
        answer = await raw.post("/core/v2/oauth/token", data=FORM)
        assert answer.status_code == 200
        token = answer.json()
        assert token["token_type"] == "bearer" and token["access_token"]
        assert datetime.datetime.fromisoformat(token["date_expiration_access_token"]) > datetime.datetime.now(
            datetime.UTC
        )
        usable = await raw.get("/core/v2/endpoints", headers={"Authorization": f"Bearer {token['access_token']}"})
        assert usable.status_code == 200
        wrong_grant = await raw.post("/core/v2/oauth/token", data={**FORM, "grant_type": "client_credentials"})
        assert wrong_grant.status_code == 400
        as_json = await raw.post("/core/v2/oauth/token", json=FORM)
        assert as_json.status_code == 415


async def test_issued_tokens_expire() -> None:
    now = [datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)]
    app = FakeCarrierX(token_lifetime=60, clock=lambda: now[0])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as raw:
        token = (await raw.post("/core/v2/oauth/token", data=FORM)).json()
        assert token["date_expiration_access_token"] == "2030-01-01T00:01:00.000Z"
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        assert (await raw.get("/core/v2/endpoints", headers=headers)).status_code == 200
        now[0] += datetime.timedelta(seconds=61)
        assert (await raw.get("/core/v2/endpoints", headers=headers)).status_code == 401
        short = (await raw.post("/core/v2/oauth/token", data={**FORM, "access_token_expires_in": "5"})).json()
        assert short["date_expiration_access_token"] == "2030-01-01T00:01:06.000Z"


async def test_a_revoked_token_is_renewed_once_by_the_facade(app: FakeCarrierX) -> None:
    async with client(app, oauth=GRANT) as cx:
        await cx.core.endpoints.get_endpoints()
        # Revoking without naming a token revokes the one that authorised the call.
        await cx.core.oauth.revoke_oauth_token()
        await cx.core.endpoints.get_endpoints()
    assert app.counters["tokens_issued"] == 2


async def test_a_revoked_fixed_token_stops_working(app: FakeCarrierX) -> None:
    app.add_token("other-token")
    async with client(app, token="other-token") as other:
        await other.core.oauth.revoke_oauth_token()  # revokes itself
        with pytest.raises(AuthenticationError):
            await other.core.endpoints.get_endpoints()
    async with client(app, token="test-token") as cx:
        await cx.core.oauth.revoke_oauth_token(body=OAuthRevokeRequest(token="test-token"))
        with pytest.raises(AuthenticationError):
            await cx.core.endpoints.get_endpoints()
