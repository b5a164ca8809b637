"""`RedisRateLimit`: one account's rate shared by every worker process, on any machine.

GCRA as a reservation: a Lua script reads Redis's own clock, gives the caller the next free
slot (never earlier than now or a 429's pause) and moves the slot on by one interval. Workers
then sleep until their slot, so the account sees evenly spaced requests with no bursts, and
a pause set by any worker's 429 holds back every worker.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisRateLimit"]

# KEYS: next slot, paused until (both µs of Redis time). ARGV: interval in µs. Returns µs to wait.
RESERVE_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'), tonumber(redis.call('GET', KEYS[2]) or '0'))
redis.call('SET', KEYS[1], string.format('%.0f', slot + tonumber(ARGV[1])), 'PX', 60000)
return string.format('%.0f', slot - now)
"""

# KEYS: paused until. ARGV: µs to pause from now (0: only read). Returns µs of pause left.
PAUSE_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local pause = tonumber(redis.call('GET', KEYS[1]) or '0')
local wanted = tonumber(ARGV[1])
if wanted > 0 and now + wanted > pause then
  pause = now + wanted
  redis.call('SET', KEYS[1], string.format('%.0f', pause), 'PX', 600000)
end
return string.format('%.0f', math.max(0, pause - now))
"""


class RedisRateLimit:
    """Requests per second for one account, shared through Redis (an `AccountLimiter`).

    Args:
        redis: a `redis.asyncio.Redis` client, or a URL.
        per_second: the account's limit.
        name: what the workers sharing the limit agree on (the account, say).
    """

    def __init__(
        self, redis: Redis | str, per_second: float, *, name: str = "default", prefix: str = "carrierx:rate"
    ) -> None:
        from redis.asyncio import Redis as RedisClient

        self.redis: RedisClient = RedisClient.from_url(redis) if isinstance(redis, str) else redis
        self.per_second = per_second
        self._interval_us = round(1_000_000 / per_second)
        self._keys = [f"{prefix}:{name}:next", f"{prefix}:{name}:paused"]
        self._reserve = self.redis.register_script(RESERVE_SCRIPT)
        self._pause = self.redis.register_script(PAUSE_SCRIPT)
        self._paused_until = 0.0  # this process's own 429s take effect before Redis hears of them
        self._pending: set[asyncio.Task[Any]] = set()

    def __repr__(self) -> str:
        return f"<RedisRateLimit {self.per_second:g}/s {self._keys[0]!r}>"

    async def acquire(self) -> None:
        while True:
            local_pause = self._paused_until - time.monotonic()
            if local_pause > 0:
                await asyncio.sleep(local_pause)
            wait = int(await self._reserve(keys=self._keys, args=[self._interval_us])) / 1_000_000
            if wait <= 0:
                return
            await asyncio.sleep(wait)
            # A 429 paused the account while this caller slept on its slot: its slot fell inside the
            # pause, so it queues again behind the pause rather than firing in a burst when it ends.
            if int(await self._pause(keys=self._keys[1:], args=[0])) <= 0 and self._paused_until <= time.monotonic():
                return

    def slow_down(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)
        task = asyncio.get_running_loop().create_task(self._pause(keys=self._keys[1:], args=[round(seconds * 1e6)]))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def reset(self) -> None:
        """Forget reservations and pauses (between test runs)."""
        await self.redis.delete(*self._keys)

    async def aclose(self) -> None:
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
