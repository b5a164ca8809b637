"""Send Notification: `POST /push/notifications`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.push_notification_create import PushNotificationCreate, PushNotificationCreateParams
from carrierx_core.models.push_notification_result import PushNotificationResult

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: PushNotificationCreate | PushNotificationCreateParams,
) -> rt.Request:
    """Send Notification. Sends a push notification to up to 100 devices.

    Args:
        body: The fields to send.
    """
    return rt.Request(
        "POST",
        "/push/notifications",
        rt.query(),
        *rt.json_body(PushNotificationCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PushNotificationResult:
    """The typed answer of `send_notification`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PushNotificationResult.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: PushNotificationCreate | PushNotificationCreateParams,
) -> PushNotificationResult:
    """Send `send_notification` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
