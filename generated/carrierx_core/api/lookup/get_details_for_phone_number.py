"""Get Details for Phone Number: `GET /lookup/dids/{phonenumber}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.phonenumber_lookup import PhonenumberLookup, PhonenumberLookupFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    phonenumber: str,
    *,
    carrier: bool | Unset = UNSET,
    cnam: bool | Unset = UNSET,
    cnam_ttl: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    guess: str | Unset = UNSET,
    hlr: bool | Unset = UNSET,
    lrn: bool | Unset = UNSET,
    include_fields: str | Fields[PhonenumberLookupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PhonenumberLookupFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Details for Phone Number. Returns formats, country and optional carrier, CNAM and LRN details of a phone number.

    Args:
        phonenumber: The phone number to look up; characters other than digits and `+` are ignored.
        carrier: Include carrier details.
        cnam: Include CNAM details.
        cnam_ttl: Override the CNAM cache time-to-live.
        country_code: ISO 3166-1 alpha-3 country of the number; helps the lookup.
        guess: Optional hint for the lookup logic.
        hlr: HLR lookup flag.
        lrn: Include location routing number details.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/lookup/dids/{rt.segment('phonenumber', phonenumber)}",
        rt.query(
            ("carrier", carrier),
            ("cnam", cnam),
            ("cnam_ttl", cnam_ttl),
            ("country_code", country_code),
            ("guess", guess),
            ("hlr", hlr),
            ("lrn", lrn),
            ("include_fields", rt.checked_fields(include_fields, PhonenumberLookup.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, PhonenumberLookup.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PhonenumberLookup:
    """The typed answer of `get_details_for_phone_number`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PhonenumberLookup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    phonenumber: str,
    *,
    carrier: bool | Unset = UNSET,
    cnam: bool | Unset = UNSET,
    cnam_ttl: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    guess: str | Unset = UNSET,
    hlr: bool | Unset = UNSET,
    lrn: bool | Unset = UNSET,
    include_fields: str | Fields[PhonenumberLookupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PhonenumberLookupFieldName] | Unset = UNSET,
) -> PhonenumberLookup:
    """Send `get_details_for_phone_number` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        phonenumber,
        carrier=carrier,
        cnam=cnam,
        cnam_ttl=cnam_ttl,
        country_code=country_code,
        guess=guess,
        hlr=hlr,
        lrn=lrn,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
