"""The account limit shared through a real Redis: several limiters (workers) hold one rate together."""

from __future__ import annotations

import time

import anyio
from redis.asyncio import Redis

from carrierx_async.batch import RedisRateLimit


def most_within(times: list[float], window: float) -> int:
    ordered = sorted(times)
    return max((sum(1 for later in ordered[i:] if later - at < window) for i, at in enumerate(ordered)), default=0)


async def test_workers_with_their_own_connections_share_one_rate(redis_url: str, job: str) -> None:
    clients = [Redis.from_url(redis_url) for _ in range(3)]
    limits = [RedisRateLimit(client, 100, name=job) for client in clients]
    started: list[float] = []

    async def worker(limit: RedisRateLimit) -> None:
        for _ in range(20):
            await limit.acquire()
            started.append(time.monotonic())

    begin = time.monotonic()
    async with anyio.create_task_group() as group:
        for limit in limits:
            for _ in range(5):
                group.start_soon(worker, limit)
    elapsed = time.monotonic() - begin
    for client in clients:
        await client.aclose()
    assert len(started) == 300
    assert 2.9 <= elapsed < 3.6  # 300 at 100/s between them, not 100/s each
    assert most_within(started, 0.5) <= 65  # 50 at 100/s; the slack is the machine's scheduling, not bursts


async def test_a_429_seen_by_one_worker_pauses_the_others(redis_url: str, job: str) -> None:
    clients = [Redis.from_url(redis_url) for _ in range(2)]
    told, other = (RedisRateLimit(client, 100, name=job) for client in clients)
    started: list[float] = []

    async def calls() -> None:
        for _ in range(10):
            await other.acquire()
            started.append(time.monotonic())

    async with anyio.create_task_group() as group:
        group.start_soon(calls)
        await anyio.sleep(0.03)
        told.slow_down(0.4)
        paused_at = time.monotonic()
    await told.aclose()
    for client in clients:
        await client.aclose()
    during = [at for at in started if paused_at + 0.01 < at < paused_at + 0.38]
    assert during == []
    assert len(started) == 10 and max(started) >= paused_at + 0.4
