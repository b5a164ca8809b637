"""Generate OAuth Bearer Token: `POST /oauth/token`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.o_auth_token import OAuthToken
from carrierx_core.models.o_auth_token_request import OAuthTokenRequest, OAuthTokenRequestParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: OAuthTokenRequest | OAuthTokenRequestParams,
) -> rt.Request:
    """Generate OAuth Bearer Token. Issues an access token for the partner from client credentials and the partner login.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/oauth/token",
        rt.query(),
        *rt.form_body(OAuthTokenRequest, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> OAuthToken:
    """The typed answer of `generate_oauth_bearer_token`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return OAuthToken.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: OAuthTokenRequest | OAuthTokenRequestParams,
) -> OAuthToken:
    """Send `generate_oauth_bearer_token` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
