"""Retry policies, and the transport that applies them below every operation.

The one rule that matters most: a request that may have reached CarrierX is retried only when
repeating it cannot repeat a side effect. GET, PUT, DELETE, HEAD and OPTIONS retry freely.
POST and PATCH retry only when the request provably never left (the connection could not be
made, or no pooled connection was free) or CarrierX answered 429, which means it did not act.
A dropped connection after the request was written is *not* proof: the SMS may have gone out.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx

from ._errors import safe_url
from ._ratelimit import AccountLimiter, before_attempt, rate_limited
from ._retry_after import parse_retry_after

__all__ = ["RetryLoop", "RetryPolicy", "RetryingTransport", "was_not_sent"]

logger = logging.getLogger("carrierx_async")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_EXTENSION = "carrierx_retry_policy"


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry.

    Args:
        attempts: tries in all, the first included; 1 means no retries.
        initial_delay: seconds before the first retry; doubles (`multiplier`) each time.
        max_delay: cap on one wait.
        jitter: fraction of each wait drawn at random, so clients do not retry in lockstep.
        deadline: seconds from the first try after which no retry starts (None: no limit).
        max_retry_after: the longest `Retry-After` honoured; a longer one is not waited for
            and the call fails with `RateLimitError.retry_after` set.
        statuses: answers that are retried.
        transport_errors: retry failures without an answer (within the POST rule above).
    """

    attempts: int = attrs.field(default=3, validator=attrs.validators.ge(1))
    initial_delay: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_delay: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    multiplier: float = attrs.field(default=2.0, validator=attrs.validators.ge(1))
    jitter: float = attrs.field(default=0.5, validator=[attrs.validators.ge(0), attrs.validators.le(1)])
    deadline: float | None = 60.0
    max_retry_after: float = 60.0
    statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
    transport_errors: bool = True

    @classmethod
    def none(cls) -> RetryPolicy:
        """Never retry."""
        return cls(attempts=1)

    def backoff(self, retry_number: int, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number `retry_number` (1-based), jitter applied."""
        base = min(self.max_delay, self.initial_delay * self.multiplier ** (retry_number - 1))
        return base * (1 - self.jitter * rng())

    def should_retry_status(self, method: str, status: int) -> bool:
        if status not in self.statuses:
            return False
        return method in IDEMPOTENT_METHODS or status == 429

    def should_retry_error(self, method: str, error: Exception) -> bool:
        if not self.transport_errors:
            return False
        return method in IDEMPOTENT_METHODS or was_not_sent(error)


def _causes(error: BaseException) -> list[BaseException]:
    chain = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def was_not_sent(error: BaseException) -> bool:
    """True only when the request provably never reached the server.

    Decided from what really failed, whichever transport raised it: httpx-aiohttp reports a
    connection the server dropped *after reading the request* as `httpx.ConnectTimeout`, so
    the httpx class alone is not evidence.
    """
    for cause in _causes(error):
        module = type(cause).__module__
        if module.startswith("aiohttp"):
            import aiohttp

            # ClientConnectorError: the TCP/TLS connection was never made. ConnectionTimeoutError:
            # connecting (or waiting for a pooled connection) timed out. Nothing else is proof.
            return isinstance(cause, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError)
    return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


async def _sleep(seconds: float) -> None:
    import anyio  # imported when first needed: it brings asyncio, which `import carrierx_async` need not pay for

    await anyio.sleep(seconds)


class RetryLoop:
    """The bookkeeping of one call's attempts: when to retry, how long to wait, logging.

    Shared by the httpx transport wrapper and the direct aiohttp path, so both decide alike.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        method: str,
        url: httpx.URL | str,
        *,
        sleep: Callable[[float], Awaitable[Any]],
        clock: Callable[[], float],
        on_retry: Callable[[], None],
        limiter: AccountLimiter | None = None,
    ) -> None:
        self.policy = policy
        self.limiter = limiter  # RATE-LIMIT HOOK: the client's account-wide limit
        self.method = method
        self.url = url
        self.attempt = 1
        self._sleep = sleep
        self._clock = clock
        self._on_retry = on_retry
        self._started = clock()

    async def before_attempt(self) -> None:
        """RATE-LIMIT HOOK: wait for the account's (and a batch's) limit before every attempt."""
        await before_attempt(self.limiter, self.attempt)

    def after_status(self, status: int, retry_after_header: str | None) -> float | None:
        """Seconds to wait before retrying this answer, or None to keep it."""
        if not self.policy.should_retry_status(self.method, status):
            return None
        retry_after = parse_retry_after(retry_after_header)
        if status == 429:  # RATE-LIMIT HOOK: every caller of the limiter waits, not just this call
            rated_wait = retry_after if retry_after is not None else self.policy.backoff(self.attempt)
            rate_limited(self.limiter, rated_wait)
        if retry_after is not None and retry_after > self.policy.max_retry_after:
            return None  # the caller gets RateLimitError with the wait attached
        return self._wait(retry_after)

    def after_error(self, error: Exception) -> float | None:
        """Seconds to wait before retrying after this failure, or None to raise it."""
        if not self.policy.should_retry_error(self.method, error):
            return None
        return self._wait(None)

    def _wait(self, retry_after: float | None) -> float | None:
        if self.attempt >= self.policy.attempts:
            return None
        wait = retry_after if retry_after is not None else self.policy.backoff(self.attempt)
        if self.policy.deadline is not None and self._clock() - self._started + wait > self.policy.deadline:
            return None
        return wait

    async def pause(self, wait: float, reason: str) -> None:
        self.attempt += 1
        self._on_retry()
        logger.info(
            "retrying %s %s (attempt %d of %d) in %.2f s after %s",
            self.method,
            safe_url(self.url) if isinstance(self.url, httpx.URL) else self.url,
            self.attempt,
            self.policy.attempts,
            wait,
            reason,
        )
        await self._sleep(wait)


class RetryingTransport(httpx.AsyncBaseTransport):
    """Wraps a transport and retries what the request's `RetryPolicy` allows."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        limiter: AccountLimiter | None = None,
    ) -> None:
        self.transport = transport
        self.limiter = limiter  # RATE-LIMIT HOOK
        self.policy = policy
        self.sleep = sleep or _sleep
        self.clock = clock
        self.retries = 0  # retries made so far, for reports and tests

    def count_retry(self) -> None:
        self.retries += 1

    def loop(self, policy: RetryPolicy, method: str, url: httpx.URL | str) -> RetryLoop:
        return RetryLoop(
            policy, method, url, sleep=self.sleep, clock=self.clock, on_retry=self.count_retry, limiter=self.limiter
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retry = self.loop(request.extensions.get(RETRY_EXTENSION, self.policy), request.method, request.url)
        while True:
            await retry.before_attempt()  # RATE-LIMIT HOOK
            try:
                response = await self.transport.handle_async_request(request)
            except (httpx.TransportError, OSError) as error:
                wait = retry.after_error(error)
                if wait is None:
                    raise
                reason = type(error).__name__
            else:
                wait = retry.after_status(response.status_code, response.headers.get("retry-after"))
                if wait is None:
                    return response
                await response.aclose()
                reason = str(response.status_code)
            await retry.pause(wait, reason)

    async def aclose(self) -> None:
        await self.transport.aclose()
