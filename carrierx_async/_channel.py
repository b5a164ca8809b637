"""The send loop: every attempt of every call, on either sender, decided in one place.

A call's attempts, retry decisions, pauses, credentials, error mapping, logging and timing all
live here. Under it, a sender (`_senders.py`) puts one attempt on the wire: aiohttp on asyncio
by default, httpx on trio or with a transport or client of the caller's. Uploads, downloads
and the OAuth token request go through the same loop, over the same pool.
"""

from __future__ import annotations

import logging
import re
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import Credentials
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    RawResponse,
    ResponseTooLargeError,
    safe_url,
    status_error_class,
)
from ._ratelimit import AccountLimiter, before_attempt, rate_limited
from ._retry import RetryLoop, RetryPolicy
from ._retry_after import parse_retry_after
from ._senders import DEFAULT_MAX_RESPONSE_BYTES, Sender, SendFailure
from ._transport import running_on_asyncio

if TYPE_CHECKING:
    from ._aiohttp_sender import AiohttpSender
    from ._httpx_sender import HttpxSender

logger = logging.getLogger("carrierx_async")

# RFC 9110 token characters: what a header name may hold.
_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_BAD_VALUE = re.compile(r"[\r\n\x00]")
# Headers the client sets itself: a caller's value would change the framing, the target or the credentials.
RESERVED_HEADERS = frozenset(
    {"authorization", "content-length", "transfer-encoding", "host", "connection", "te", "trailer", "upgrade"}
)


def check_headers(headers: Mapping[str, str], where: str) -> dict[str, str]:
    """Headers a caller adds, refused before sending when they would be unsafe or ambiguous."""
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise ConfigurationError(f"{where}: {name!r} is not a valid header name")
        if name.lower() in RESERVED_HEADERS:
            raise ConfigurationError(f"{where}: the {name} header is set by the client and cannot be overridden")
        if not isinstance(value, str) or _BAD_VALUE.search(value):
            raise ConfigurationError(f"{where}: the value of {name} must be text without CR, LF or NUL")
        if not value.isascii():  # senders disagree on anything else (UTF-8, Latin-1 or an error)
            raise ConfigurationError(f"{where}: the value of {name} has characters HTTP headers cannot carry")
        checked[name] = value
    return checked


async def _sleep(seconds: float) -> None:
    import anyio  # imported when first needed: `import carrierx_async` need not pay for asyncio

    await anyio.sleep(seconds)


class Channel:
    """The client's one send loop and its senders; shared by every section of a client."""

    def __init__(
        self,
        *,
        limits: httpx.Limits,
        verify: bool | ssl.SSLContext,
        retry: RetryPolicy,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], Awaitable[Any]] = _sleep,
        clock: Callable[[], float] = time.monotonic,
        limiter: AccountLimiter | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.retry = retry
        # Sent with every request (User-Agent, Accept, ...); each sender adds them itself, so a
        # call only carries what is its own (credentials, a body's type, a caller's extras).
        self.headers = dict(headers or {})
        self.max_response_bytes = max_response_bytes
        self.retries = 0  # retries made so far, for reports and tests
        self.closed = False
        self._limits = limits
        self._verify = verify
        self._transport = transport
        self._http_client = http_client
        self._sleep = sleep
        self._clock = clock
        self._aiohttp: AiohttpSender | None = None
        self._httpx: HttpxSender | None = None
        self.limiter = limiter  # the account's rate limit: every attempt of every call waits for it

    @property
    def default_sender_is_aiohttp(self) -> bool:
        return self._transport is None and self._http_client is None

    def sender(self) -> Sender:
        """The sender for the running event loop: aiohttp on asyncio unless the caller chose httpx."""
        if self._aiohttp is not None and self._aiohttp.bound_to_running_loop():
            return self._aiohttp
        if self.default_sender_is_aiohttp and running_on_asyncio():
            if self._aiohttp is None:
                from ._aiohttp_sender import AiohttpSender

                self._aiohttp = AiohttpSender(limits=self._limits, verify=self._verify, headers=self.headers)
            self._aiohttp.bind()
            return self._aiohttp
        if self._httpx is None:
            from ._httpx_sender import HttpxSender

            if self._http_client is not None:
                self._httpx = HttpxSender(self._http_client, owned=False, headers=self.headers)
            else:
                if self._transport is not None:
                    self._httpx = HttpxSender.on_callers_transport(self._transport, headers=self.headers)
                else:
                    from ._httpx_pool import guarded_transport

                    self._httpx = HttpxSender.with_transport(
                        lambda: guarded_transport(limits=self._limits, verify=self._verify),
                        admit=self._limits.max_connections,
                        headers=self.headers,
                    )
        return self._httpx

    def count_retry(self) -> None:
        self.retries += 1

    async def exchange(
        self,
        operation: str,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        *,
        credentials: Credentials | None,
        timeout: httpx.Timeout,
        retry: RetryPolicy | None,
        stream: bool = False,
    ) -> RawResponse:
        """Send until an answer is kept or the policy gives up; raise `APIConnectionError` without one.

        With `stream`, a kept 2xx answer is a `StreamAnswer` whose body is still unread
        (`_streaming.py`); error answers are read whole either way.
        """
        if self.closed:
            raise ConfigurationError(f"{operation}: this client is closed; create a new CarrierX to send again")
        if credentials is not None and not url.startswith(credentials.origin_prefix):
            credentials.origin.check(url)  # raises, naming both origins
        sender = self.sender()
        send = sender.open_stream if stream else sender.send
        policy = retry or self.retry
        started = self._clock()
        tries: RetryLoop | None = None  # the retry bookkeeping, made once an attempt is not kept
        generation = -1
        renewed = False
        failure: SendFailure | None = None
        while True:
            if tries is not None and self.closed:  # closed while this call waited to try again
                headers.pop("Authorization", None)
                raise ConfigurationError(f"{operation}: this client was closed while the call waited to retry")
            waited = tries is not None or self.limiter is not None
            if waited:
                await before_attempt(self.limiter, 1 if tries is None else tries.attempt)
            if credentials is not None:
                if credentials.static_header is not None:
                    headers["Authorization"] = credentials.static_header
                else:
                    headers["Authorization"], generation = await credentials.authorization()
                    waited = True
            total = policy.deadline  # what is left of it; all of it on a first attempt sent at once
            if total is not None and waited:
                total -= self._clock() - started
                if total <= 0:
                    failure = SendFailure("the call's deadline passed before an answer came", sent=True, timed_out=True)
                    break
            try:
                answer = await send(method, url, headers, body, timeout, self.max_response_bytes, total)
            except SendFailure as caught:
                failure = caught
            if failure is not None or answer.status_code >= 400:  # a success is kept without further checks
                if tries is None:
                    tries = RetryLoop(
                        policy, method, url, started, sleep=self._sleep, clock=self._clock, on_retry=self.count_retry
                    )
                if failure is not None:
                    wait = tries.after_failure(failure)
                    if wait is None:
                        break
                    reason, failure = failure.reason, None
                else:
                    status = answer.status_code
                    if status == 401 and generation >= 0 and not renewed and credentials is not None:
                        renewed = await credentials.renew(generation)  # a stale OAuth token: one more try
                        if renewed:
                            continue
                    retry_after = parse_retry_after(answer.headers.get("retry-after"))
                    if status == 429:  # CarrierX did not act: everyone sharing the limit slows down
                        rate_limited(
                            self.limiter, retry_after if retry_after is not None else policy.backoff(tries.attempt)
                        )
                    wait = tries.after_status(status, retry_after)
                    reason = str(status)
                if wait is not None:
                    await tries.pause(wait, reason)
                    continue
            headers.pop("Authorization", None)  # no frame of an error raised later holds it
            if logger.isEnabledFor(logging.DEBUG):
                log_call(operation, method, url, answer.status_code, self._clock() - started)
            return answer
        headers.pop("Authorization", None)  # the raised error's frames keep no credential
        logger.debug("%s %s failed: %s", method, safe_url(url), failure.reason, extra={"carrierx_operation": operation})
        error_class = APITimeoutError if failure.timed_out else APIConnectionError
        if failure.too_large:
            error_class = ResponseTooLargeError
        raise error_class(
            failure.reason if not failure.too_large else f"{failure.reason} ({self.max_response_bytes} bytes)",
            method=method,
            url=url,
            operation=operation,
            may_have_been_sent=failure.sent,
        )

    async def aclose(self) -> None:
        """Close the senders this client opened; a closed client refuses to send."""
        self.closed = True
        for sender in (self._aiohttp, self._httpx):
            if sender is not None:
                await sender.aclose()


def raise_for_status(
    answer: RawResponse, *, operation: str, method: str, url: str, scopes: tuple[str, ...] = ()
) -> None:
    if not 200 <= answer.status_code < 300:  # redirects too: they are never followed
        raise status_error_class(answer.status_code)(
            response=answer, method=method, url=url, operation=operation, required_scopes=scopes
        )


def log_call(operation: str, method: str, url: str, status: int, seconds: float) -> None:
    logger.debug(
        "%s %s -> %d in %.1f ms",
        method,
        safe_url(url),
        status,
        seconds * 1000,
        extra={"carrierx_operation": operation},
    )
