"""Delete Partner: `DELETE /partners/{partner_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    partner_sid: str,
) -> rt.Request:
    """Delete Partner. Deletes a partner.

    Args:
        partner_sid: Partner secure ID.
    """
    return rt.Request(
        "DELETE",
        f"/partners/{rt.segment('partner_sid', partner_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_partner`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    partner_sid: str,
) -> None:
    """Send `delete_partner` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        partner_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
