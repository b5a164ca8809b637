"""Update Partner Login: `PATCH /oauth/logins/{login_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.partner_login import PartnerLogin
from carrierx_core.models.partner_login_update import PartnerLoginUpdate, PartnerLoginUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    login_sid: str,
    *,
    body: PartnerLoginUpdate | PartnerLoginUpdateParams,
) -> rt.Request:
    """Update Partner Login. Changes the password of an additional login.

    Args:
        login_sid: Partner login secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/oauth/logins/{rt.segment('login_sid', login_sid)}",
        rt.query(),
        *rt.json_body(PartnerLoginUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PartnerLogin:
    """The typed answer of `update_partner_login`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PartnerLogin.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    login_sid: str,
    *,
    body: PartnerLoginUpdate | PartnerLoginUpdateParams,
) -> PartnerLogin:
    """Send `update_partner_login` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        login_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
