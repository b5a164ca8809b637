"""Update Binding: `PATCH /bindings/{binding_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_mediator.models.binding import Binding
from carrierx_mediator.models.binding_update import BindingUpdate, BindingUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    binding_sid: str,
    *,
    body: BindingUpdate | BindingUpdateParams,
) -> rt.Request:
    """Update Binding. Change some fields of a binding; the others keep their values.

    Args:
        binding_sid: Binding SID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/bindings/{rt.segment('binding_sid', binding_sid)}",
        rt.query(),
        *rt.json_body(BindingUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Binding:
    """The typed answer of `update_binding`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Binding.from_dict(rt.json_object(content, envelope=True))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    binding_sid: str,
    *,
    body: BindingUpdate | BindingUpdateParams,
) -> Binding:
    """Send `update_binding` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        binding_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
