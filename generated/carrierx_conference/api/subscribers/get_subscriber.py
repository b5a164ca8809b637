"""Get Subscriber by SID: `GET /subscribers/{sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference.models.subscriber import Subscriber, SubscriberFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    *,
    include_fields: str | Fields[SubscriberFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[SubscriberFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Subscriber by SID. Return one subscriber.

    Args:
        sid: The subscriber identifier (not a UUID).
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/subscribers/{rt.segment('sid', sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Subscriber.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Subscriber.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Subscriber:
    """The typed answer of `get_subscriber`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Subscriber.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    *,
    include_fields: str | Fields[SubscriberFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[SubscriberFieldName] | Unset = UNSET,
) -> Subscriber:
    """Send `get_subscriber` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
