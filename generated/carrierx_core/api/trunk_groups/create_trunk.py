"""Create Trunk: `POST /trunk_groups/{trunk_group_sid}/trunks`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.trunk import Trunk
from carrierx_core.models.trunk_create import TrunkCreate, TrunkCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    trunk_group_sid: str,
    *,
    body: TrunkCreate | TrunkCreateParams,
) -> rt.Request:
    """Create Trunk. Adds a trunk to a trunk group.

    Args:
        trunk_group_sid: Secure ID of the trunk group.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        f"/trunk_groups/{rt.segment('trunk_group_sid', trunk_group_sid)}/trunks",
        rt.query(),
        *rt.json_body(TrunkCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Trunk:
    """The typed answer of `create_trunk`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Trunk.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    trunk_group_sid: str,
    *,
    body: TrunkCreate | TrunkCreateParams,
) -> Trunk:
    """Send `create_trunk` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        trunk_group_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
