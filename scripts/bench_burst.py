"""Bursts of concurrent calls on the default client: trio (httpx sender) next to asyncio (aiohttp).

Each burst runs in a fresh process against scripts/bench_server.py on loopback: one warm-up
call, then `calls` GETs started at once with the default limits. Printed per event loop and
burst size: wall seconds, the client process's CPU seconds, and errors.

    python scripts/bench_burst.py [--calls 250 500 1000 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse

from bench import bench_server, burst, table


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
