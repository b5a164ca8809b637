from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.prefix import Prefix
from ...types import UNSET, Response, Unset


def _get_kwargs(
    prefix_sid: str,
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
        "url": "/phonenumber/prefixes/{prefix_sid}".format(
            prefix_sid=quote(str(prefix_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Prefix | None:
    if response.status_code == 200:
        response_200 = Prefix.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Prefix]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    prefix_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Response[Error | Prefix]:
    """Get Prefix by SID

     Returns one routing prefix.

    Args:
        prefix_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Prefix]
    """

    kwargs = _get_kwargs(
        prefix_sid=prefix_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prefix_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Error | Prefix | None:
    """Get Prefix by SID

     Returns one routing prefix.

    Args:
        prefix_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Prefix
    """

    return sync_detailed(
        prefix_sid=prefix_sid,
        client=client,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    ).parsed


async def asyncio_detailed(
    prefix_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Response[Error | Prefix]:
    """Get Prefix by SID

     Returns one routing prefix.

    Args:
        prefix_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Prefix]
    """

    kwargs = _get_kwargs(
        prefix_sid=prefix_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prefix_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Error | Prefix | None:
    """Get Prefix by SID

     Returns one routing prefix.

    Args:
        prefix_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Prefix
    """

    return (
        await asyncio_detailed(
            prefix_sid=prefix_sid,
            client=client,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
            with_related=with_related,
        )
    ).parsed
