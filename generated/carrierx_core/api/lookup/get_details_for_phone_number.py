from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.phonenumber_lookup import PhonenumberLookup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    phonenumber: str,
    *,
    carrier: bool | Unset = UNSET,
    cnam: bool | Unset = UNSET,
    cnam_ttl: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    guess: str | Unset = UNSET,
    hlr: bool | Unset = UNSET,
    lrn: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["carrier"] = carrier

    params["cnam"] = cnam

    params["cnam_ttl"] = cnam_ttl

    params["country_code"] = country_code

    params["guess"] = guess

    params["hlr"] = hlr

    params["lrn"] = lrn

    params["include_fields"] = include_fields

    params["exclude_fields"] = exclude_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lookup/dids/{phonenumber}".format(
            phonenumber=quote(str(phonenumber), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PhonenumberLookup | None:
    if response.status_code == 200:
        response_200 = PhonenumberLookup.from_dict(response.json())

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
) -> Response[Error | PhonenumberLookup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phonenumber: str,
    *,
    client: AuthenticatedClient | Client,
    carrier: bool | Unset = UNSET,
    cnam: bool | Unset = UNSET,
    cnam_ttl: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    guess: str | Unset = UNSET,
    hlr: bool | Unset = UNSET,
    lrn: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[Error | PhonenumberLookup]:
    """Get Details for Phone Number

     Returns formats, country and optional carrier, CNAM and LRN details of a phone number.

    Args:
        phonenumber (str):
        carrier (bool | Unset):
        cnam (bool | Unset):
        cnam_ttl (int | Unset):
        country_code (str | Unset):
        guess (str | Unset):
        hlr (bool | Unset):
        lrn (bool | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhonenumberLookup]
    """

    kwargs = _get_kwargs(
        phonenumber=phonenumber,
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phonenumber: str,
    *,
    client: AuthenticatedClient | Client,
    carrier: bool | Unset = UNSET,
    cnam: bool | Unset = UNSET,
    cnam_ttl: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    guess: str | Unset = UNSET,
    hlr: bool | Unset = UNSET,
    lrn: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Error | PhonenumberLookup | None:
    """Get Details for Phone Number

     Returns formats, country and optional carrier, CNAM and LRN details of a phone number.

    Args:
        phonenumber (str):
        carrier (bool | Unset):
        cnam (bool | Unset):
        cnam_ttl (int | Unset):
        country_code (str | Unset):
        guess (str | Unset):
        hlr (bool | Unset):
        lrn (bool | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PhonenumberLookup
    """

    return sync_detailed(
        phonenumber=phonenumber,
        client=client,
        carrier=carrier,
        cnam=cnam,
        cnam_ttl=cnam_ttl,
        country_code=country_code,
        guess=guess,
        hlr=hlr,
        lrn=lrn,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    ).parsed


async def asyncio_detailed(
    phonenumber: str,
    *,
    client: AuthenticatedClient | Client,
    carrier: bool | Unset = UNSET,
    cnam: bool | Unset = UNSET,
    cnam_ttl: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    guess: str | Unset = UNSET,
    hlr: bool | Unset = UNSET,
    lrn: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[Error | PhonenumberLookup]:
    """Get Details for Phone Number

     Returns formats, country and optional carrier, CNAM and LRN details of a phone number.

    Args:
        phonenumber (str):
        carrier (bool | Unset):
        cnam (bool | Unset):
        cnam_ttl (int | Unset):
        country_code (str | Unset):
        guess (str | Unset):
        hlr (bool | Unset):
        lrn (bool | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhonenumberLookup]
    """

    kwargs = _get_kwargs(
        phonenumber=phonenumber,
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phonenumber: str,
    *,
    client: AuthenticatedClient | Client,
    carrier: bool | Unset = UNSET,
    cnam: bool | Unset = UNSET,
    cnam_ttl: int | Unset = UNSET,
    country_code: str | Unset = UNSET,
    guess: str | Unset = UNSET,
    hlr: bool | Unset = UNSET,
    lrn: bool | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Error | PhonenumberLookup | None:
    """Get Details for Phone Number

     Returns formats, country and optional carrier, CNAM and LRN details of a phone number.

    Args:
        phonenumber (str):
        carrier (bool | Unset):
        cnam (bool | Unset):
        cnam_ttl (int | Unset):
        country_code (str | Unset):
        guess (str | Unset):
        hlr (bool | Unset):
        lrn (bool | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PhonenumberLookup
    """

    return (
        await asyncio_detailed(
            phonenumber=phonenumber,
            client=client,
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
    ).parsed
