"""Delete Endpoint: `DELETE /endpoints/{endpoint_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    endpoint_sid: str,
) -> rt.Request:
    """Delete Endpoint. Deletes an endpoint. The System Gateway endpoint made with each partner should be kept.

    Args:
        endpoint_sid: Endpoint secure ID.
    """
    return rt.Request(
        "DELETE",
        f"/endpoints/{rt.segment('endpoint_sid', endpoint_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_endpoint`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    endpoint_sid: str,
) -> None:
    """Send `delete_endpoint` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        endpoint_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
