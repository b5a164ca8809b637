"""Delete Domain: `DELETE /shortener/domains/{domain_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    domain_sid: str,
) -> rt.Request:
    """Delete Domain. Deletes a domain together with all its links.

    Args:
        domain_sid: SID of the domain.
    """
    return rt.Request(
        "DELETE",
        f"/shortener/domains/{rt.segment('domain_sid', domain_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_domain`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    domain_sid: str,
) -> None:
    """Send `delete_domain` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        domain_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
