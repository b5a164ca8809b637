"""Create Application to Send Push Notifications: `POST /push/applications`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.push_application import PushApplication
from carrierx_core.models.push_application_create import PushApplicationCreate, PushApplicationCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: PushApplicationCreate | PushApplicationCreateParams,
) -> rt.Request:
    """Create Application to Send Push Notifications. Registers an application (Apple and/or Google credentials) for sending push notifications.

    Args:
        body: Application fields; an empty object is allowed.
    """
    return rt.Request(
        "POST",
        "/push/applications",
        rt.query(),
        *rt.json_body(PushApplicationCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PushApplication:
    """The typed answer of `create_application`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PushApplication.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: PushApplicationCreate | PushApplicationCreateParams,
) -> PushApplication:
    """Send `create_application` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
