"""Revoke OAuth Token: `POST /oauth/revoke`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.o_auth_revoke_request import OAuthRevokeRequest, OAuthRevokeRequestParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: OAuthRevokeRequest | OAuthRevokeRequestParams | Unset = UNSET,
) -> rt.Request:
    """Revoke OAuth Token. Revokes a token; without `token`, the token used for this call is revoked.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/oauth/revoke",
        rt.query(),
        *rt.form_body(OAuthRevokeRequest, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `revoke_oauth_token`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: OAuthRevokeRequest | OAuthRevokeRequestParams | Unset = UNSET,
) -> None:
    """Send `revoke_oauth_token` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
