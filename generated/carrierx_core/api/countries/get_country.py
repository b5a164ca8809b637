"""Get Country by ISO Code: `GET /countries/{country_code}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.country import Country, CountryFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    country_code: str,
    *,
    include_fields: str | Fields[CountryFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CountryFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Country by ISO Code. Returns the country with this alpha-3 code.

    Args:
        country_code: ISO 3166-1 alpha-3 country code.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/countries/{rt.segment('country_code', country_code)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Country.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Country.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Country:
    """The typed answer of `get_country`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Country.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    country_code: str,
    *,
    include_fields: str | Fields[CountryFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CountryFieldName] | Unset = UNSET,
) -> Country:
    """Send `get_country` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        country_code,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
