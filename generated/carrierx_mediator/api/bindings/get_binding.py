"""Get Binding by SID: `GET /bindings/{binding_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_mediator.models.binding import Binding, BindingFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    binding_sid: str,
    *,
    include_fields: str | Fields[BindingFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[BindingFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Binding by SID. Return one binding.

    Args:
        binding_sid: Binding SID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/bindings/{rt.segment('binding_sid', binding_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Binding.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Binding.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Binding:
    """The typed answer of `get_binding`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Binding.from_dict(rt.json_object(content, envelope=True))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    binding_sid: str,
    *,
    include_fields: str | Fields[BindingFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[BindingFieldName] | Unset = UNSET,
) -> Binding:
    """Send `get_binding` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        binding_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
