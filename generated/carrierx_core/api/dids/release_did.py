"""Release DID: `DELETE /phonenumber/dids/{did_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_sid: str,
) -> rt.Request:
    """Release DID. Gives the number back; it ages for a while and cannot be rented again at once.

    Args:
        did_sid: The DID secure ID.
    """
    return rt.Request(
        "DELETE",
        f"/phonenumber/dids/{rt.segment('did_sid', did_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `release_did`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    did_sid: str,
) -> None:
    """Send `release_did` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
