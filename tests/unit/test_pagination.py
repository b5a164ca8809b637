"""Pagination: every style, caps, prefetch at most one page ahead, clean early exit."""

from __future__ import annotations

import asyncio
from contextlib import aclosing

import anyio
import anyio.lowlevel
import attrs
import httpx
import pytest
import respx

from carrierx_async import CarrierX, ConfigurationError, RetryPolicy
from carrierx_async._pagination import AsyncPaginator, Page, PagePosition


@attrs.frozen
class Record:
    dr_sid: str


class FakeList:
    """A server-side list answering limit/offset or after/before requests, counting requests."""

    def __init__(self, size: int, *, envelope: str = "has_more", delay: float = 0.0) -> None:
        self.records = [Record(f"r{index}") for index in range(size)]
        self.envelope = envelope
        self.delay = delay
        self.requests: list[PagePosition] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.cancelled = 0

    async def fetch(self, position: PagePosition) -> Page[Record]:
        self.requests.append(position)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1
        if position.offset is not None:
            start = position.offset
        else:
            sids = [record.dr_sid for record in self.records]
            start = sids.index(position.after) + 1 if position.after else 0
        items = self.records[start : start + position.limit]
        if self.envelope == "has_more":
            return Page(items, None, position, has_more=start + len(items) < len(self.records), total=len(self.records))
        return Page(items, None, position, has_more=None, total=len(self.records))  # Conference v1: no has_more


async def collect(paginator: AsyncPaginator[Record]) -> list[str]:
    return [record.dr_sid async for record in paginator]


async def test_offset_pages_cover_every_item_in_order() -> None:
    source = FakeList(25)
    assert await collect(AsyncPaginator(source.fetch, page_size=10)) == [f"r{i}" for i in range(25)]
    assert [(p.limit, p.offset) for p in source.requests] == [(10, 0), (10, 10), (10, 20)]


async def test_exact_multiple_stops_on_has_more_without_an_empty_request() -> None:
    source = FakeList(20)
    assert len(await collect(AsyncPaginator(source.fetch, page_size=10))) == 20
    assert len(source.requests) == 2


@pytest.mark.parametrize(("size", "requests"), [(25, 3), (20, 2), (0, 1)])
async def test_conference_v1_style_uses_short_pages_and_total(size: int, requests: int) -> None:
    source = FakeList(size, envelope="v1")
    assert len(await collect(AsyncPaginator(source.fetch, page_size=10))) == size
    assert len(source.requests) == requests


async def test_max_items_caps_the_items_and_shrinks_the_last_request() -> None:
    source = FakeList(100)
    assert await collect(AsyncPaginator(source.fetch, page_size=10, max_items=23)) == [f"r{i}" for i in range(23)]
    assert [p.limit for p in source.requests] == [10, 10, 3]


async def test_max_items_zero_sends_nothing() -> None:
    source = FakeList(5)
    assert await collect(AsyncPaginator(source.fetch, max_items=0)) == []
    assert source.requests == []


async def test_after_cursor_moves_to_the_last_record_of_each_page() -> None:
    source = FakeList(10)
    items = await collect(AsyncPaginator(source.fetch, page_size=4, after="r1", cursor_field="dr_sid"))
    assert items == [f"r{i}" for i in range(2, 10)]
    assert [(p.after, p.offset) for p in source.requests] == [("r1", None), ("r5", None)]


async def test_pages_give_page_level_access() -> None:
    source = FakeList(25)
    sizes = [len(page.items) async for page in AsyncPaginator(source.fetch, page_size=10).pages()]
    assert sizes == [10, 10, 5]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": 1001}, "page_size"),
        ({"max_items": -1}, "max_items"),
        ({"after": "a", "before": "b", "cursor_field": "dr_sid"}, "not both"),
        ({"after": "a"}, "cursors"),
    ],
)
def test_bad_paging_arguments_fail_before_any_request(options: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AsyncPaginator(FakeList(1).fetch, **options)  # type: ignore[arg-type]


async def test_the_next_page_is_fetched_while_the_caller_works_never_two_ahead() -> None:
    source = FakeList(50, delay=0.02)
    started = asyncio.get_running_loop().time()
    async for _ in AsyncPaginator(source.fetch, page_size=10).pages():
        await asyncio.sleep(0.02)  # the caller's work on one page
    elapsed = asyncio.get_running_loop().time() - started
    assert source.most_in_flight == 1
    assert len(source.requests) == 5
    assert elapsed < 5 * 0.04 * 0.8  # fetching overlapped the work (sequential would take 0.2 s)


async def test_leaving_the_loop_early_cancels_the_prefetch() -> None:
    source = FakeList(50, delay=0.05)
    async with aclosing(AsyncPaginator(source.fetch, page_size=10).pages()) as pages:
        async for _ in pages:
            await asyncio.sleep(0.01)  # long enough for the prefetch to be on the wire
            break
    assert source.cancelled == 1
    assert source.in_flight == 0


async def test_breaking_out_of_the_item_loop_cleans_up_too() -> None:
    source = FakeList(50, delay=0.05)
    async for _ in AsyncPaginator(source.fetch, page_size=10):
        break
    await asyncio.sleep(0.01)  # the abandoned generator is closed by the event loop
    assert source.in_flight == 0
    assert source.cancelled == 1


def test_pagination_works_on_trio_without_prefetch() -> None:
    pages: list[PagePosition] = []

    async def fetch(position: PagePosition) -> Page[Record]:
        pages.append(position)
        await anyio.lowlevel.checkpoint()
        start = position.offset or 0
        items = [Record(f"r{i}") for i in range(start, min(start + position.limit, 15))]
        return Page(items, None, position, has_more=start + len(items) < 15)

    async def main() -> int:
        return len([item async for item in AsyncPaginator(fetch, page_size=5)])

    assert anyio.run(main, backend="trio") == 15
    assert len(pages) == 3


API = "https://api.carrierx.com/core/v2"


def did_page(offset: int, limit: int, total: int, next_url: str | None = None) -> dict[str, object]:
    count = max(0, min(limit, total - offset))
    return {
        "count": count,
        "has_more": offset + count < total,
        "items": [{"did_sid": f"d{offset + i}"} for i in range(count)],
        "limit": limit,
        "offset": offset,
        "pagination": {"next": next_url} if next_url else {},
        "total": total,
    }


@respx.mock
async def test_iterating_through_the_facade_pages_with_every_call_option() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        # A foreign next URL must never be requested: pages are computed, not followed.
        return httpx.Response(200, json=did_page(offset, limit, 7, next_url="https://evil.example/next"))

    route = respx.get(f"{API}/phonenumber/dids").mock(side_effect=answer)
    evil = respx.get("https://evil.example/next").respond(200, json={})
    async with CarrierX(token="t", transport=httpx.AsyncHTTPTransport(), retry=RetryPolicy.none()) as cx:
        dids = cx.core.dids.iter_dids(filter_="state eq NY", page_size=3, extra_headers={"X-Job": "export"})
        sids = [did.did_sid async for did in dids]
    assert sids == [f"d{i}" for i in range(7)]
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"filter": "state eq NY", "limit": "3", "offset": "0"},
        {"filter": "state eq NY", "limit": "3", "offset": "3"},
        {"filter": "state eq NY", "limit": "3", "offset": "6"},
    ]
    assert all(call.request.headers["X-Job"] == "export" for call in route.calls)
    assert not evil.called


@respx.mock
async def test_detail_records_page_with_cursors_through_the_facade() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        after = int(request.url.params["after"].removeprefix("c"))
        limit = int(request.url.params["limit"])
        assert "offset" not in request.url.params
        items = [{"dr_sid": f"c{i}"} for i in range(after + 1, min(after + 1 + limit, 10))]
        return httpx.Response(200, json={"items": items, "has_more": bool(items) and items[-1]["dr_sid"] != "c9"})

    respx.get(f"{API}/calls/call_drs").mock(side_effect=answer)
    async with CarrierX(token="t", transport=httpx.AsyncHTTPTransport(), retry=RetryPolicy.none()) as cx:
        records = [r.dr_sid async for r in cx.core.calls.iter_call_detail_records(after="c2", page_size=3)]
    assert records == [f"c{i}" for i in range(3, 10)]
