"""The fake server on a port answers a kept-alive connection without a Nagle stall.

Found while sizing this suite: every answer after the first on a connection to `serve()` (or
`python -m carrierx_async.testing`) arrived ~44 ms late. uvicorn writes the head and the body of
an answer separately; on a socket without TCP_NODELAY the body waits for the client's delayed
ACK of the head (40 ms on Linux). asyncio sets TCP_NODELAY only on sockets whose
`proto == IPPROTO_TCP`, and `bind()` made its socket with proto 0. Sequential callers of the fake
server paid 44 ms a call; 64 concurrent connections topped out at ~1,450 requests/s.
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import time

import httpx

from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, serve

REQUEST = (
    b"GET /core/v2/trunk_groups?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    b"Authorization: Bearer " + DEFAULT_TOKEN.encode() + b"\r\n\r\n"
)


def body_delays(port: int, requests: int) -> list[float]:
    """Seconds between the head and the end of each answer, on one kept-alive connection."""
    delays = []
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for _ in range(requests):
            connection.sendall(REQUEST)
            received = b""
            while b"\r\n\r\n" not in received:
                received += connection.recv(65536)
            head_at = time.perf_counter()
            head, _, body = received.partition(b"\r\n\r\n")
            length = int(
                next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length"))
            )
            while len(body) < length:
                body += connection.recv(65536)
            delays.append(time.perf_counter() - head_at)
    return delays


def test_answers_on_a_kept_alive_connection_are_not_held_back() -> None:
    with serve(FakeCarrierX()) as base_url:
        delays = body_delays(int(base_url.rsplit(":", 1)[1]), 12)
    # Without the stall the body follows its head within a millisecond on loopback; with it,
    # every answer but the first waited for the 40 ms delayed-ACK timer.
    assert statistics.median(delays[1:]) < 0.02, [f"{delay * 1000:.1f} ms" for delay in delays]


PAGE = 10  # small pages, so that what a page costs beyond its own records shows


def after_page_seconds(records: int, repeats: int = 7) -> float:
    """The fastest of several `after` pages from the middle of `records` seeded CDRs."""
    app = FakeCarrierX()
    sids = [
        record["dr_sid"] for record in app.seed_call_detail_records({"direction": "inbound"} for _ in range(records))
    ]

    async def fastest() -> float:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="https://api.carrierx.com",
            headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"},
        ) as client:
            timings = []
            for attempt in range(repeats):
                started = time.perf_counter()
                answer = await client.get(
                    "/core/v2/calls/call_drs", params={"after": sids[records // 2 + attempt], "limit": PAGE}
                )
                timings.append(time.perf_counter() - started)
                assert len(answer.json()["items"]) == PAGE
            return min(timings)

    return asyncio.run(fastest())


def test_a_page_costs_the_page_not_the_collection() -> None:
    # A page used to cost time in proportion to the whole collection (4 ms at 1,000 records,
    # 141 ms at 100,000 for pages of 10), which made a full export quadratic. The ratio below
    # was over 20 with that behaviour and is about 1 without it; 5 leaves room for a busy machine.
    timings = {records: after_page_seconds(records) for records in (2_500, 20_000, 100_000)}
    shown = ", ".join(f"{seconds * 1000:.1f} ms at {records:,}" for records, seconds in timings.items())
    print(f"\nafter-page of {PAGE} CDRs: {shown}")  # seen with `pytest -s`
    assert timings[100_000] < 5 * timings[2_500], shown
