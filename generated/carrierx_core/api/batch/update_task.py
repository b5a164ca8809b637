"""Update Task: `PATCH /batch/tasks/{task_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.batch_task import BatchTask
from carrierx_core.models.batch_task_update import BatchTaskUpdate, BatchTaskUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    task_sid: str,
    *,
    body: BatchTaskUpdate | BatchTaskUpdateParams,
) -> rt.Request:
    """Update Task. Changes the given fields of a task, typically its status to approve or cancel it.

    Args:
        task_sid: Secure ID of the task.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/batch/tasks/{rt.segment('task_sid', task_sid)}",
        rt.query(),
        *rt.json_body(BatchTaskUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> BatchTask:
    """The typed answer of `update_task`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return BatchTask.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    task_sid: str,
    *,
    body: BatchTaskUpdate | BatchTaskUpdateParams,
) -> BatchTask:
    """Send `update_task` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        task_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
