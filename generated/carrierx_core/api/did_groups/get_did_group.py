from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.did_group import DidGroup
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    did_group_sid: str,
    *,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_fields"] = include_fields

    params["exclude_fields"] = exclude_fields

    params["with_related"] = with_related

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/phonenumber/did_groups/{did_group_sid}".format(
            did_group_sid=quote(str(did_group_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DidGroup | Error | None:
    if response.status_code == 200:
        response_200 = DidGroup.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DidGroup | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    did_group_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Response[DidGroup | Error]:
    """Get DID Group by SID

     Returns one DID group.

    Args:
        did_group_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DidGroup | Error]
    """

    kwargs = _get_kwargs(
        did_group_sid=did_group_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    did_group_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> DidGroup | Error | None:
    """Get DID Group by SID

     Returns one DID group.

    Args:
        did_group_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DidGroup | Error
    """

    return sync_detailed(
        did_group_sid=did_group_sid,
        client=client,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    ).parsed


async def asyncio_detailed(
    did_group_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Response[DidGroup | Error]:
    """Get DID Group by SID

     Returns one DID group.

    Args:
        did_group_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DidGroup | Error]
    """

    kwargs = _get_kwargs(
        did_group_sid=did_group_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    did_group_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> DidGroup | Error | None:
    """Get DID Group by SID

     Returns one DID group.

    Args:
        did_group_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DidGroup | Error
    """

    return (
        await asyncio_detailed(
            did_group_sid=did_group_sid,
            client=client,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
            with_related=with_related,
        )
    ).parsed
