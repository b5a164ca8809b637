"""Delete Application: `DELETE /push/applications/{application_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    application_sid: str,
) -> rt.Request:
    """Delete Application. Deletes a push application; its devices are removed with it.

    Args:
        application_sid: SID of the application.
    """
    return rt.Request(
        "DELETE",
        f"/push/applications/{rt.segment('application_sid', application_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_application`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    application_sid: str,
) -> None:
    """Send `delete_application` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        application_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
