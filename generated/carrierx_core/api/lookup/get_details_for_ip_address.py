from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.ip_address_lookup import IpAddressLookup
from ...types import Response


def _get_kwargs(
    ip_address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lookup/lookup/ip_addresses/{ip_address}".format(
            ip_address=quote(str(ip_address), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IpAddressLookup | None:
    if response.status_code == 200:
        response_200 = IpAddressLookup.from_dict(response.json())

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
) -> Response[Error | IpAddressLookup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ip_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | IpAddressLookup]:
    """Get Details for IP Address

     Returns location details of an IP address.

    Args:
        ip_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IpAddressLookup]
    """

    kwargs = _get_kwargs(
        ip_address=ip_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ip_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | IpAddressLookup | None:
    """Get Details for IP Address

     Returns location details of an IP address.

    Args:
        ip_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IpAddressLookup
    """

    return sync_detailed(
        ip_address=ip_address,
        client=client,
    ).parsed


async def asyncio_detailed(
    ip_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | IpAddressLookup]:
    """Get Details for IP Address

     Returns location details of an IP address.

    Args:
        ip_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IpAddressLookup]
    """

    kwargs = _get_kwargs(
        ip_address=ip_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ip_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | IpAddressLookup | None:
    """Get Details for IP Address

     Returns location details of an IP address.

    Args:
        ip_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IpAddressLookup
    """

    return (
        await asyncio_detailed(
            ip_address=ip_address,
            client=client,
        )
    ).parsed
