"""Get Container by SID: `GET /storage/containers/{container_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.storage_container import StorageContainer, StorageContainerFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    container_sid: str,
    *,
    include_fields: str | Fields[StorageContainerFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[StorageContainerFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Container by SID. Returns one container.

    Args:
        container_sid: SID of the container.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/storage/containers/{rt.segment('container_sid', container_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, StorageContainer.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, StorageContainer.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> StorageContainer:
    """The typed answer of `get_container`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return StorageContainer.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    container_sid: str,
    *,
    include_fields: str | Fields[StorageContainerFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[StorageContainerFieldName] | Unset = UNSET,
) -> StorageContainer:
    """Send `get_container` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        container_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
