"""Get Partner Login by SID: `GET /oauth/logins/{login_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.partner_login import PartnerLogin, PartnerLoginFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    login_sid: str,
    *,
    include_fields: str | Fields[PartnerLoginFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PartnerLoginFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Partner Login by SID. Returns one additional login.

    Args:
        login_sid: Partner login secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/oauth/logins/{rt.segment('login_sid', login_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, PartnerLogin.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, PartnerLogin.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PartnerLogin:
    """The typed answer of `get_partner_login`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PartnerLogin.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    login_sid: str,
    *,
    include_fields: str | Fields[PartnerLoginFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PartnerLoginFieldName] | Unset = UNSET,
) -> PartnerLogin:
    """Send `get_partner_login` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        login_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
