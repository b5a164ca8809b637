from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.partner import Partner
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_fields"] = include_fields

    params["exclude_fields"] = exclude_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/whoami",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Partner | None:
    if response.status_code == 200:
        response_200 = Partner.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Partner]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[Error | Partner]:
    """Get Current Partner

     Returns the partner the token belongs to.

    Args:
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Partner]
    """

    kwargs = _get_kwargs(
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
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Error | Partner | None:
    """Get Current Partner

     Returns the partner the token belongs to.

    Args:
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Partner
    """

    return sync_detailed(
        client=client,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[Error | Partner]:
    """Get Current Partner

     Returns the partner the token belongs to.

    Args:
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Partner]
    """

    kwargs = _get_kwargs(
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Error | Partner | None:
    """Get Current Partner

     Returns the partner the token belongs to.

    Args:
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Partner
    """

    return (
        await asyncio_detailed(
            client=client,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
        )
    ).parsed
