"""One worker of `make demo-cluster`: an arq worker that sends its chunks of an SMS campaign.

Each arq job is a chunk of message indexes. The worker runs it as a `Batch` whose journal is
the job's `RedisJournal` (so a chunk re-run after a crash skips what is settled) and whose
client is limited by the account's `RedisRateLimit` (shared with every other worker).

    python scripts/cluster_worker.py --redis redis://127.0.0.1:6379/0 --base-url http://127.0.0.1:8000 \\
        --job campaign --rate 200 [--concurrency 25]
"""

from __future__ import annotations

import argparse
import logging
import os
from typing import Any

from arq.connections import RedisSettings
from arq.worker import Worker, func
from carrierx_core.models import MessageCreateParams
from redis.asyncio import Redis

from carrierx_async import CarrierX, RetryPolicy
from carrierx_async.batch import Batch, Outcome, RedisJournal, RedisRateLimit

QUEUE = "carrierx:demo-cluster"
READY_PREFIX = "carrierx:demo-cluster:ready:"
BUSY_PREFIX = "carrierx:demo-cluster:busy:"  # + pid: the chunks a worker is sending (the demo kills a busy one)
CHUNK_TIMEOUT = 15.0  # seconds; arq re-runs a chunk whose worker died this long (+10 s) after it started


def message_body(index: int, senders: list[str]) -> MessageCreateParams:
    """The SMS for one index: unique text, and the journal key as `user_data` for reconciliation."""
    return {
        "from": senders[index % len(senders)],
        "to": f"1555{index:07d}",
        "message": f"campaign message {index}",
        "user_data": str(index),
    }


def account_limit(redis: Redis, rate: float) -> RedisRateLimit:
    return RedisRateLimit(redis, rate, name="demo-account")


def retry_policy() -> RetryPolicy:
    # A batch job can afford patience: six tries ride out runs of 429s without giving up.
    return RetryPolicy(attempts=6, initial_delay=0.02, max_delay=0.5)


async def send_chunk(ctx: dict[str, Any], job: str, first: int, last: int, senders: list[str]) -> dict[str, int]:
    """Send messages `first` to `last - 1` (those the journal has not settled)."""
    cx: CarrierX = ctx["cx"]
    redis: Redis = ctx["redis"]
    journal = RedisJournal(redis, job)
    busy = f"{BUSY_PREFIX}{os.getpid()}"
    await redis.sadd(busy, ctx["job_id"])  # type: ignore[misc]

    async def send(index: int) -> Any:
        return await cx.core.sms.send_message(body=message_body(index, senders))

    try:
        results = await Batch(send, range(first, last), key=str, journal=journal, concurrency=ctx["concurrency"]).run()
    finally:
        await journal.aclose()
        await redis.srem(busy, ctx["job_id"])  # type: ignore[misc]
    return {
        "sent": sum(result.ok for result in results),
        "in_doubt": sum(not result.ok and result.outcome is Outcome.IN_DOUBT for result in results),
        "failed": sum(not result.ok for result in results),
    }


def make_worker(arguments: argparse.Namespace) -> Worker:
    async def startup(ctx: dict[str, Any]) -> None:
        redis = Redis.from_url(arguments.redis)
        ctx["redis"] = redis
        ctx["concurrency"] = arguments.concurrency
        ctx["cx"] = CarrierX(
            token=arguments.token,
            base_url=arguments.base_url,
            rate_limit=account_limit(redis, arguments.rate),
            retry=retry_policy(),
        )
        await redis.set(f"{READY_PREFIX}{os.getpid()}", "1", ex=600)  # the demo starts the job once all are up

    async def shutdown(ctx: dict[str, Any]) -> None:
        await ctx["cx"].aclose()
        await ctx["redis"].aclose()

    return Worker(
        functions=[func(send_chunk, name="send_chunk", timeout=arguments.chunk_timeout, max_tries=20)],
        queue_name=QUEUE,
        redis_settings=RedisSettings.from_dsn(arguments.redis),
        on_startup=startup,
        on_shutdown=shutdown,
        max_jobs=arguments.jobs,
        poll_delay=0.05,
        handle_signals=True,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--redis", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--token", default="test-token")
    parser.add_argument("--rate", type=float, required=True, help="the account's requests per second")
    parser.add_argument("--concurrency", type=int, default=25, help="calls in flight per chunk")
    parser.add_argument("--jobs", type=int, default=2, help="chunks run at once")
    parser.add_argument("--chunk-timeout", type=float, default=CHUNK_TIMEOUT, help="seconds a chunk may take")
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="worker %(process)d: %(message)s")
    make_worker(arguments).run()


if __name__ == "__main__":
    main()
