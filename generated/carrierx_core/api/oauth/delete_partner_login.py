"""Delete Partner Login: `DELETE /oauth/logins/{login_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    login_sid: str,
) -> rt.Request:
    """Delete Partner Login. Deletes an additional login.

    Args:
        login_sid: Partner login secure ID.
    """
    return rt.Request(
        "DELETE",
        f"/oauth/logins/{rt.segment('login_sid', login_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_partner_login`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    login_sid: str,
) -> None:
    """Send `delete_partner_login` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        login_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
