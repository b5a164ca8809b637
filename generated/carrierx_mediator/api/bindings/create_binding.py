"""Create Binding: `POST /bindings`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_mediator.models.binding import Binding
from carrierx_mediator.models.binding_create import BindingCreate, BindingCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: BindingCreate | BindingCreateParams,
    fallback_country: str | Unset = UNSET,
    reuse: bool | Unset = UNSET,
) -> rt.Request:
    """Create Binding. Create a forwarding rule to `destination_did`.

    Args:
        fallback_country: Pick the redirect DID from this country when the endpoint has numbers from several; 409
            when it has none there.
        reuse: Return an existing binding with the same parameters instead of creating another.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/bindings",
        rt.query(
            ("fallback_country", fallback_country),
            ("reuse", reuse),
        ),
        *rt.json_body(BindingCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Binding:
    """The typed answer of `create_binding`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Binding.from_dict(rt.json_object(content, envelope=True))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: BindingCreate | BindingCreateParams,
    fallback_country: str | Unset = UNSET,
    reuse: bool | Unset = UNSET,
) -> Binding:
    """Send `create_binding` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
        fallback_country=fallback_country,
        reuse=reuse,
    )
    return parse_response(*await rt.send_httpx(client, request))
