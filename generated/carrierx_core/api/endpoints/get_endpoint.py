"""Get Endpoint by SID: `GET /endpoints/{endpoint_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.endpoint import Endpoint, EndpointFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    endpoint_sid: str,
    *,
    include_fields: str | Fields[EndpointFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[EndpointFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> rt.Request:
    """Get Endpoint by SID. Returns one endpoint.

    Args:
        endpoint_sid: Endpoint secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
        with_related: Also return the related objects. CarrierX's default: false.
    """
    return rt.Request(
        "GET",
        f"/endpoints/{rt.segment('endpoint_sid', endpoint_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Endpoint.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Endpoint.field_names, "exclude_fields")),
            ("with_related", with_related),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Endpoint:
    """The typed answer of `get_endpoint`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Endpoint.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    endpoint_sid: str,
    *,
    include_fields: str | Fields[EndpointFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[EndpointFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Endpoint:
    """Send `get_endpoint` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        endpoint_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )
    return parse_response(*await rt.send_httpx(client, request))
