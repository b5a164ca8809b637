"""Download CSV of Task Review Items by SID: `GET /batch/tasks/{task_sid}/review_items.csv`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    task_sid: str,
) -> rt.Request:
    """Download CSV of Task Review Items by SID. Downloads the review items of a task as CSV.

    Args:
        task_sid: Secure ID of the task.
    """
    return rt.Request(
        "GET",
        f"/batch/tasks/{rt.segment('task_sid', task_sid)}/review_items.csv",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> bytes:
    """The typed answer of `download_task_review_items_csv`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return content
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    task_sid: str,
) -> bytes:
    """Send `download_task_review_items_csv` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        task_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
