"""Get Task Review Items by SID: `GET /batch/tasks/{task_sid}/review_items`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.batch_review import BatchReview

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    task_sid: str,
) -> rt.Request:
    """Get Task Review Items by SID. Returns the objects a task waiting for review would change.

    Args:
        task_sid: Secure ID of the task.
    """
    return rt.Request(
        "GET",
        f"/batch/tasks/{rt.segment('task_sid', task_sid)}/review_items",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> BatchReview:
    """The typed answer of `get_task_review_items`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return BatchReview.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    task_sid: str,
) -> BatchReview:
    """Send `get_task_review_items` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        task_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
