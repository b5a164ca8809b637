"""A minimal keep-alive HTTP/1.1 responder serving canned CarrierX JSON, for `make bench`.

It runs in its own process so that it never competes with the client being measured for the
same event loop, and does as little as possible per request (no framework, no JSON encoding on
the hot path), so the benchmark measures clients, not this server.

    GET /core/v2/phonenumber/dids/<sid>                   one DID object
    GET /core/v2/phonenumber/dids?limit=L&offset=O        a page of a 1,000,000-DID list
    GET /slow/core/v2/phonenumber/dids?limit=L&offset=O   the same, answered after --latency ms

Usage: python scripts/bench_server.py --port 0   (prints "PORT <n>" once listening)
"""

from __future__ import annotations

import argparse
import asyncio
import json
from urllib.parse import parse_qs, urlsplit

TOTAL_ITEMS = 1_000_000

DID = {
    "active_capabilities": 4,
    "attributes": {},
    "callback_url": None,
    "capabilities": 7,
    "country_code": "USA",
    "did_group_sid": None,
    "did_sid": "c9a8b7d6-0000-4000-8000-000000000000",
    "in_country_format": "(516) 206-5575",
    "international_format": "+1 516-206-5575",
    "locality": "LONG BEACH",
    "name": "N/A",
    "partner_sid": "ed437757-002d-4ecc-aa5a-efdf5e50dba0",
    "phonenumber": "15162065575",
    "price": "1.5",
    "state": "NY",
    "status": "assigned",
    "string_key_1": None,
    "string_key_2": None,
    "trunk_group_sid": None,
}


def response(body: bytes, status: bytes = b"200 OK") -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: "
    return head + str(len(body)).encode() + b"\r\nConnection: keep-alive\r\n\r\n" + body


ONE_DID = response(json.dumps(DID).encode())
ITEM_HEAD, ITEM_TAIL = json.dumps({**DID, "did_sid": "@"}).encode().split(b"@")


def page(limit: int, offset: int) -> bytes:
    end = min(offset + limit, TOTAL_ITEMS)
    items = b",".join(ITEM_HEAD + b"did-%d" % index + ITEM_TAIL for index in range(offset, end))
    envelope = b'{"count":%d,"has_more":%s,"items":[%s],"limit":%d,"offset":%d,"pagination":{},"total":%d}' % (
        end - offset,
        b"true" if end < TOTAL_ITEMS else b"false",
        items,
        limit,
        offset,
        TOTAL_ITEMS,
    )
    return response(envelope)


class Responder(asyncio.Protocol):
    latency = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.answer(head.split(b" ", 2)[1].decode())

    def answer(self, target: str) -> None:
        if "?" not in target:
            self.transport.write(ONE_DID)
            return
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        body = page(int(query.get("limit", ["10"])[0]), int(query.get("offset", ["0"])[0]))
        if parts.path.startswith("/slow/"):
            asyncio.get_running_loop().call_later(self.latency, self.write_if_open, body)
        else:
            self.transport.write(body)

    def write_if_open(self, body: bytes) -> None:
        if not self.transport.is_closing():
            self.transport.write(body)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=20.0, help="milliseconds, for /slow/ paths")
    arguments = parser.parse_args()
    Responder.latency = arguments.latency / 1000
    server = await asyncio.get_running_loop().create_server(Responder, "127.0.0.1", arguments.port, backlog=4096)
    print("PORT", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
