"""Get Containers: `GET /storage/containers`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.storage_container import StorageContainer, StorageContainerFieldName
from carrierx_core.models.storage_container_list import StorageContainerList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[StorageContainerFieldName] | Unset = UNSET,
    order: str | Order[StorageContainerFieldName] | Unset = UNSET,
    include_fields: str | Fields[StorageContainerFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[StorageContainerFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Containers. Lists the containers available for uploads.

    Args:
        limit: How many items one page holds (default 10, at most 1000).
        offset: How many items to skip. Cannot be combined with `after`/`before` (CarrierX's default:
            0).
        filter_: A filter expression, `<field> <operator> <value>`, several joined with `and`.
        order: Sort order: `<field>`, `<field> asc`, `<field> desc` or `shuffle`.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        "/storage/containers",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, StorageContainer.field_names, "filter")),
            ("order", rt.checked_fields(order, StorageContainer.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, StorageContainer.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, StorageContainer.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> StorageContainerList:
    """The typed answer of `get_containers`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return StorageContainerList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[StorageContainerFieldName] | Unset = UNSET,
    order: str | Order[StorageContainerFieldName] | Unset = UNSET,
    include_fields: str | Fields[StorageContainerFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[StorageContainerFieldName] | Unset = UNSET,
) -> StorageContainerList:
    """Send `get_containers` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
