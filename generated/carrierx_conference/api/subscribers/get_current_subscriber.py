"""Get Current Subscriber: `GET /subscribers/whoami`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference.models.subscriber import Subscriber, SubscriberFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    include_fields: str | Fields[SubscriberFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[SubscriberFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Current Subscriber. Return the subscriber the credentials belong to. `whoami` is a literal path segment, not a
    subscriber SID.

    Args:
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        "/subscribers/whoami",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Subscriber.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Subscriber.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Subscriber:
    """The typed answer of `get_current_subscriber`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Subscriber.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    include_fields: str | Fields[SubscriberFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[SubscriberFieldName] | Unset = UNSET,
) -> Subscriber:
    """Send `get_current_subscriber` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
