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

import anyio
import attrs
import httpx

from ._errors import safe_url
from ._retry_after import parse_retry_after

__all__ = ["RetryPolicy", "RetryingTransport", "was_not_sent"]

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


class RetryingTransport(httpx.AsyncBaseTransport):
    """Wraps a transport and retries what the request's `RetryPolicy` allows."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.transport = transport
        self.policy = policy
        self._sleep = sleep
        self._clock = clock
        self.retries = 0  # retries made so far, for reports and tests

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy: RetryPolicy = request.extensions.get(RETRY_EXTENSION, self.policy)
        started = self._clock()
        attempt = 1
        while True:
            try:
                response = await self.transport.handle_async_request(request)
            except (httpx.TransportError, OSError) as error:
                wait = self._wait(policy, attempt, started, None)
                if wait is None or not policy.should_retry_error(request.method, error):
                    raise
                reason = type(error).__name__
            else:
                if not policy.should_retry_status(request.method, response.status_code):
                    return response
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if retry_after is not None and retry_after > policy.max_retry_after:
                    return response  # the caller gets RateLimitError with the wait attached
                wait = self._wait(policy, attempt, started, retry_after)
                if wait is None:
                    return response
                await response.aclose()
                reason = str(response.status_code)
            attempt += 1
            self.retries += 1
            logger.info(
                "retrying %s %s (attempt %d of %d) in %.2f s after %s",
                request.method,
                safe_url(request.url),
                attempt,
                policy.attempts,
                wait,
                reason,
            )
            await self._sleep(wait)

    def _wait(self, policy: RetryPolicy, attempt: int, started: float, retry_after: float | None) -> float | None:
        """Seconds to wait before the next attempt, or None when no attempt is left."""
        if attempt >= policy.attempts:
            return None
        wait = retry_after if retry_after is not None else policy.backoff(attempt)
        if policy.deadline is not None and self._clock() - started + wait > policy.deadline:
            return None
        return wait

    async def aclose(self) -> None:
        await self.transport.aclose()
