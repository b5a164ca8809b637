"""How long `import carrierx_async` takes next to `import httpx`: median of fresh interpreters.

    python scripts/import_time.py [--runs 31]

Each import runs in a new process, alternating, so caches and CPU state favour neither. It
prints the wall time of each process (interpreter start included), the same less a bare
`python -c pass`, and the cumulative time `python -X importtime` reports for the module.
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import time

STATEMENTS = {"nothing": "pass", "httpx": "import httpx", "carrierx_async": "import carrierx_async"}


def wall(statement: str) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one interpreter running `statement`.

    CPU time is the steadier of the two on a busy machine: waiting for a core does not count.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def importtime(module: str) -> float:
    """Microseconds `-X importtime` counts for `module`, everything it imported included."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True, check=True
    )
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|\s*(\S+)$", line)
        if match and match[2] == module:
            return float(match[1])
    raise RuntimeError(f"{module} not in -X importtime output")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=31)
    runs = parser.parse_args().runs
    for statement in STATEMENTS.values():  # warm the file cache and .pyc files
        wall(statement)
    times: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    cpu: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    cumulative: dict[str, list[float]] = {"httpx": [], "carrierx_async": []}
    for _ in range(runs):
        for name, statement in STATEMENTS.items():
            elapsed, used = wall(statement)
            times[name].append(elapsed)
            cpu[name].append(used)
        for module in cumulative:
            cumulative[module].append(importtime(module))
    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    median_cpu = {name: statistics.median(values) * 1000 for name, values in cpu.items()}
    net = {name: median[name] - median["nothing"] for name in ("httpx", "carrierx_async")}
    net_cpu = {name: median_cpu[name] - median_cpu["nothing"] for name in ("httpx", "carrierx_async")}
    cumulative_ms = {module: statistics.median(values) / 1000 for module, values in cumulative.items()}
    print(f"Python {sys.version.split()[0]}, median of {runs} fresh interpreters each (ms)")
    print(f"{'':22}{'wall':>8}{'wall-pass':>11}{'CPU':>8}{'CPU-pass':>10}{'-X importtime':>15}")
    print(f"{'python -c pass':22}{median['nothing']:8.1f}{'':11}{median_cpu['nothing']:8.1f}")
    for module in ("httpx", "carrierx_async"):
        print(
            f"{'import ' + module:22}{median[module]:8.1f}{net[module]:11.1f}"
            f"{median_cpu[module]:8.1f}{net_cpu[module]:10.1f}{cumulative_ms[module]:15.1f}"
        )
    print(
        "carrierx_async / httpx: "
        f"{net['carrierx_async'] / net['httpx']:.2f}x wall, "
        f"{net_cpu['carrierx_async'] / net_cpu['httpx']:.2f}x CPU (interpreter start left out), "
        f"{cumulative_ms['carrierx_async'] / cumulative_ms['httpx']:.2f}x by -X importtime"
    )


if __name__ == "__main__":
    main()
