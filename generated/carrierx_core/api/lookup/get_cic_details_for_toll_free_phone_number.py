"""Get CIC Details for Toll-free Phone Number: `GET /lookup/toll_free/{tollfree_phonenumber}/{calling_number}/{lata}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.cic_lookup import CicLookup, CicLookupFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    tollfree_phonenumber: str,
    calling_number: str,
    lata: str,
    *,
    cic: bool | Unset = UNSET,
    resporg: bool | Unset = UNSET,
    include_fields: str | Fields[CicLookupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CicLookupFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get CIC Details for Toll-free Phone Number. Returns the CIC, and optionally the RespOrg, serving a toll-free number for a given caller and
    LATA.

    Args:
        tollfree_phonenumber: The toll-free number to look up.
        calling_number: The number placing the call to the toll-free number.
        lata: LATA (Local Access and Transport Area) code where the call originates.
        cic: Look up the CIC.
        resporg: Also look up the RespOrg ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/lookup/toll_free/{rt.segment('tollfree_phonenumber', tollfree_phonenumber)}/{rt.segment('calling_number', calling_number)}/{rt.segment('lata', lata)}",
        rt.query(
            ("cic", cic),
            ("resporg", resporg),
            ("include_fields", rt.checked_fields(include_fields, CicLookup.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, CicLookup.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> CicLookup:
    """The typed answer of `get_cic_details_for_toll_free_phone_number`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return CicLookup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    tollfree_phonenumber: str,
    calling_number: str,
    lata: str,
    *,
    cic: bool | Unset = UNSET,
    resporg: bool | Unset = UNSET,
    include_fields: str | Fields[CicLookupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CicLookupFieldName] | Unset = UNSET,
) -> CicLookup:
    """Send `get_cic_details_for_toll_free_phone_number` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        tollfree_phonenumber,
        calling_number,
        lata,
        cic=cic,
        resporg=resporg,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
