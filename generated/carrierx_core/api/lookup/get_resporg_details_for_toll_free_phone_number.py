from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.resp_org_lookup import RespOrgLookup
from ...types import Response


def _get_kwargs(
    tollfree_phonenumber: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lookup/toll_free/{tollfree_phonenumber}".format(
            tollfree_phonenumber=quote(str(tollfree_phonenumber), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RespOrgLookup | None:
    if response.status_code == 200:
        response_200 = RespOrgLookup.from_dict(response.json())

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
) -> Response[Error | RespOrgLookup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tollfree_phonenumber: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RespOrgLookup]:
    """Get RespOrg Details for Toll-free Phone Number

     Returns the RespOrg of a toll-free number.

    Args:
        tollfree_phonenumber (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RespOrgLookup]
    """

    kwargs = _get_kwargs(
        tollfree_phonenumber=tollfree_phonenumber,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tollfree_phonenumber: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RespOrgLookup | None:
    """Get RespOrg Details for Toll-free Phone Number

     Returns the RespOrg of a toll-free number.

    Args:
        tollfree_phonenumber (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RespOrgLookup
    """

    return sync_detailed(
        tollfree_phonenumber=tollfree_phonenumber,
        client=client,
    ).parsed


async def asyncio_detailed(
    tollfree_phonenumber: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RespOrgLookup]:
    """Get RespOrg Details for Toll-free Phone Number

     Returns the RespOrg of a toll-free number.

    Args:
        tollfree_phonenumber (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RespOrgLookup]
    """

    kwargs = _get_kwargs(
        tollfree_phonenumber=tollfree_phonenumber,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tollfree_phonenumber: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RespOrgLookup | None:
    """Get RespOrg Details for Toll-free Phone Number

     Returns the RespOrg of a toll-free number.

    Args:
        tollfree_phonenumber (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RespOrgLookup
    """

    return (
        await asyncio_detailed(
            tollfree_phonenumber=tollfree_phonenumber,
            client=client,
        )
    ).parsed
