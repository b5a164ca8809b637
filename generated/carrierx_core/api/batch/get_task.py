"""Get Task by SID: `GET /batch/tasks/{task_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.batch_task import BatchTask, BatchTaskFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    task_sid: str,
    *,
    include_fields: str | Fields[BatchTaskFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[BatchTaskFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Task by SID. Returns one batch task.

    Args:
        task_sid: Secure ID of the task.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/batch/tasks/{rt.segment('task_sid', task_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, BatchTask.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, BatchTask.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> BatchTask:
    """The typed answer of `get_task`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return BatchTask.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    task_sid: str,
    *,
    include_fields: str | Fields[BatchTaskFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[BatchTaskFieldName] | Unset = UNSET,
) -> BatchTask:
    """Send `get_task` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        task_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
