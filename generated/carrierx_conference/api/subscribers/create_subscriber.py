"""Create Subscriber: `POST /subscribers`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.subscriber import Subscriber
from carrierx_conference.models.subscriber_create import SubscriberCreate, SubscriberCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: SubscriberCreate | SubscriberCreateParams,
) -> rt.Request:
    """Create Subscriber. Create a subscriber.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/subscribers",
        rt.query(),
        *rt.json_body(SubscriberCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Subscriber:
    """The typed answer of `create_subscriber`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Subscriber.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: SubscriberCreate | SubscriberCreateParams,
) -> Subscriber:
    """Send `create_subscriber` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
