"""Delete Task: `DELETE /batch/tasks/{task_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    task_sid: str,
) -> rt.Request:
    """Delete Task. Deletes a batch task.

    Args:
        task_sid: Secure ID of the task.
    """
    return rt.Request(
        "DELETE",
        f"/batch/tasks/{rt.segment('task_sid', task_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_task`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    task_sid: str,
) -> None:
    """Send `delete_task` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        task_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
