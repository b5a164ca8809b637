"""`make bench`: carrierx_async against raw httpx, raw aiohttp and the plain generated functions.

Everything runs in one go against the same local server (scripts/bench_server.py, in its own
process), and the figures that matter are ratios between clients measured in this run, not
absolute times. Results: a table on stdout and `.bench/results.json`.

    python scripts/bench.py [--seconds 2.0] [--quick]
    python scripts/bench.py --only journal [--journal-items 3000] [--journal-rounds 25]
    python scripts/bench.py --only get [--rounds 15] [--seconds 2.0]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / ".bench" / "results.json"
JOURNAL_RESULTS = ROOT / ".bench" / "journal.json"
GET_RESULTS = ROOT / ".bench" / "get.json"
DID_SID = "c9a8b7d6-0000-4000-8000-000000000000"
TOKEN = "bench-token"
ROUNDS = 7  # of the GET clients, each run for half of --seconds a round


@contextmanager
def bench_server(latency_ms: float = 20.0) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "bench_server.py"), "--port", "0", "--latency", str(latency_ms)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().split()
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        process.terminate()
        process.wait(timeout=10)


async def run_for(seconds: float, concurrency: int, call: Callable[[], Awaitable[Any]]) -> float:
    """Requests per second with `concurrency` calls in flight for `seconds` (after a warm-up)."""
    return (await measure_calls(seconds, concurrency, call))[0]


async def measure_calls(seconds: float, concurrency: int, call: Callable[[], Awaitable[Any]]) -> tuple[float, float]:
    """Requests per second, and this process's CPU microseconds per request, as `run_for` runs them.

    The calls run for half of `seconds` before the measured `seconds` begin, so every connection is
    open and every pool is in its steady state; warming up by time, not by a number of calls,
    keeps a slow client (httpx's pool with 1,000 connections) from taking minutes.
    """
    done = 0

    async def worker() -> None:
        nonlocal done
        while True:
            await call()
            done += 1

    workers = [asyncio.ensure_future(worker()) for _ in range(concurrency)]
    await asyncio.sleep(seconds / 2)
    first, started, started_cpu = done, time.perf_counter(), time.process_time()
    await asyncio.sleep(seconds)
    last, ended, ended_cpu = done, time.perf_counter(), time.process_time()
    # The calls still in flight are not waited for: httpx's pool with 1,000 connections would
    # take minutes to finish them. A call that failed is an error of the bench.
    for task in workers:
        task.cancel()
    for outcome in await asyncio.gather(*workers, return_exceptions=True):
        if not isinstance(outcome, asyncio.CancelledError):
            raise RuntimeError(f"a call failed during the bench: {outcome!r}")
    calls = max(last - first, 1)
    return calls / (ended - started), (ended_cpu - started_cpu) / calls * 1e6


async def server_ceiling(base_url: str, seconds: float) -> float:
    """Requests/s the server answers to a minimal raw-socket client (100 keep-alive connections)."""
    host, port = base_url.removeprefix("http://").split(":")
    request = f"GET /core/v2/phonenumber/dids/{DID_SID} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    done = 0
    stop_at = time.perf_counter() + seconds

    async def connection() -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection(host, int(port))
        while time.perf_counter() < stop_at:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
            await reader.readexactly(length)
            done += 1
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(100)))
    return done / (time.perf_counter() - started)


GET_CLIENTS = (
    "raw httpx",
    "raw aiohttp",
    "raw aiohttp + the same model",
    "raw aiohttp + our parser",
    "generated asyncio() on httpx",
    "carrierx_async",
)


async def get_one_object(
    base_url: str, concurrency: int, seconds: float, order: tuple[str, ...]
) -> dict[str, tuple[float, float]]:
    """Requests/s and CPU us per request of the same GET from each client in `order`, one after the other."""
    import aiohttp
    import httpx
    from carrierx_core.api.dids import get_did
    from carrierx_core.models import Did

    from carrierx_async import CarrierX

    url = f"{base_url}/core/v2/phonenumber/dids/{DID_SID}"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    # Every client gets a pool of 100 connections (httpx's and aiohttp's default): at 1,000 in
    # flight calls wait for a free one. httpx's pool with 1,000 open connections scans them all
    # (and, per idle one, all again) on every request's start and end, which stalls the bench.
    connections = 100
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    wait_for_pool = httpx.Timeout(60.0, pool=None)  # httpx's 5 s for a free connection is too short here

    async def measure(name: str) -> tuple[float, float]:
        if name == "raw httpx":
            async with httpx.AsyncClient(limits=limits, headers=headers, timeout=wait_for_pool) as client:

                async def raw_httpx() -> None:
                    (await client.get(url)).json()

                return await measure_calls(seconds, concurrency, raw_httpx)
        if name == "generated asyncio() on httpx":
            async with httpx.AsyncClient(
                limits=limits, headers=headers, base_url=f"{base_url}/core/v2", timeout=wait_for_pool
            ) as client:

                async def generated_function() -> None:
                    await get_did.asyncio(client, DID_SID)

                return await measure_calls(seconds, concurrency, generated_function)
        if name == "carrierx_async":
            async with CarrierX(token=TOKEN, base_url=base_url, limits=limits) as cx:

                async def carrierx_async() -> None:
                    await cx.core.dids.get_did(DID_SID)

                return await measure_calls(seconds, concurrency, carrierx_async)
        connector = aiohttp.TCPConnector(limit=connections)
        async with aiohttp.ClientSession(connector=connector, headers=headers) as session:

            async def raw_aiohttp() -> None:
                async with session.get(url) as response:
                    json.loads(await response.read())

            async def aiohttp_and_model() -> None:
                async with session.get(url) as response:
                    Did.from_dict(json.loads(await response.read()))

            async def aiohttp_and_our_parser() -> None:
                # The client's own decoding (msgspec, then the model): what is left is the facade's cost.
                async with session.get(url) as response:
                    get_did.parse_response(response.status, response.headers, await response.read())

            calls = {
                "raw aiohttp": raw_aiohttp,
                "raw aiohttp + the same model": aiohttp_and_model,
                "raw aiohttp + our parser": aiohttp_and_our_parser,
            }
            return await measure_calls(seconds, concurrency, calls[name])

    return {name: await measure(name) for name in order}


def get_rounds(base_url: str, concurrency: int, seconds: float, rounds: int) -> dict[str, Any]:
    """Every client in turn, `rounds` times, the order turning each round (as the journal bench does).

    A client's figure is its median over rounds; a ratio is the median of the ratios within each
    round, where both clients ran seconds apart: a 2-core machine's noise (another process waking
    up, the CPU slowing) moves both figures of a round, not one. Besides requests/s, the client's
    CPU time per request: the server runs on the other core, so the client's CPU is what limits
    it, and CPU time is not stretched by the moments another process holds the core.
    """
    runs: list[dict[str, tuple[float, float]]] = []
    for number in range(rounds):
        shift = number % len(GET_CLIENTS)
        order = GET_CLIENTS[shift:] + GET_CLIENTS[:shift]
        runs.append(asyncio.run(get_one_object(base_url, concurrency, seconds, order)))
    return {
        "req/s (median of rounds)": {name: statistics.median(run[name][0] for run in runs) for name in GET_CLIENTS},
        "CPU us per request (median of rounds)": {
            name: statistics.median(run[name][1] for run in runs) for name in GET_CLIENTS
        },
        "carrierx_async / client, req/s (median of per-round ratios)": {
            name: statistics.median(run["carrierx_async"][0] / run[name][0] for run in runs) for name in GET_CLIENTS
        },
        "carrierx_async / client, by CPU per request (median of per-round ratios)": {
            name: statistics.median(run[name][1] / run["carrierx_async"][1] for run in runs) for name in GET_CLIENTS
        },
        "rounds": [{name: {"req/s": run[name][0], "cpu us": run[name][1]} for name in run} for run in runs],
    }


TRIO_SCRIPT = """
import json, sys, time
import httpx, trio
from carrierx_async import CarrierX

async def run_for(seconds, concurrency, call):
    # As measure_calls: half of `seconds` to warm up (every connection open), then `seconds` measured.
    done = 0
    warm_up = seconds / 2
    marks = []

    async def worker():
        nonlocal done
        while True:
            await call()
            done += 1

    async with trio.open_nursery() as nursery:
        for _ in range(concurrency):
            nursery.start_soon(worker)
        await trio.sleep(warm_up)
        marks.append((done, time.perf_counter()))
        await trio.sleep(seconds)
        marks.append((done, time.perf_counter()))
        nursery.cancel_scope.cancel()  # the calls still in flight are not waited for
    (first, started), (last, ended) = marks
    return (last - first) / (ended - started)

async def main(base_url, seconds, concurrency):
    url = f"{base_url}/core/v2/phonenumber/dids/c9a8b7d6-0000-4000-8000-000000000000"
    limits = httpx.Limits(max_connections=100)
    results = {}
    timeout = httpx.Timeout(60.0, pool=None)
    async with httpx.AsyncClient(limits=limits, headers={"Authorization": "Bearer t"}, timeout=timeout) as client:
        async def raw():
            (await client.get(url)).json()
        results["raw httpx on trio"] = await run_for(seconds, concurrency, raw)
    async with CarrierX(token="t", base_url=base_url, limits=limits) as cx:
        async def ours():
            await cx.core.dids.get_did("c9a8b7d6-0000-4000-8000-000000000000")
        results["carrierx_async on trio"] = await run_for(seconds, concurrency, ours)
    print(json.dumps(results))

trio.run(main, sys.argv[1], float(sys.argv[2]), int(sys.argv[3]))
"""


def on_trio(base_url: str, seconds: float, concurrency: int) -> dict[str, float]:
    """The same GET on trio (httpx sender), in a fresh process."""
    command = [sys.executable, "-c", TRIO_SCRIPT, base_url, str(seconds), str(concurrency)]
    output = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(output.stdout)
    return result


# A burst: `calls` GETs started at once on a default client, on asyncio (aiohttp) or trio (httpx).
BURST_SCRIPT = """
import json, sys, time
import anyio
from carrierx_async import CarrierX, CarrierXError

async def main(base_url, calls, sid):
    errors = 0
    async with CarrierX(token="t", base_url=base_url) as cx:
        await cx.core.dids.get_did(sid)  # warm up: imports, the sender, one connection

        async def one():
            nonlocal errors
            try:
                await cx.core.dids.get_did(sid)
            except CarrierXError:
                errors += 1

        wall, cpu = time.perf_counter(), time.process_time()
        async with anyio.create_task_group() as group:
            for _ in range(calls):
                group.start_soon(one)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"seconds": wall, "cpu seconds": cpu, "errors": errors}))

anyio.run(main, sys.argv[1], int(sys.argv[2]), sys.argv[4], backend=sys.argv[3])
"""


def burst(base_url: str, calls: int, backend: str) -> dict[str, float]:
    """Wall and CPU seconds of `calls` concurrent GETs on a fresh default client, in a fresh process."""
    command = [sys.executable, "-c", BURST_SCRIPT, base_url, str(calls), backend, DID_SID]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    result: dict[str, float] = json.loads(output.stdout)
    return result


FIRST_CALL_IMPORTS = """
import sys, time
started = time.perf_counter()
import carrierx_async
imported = time.perf_counter()
cx = carrierx_async.CarrierX(token="t")
import aiohttp, yarl  # what the first call on asyncio loads for its sender
cx.core.dids  # the Core section and the dids resource with its endpoints and models
first_call = time.perf_counter()
print((imported - started) * 1000, (first_call - imported) * 1000)
"""


def first_call_imports(runs: int = 9) -> tuple[float, float]:
    """Median ms to import the package, then what a first Core call imports on top of it."""
    samples = []
    for _ in range(runs):
        output = subprocess.run([sys.executable, "-c", FIRST_CALL_IMPORTS], capture_output=True, text=True, check=True)
        package, first = map(float, output.stdout.split())
        samples.append((package, first))
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


# The second run without a journal measures the bench's own noise: its "cost" should be 0.
JOURNAL_VARIANTS = ("no journal", "SQLite journal", "SQLite journal, fsync=True", "Redis journal", "no journal, again")


async def batch_journal(base_url: str, items: int, rounds: int, *, slow: bool = False) -> dict[str, Any]:
    """What a journal costs a Batch: items/s without one, with SQLite (two ways), with Redis.

    Two cases: GETs of one DID answered at once, 100 in flight (the client's CPU is the limit,
    the worst case for a journal), and, with `slow`, lists answered after 20 ms, 20 in flight
    (the network is the limit, as with CarrierX, whose answers take longer still).

    Each round runs every variant once, `items` inputs each, in an order that turns every round
    (ABCDE, BCDEA, ...): each variant runs first, second, ... as often, and after each of the
    others, so drift in the machine's speed and what one run leaves behind (garbage, a
    checkpoint) hit each variant alike; a second run without a journal shows how far apart two
    identical variants come out (the noise floor of this machine). A variant's cost
    is the median over rounds of 1 - (its items/s / no journal's) within the same round: rounds
    are short, so another process waking up on this machine moves both figures of a round, not
    one. The time runs until every outcome is written (`flush`); one journal file holds every
    round, growing as a long job's would. The client's CPU time per item (all its threads, the
    SQLite writer's included) is printed too.
    """
    import tempfile

    from redis.asyncio import Redis

    from carrierx_async import CarrierX
    from carrierx_async.batch import Batch, Journal, LocalRedis, RedisJournal, SQLiteJournal

    throughput: dict[str, list[float]] = {name: [] for name in JOURNAL_VARIANTS}
    cpu: dict[str, list[float]] = {name: [] for name in JOURNAL_VARIANTS}
    concurrency = 20 if slow else 100
    with tempfile.TemporaryDirectory() as folder, LocalRedis() as local_redis:
        redis = Redis.from_url(local_redis.url)
        async with CarrierX(token=TOKEN, base_url=f"{base_url}/slow" if slow else base_url) as cx:

            async def get(index: int) -> Any:
                if slow:
                    return await cx.core.dids.get_dids(limit=1)
                return await cx.core.dids.get_did(DID_SID)

            await Batch(get, range(10 * concurrency), concurrency=concurrency).run()  # warm up: imports, pool
            for round_number in range(rounds):
                shift = round_number % len(JOURNAL_VARIANTS)  # each variant takes each place in turn
                order = JOURNAL_VARIANTS[shift:] + JOURNAL_VARIANTS[:shift]
                for name in order:
                    journal: Journal | None = None
                    if name.startswith("SQLite journal"):
                        fsync = name.endswith("fsync=True")
                        journal = SQLiteJournal(f"{folder}/bench.sqlite", job=f"{name} {round_number}", fsync=fsync)
                    elif name == "Redis journal":
                        journal = RedisJournal(redis, job=f"round-{round_number}")
                    started, started_cpu = time.perf_counter(), time.process_time()
                    await Batch(get, range(items), concurrency=concurrency, journal=journal, key=str).run()
                    if journal is not None:
                        await journal.flush()  # every outcome written: part of the cost
                    throughput[name].append(items / (time.perf_counter() - started))
                    cpu[name].append((time.process_time() - started_cpu) / items * 1e6)
                    if journal is not None:
                        await journal.aclose()  # closing the file (a checkpoint) is once a job, not per item
        await redis.aclose()

    def cost(name: str) -> float:
        pairs = zip(throughput[name], throughput["no journal"], strict=True)
        return 1 - statistics.median(value / baseline for value, baseline in pairs)

    return {
        "case": f"lists answered after 20 ms, {concurrency} in flight"
        if slow
        else f"GETs answered at once, {concurrency} in flight",
        "items per round": items,
        "rounds": rounds,
        "items/s (median)": {name: statistics.median(values) for name, values in throughput.items()},
        "items/s (each round)": throughput,
        "cost (median of per-round ratios)": {name: cost(name) for name in JOURNAL_VARIANTS[1:]},
        "client CPU per item, us (median)": {name: statistics.median(values) for name, values in cpu.items()},
    }


def journal_lines(figures: dict[str, Any]) -> list[str]:
    """The journal bench as text."""
    rounds = figures["items/s (each round)"]
    ratios = [value / baseline for value, baseline in zip(rounds["SQLite journal"], rounds["no journal"], strict=True)]
    quartiles = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
    return [
        f"batch of {figures['case']}, {figures['items per round']} items x {figures['rounds']} rounds"
        " (each variant in each place in turn):",
        "  items/s (median): "
        + ", ".join(f"{name} {value:.0f}" for name, value in figures["items/s (median)"].items()),
        "  SQLite journal / none, each round: " + " ".join(f"{ratio:.2f}" for ratio in ratios),
        f"    quartiles {quartiles[0]:.2f} / {quartiles[1]:.2f} / {quartiles[2]:.2f}",
        "  client CPU per item (median, all threads): "
        + ", ".join(f"{name} {value:.0f} us" for name, value in figures["client CPU per item, us (median)"].items()),
        "  cost, the median of the rounds' ratios: "
        + ", ".join(f"{name} {value:.1%}" for name, value in figures["cost (median of per-round ratios)"].items()),
    ]


PAGING_SCRIPT = """
import asyncio, json, os, sys, time
from carrierx_async import CarrierX

PAGE = os.sysconf("SC_PAGE_SIZE")

def rss():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE

async def main(base_url):
    async with CarrierX(token="t", base_url=base_url) as cx:
        await cx.core.dids.get_dids(limit=1000)  # warm up: imports, pool, one full page parsed
        baseline = peak = rss()
        started = time.perf_counter()
        count = 0
        async for page in cx.core.dids.iter_dids(page_size=1000).pages():
            count += len(page.items)
            peak = max(peak, rss())  # sampled once per page, while the page is alive
        elapsed = time.perf_counter() - started
    print(json.dumps({"items": count, "seconds": elapsed, "rss_growth_mb": (peak - baseline) / 2**20,
                      "baseline_rss_mb": baseline / 2**20}))

asyncio.run(main(sys.argv[1]))
"""


def page_a_million(base_url: str) -> dict[str, float]:
    """All 1,000,000 items in 1,000 pages, in a fresh process so its peak RSS is its own."""
    output = subprocess.run([sys.executable, "-c", PAGING_SCRIPT, base_url], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(output.stdout)
    return result


async def prefetch_effect(base_url: str, pages: int, work_ms: float, latency_ms: float) -> dict[str, float]:
    """Time to walk `pages` slow pages doing `work_ms` per page, with and without prefetch."""
    from carrierx_async import CarrierX

    timings = {}
    async with CarrierX(token=TOKEN, base_url=f"{base_url}/slow") as cx:
        for prefetch in (False, True):
            started = time.perf_counter()
            paginator = cx.core.dids.iter_dids(page_size=100, max_items=pages * 100, prefetch=prefetch)
            async for _ in paginator.pages():
                await asyncio.sleep(work_ms / 1000)
            timings["with prefetch" if prefetch else "without prefetch"] = time.perf_counter() - started
    hidden = (timings["without prefetch"] - timings["with prefetch"]) / (pages * latency_ms / 1000)
    return {**timings, "latency hidden": hidden}


def import_time(module: str, runs: int = 7) -> float:
    """Median seconds to import `module` in a fresh interpreter, interpreter start-up removed."""

    def timed(code: str) -> float:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    return max(0.0, timed(f"import {module}") - timed("pass"))


def get_lines(measured: dict[str, Any], concurrency: int) -> list[str]:
    """The GET clients at one concurrency: requests/s, CPU per request, and both ratios."""
    rows = [
        [
            f"GET one object, {concurrency} in flight",
            "req/s",
            "carrierx_async / it",
            "CPU us/request",
            "carrierx_async / it, by CPU",
        ]
    ]
    for name in GET_CLIENTS:
        rows.append(
            [
                name,
                f"{measured['req/s (median of rounds)'][name]:.0f}",
                f"{measured['carrierx_async / client, req/s (median of per-round ratios)'][name]:.2f}x",
                f"{measured['CPU us per request (median of rounds)'][name]:.1f}",
                f"{measured['carrierx_async / client, by CPU per request (median of per-round ratios)'][name]:.2f}x",
            ]
        )
    rounds = len(measured["rounds"])
    return [table(rows), f"(medians of {rounds} rounds; a ratio is the median of the ratios within each round)"]


def table(rows: list[list[str]]) -> str:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=2.0, help="measuring time per client and concurrency")
    parser.add_argument("--quick", action="store_true", help="shorter runs, for a smoke test")
    parser.add_argument(
        "--only", choices=["journal", "get"], help="run one part: the batch journal's cost, or the GET at 100 in flight"
    )
    parser.add_argument("--rounds", type=int, help=f"rounds of the GET clients ({ROUNDS}; 15 with --only get)")
    parser.add_argument("--journal-items", type=int, help="inputs per round of the journal bench (3000)")
    parser.add_argument("--journal-rounds", type=int, help="rounds of the journal bench (25)")
    arguments = parser.parse_args()
    seconds = 0.3 if arguments.quick else arguments.seconds
    journal_items = arguments.journal_items or (2000 if arguments.quick else 3000)
    journal_rounds = arguments.journal_rounds or (5 if arguments.quick else 25)
    slow_items, slow_rounds = (300, 5) if arguments.quick else (1000, 10)
    report: dict[str, Any] = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}",
        "cores": __import__("os").cpu_count(),
    }
    if arguments.only == "journal":
        with bench_server() as base_url:
            report["batch journal"] = asyncio.run(batch_journal(base_url, journal_items, journal_rounds))
            print("\n".join(journal_lines(report["batch journal"])))
            report["batch journal, slow calls"] = asyncio.run(
                batch_journal(base_url, slow_items, slow_rounds, slow=True)
            )
            print("\n".join(journal_lines(report["batch journal, slow calls"])))
        print(f"machine: {report['machine']}, {report['cores']} cores")
        JOURNAL_RESULTS.parent.mkdir(exist_ok=True)
        JOURNAL_RESULTS.write_text(json.dumps(report, indent=2))
        print(f"figures written to {JOURNAL_RESULTS.relative_to(ROOT)}")
        return 0
    if arguments.only == "get":
        with bench_server() as base_url:
            measured = get_rounds(base_url, 100, seconds / 2, arguments.rounds or 15)
        print("\n".join(get_lines(measured, 100)))
        print(f"machine: {report['machine']}, {report['cores']} cores")
        GET_RESULTS.parent.mkdir(exist_ok=True)
        GET_RESULTS.write_text(json.dumps({**report, "get one object, 100 in flight": measured}, indent=2))
        print(f"figures written to {GET_RESULTS.relative_to(ROOT)}")
        return 0
    rounds = arguments.rounds or ROUNDS
    latency_ms, work_ms, slow_pages = 20.0, 20.0, 10 if arguments.quick else 25

    with bench_server(latency_ms) as base_url:
        report["server ceiling (req/s)"] = asyncio.run(server_ceiling(base_url, seconds))
        print(f"server ceiling: {report['server ceiling (req/s)']:.0f} req/s (raw sockets, 100 connections)")
        get_results, get_ratios, get_measured = {}, {}, {}
        for concurrency in (1, 10, 100, 1000):
            measured = get_measured[concurrency] = get_rounds(base_url, concurrency, seconds / 2, rounds)
            get_results[concurrency] = measured["req/s (median of rounds)"]
            get_ratios[concurrency] = measured["carrierx_async / client, req/s (median of per-round ratios)"]
            print(
                f"GET one object, {concurrency} in flight: "
                + ", ".join(f"{k} {v:.0f}" for k, v in get_results[concurrency].items())
            )
        report["get one object (req/s)"] = get_results
        report["get one object, every measure"] = get_measured
        report["trio, 100 in flight (req/s)"] = on_trio(base_url, seconds, 100)
        print(
            "trio, 100 in flight: "
            + ", ".join(f"{k} {v:.0f}" for k, v in report["trio, 100 in flight (req/s)"].items())
        )
        report["2,000 concurrent calls"] = {backend: burst(base_url, 2000, backend) for backend in ("asyncio", "trio")}
        report["paging 1,000,000 items"] = page_a_million(base_url)
        report["prefetch, 20 ms latency + 20 ms work per page"] = asyncio.run(
            prefetch_effect(base_url, slow_pages, work_ms, latency_ms)
        )
        report["batch journal"] = asyncio.run(batch_journal(base_url, journal_items, journal_rounds))
        report["batch journal, slow calls"] = asyncio.run(batch_journal(base_url, slow_items, slow_rounds, slow=True))
    report["import (s)"] = {"httpx": import_time("httpx"), "carrierx_async": import_time("carrierx_async")}
    report["first Core call imports (ms)"] = first_call_imports()

    rows = [[f"GET one object, req/s (median of {rounds} rounds)", *(f"{c} in flight" for c in get_results)]]
    for client in GET_CLIENTS:
        rows.append([client, *(f"{get_results[c][client]:.0f}" for c in get_results)])
    for name in GET_CLIENTS[:-1]:
        rows.append([f"carrierx_async / {name}", *(f"{get_ratios[c][name]:.2f}x" for c in get_ratios)])
    print()
    print(table(rows))
    print()
    print("\n".join(get_lines(get_measured[100], 100)))
    paging = report["paging 1,000,000 items"]
    prefetch = report["prefetch, 20 ms latency + 20 ms work per page"]
    imports = report["import (s)"]
    print()
    print(
        f"paging 1,000,000 items: {paging['seconds']:.1f} s ({paging['items'] / paging['seconds']:.0f} items/s), "
        f"peak RSS growth {paging['rss_growth_mb']:.1f} MB"
    )
    print(
        f"prefetch ({slow_pages} pages): {prefetch['without prefetch']:.2f} s without, "
        f"{prefetch['with prefetch']:.2f} s with; {prefetch['latency hidden'] * 100:.0f}% of page latency hidden"
    )
    print(
        f"import: carrierx_async {imports['carrierx_async'] * 1000:.0f} ms, httpx {imports['httpx'] * 1000:.0f} ms "
        f"({imports['carrierx_async'] / imports['httpx']:.2f}x)"
    )
    package_ms, first_ms = report["first Core call imports (ms)"]
    print(f"first Core call: import carrierx_async {package_ms:.0f} ms, then {first_ms:.0f} ms more of imports")
    trio = report["trio, 100 in flight (req/s)"]
    trio_ratio = trio["carrierx_async on trio"] / trio["raw httpx on trio"]
    print(f"trio, 100 in flight: carrierx_async / raw httpx {trio_ratio:.2f}x")
    bursts = report["2,000 concurrent calls"]
    print(
        "2,000 concurrent calls, default client: "
        + ", ".join(f"{loop} {run['seconds']:.2f} s ({run['cpu seconds']:.2f} s CPU)" for loop, run in bursts.items())
        + f"; trio / asyncio {bursts['trio']['seconds'] / bursts['asyncio']['seconds']:.2f}x"
    )
    print("\n".join(journal_lines(report["batch journal"])))
    print("\n".join(journal_lines(report["batch journal, slow calls"])))
    print(f"machine: {report['machine']}, {report['cores']} cores")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, default=str))
    print(f"figures written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
