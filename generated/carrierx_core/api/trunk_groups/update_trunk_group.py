"""Update Trunk Group: `PATCH /trunk_groups/{trunk_group_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.trunk_group import TrunkGroup
from carrierx_core.models.trunk_group_update import TrunkGroupUpdate, TrunkGroupUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    trunk_group_sid: str,
    *,
    body: TrunkGroupUpdate | TrunkGroupUpdateParams,
) -> rt.Request:
    """Update Trunk Group. Changes the given fields of a trunk group.

    Args:
        trunk_group_sid: Secure ID of the trunk group.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/trunk_groups/{rt.segment('trunk_group_sid', trunk_group_sid)}",
        rt.query(),
        *rt.json_body(TrunkGroupUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> TrunkGroup:
    """The typed answer of `update_trunk_group`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return TrunkGroup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    trunk_group_sid: str,
    *,
    body: TrunkGroupUpdate | TrunkGroupUpdateParams,
) -> TrunkGroup:
    """Send `update_trunk_group` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        trunk_group_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
