"""Update OAuth Token: `PATCH /oauth/tokens/{token_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.o_auth_token import OAuthToken
from carrierx_core.models.o_auth_token_update import OAuthTokenUpdate, OAuthTokenUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    token_sid: str,
    *,
    body: OAuthTokenUpdate | OAuthTokenUpdateParams,
) -> rt.Request:
    """Update OAuth Token. Changes the given fields of a token.

    Args:
        token_sid: OAuth token secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/oauth/tokens/{rt.segment('token_sid', token_sid)}",
        rt.query(),
        *rt.json_body(OAuthTokenUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> OAuthToken:
    """The typed answer of `update_oauth_token`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return OAuthToken.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    token_sid: str,
    *,
    body: OAuthTokenUpdate | OAuthTokenUpdateParams,
) -> OAuthToken:
    """Send `update_oauth_token` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        token_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
