"""Bursts of concurrent calls on the default client: trio (httpx sender) next to asyncio (aiohttp).

Each burst runs in a fresh process against scripts/bench_server.py on loopback: one warm-up
call, then `calls` GETs started at once with the default limits. Printed per event loop and
burst size: wall seconds, the client process's CPU seconds, and errors.

    python scripts/bench_burst.py [--calls 250 500 1000 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from bench import DID_SID, bench_server, table

BURST_SCRIPT = """
import json, sys, time
import anyio
from carrierx_async import CarrierX, CarrierXError

async def main(base_url, calls):
    errors = 0
    async with CarrierX(token="t", base_url=base_url) as cx:
        await cx.core.dids.get_did(SID)  # warm up: imports, the sender, one connection

        async def one():
            nonlocal errors
            try:
                await cx.core.dids.get_did(SID)
            except CarrierXError:
                errors += 1

        wall, cpu = time.perf_counter(), time.process_time()
        async with anyio.create_task_group() as group:
            for _ in range(calls):
                group.start_soon(one)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"seconds": wall, "cpu seconds": cpu, "errors": errors}))

anyio.run(main, sys.argv[1], int(sys.argv[2]), backend=sys.argv[3])
"""


def burst(base_url: str, calls: int, backend: str) -> dict[str, float]:
    """Wall and CPU seconds of `calls` concurrent GETs on a fresh default client, in a fresh process."""
    script = BURST_SCRIPT.replace("SID", repr(DID_SID))
    command = [sys.executable, "-c", script, base_url, str(calls), backend]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    result: dict[str, float] = json.loads(output.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, nargs="+", default=[250, 500, 1000, 2000])
    parser.add_argument("--rounds", type=int, default=3, help="bursts per size and loop; the fastest is kept")
    arguments = parser.parse_args()
    rows = [["calls at once", "asyncio s", "asyncio CPU s", "trio s", "trio CPU s", "trio / asyncio", "errors"]]
    with bench_server() as base_url:
        for calls in arguments.calls:
            best: dict[str, dict[str, float]] = {}
            for _ in range(arguments.rounds):  # alternating, so the machine's drift hits both alike
                for backend in ("asyncio", "trio"):
                    result = burst(base_url, calls, backend)
                    if backend not in best or result["seconds"] < best[backend]["seconds"]:
                        best[backend] = result
            aio, trio = best["asyncio"], best["trio"]
            rows.append(
                [
                    f"{calls:,}",
                    f"{aio['seconds']:.2f}",
                    f"{aio['cpu seconds']:.2f}",
                    f"{trio['seconds']:.2f}",
                    f"{trio['cpu seconds']:.2f}",
                    f"{trio['seconds'] / aio['seconds']:.2f}x",
                    f"{aio['errors']:.0f} / {trio['errors']:.0f}",
                ]
            )
            print(rows[-1], flush=True)
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
