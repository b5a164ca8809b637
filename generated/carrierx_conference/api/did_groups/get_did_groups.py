from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.did_group_list import DidGroupList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filter"] = filter_

    params["order"] = order

    params["include_fields"] = include_fields

    params["exclude_fields"] = exclude_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/didGroups",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DidGroupList | Error | None:
    if response.status_code == 200:
        response_200 = DidGroupList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DidGroupList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[DidGroupList | Error]:
    """Get DID Groups

     List the DID groups of the endpoint.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        order (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DidGroupList | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> DidGroupList | Error | None:
    """Get DID Groups

     List the DID groups of the endpoint.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        order (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DidGroupList | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[DidGroupList | Error]:
    """Get DID Groups

     List the DID groups of the endpoint.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        order (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DidGroupList | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> DidGroupList | Error | None:
    """Get DID Groups

     List the DID groups of the endpoint.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        order (str | Unset):
        include_fields (str | Unset):
        exclude_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DidGroupList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filter_=filter_,
            order=order,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
        )
    ).parsed
