"""Get Trunk Group by SID: `GET /trunk_groups/{trunk_group_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.trunk_group import TrunkGroup, TrunkGroupFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    trunk_group_sid: str,
    *,
    include_fields: str | Fields[TrunkGroupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TrunkGroupFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
    with_trunks: bool | Unset = UNSET,
) -> rt.Request:
    """Get Trunk Group by SID. Returns one trunk group.

    Args:
        trunk_group_sid: Secure ID of the trunk group.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
        with_related: Also return the related objects. CarrierX's default: false.
        with_trunks: Also return (or, on create, also create) the trunks of the group.
    """
    return rt.Request(
        "GET",
        f"/trunk_groups/{rt.segment('trunk_group_sid', trunk_group_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, TrunkGroup.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, TrunkGroup.field_names, "exclude_fields")),
            ("with_related", with_related),
            ("with_trunks", with_trunks),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> TrunkGroup:
    """The typed answer of `get_trunk_group`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return TrunkGroup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    trunk_group_sid: str,
    *,
    include_fields: str | Fields[TrunkGroupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TrunkGroupFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
    with_trunks: bool | Unset = UNSET,
) -> TrunkGroup:
    """Send `get_trunk_group` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        trunk_group_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
        with_trunks=with_trunks,
    )
    return parse_response(*await rt.send_httpx(client, request))
