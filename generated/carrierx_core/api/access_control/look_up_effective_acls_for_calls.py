from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_control_effective_acl_list import AccessControlEffectiveAclList
from ...models.access_control_list_direction import AccessControlListDirection
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    direction: AccessControlListDirection | Unset = UNSET,
    partner_sid: str | Unset = UNSET,
    trunk_group_sid: str | Unset = UNSET,
    trunk_sid: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["partner_sid"] = partner_sid

    params["trunk_group_sid"] = trunk_group_sid

    params["trunk_sid"] = trunk_sid

    params["include_fields"] = include_fields

    params["exclude_fields"] = exclude_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accesscontrol/effective_acl/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessControlEffectiveAclList | Error | None:
    if response.status_code == 200:
        response_200 = AccessControlEffectiveAclList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessControlEffectiveAclList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    direction: AccessControlListDirection | Unset = UNSET,
    partner_sid: str | Unset = UNSET,
    trunk_group_sid: str | Unset = UNSET,
    trunk_sid: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[AccessControlEffectiveAclList | Error]:
    """Look up effective ACLs for Calls

     Lists the access control lists that apply to calls, layer by layer, for a partner, trunk group or
    trunk.

    Args:
        direction (AccessControlListDirection | Unset): Traffic direction an access control list
            applies to.
        partner_sid (str | Unset):
        trunk_group_sid (str | Unset):
        trunk_sid (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessControlEffectiveAclList | Error]
    """

    kwargs = _get_kwargs(
        direction=direction,
        partner_sid=partner_sid,
        trunk_group_sid=trunk_group_sid,
        trunk_sid=trunk_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    direction: AccessControlListDirection | Unset = UNSET,
    partner_sid: str | Unset = UNSET,
    trunk_group_sid: str | Unset = UNSET,
    trunk_sid: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> AccessControlEffectiveAclList | Error | None:
    """Look up effective ACLs for Calls

     Lists the access control lists that apply to calls, layer by layer, for a partner, trunk group or
    trunk.

    Args:
        direction (AccessControlListDirection | Unset): Traffic direction an access control list
            applies to.
        partner_sid (str | Unset):
        trunk_group_sid (str | Unset):
        trunk_sid (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessControlEffectiveAclList | Error
    """

    return sync_detailed(
        client=client,
        direction=direction,
        partner_sid=partner_sid,
        trunk_group_sid=trunk_group_sid,
        trunk_sid=trunk_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    direction: AccessControlListDirection | Unset = UNSET,
    partner_sid: str | Unset = UNSET,
    trunk_group_sid: str | Unset = UNSET,
    trunk_sid: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[AccessControlEffectiveAclList | Error]:
    """Look up effective ACLs for Calls

     Lists the access control lists that apply to calls, layer by layer, for a partner, trunk group or
    trunk.

    Args:
        direction (AccessControlListDirection | Unset): Traffic direction an access control list
            applies to.
        partner_sid (str | Unset):
        trunk_group_sid (str | Unset):
        trunk_sid (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessControlEffectiveAclList | Error]
    """

    kwargs = _get_kwargs(
        direction=direction,
        partner_sid=partner_sid,
        trunk_group_sid=trunk_group_sid,
        trunk_sid=trunk_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    direction: AccessControlListDirection | Unset = UNSET,
    partner_sid: str | Unset = UNSET,
    trunk_group_sid: str | Unset = UNSET,
    trunk_sid: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> AccessControlEffectiveAclList | Error | None:
    """Look up effective ACLs for Calls

     Lists the access control lists that apply to calls, layer by layer, for a partner, trunk group or
    trunk.

    Args:
        direction (AccessControlListDirection | Unset): Traffic direction an access control list
            applies to.
        partner_sid (str | Unset):
        trunk_group_sid (str | Unset):
        trunk_sid (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessControlEffectiveAclList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            direction=direction,
            partner_sid=partner_sid,
            trunk_group_sid=trunk_group_sid,
            trunk_sid=trunk_sid,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
        )
    ).parsed
