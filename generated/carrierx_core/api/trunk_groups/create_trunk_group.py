"""Create Trunk Group: `POST /trunk_groups`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.trunk_group import TrunkGroup
from carrierx_core.models.trunk_group_create import TrunkGroupCreate, TrunkGroupCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: TrunkGroupCreate | TrunkGroupCreateParams,
    with_trunks: bool | Unset = UNSET,
) -> rt.Request:
    """Create Trunk Group. Creates a trunk group, optionally together with its trunks.

    Args:
        with_trunks: Also return (or, on create, also create) the trunks of the group.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/trunk_groups",
        rt.query(
            ("with_trunks", with_trunks),
        ),
        *rt.json_body(TrunkGroupCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> TrunkGroup:
    """The typed answer of `create_trunk_group`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return TrunkGroup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: TrunkGroupCreate | TrunkGroupCreateParams,
    with_trunks: bool | Unset = UNSET,
) -> TrunkGroup:
    """Send `create_trunk_group` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
        with_trunks=with_trunks,
    )
    return parse_response(*await rt.send_httpx(client, request))
