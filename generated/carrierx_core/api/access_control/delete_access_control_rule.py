"""Delete Access Control Rule: `DELETE /accesscontrol/rules/{rule_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    rule_sid: str,
) -> rt.Request:
    """Delete Access Control Rule. Deletes a rule owned by the current partner (not a read-only parent rule).

    Args:
        rule_sid: Access control rule secure ID.
    """
    return rt.Request(
        "DELETE",
        f"/accesscontrol/rules/{rt.segment('rule_sid', rule_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_access_control_rule`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    rule_sid: str,
) -> None:
    """Send `delete_access_control_rule` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        rule_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
