"""Generate OAuth Bearer Token for Sub-partner: `POST /oauth/token/{partner_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.o_auth_sub_partner_token_request import (
    OAuthSubPartnerTokenRequest,
    OAuthSubPartnerTokenRequestParams,
)
from carrierx_core.models.o_auth_token import OAuthToken

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    partner_sid: str,
    *,
    body: OAuthSubPartnerTokenRequest | OAuthSubPartnerTokenRequestParams,
) -> rt.Request:
    """Generate OAuth Bearer Token for Sub-partner. Issues an access token for a sub-partner.

    Args:
        partner_sid: Sub-partner secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        f"/oauth/token/{rt.segment('partner_sid', partner_sid)}",
        rt.query(),
        *rt.form_body(OAuthSubPartnerTokenRequest, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> OAuthToken:
    """The typed answer of `generate_oauth_bearer_token_for_sub_partner`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return OAuthToken.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    partner_sid: str,
    *,
    body: OAuthSubPartnerTokenRequest | OAuthSubPartnerTokenRequestParams,
) -> OAuthToken:
    """Send `generate_oauth_bearer_token_for_sub_partner` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        partner_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
