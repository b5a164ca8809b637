"""Retry policies, and the bookkeeping of one call's attempts under the send loop.

The one rule that matters most: a request that may have reached CarrierX is retried only when
repeating it cannot repeat a side effect. GET, PUT, DELETE, HEAD and OPTIONS retry freely.
POST and PATCH retry only when the request provably never left (the connection could not be
made, or no pooled connection was free) or CarrierX answered 429, which means it did not act.
A dropped connection after the request was written is *not* proof: the SMS may have gone out.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

import attrs

from ._errors import safe_url
from ._senders import SendFailure

__all__ = ["RetryLoop", "RetryPolicy"]

logger = logging.getLogger("carrierx_async")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry.

    Args:
        attempts: tries in all, the first included; 1 means no retries.
        initial_delay: seconds before the first retry; doubles (`multiplier`) each time.
        max_delay: cap on one wait.
        jitter: fraction of each wait drawn at random, so clients do not retry in lockstep.
        deadline: seconds a whole call may take, retries and waits included: an attempt still
            running then is stopped, and no retry starts that could not finish (None: no limit).
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

    def should_retry_failure(self, method: str, failure: SendFailure) -> bool:
        """A failure without an answer: retried when repeating it cannot repeat a side effect."""
        if not self.transport_errors or failure.too_large:
            return False
        return method in IDEMPOTENT_METHODS or not failure.sent


async def _sleep(seconds: float) -> None:
    import anyio  # imported when first needed: it brings asyncio, which `import carrierx_async` need not pay for

    await anyio.sleep(seconds)


class RetryLoop:
    """The bookkeeping of one call's attempts: when to retry, how long to wait, logging.

    Made by the send loop for a call whose first attempt is not kept, whichever sender carries it.
    """

    __slots__ = ("_clock", "_on_retry", "_sleep", "_started", "attempt", "method", "policy", "url")

    def __init__(
        self,
        policy: RetryPolicy,
        method: str,
        url: str,
        started: float,
        *,
        sleep: Callable[[float], Awaitable[Any]],
        clock: Callable[[], float],
        on_retry: Callable[[], None],
    ) -> None:
        self.policy = policy
        self.method = method
        self.url = url
        self.attempt = 1
        self._sleep = sleep
        self._clock = clock
        self._on_retry = on_retry
        self._started = started  # when the call began, by `clock`

    def after_status(self, status: int, retry_after: float | None) -> float | None:
        """Seconds to wait before retrying this answer (`Retry-After` already read), or None to keep it."""
        if not self.policy.should_retry_status(self.method, status):
            return None
        if retry_after is not None and retry_after > self.policy.max_retry_after:
            return None  # the caller gets RateLimitError with the wait attached
        return self._wait(retry_after)

    def after_failure(self, failure: SendFailure) -> float | None:
        """Seconds to wait before retrying after this failure, or None to raise it."""
        if not self.policy.should_retry_failure(self.method, failure):
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
            safe_url(self.url),
            self.attempt,
            self.policy.attempts,
            wait,
            reason,
        )
        await self._sleep(wait)
