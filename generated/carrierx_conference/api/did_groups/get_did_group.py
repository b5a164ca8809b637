"""Get DID Group by ID: `GET /didGroups/{id}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference.models.did_group import DidGroup, DidGroupFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    id: int | str,
    *,
    include_fields: str | Fields[DidGroupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DidGroupFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get DID Group by ID. Return one DID group.

    Args:
        id: The DID group ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/didGroups/{rt.segment('id', id)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, DidGroup.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, DidGroup.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> DidGroup:
    """The typed answer of `get_did_group`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return DidGroup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    id: int | str,
    *,
    include_fields: str | Fields[DidGroupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DidGroupFieldName] | Unset = UNSET,
) -> DidGroup:
    """Send `get_did_group` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        id,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
