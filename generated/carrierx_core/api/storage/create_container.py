"""Create Container: `POST /storage/containers`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.storage_container import StorageContainer
from carrierx_core.models.storage_container_create import StorageContainerCreate, StorageContainerCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: StorageContainerCreate | StorageContainerCreateParams,
) -> rt.Request:
    """Create Container. Creates a storage container.

    Args:
        body: Container fields; an empty object is allowed.
    """
    return rt.Request(
        "POST",
        "/storage/containers",
        rt.query(),
        *rt.json_body(StorageContainerCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> StorageContainer:
    """The typed answer of `create_container`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return StorageContainer.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: StorageContainerCreate | StorageContainerCreateParams,
) -> StorageContainer:
    """Send `create_container` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
