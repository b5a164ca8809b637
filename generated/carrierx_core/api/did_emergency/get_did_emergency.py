"""Get DID Emergency: `GET /phonenumber/dids/{did_sid}/emergency`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.did_emergency import DidEmergency, DidEmergencyFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_sid: str,
    *,
    include_fields: str | Fields[DidEmergencyFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DidEmergencyFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get DID Emergency. Returns the emergency data of a DID.

    Args:
        did_sid: The DID secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/phonenumber/dids/{rt.segment('did_sid', did_sid)}/emergency",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, DidEmergency.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, DidEmergency.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> DidEmergency:
    """The typed answer of `get_did_emergency`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return DidEmergency.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    did_sid: str,
    *,
    include_fields: str | Fields[DidEmergencyFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DidEmergencyFieldName] | Unset = UNSET,
) -> DidEmergency:
    """Send `get_did_emergency` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
