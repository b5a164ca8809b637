from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cic_lookup import CicLookup
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tollfree_phonenumber: str,
    calling_number: str,
    lata: str,
    *,
    cic: bool | Unset = UNSET,
    resporg: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cic"] = cic

    params["resporg"] = resporg

    params["include_fields"] = include_fields

    params["exclude_fields"] = exclude_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lookup/toll_free/{tollfree_phonenumber}/{calling_number}/{lata}".format(
            tollfree_phonenumber=quote(str(tollfree_phonenumber), safe=""),
            calling_number=quote(str(calling_number), safe=""),
            lata=quote(str(lata), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CicLookup | Error | None:
    if response.status_code == 200:
        response_200 = CicLookup.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CicLookup | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tollfree_phonenumber: str,
    calling_number: str,
    lata: str,
    *,
    client: AuthenticatedClient | Client,
    cic: bool | Unset = UNSET,
    resporg: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[CicLookup | Error]:
    """Get CIC Details for Toll-free Phone Number

     Returns the CIC, and optionally the RespOrg, serving a toll-free number for a given caller and LATA.

    Args:
        tollfree_phonenumber (str):
        calling_number (str):
        lata (str):
        cic (bool | Unset):
        resporg (bool | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CicLookup | Error]
    """

    kwargs = _get_kwargs(
        tollfree_phonenumber=tollfree_phonenumber,
        calling_number=calling_number,
        lata=lata,
        cic=cic,
        resporg=resporg,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tollfree_phonenumber: str,
    calling_number: str,
    lata: str,
    *,
    client: AuthenticatedClient | Client,
    cic: bool | Unset = UNSET,
    resporg: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> CicLookup | Error | None:
    """Get CIC Details for Toll-free Phone Number

     Returns the CIC, and optionally the RespOrg, serving a toll-free number for a given caller and LATA.

    Args:
        tollfree_phonenumber (str):
        calling_number (str):
        lata (str):
        cic (bool | Unset):
        resporg (bool | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CicLookup | Error
    """

    return sync_detailed(
        tollfree_phonenumber=tollfree_phonenumber,
        calling_number=calling_number,
        lata=lata,
        client=client,
        cic=cic,
        resporg=resporg,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    ).parsed


async def asyncio_detailed(
    tollfree_phonenumber: str,
    calling_number: str,
    lata: str,
    *,
    client: AuthenticatedClient | Client,
    cic: bool | Unset = UNSET,
    resporg: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[CicLookup | Error]:
    """Get CIC Details for Toll-free Phone Number

     Returns the CIC, and optionally the RespOrg, serving a toll-free number for a given caller and LATA.

    Args:
        tollfree_phonenumber (str):
        calling_number (str):
        lata (str):
        cic (bool | Unset):
        resporg (bool | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CicLookup | Error]
    """

    kwargs = _get_kwargs(
        tollfree_phonenumber=tollfree_phonenumber,
        calling_number=calling_number,
        lata=lata,
        cic=cic,
        resporg=resporg,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tollfree_phonenumber: str,
    calling_number: str,
    lata: str,
    *,
    client: AuthenticatedClient | Client,
    cic: bool | Unset = UNSET,
    resporg: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> CicLookup | Error | None:
    """Get CIC Details for Toll-free Phone Number

     Returns the CIC, and optionally the RespOrg, serving a toll-free number for a given caller and LATA.

    Args:
        tollfree_phonenumber (str):
        calling_number (str):
        lata (str):
        cic (bool | Unset):
        resporg (bool | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CicLookup | Error
    """

    return (
        await asyncio_detailed(
            tollfree_phonenumber=tollfree_phonenumber,
            calling_number=calling_number,
            lata=lata,
            client=client,
            cic=cic,
            resporg=resporg,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
        )
    ).parsed
