"""Get OAuth Token by SID: `GET /oauth/tokens/{token_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.o_auth_token import OAuthToken, OAuthTokenFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    token_sid: str,
    *,
    include_fields: str | Fields[OAuthTokenFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[OAuthTokenFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> rt.Request:
    """Get OAuth Token by SID. Returns one token.

    Args:
        token_sid: OAuth token secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
        with_related: Also return the related objects. CarrierX's default: false.
    """
    return rt.Request(
        "GET",
        f"/oauth/tokens/{rt.segment('token_sid', token_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, OAuthToken.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, OAuthToken.field_names, "exclude_fields")),
            ("with_related", with_related),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> OAuthToken:
    """The typed answer of `get_oauth_token`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return OAuthToken.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    token_sid: str,
    *,
    include_fields: str | Fields[OAuthTokenFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[OAuthTokenFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> OAuthToken:
    """Send `get_oauth_token` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        token_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )
    return parse_response(*await rt.send_httpx(client, request))
