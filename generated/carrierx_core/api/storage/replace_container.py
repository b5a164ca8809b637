"""Update Container: `PUT /storage/containers/{container_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.storage_container import StorageContainer
from carrierx_core.models.storage_container_update import StorageContainerUpdate, StorageContainerUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    container_sid: str,
    *,
    body: StorageContainerUpdate | StorageContainerUpdateParams,
) -> rt.Request:
    """Update Container. Replaces a whole container; read-only fields stay as they are.

    Args:
        container_sid: SID of the container.
        body: The fields to send.
    """
    return rt.Request(
        "PUT",
        f"/storage/containers/{rt.segment('container_sid', container_sid)}",
        rt.query(),
        *rt.json_body(StorageContainerUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> StorageContainer:
    """The typed answer of `replace_container`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return StorageContainer.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    container_sid: str,
    *,
    body: StorageContainerUpdate | StorageContainerUpdateParams,
) -> StorageContainer:
    """Send `replace_container` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        container_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
