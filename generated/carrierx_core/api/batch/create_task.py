"""Create Task: `POST /batch/tasks`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.batch_task import BatchTask
from carrierx_core.models.batch_task_create import BatchTaskCreate, BatchTaskCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: BatchTaskCreate | BatchTaskCreateParams,
) -> rt.Request:
    """Create Task. Creates a batch task that adds, changes or deletes many objects at once.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/batch/tasks",
        rt.query(),
        *rt.json_body(BatchTaskCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> BatchTask:
    """The typed answer of `create_task`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return BatchTask.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: BatchTaskCreate | BatchTaskCreateParams,
) -> BatchTask:
    """Send `create_task` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
