"""Delete DID Line Information: `DELETE /phonenumber/dids/{did_sid}/line_information`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_sid: str,
) -> rt.Request:
    """Delete DID Line Information. Removes the line information of a DID.

    Args:
        did_sid: The DID secure ID.
    """
    return rt.Request(
        "DELETE",
        f"/phonenumber/dids/{rt.segment('did_sid', did_sid)}/line_information",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_did_line_information`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    did_sid: str,
) -> None:
    """Send `delete_did_line_information` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
