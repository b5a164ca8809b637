"""Delete Container: `DELETE /storage/containers/{container_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    container_sid: str,
) -> rt.Request:
    """Delete Container. Deletes a container.

    Args:
        container_sid: SID of the container.
    """
    return rt.Request(
        "DELETE",
        f"/storage/containers/{rt.segment('container_sid', container_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_container`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    container_sid: str,
) -> None:
    """Send `delete_container` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        container_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
