"""Get Batch Task Error Details: `GET /batch/tasks/{task_sid}/errors`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.batch_task_error_detail_list import BatchTaskErrorDetailList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    task_sid: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> rt.Request:
    """Get Batch Task Error Details. Returns the errors of the objects a task failed to process.

    Args:
        task_sid: Secure ID of the task.
        limit: How many items one page holds (default 10, at most 1000).
        offset: How many items to skip. Cannot be combined with `after`/`before` (CarrierX's default:
            0).
    """
    return rt.Request(
        "GET",
        f"/batch/tasks/{rt.segment('task_sid', task_sid)}/errors",
        rt.query(
            ("limit", limit),
            ("offset", offset),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> BatchTaskErrorDetailList:
    """The typed answer of `get_batch_task_error_details`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return BatchTaskErrorDetailList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    task_sid: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> BatchTaskErrorDetailList:
    """Send `get_batch_task_error_details` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        task_sid,
        limit=limit,
        offset=offset,
    )
    return parse_response(*await rt.send_httpx(client, request))
