"""Update Subscriber: `PUT /subscribers/{sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.subscriber import Subscriber
from carrierx_conference.models.subscriber_update import SubscriberUpdate, SubscriberUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    *,
    body: SubscriberUpdate | SubscriberUpdateParams,
) -> rt.Request:
    """Update Subscriber. Change a subscriber; only the fields sent change.

    Args:
        sid: The subscriber identifier (not a UUID).
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/subscribers/{rt.segment('sid', sid)}",
        rt.query(),
        *rt.json_body(SubscriberUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Subscriber:
    """The typed answer of `update_subscriber`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Subscriber.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    *,
    body: SubscriberUpdate | SubscriberUpdateParams,
) -> Subscriber:
    """Send `update_subscriber` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
