"""One-line readers for Starlette/FastAPI, aiohttp and Django requests.

They are duck-typed: nothing here imports a web framework, and any object with the same
few members works (which is also how the tests call them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from ._callbacks import FlexMLRequest
from ._payload import Callback, CallbackKind, parse_callback, parse_flexml_request

__all__ = [
    "AiohttpLikeRequest",
    "DjangoLikeRequest",
    "StarletteLikeRequest",
    "callback_from_aiohttp",
    "callback_from_django",
    "callback_from_starlette",
    "flexml_request_from_aiohttp",
    "flexml_request_from_django",
    "flexml_request_from_starlette",
]


class _HasQuery(Protocol):
    @property
    def query(self) -> str: ...


class StarletteLikeRequest(Protocol):
    """`starlette.requests.Request` (and so FastAPI's): ``await body()``, ``headers``, ``url.query``."""

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def url(self) -> _HasQuery: ...

    async def body(self) -> bytes: ...


class AiohttpLikeRequest(Protocol):
    """`aiohttp.web.Request`: ``await read()``, ``headers``, ``query_string``."""

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def query_string(self) -> str: ...

    async def read(self) -> bytes: ...


class DjangoLikeRequest(Protocol):
    """`django.http.HttpRequest`: ``body`` and ``META`` (``CONTENT_TYPE``, ``QUERY_STRING``)."""

    @property
    def body(self) -> bytes: ...

    @property
    def META(self) -> Mapping[str, Any]: ...


def _content_type(headers: Mapping[str, str]) -> str:
    value = headers.get("content-type")
    if value is None:
        value = headers.get("Content-Type", "")
    return value


async def flexml_request_from_starlette(request: StarletteLikeRequest) -> FlexMLRequest:
    """``await flexml_request_from_starlette(request)`` in a Starlette or FastAPI handler."""
    return parse_flexml_request(await request.body(), _content_type(request.headers), request.url.query)


async def flexml_request_from_aiohttp(request: AiohttpLikeRequest) -> FlexMLRequest:
    """``await flexml_request_from_aiohttp(request)`` in an aiohttp handler."""
    return parse_flexml_request(await request.read(), _content_type(request.headers), request.query_string)


def flexml_request_from_django(request: DjangoLikeRequest) -> FlexMLRequest:
    """``flexml_request_from_django(request)`` in a Django view."""
    meta = request.META
    return parse_flexml_request(request.body, str(meta.get("CONTENT_TYPE", "")), str(meta.get("QUERY_STRING", "")))


async def callback_from_starlette(request: StarletteLikeRequest, *, kind: CallbackKind | None = None) -> Callback:
    """Any CarrierX callback (FlexML, sms, app_mediator, conference) from a Starlette/FastAPI request."""
    return parse_callback(await request.body(), _content_type(request.headers), request.url.query, kind=kind)


async def callback_from_aiohttp(request: AiohttpLikeRequest, *, kind: CallbackKind | None = None) -> Callback:
    """Any CarrierX callback from an aiohttp request."""
    return parse_callback(await request.read(), _content_type(request.headers), request.query_string, kind=kind)


def callback_from_django(request: DjangoLikeRequest, *, kind: CallbackKind | None = None) -> Callback:
    """Any CarrierX callback from a Django request."""
    meta = request.META
    content_type, query = str(meta.get("CONTENT_TYPE", "")), str(meta.get("QUERY_STRING", ""))
    return parse_callback(request.body, content_type, query, kind=kind)
