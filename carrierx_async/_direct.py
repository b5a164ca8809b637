"""The lean send path on asyncio: one aiohttp session, none of httpx's per-request machinery.

Measured on loopback, most of a call's cost under concurrency was httpx itself (client send
loop, auth and redirect generators, URL re-parsing, the transport adapter), not the network.
For the common case (JSON or form bodies, a fixed bearer token or endpoint login, asyncio, the
default transport) the section sends through this module instead: the request is encoded
once, sent with aiohttp, and the answer wrapped in an `httpx.Response` for the generated
parsers. Everything else (trio, OAuth, multipart uploads, a transport or client of the
caller's) keeps the httpx path. Both use the same retry decisions (`RetryLoop`).
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

import httpx

if TYPE_CHECKING:
    import aiohttp

Body = tuple[bytes | None, str | None]  # encoded body, its content type


def encode_query(params: Mapping[str, Any]) -> str:
    """Query arguments encoded as httpx would (booleans as true/false, lists repeated)."""
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            if item is None:
                continue
            pairs.append((name, ("true" if item else "false") if isinstance(item, bool) else str(item)))
    return urlencode(pairs, quote_via=quote)


def encode_body(kwargs: Mapping[str, Any]) -> Body:
    """The request body of generated `_get_kwargs`, or a ValueError for what only httpx can send."""
    if "files" in kwargs:
        raise ValueError("multipart bodies go through httpx")
    if "json" in kwargs:
        text = json.dumps(kwargs["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.encode(), "application/json"
    if "data" in kwargs:
        return encode_query(kwargs["data"]).encode(), "application/x-www-form-urlencoded"
    if "content" in kwargs:
        content = kwargs["content"]
        return (content.encode() if isinstance(content, str) else content), None
    return None, None


class DirectSender:
    """A lazily opened aiohttp session sized like the httpx pool it stands in for."""

    def __init__(self, *, limits: httpx.Limits, verify: bool | ssl.SSLContext) -> None:
        self._limits = limits
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._verify,  # True: verify with the default context; an SSLContext: that one
        )
        # auto_decompress off: the httpx.Response built from the answer decodes it itself.
        return aiohttp.ClientSession(connector=connector, auto_decompress=False, skip_auto_headers=("User-Agent",))

    def _timeout(self, timeout: httpx.Timeout) -> aiohttp.ClientTimeout:
        key = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        found = self._timeouts.get(key)
        if found is None:
            import aiohttp

            found = aiohttp.ClientTimeout(
                total=None, connect=timeout.pool, sock_connect=timeout.connect, sock_read=timeout.read
            )
            self._timeouts[key] = found
        return found

    async def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes | None, timeout: httpx.Timeout
    ) -> httpx.Response:
        """Send once; aiohttp's exceptions propagate for the caller to classify."""
        import yarl

        if self._session is None:
            self._session = self._open()
        async with self._session.request(
            method,
            yarl.URL(url, encoded=True),  # already encoded: parse once, never re-quote
            headers=headers,
            data=body,
            timeout=self._timeout(timeout),
            allow_redirects=False,
        ) as answer:
            content = await answer.read()
            return httpx.Response(
                answer.status,
                headers=answer.raw_headers,
                content=content,
                extensions={"reason_phrase": (answer.reason or "").encode()},
            )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
