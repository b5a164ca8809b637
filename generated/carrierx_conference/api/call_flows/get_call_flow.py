"""Get Call Flow by ID: `GET /callFlows/{id}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference.models.call_flow import CallFlow, CallFlowFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    id: int | str,
    *,
    include_fields: str | Fields[CallFlowFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CallFlowFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Call Flow by ID. Return one call flow.

    Args:
        id: The call flow ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/callFlows/{rt.segment('id', id)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, CallFlow.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, CallFlow.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> CallFlow:
    """The typed answer of `get_call_flow`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return CallFlow.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    id: int | str,
    *,
    include_fields: str | Fields[CallFlowFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CallFlowFieldName] | Unset = UNSET,
) -> CallFlow:
    """Send `get_call_flow` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        id,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
