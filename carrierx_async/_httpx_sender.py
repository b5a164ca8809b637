"""The httpx sender: trio, a transport or `httpx.AsyncClient` of the caller's, respx.

Requests are sent exactly as the aiohttp sender sends them: the URL already encoded, the body
already encoded, the same headers. Redirects are never followed.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ._errors import RawResponse
from ._senders import SendFailure


def classify(error: BaseException) -> SendFailure:
    """What an httpx (or OS) exception says about the request.

    Decided from what really failed: a caller's transport built on aiohttp (httpx-aiohttp)
    reports a connection the server dropped *after reading the request* as
    `httpx.ConnectTimeout`, so the httpx class alone is not evidence.
    """
    cause: BaseException | None = error.__cause__ or error.__context__
    while cause is not None:
        if type(cause).__module__.startswith("aiohttp"):
            from ._aiohttp_sender import classify as classify_aiohttp

            return classify_aiohttp(cause)
        cause = cause.__cause__ or cause.__context__
    name = type(error).__name__
    if isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout):
        return SendFailure(f"timed out connecting ({name})", sent=False, timed_out=True)
    if isinstance(error, httpx.ConnectError):
        return SendFailure(f"could not connect ({name})", sent=False)
    if isinstance(error, httpx.TimeoutException | TimeoutError):
        return SendFailure(f"timed out waiting for the answer ({name})", sent=True, timed_out=True)
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return SendFailure(f"the URL is not valid ({name})", sent=False)
    return SendFailure(f"the connection failed after the request was sent ({name})", sent=True)


class HttpxSender:
    """Sends with an `httpx.AsyncClient`: ours (built on `transport`) or the caller's own."""

    def __init__(self, client: httpx.AsyncClient, *, owned: bool) -> None:
        self._client = client
        self._owned = owned

    @classmethod
    def with_transport(cls, transport: httpx.AsyncBaseTransport) -> HttpxSender:
        return cls(httpx.AsyncClient(transport=transport, follow_redirects=False), owned=True)

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: httpx.Timeout,
        max_bytes: int,
    ) -> RawResponse:
        failure: SendFailure | None = None
        request = self._client.build_request(method, url, headers=headers, content=body, timeout=timeout)
        try:
            # Our own client never follows redirects; a caller's follows its own setting (httpx
            # drops the Authorization header when a redirect leaves the origin).
            response = await self._client.send(request, stream=True)
            try:
                length = response.headers.get("content-length")
                if length is not None and length.isdigit() and int(length) > max_bytes:
                    failure = SendFailure(f"the answer is {length} bytes, over the limit", sent=True, too_large=True)
                else:
                    content = await _read_capped(response, max_bytes)
                    if content is None:
                        failure = SendFailure("the answer is over the size limit", sent=True, too_large=True)
                    else:
                        return RawResponse(response.status_code, response.headers, content, response.reason_phrase)
            finally:
                await response.aclose()
        except (httpx.HTTPError, OSError, TimeoutError) as error:
            failure = classify(error)
        assert failure is not None
        raise failure  # outside the except block: nothing chains to the library's exception

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
