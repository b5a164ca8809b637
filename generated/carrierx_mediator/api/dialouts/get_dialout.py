"""Get Dialout by SID: `GET /dialouts/{dialout_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_mediator.models.dialout import Dialout, DialoutFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    dialout_sid: str,
    *,
    include_fields: str | Fields[DialoutFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DialoutFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Dialout by SID. Return one scheduled dialout.

    Args:
        dialout_sid: Dialout SID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/dialouts/{rt.segment('dialout_sid', dialout_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Dialout.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Dialout.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Dialout:
    """The typed answer of `get_dialout`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Dialout.from_dict(rt.json_object(content, envelope=True))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    dialout_sid: str,
    *,
    include_fields: str | Fields[DialoutFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DialoutFieldName] | Unset = UNSET,
) -> Dialout:
    """Send `get_dialout` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        dialout_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
