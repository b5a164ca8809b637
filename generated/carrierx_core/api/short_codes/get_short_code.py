from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.short_code import ShortCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    short_code_sid: str,
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
        "url": "/phonenumber/short_codes/{short_code_sid}".format(
            short_code_sid=quote(str(short_code_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ShortCode | None:
    if response.status_code == 200:
        response_200 = ShortCode.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ShortCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    short_code_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Response[Error | ShortCode]:
    """Get Short Code by SID

     Returns one short code.

    Args:
        short_code_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShortCode]
    """

    kwargs = _get_kwargs(
        short_code_sid=short_code_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    short_code_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Error | ShortCode | None:
    """Get Short Code by SID

     Returns one short code.

    Args:
        short_code_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShortCode
    """

    return sync_detailed(
        short_code_sid=short_code_sid,
        client=client,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    ).parsed


async def asyncio_detailed(
    short_code_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Response[Error | ShortCode]:
    """Get Short Code by SID

     Returns one short code.

    Args:
        short_code_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShortCode]
    """

    kwargs = _get_kwargs(
        short_code_sid=short_code_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    short_code_sid: str,
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Error | ShortCode | None:
    """Get Short Code by SID

     Returns one short code.

    Args:
        short_code_sid (str):
        include_fields (str | Unset):
        exclude_fields (str | Unset):
        with_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShortCode
    """

    return (
        await asyncio_detailed(
            short_code_sid=short_code_sid,
            client=client,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
            with_related=with_related,
        )
    ).parsed
