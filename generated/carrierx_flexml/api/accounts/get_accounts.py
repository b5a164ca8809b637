"""Get Accounts: `GET /accounts`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_flexml.models.account import Account, AccountFieldName
from carrierx_flexml.models.account_list import AccountList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[AccountFieldName] | Unset = UNSET,
    order: str | Order[AccountFieldName] | Unset = UNSET,
    include_fields: str | Fields[AccountFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccountFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Accounts. List the accounts visible with these credentials (the endpoint's own account).

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
        "/accounts",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, Account.field_names, "filter")),
            ("order", rt.checked_fields(order, Account.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, Account.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Account.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> AccountList:
    """The typed answer of `get_accounts`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return AccountList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[AccountFieldName] | Unset = UNSET,
    order: str | Order[AccountFieldName] | Unset = UNSET,
    include_fields: str | Fields[AccountFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccountFieldName] | Unset = UNSET,
) -> AccountList:
    """Send `get_accounts` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
