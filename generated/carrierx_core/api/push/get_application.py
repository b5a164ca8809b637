"""Get Application by SID: `GET /push/applications/{application_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.push_application import PushApplication, PushApplicationFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    application_sid: str,
    *,
    include_fields: str | Fields[PushApplicationFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PushApplicationFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Application by SID. Returns one push application.

    Args:
        application_sid: SID of the application.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/push/applications/{rt.segment('application_sid', application_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, PushApplication.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, PushApplication.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PushApplication:
    """The typed answer of `get_application`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PushApplication.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    application_sid: str,
    *,
    include_fields: str | Fields[PushApplicationFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PushApplicationFieldName] | Unset = UNSET,
) -> PushApplication:
    """Send `get_application` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        application_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
