"""Update Trunk: `PUT /trunk_groups/{trunk_group_sid}/trunks/{trunk_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.trunk import Trunk
from carrierx_core.models.trunk_update import TrunkUpdate, TrunkUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    trunk_group_sid: str,
    trunk_sid: str,
    *,
    body: TrunkUpdate | TrunkUpdateParams,
) -> rt.Request:
    """Update Trunk. Replaces the updatable fields of a trunk with the whole object sent.

    Args:
        trunk_group_sid: Secure ID of the trunk group.
        trunk_sid: Secure ID of the trunk.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/trunk_groups/{rt.segment('trunk_group_sid', trunk_group_sid)}/trunks/{rt.segment('trunk_sid', trunk_sid)}",
        rt.query(),
        *rt.json_body(TrunkUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Trunk:
    """The typed answer of `replace_trunk`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Trunk.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    trunk_group_sid: str,
    trunk_sid: str,
    *,
    body: TrunkUpdate | TrunkUpdateParams,
) -> Trunk:
    """Send `replace_trunk` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        trunk_group_sid,
        trunk_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
