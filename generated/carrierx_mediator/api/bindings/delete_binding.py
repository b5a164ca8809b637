"""Delete Binding: `DELETE /bindings/{binding_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    binding_sid: str,
) -> rt.Request:
    """Delete Binding. Remove a binding.

    Args:
        binding_sid: Binding SID.
    """
    return rt.Request(
        "DELETE",
        f"/bindings/{rt.segment('binding_sid', binding_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_binding`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    binding_sid: str,
) -> None:
    """Send `delete_binding` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        binding_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
