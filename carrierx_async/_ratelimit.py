"""One rate limit per account: every attempt of every call waits for its turn.

CarrierX limits requests per account, not per batch, so the limit lives on the client
(`CarrierX(rate_limit=200)`) and the send loop asks it before each attempt, retries included.
A 429 with `Retry-After` pauses the whole limiter: every task (and, with `RedisRateLimit`,
every worker process) waits, instead of each call retrying on its own.

`Batch(rate=...)` adds a limit of its own on top; its retries count against it too, through
the context variable below (the batch sets it for the calls its workers make).

Kept free of heavy imports: `_retry.py` imports it, and `import carrierx_async` must stay cheap.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import Protocol, runtime_checkable

__all__ = ["AccountLimiter", "RateLimit", "before_attempt", "rate_limited"]


@runtime_checkable
class AccountLimiter(Protocol):
    """What the send loop needs from a rate limit."""

    async def acquire(self) -> None:
        """Wait until one more request may start."""

    def slow_down(self, seconds: float) -> None:
        """CarrierX said 429: no request starts for `seconds` (every caller of this limiter waits)."""


async def _sleep(seconds: float) -> None:
    import anyio  # loaded on first use: a client without a rate limit never needs it here

    await anyio.sleep(seconds)


class RateLimit:
    """Spaces requests evenly, `per_second` of them, with no bursts (CarrierX answers bursts with 429).

    Each caller claims the next free slot before it sleeps, so waiters start in order; a pause
    from `slow_down` also holds back callers that already hold a slot inside it.
    """

    def __init__(self, per_second: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if per_second <= 0:
            from ._errors import ConfigurationError

            raise ConfigurationError(f"a rate limit must be positive, not {per_second}")
        self.per_second = per_second
        self._interval = 1.0 / per_second
        self._clock = clock
        self._next = 0.0
        self._paused_until = 0.0

    def __repr__(self) -> str:
        return f"<RateLimit {self.per_second:g}/s>"

    async def acquire(self) -> None:
        while True:
            now = self._clock()
            slot = max(now, self._next, self._paused_until)
            self._next = slot + self._interval
            if slot <= now:
                return
            await _sleep(slot - now)
            # A 429 paused the limiter while this caller slept on its slot: queue again behind the
            # pause, so the callers held back do not all fire at once when it ends.
            if self._paused_until <= self._clock():
                return

    def slow_down(self, seconds: float) -> None:
        until = self._clock() + max(seconds, 0.0)
        self._paused_until = max(self._paused_until, until)
        self._next = max(self._next, until)


# The limit of the `Batch` whose worker is making this call, if any (its first attempt has already
# waited for it in the batch; its retries wait here).
batch_rate: ContextVar[AccountLimiter | None] = ContextVar("carrierx_batch_rate", default=None)


async def before_attempt(limiter: AccountLimiter | None, attempt: int) -> None:
    """Wait for the account's limit (every attempt) and the batch's (retries only)."""
    if attempt > 1:
        batch_limiter = batch_rate.get()
        if batch_limiter is not None:
            await batch_limiter.acquire()
    if limiter is not None:
        await limiter.acquire()


def rate_limited(limiter: AccountLimiter | None, seconds: float) -> None:
    """A 429 asked to wait `seconds`: slow down the account's limiter and the batch's."""
    batch_limiter = batch_rate.get()
    if batch_limiter is not None:
        batch_limiter.slow_down(seconds)
    if limiter is not None:
        limiter.slow_down(seconds)
