"""Get Trunk by SID: `GET /trunk_groups/{trunk_group_sid}/trunks/{trunk_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.trunk import Trunk, TrunkFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    trunk_group_sid: str,
    trunk_sid: str,
    *,
    include_fields: str | Fields[TrunkFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TrunkFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Trunk by SID. Returns one trunk of a trunk group.

    Args:
        trunk_group_sid: Secure ID of the trunk group.
        trunk_sid: Secure ID of the trunk.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/trunk_groups/{rt.segment('trunk_group_sid', trunk_group_sid)}/trunks/{rt.segment('trunk_sid', trunk_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Trunk.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Trunk.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Trunk:
    """The typed answer of `get_trunk`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Trunk.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    trunk_group_sid: str,
    trunk_sid: str,
    *,
    include_fields: str | Fields[TrunkFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TrunkFieldName] | Unset = UNSET,
) -> Trunk:
    """Send `get_trunk` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        trunk_group_sid,
        trunk_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
