from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_rate_list import CallRateList
from ...models.call_rate_voip_sub_type import CallRateVoipSubType
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sub_type: CallRateVoipSubType,
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
        "url": "/calls/rates/inbound/voip/{sub_type}".format(
            sub_type=quote(str(sub_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallRateList | Error | None:
    if response.status_code == 200:
        response_200 = CallRateList.from_dict(response.json())

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
) -> Response[CallRateList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sub_type: CallRateVoipSubType,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[CallRateList | Error]:
    """Get Inbound VoIP Rates

     Lists the rates for receiving calls from VoIP endpoints of one type.

    Args:
        sub_type (CallRateVoipSubType): Endpoint type whose VoIP rates are listed.
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
        Response[CallRateList | Error]
    """

    kwargs = _get_kwargs(
        sub_type=sub_type,
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
    sub_type: CallRateVoipSubType,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> CallRateList | Error | None:
    """Get Inbound VoIP Rates

     Lists the rates for receiving calls from VoIP endpoints of one type.

    Args:
        sub_type (CallRateVoipSubType): Endpoint type whose VoIP rates are listed.
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
        CallRateList | Error
    """

    return sync_detailed(
        sub_type=sub_type,
        client=client,
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    ).parsed


async def asyncio_detailed(
    sub_type: CallRateVoipSubType,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> Response[CallRateList | Error]:
    """Get Inbound VoIP Rates

     Lists the rates for receiving calls from VoIP endpoints of one type.

    Args:
        sub_type (CallRateVoipSubType): Endpoint type whose VoIP rates are listed.
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
        Response[CallRateList | Error]
    """

    kwargs = _get_kwargs(
        sub_type=sub_type,
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
    sub_type: CallRateVoipSubType,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    exclude_fields: str | Unset = UNSET,
) -> CallRateList | Error | None:
    """Get Inbound VoIP Rates

     Lists the rates for receiving calls from VoIP endpoints of one type.

    Args:
        sub_type (CallRateVoipSubType): Endpoint type whose VoIP rates are listed.
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
        CallRateList | Error
    """

    return (
        await asyncio_detailed(
            sub_type=sub_type,
            client=client,
            limit=limit,
            offset=offset,
            filter_=filter_,
            order=order,
            include_fields=include_fields,
            exclude_fields=exclude_fields,
        )
    ).parsed
