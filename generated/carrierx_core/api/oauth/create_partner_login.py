"""Create Partner Login: `POST /oauth/logins`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.partner_login import PartnerLogin
from carrierx_core.models.partner_login_create import PartnerLoginCreate, PartnerLoginCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: PartnerLoginCreate | PartnerLoginCreateParams,
) -> rt.Request:
    """Create Partner Login. Creates an additional login for the current partner (currently used by the portal).

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/oauth/logins",
        rt.query(),
        *rt.json_body(PartnerLoginCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PartnerLogin:
    """The typed answer of `create_partner_login`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PartnerLogin.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: PartnerLoginCreate | PartnerLoginCreateParams,
) -> PartnerLogin:
    """Send `create_partner_login` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
