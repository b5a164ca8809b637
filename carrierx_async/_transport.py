"""The default transport: aiohttp under the httpx API on asyncio, httpx's own elsewhere.

httpx's connection pool slows down as concurrency rises; aiohttp's speeds up. The generated
code speaks httpx, so aiohttp is plugged in as an httpx transport (httpx-aiohttp). The choice
is made on the first request, when the running event loop is known, and aiohttp is imported
only then.
"""

from __future__ import annotations

import ssl

import httpx
import sniffio


def running_on_asyncio() -> bool:
    """Whether the calling task runs on asyncio (False on trio, or outside any event loop)."""
    try:
        return sniffio.current_async_library() == "asyncio"
    except sniffio.AsyncLibraryNotFoundError:
        return False


class AutoTransport(httpx.AsyncBaseTransport):
    """Sends with aiohttp when running on asyncio, with httpx's own pool on trio."""

    def __init__(self, *, limits: httpx.Limits, verify: bool | ssl.SSLContext = True) -> None:
        self._limits = limits
        self._verify = verify
        self._transport: httpx.AsyncBaseTransport | None = None

    @property
    def chosen(self) -> httpx.AsyncBaseTransport | None:
        """The transport in use, once the first request has picked it."""
        return self._transport

    def _choose(self) -> httpx.AsyncBaseTransport:
        if running_on_asyncio():
            from httpx_aiohttp import AiohttpTransport

            return AiohttpTransport(limits=self._limits, verify=self._verify)
        return httpx.AsyncHTTPTransport(limits=self._limits, verify=self._verify)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = self._choose()
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()
