"""`make demo`: a real batch job through carrierx_async against the fake CarrierX server.

No account needed: the fake server (carrierx_async.testing) runs on a loopback port and
injects the faults real networks and APIs produce. The job:

1. creates a FlexML endpoint and a trunk group routing to it (Core API, bearer token);
2. rents DIDs from the available pool on that trunk group;
3. points every DID at a FlexML app (FlexML API, with the endpoint's own credentials);
4. sends SMS from those DIDs with bounded concurrency and a smooth rate limit;
5. pages through every message detail record and checks each message was sent exactly once.

It exits non-zero if any message is lost or doubled.

    python scripts/demo.py [--dids 500] [--messages 2000] [--concurrency 50] [--rate 0]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import sys
import time
from typing import Any

from carrierx_core.models import MessageCreateParams

from carrierx_async import APIError, Batch, BatchProgress, CarrierX, FlexMLAPI, RetryPolicy
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, Fault, serve

APP_URL = "https://ivr.example.com/flexml/answer"
STATUS_URL = "https://ivr.example.com/flexml/status"

# What the server injects. POSTs only get answers a client can safely retry (429 with
# Retry-After); idempotent calls also get 5xx and connections dropped before processing.
FAULTS = [
    Fault("rate_limit", method="POST", path="/core/v2/sms/messages", rate=0.05, retry_after=0.05),
    Fault("rate_limit", method="POST", path="/core/v2/phonenumber/dids", rate=0.05, retry_after=0.05),
    Fault("server_error", method="GET", path="*", rate=0.05),
    Fault("drop_before", method="GET", path="*", rate=0.02),
    Fault("server_error", method="PUT", path="/flexml/v1/dids/*", rate=0.05),
    Fault("latency", method="*", path="*", rate=0.2, delay=0.005),
]


class ProgressBar:
    """One line on stderr, redrawn at most ten times a second (and when done)."""

    def __init__(self, label: str, total: int) -> None:
        self.label = label
        self.total = total
        self.drawn = 0.0

    def __call__(self, progress: BatchProgress) -> None:
        now = time.monotonic()
        finished = progress.done == self.total
        if not finished and (now - self.drawn < 0.1 or not sys.stderr.isatty()):
            return
        self.drawn = now
        width = 30
        filled = width * progress.done // max(self.total, 1)
        rate = progress.done / max(progress.elapsed, 1e-9)
        sys.stderr.write(
            f"\r{self.label:<22} [{'#' * filled}{'.' * (width - filled)}] {progress.done}/{self.total}"
            f"  {rate:6.0f}/s  failed {progress.failed}"
        )
        if finished:
            sys.stderr.write("\n")
        sys.stderr.flush()


def table(rows: list[tuple[str, Any]]) -> str:
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"  {name:<{width}}  {value}" for name, value in rows)


async def run_job(base_url: str, dids: int, messages: int, concurrency: int, rate: float | None) -> dict[str, Any]:
    # A batch job can afford patience: six tries ride out runs of 429s without giving up.
    retry = RetryPolicy(attempts=6, initial_delay=0.02, max_delay=0.5)
    async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url, retry=retry) as cx:
        endpoint = await cx.core.endpoints.create_endpoint(body={"name": "demo-ivr", "type": "flexml"})
        trunk_group = await cx.core.trunk_groups.create_trunk_group(
            body={"name": "demo-ivr", "trunks": [{"name": "to-flexml", "endpoint_sid": endpoint.endpoint_sid}]}
        )

        async def rent(_: int) -> str:
            did = await cx.core.dids.rent_did(body={"trunk_group_sid": trunk_group.trunk_group_sid})
            return str(did.phonenumber)

        rented = await Batch(
            rent, range(dids), concurrency=concurrency, on_progress=ProgressBar("renting DIDs", dids)
        ).run()
        numbers = [result.value for result in rented if result.ok]

        flexml = await cx.for_endpoint(str(endpoint.endpoint_sid), FlexMLAPI)
        flexml_dids = [did async for did in flexml.dids.iter_dids()]

        async def point(did: Any) -> None:
            await flexml.dids.replace_did(
                did.did_sid,
                body={
                    "url": APP_URL,
                    "method": "POST",
                    "status_callback_url": STATUS_URL,
                    "status_callback_method": "POST",
                },
            )

        pointed = await Batch(
            point,
            flexml_dids,
            concurrency=concurrency,
            on_progress=ProgressBar("pointing DIDs at app", len(flexml_dids)),
        ).run()

        def message_body(index: int) -> MessageCreateParams:
            return {
                "from": str(numbers[index % len(numbers)]),
                "to": f"1555{index:07d}",
                "message": f"demo message {index}",
            }

        async def send(index: int) -> str:
            message = await cx.core.sms.send_message(body=message_body(index))
            return str(message.message)

        started = time.monotonic()
        sent = await Batch(
            send, range(messages), concurrency=concurrency, rate=rate, on_progress=ProgressBar("sending SMS", messages)
        ).run()
        sending_seconds = time.monotonic() - started

        records = [record async for record in cx.core.sms.iter_message_detail_records(page_size=1000)]
        retries = cx.retries
    delivered = [str(record.message) for record in records]  # each message text is unique
    counted = collections.Counter(delivered)
    confirmed = {result.value for result in sent if result.ok}
    failures = collections.Counter(type(result.error).__name__ for result in sent if not result.ok)
    return {
        "dids_rented": len(numbers),
        "dids_pointed": sum(result.ok for result in pointed),
        "dids_seen_by_flexml": len(flexml_dids),
        "sms_confirmed": len(confirmed),
        "sms_failed": dict(failures),
        "records": len(delivered),
        "duplicates": sum(count - 1 for count in counted.values()),
        "lost": len(confirmed - counted.keys()),
        "unconfirmed_but_sent": len(counted.keys() - confirmed),
        "retries": retries,
        "sms_per_second": messages / sending_seconds if sending_seconds else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dids", type=int, default=500)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rate", type=float, default=0.0, help="SMS per second at most (0: no limit)")
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args(argv)

    app = FakeCarrierX(faults=FAULTS, seed=arguments.seed, did_pool_size=max(1000, arguments.dids))
    started = time.monotonic()
    with serve(app) as base_url:
        print(f"fake CarrierX server on {base_url}")
        try:
            report = asyncio.run(
                run_job(base_url, arguments.dids, arguments.messages, arguments.concurrency, arguments.rate or None)
            )
        except APIError as error:
            print(f"the job failed: {error}", file=sys.stderr)
            return 1
    counters = app.counters
    injected = dict(app.faults.counts) if hasattr(app.faults, "counts") else {}
    ok = (
        report["dids_rented"] == arguments.dids
        and report["sms_confirmed"] == arguments.messages
        and report["records"] == arguments.messages
        and counters.get("sms_sent", 0) == arguments.messages
        and report["duplicates"] == 0
        and report["lost"] == 0
    )
    print()
    print("summary")
    print(
        table(
            [
                ("DIDs rented", f"{report['dids_rented']} / {arguments.dids}"),
                ("DIDs pointed at the FlexML app", f"{report['dids_pointed']} / {report['dids_seen_by_flexml']}"),
                ("SMS confirmed to the client", f"{report['sms_confirmed']} / {arguments.messages}"),
                ("SMS the server sent", counters.get("sms_sent", 0)),
                ("message detail records", report["records"]),
                ("duplicates", report["duplicates"]),
                ("lost", report["lost"]),
                ("failed calls", report["sms_failed"] or 0),
                ("faults injected", injected or "none"),
                ("retries by the client", report["retries"]),
                ("SMS throughput", f"{report['sms_per_second']:.0f}/s"),
                ("elapsed", f"{time.monotonic() - started:.1f} s"),
            ]
        )
    )
    print("\nOK: every message sent exactly once" if ok else "\nFAILED: messages were lost or doubled")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
