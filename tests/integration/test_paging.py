"""List paging on the fake server: offsets, `after`/`before` cursors, the last page, and its cost."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from carrierx_async import CarrierX
from carrierx_async.testing import FakeCarrierX
from carrierx_async.testing._filters import parse_filter, parse_order
from carrierx_async.testing._paging import Window, select
from carrierx_async.testing._store import Collection

CDRS = "/core/v2/calls/call_drs"


def seed_cdrs(app: FakeCarrierX, count: int) -> list[str]:
    """`count` records, inserted oldest call last (so insertion order is not `date_start` order)."""
    records = app.seed_call_detail_records(
        {
            "direction": "inbound" if index % 2 else "outbound",
            "date_start": f"2024-10-{31 - index // 24:02}T{23 - index % 24:02}:00:00.000Z",
        }
        for index in range(count)
    )
    return [str(record["dr_sid"]) for record in records]


async def page(raw: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    answer = await raw.get(CDRS, params=params)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def sids(body: dict[str, Any]) -> list[str]:
    return [item["dr_sid"] for item in body["items"]]


async def test_after_without_order_means_inserted_after(app: FakeCarrierX, raw: httpx.AsyncClient) -> None:
    inserted = seed_cdrs(app, 30)
    body = await page(raw, after=inserted[9], limit=5)
    assert sids(body) == inserted[10:15]
    assert body["has_more"] is True
    assert "after=" + inserted[14] in body["pagination"]["next"]


async def test_after_with_a_filter_starts_from_the_cursor_even_when_it_does_not_match(
    app: FakeCarrierX, raw: httpx.AsyncClient
) -> None:
    inserted = seed_cdrs(app, 30)
    outbound = inserted[0::2]  # even positions are outbound
    body = await page(raw, after=inserted[5], limit=4, filter="direction eq outbound")
    assert sids(body) == outbound[3:7]
    assert body["total"] == 15


async def test_before_walks_back_nearest_first_to_the_first_record(app: FakeCarrierX, raw: httpx.AsyncClient) -> None:
    inserted = seed_cdrs(app, 23)
    walked: list[str] = []
    body = await page(raw, before=inserted[20], limit=6)
    while True:
        walked += sids(body)
        if not body["has_more"]:
            assert body["pagination"] == {}
            break
        assert "before=" + walked[-1] in body["pagination"]["next"]
        body = await page(raw, before=walked[-1], limit=6)
    assert walked == inserted[19::-1]


async def test_cursors_follow_the_requested_order(app: FakeCarrierX, raw: httpx.AsyncClient) -> None:
    inserted = seed_cdrs(app, 12)
    by_start = inserted[::-1]  # the oldest call was inserted last
    forward = await page(raw, after=by_start[3], limit=3, order="date_start asc")
    assert sids(forward) == by_start[4:7]
    backward = await page(raw, before=by_start[6], limit=3, order="date_start asc")
    assert sids(backward) == by_start[5:2:-1]
    descending = await page(raw, before=by_start[6], limit=3, order="date_start desc")
    assert sids(descending) == by_start[7:10]


async def test_a_full_last_page_does_not_advertise_another(app: FakeCarrierX, raw: httpx.AsyncClient) -> None:
    inserted = seed_cdrs(app, 20)
    last = await page(raw, offset=10, limit=10)
    assert (last["has_more"], last["pagination"].get("next"), last["count"]) == (False, None, 10)
    assert "previous" in last["pagination"]
    by_cursor = await page(raw, after=inserted[9], limit=10)
    assert (by_cursor["has_more"], by_cursor["pagination"]) == (False, {})
    whole = await page(raw, limit=20)
    assert (whole["has_more"], whole["pagination"]) == (False, {})


async def test_the_client_reads_an_exact_multiple_of_the_page_size_in_that_many_requests(
    app: FakeCarrierX, cx: CarrierX
) -> None:
    inserted = seed_cdrs(app, 30)
    read = [record.dr_sid async for record in cx.core.calls.iter_call_detail_records(page_size=10)]
    assert read == inserted
    assert app.counters[("GET", CDRS)] == 3


async def test_an_unknown_cursor_is_404(app: FakeCarrierX, raw: httpx.AsyncClient) -> None:
    seed_cdrs(app, 3)
    answer = await raw.get(CDRS, params={"after": "no-such-record"})
    assert answer.status_code == 404
    assert answer.json()["errors"][0]["field"] == "after"


class CountingCollection(Collection):
    """A collection that counts how many records paging reads from it."""

    touched = 0

    def __getitem__(self, index: Any) -> Any:
        found = super().__getitem__(index)
        self.touched += len(found) if isinstance(found, list) else 1
        return found

    def __iter__(self) -> Any:
        self.touched += len(self)
        return super().__iter__()


def counting(size: int) -> CountingCollection:
    collection = CountingCollection()
    for index in range(size):
        collection.put(f"sid-{index}", {"sid": f"sid-{index}", "n": index})
    return collection


@pytest.mark.parametrize(
    "window",
    [Window(100, offset=99_000), Window(100, after="sid-50000"), Window(100, before="sid-50000")],
    ids=["offset", "after", "before"],
)
def test_plain_and_cursor_pages_read_only_the_page(window: Window) -> None:
    collection = counting(100_000)
    chosen = select(collection, window, key_of=lambda item: item["sid"])
    assert len(chosen.items) == 100 and chosen.total == 100_000
    assert collection.touched <= 101


def test_a_filter_or_an_order_reads_every_record() -> None:
    collection = counting(1_000)
    chosen = select(collection, Window(10), conditions=parse_filter("n ge 990"), key_of=lambda item: item["sid"])
    assert [item["n"] for item in chosen.items] == list(range(990, 1000))
    assert collection.touched == 1_000
    ordered = select(collection, Window(3), order=parse_order("n desc"), key_of=lambda item: item["sid"])
    assert [item["n"] for item in ordered.items] == [999, 998, 997]


def test_deleting_keeps_the_insertion_index_right() -> None:
    collection = Collection()
    for index in range(10):
        collection.put(str(index), {"sid": str(index)})
    for doomed in ("0", "4", "9"):
        collection.pop(doomed)
    collection.rename("5", "five")
    assert [item["sid"] for item in collection] == ["1", "2", "3", "5", "6", "7", "8"]
    assert collection.keys_in_order() == ["1", "2", "3", "five", "6", "7", "8"]
    assert (collection.position("five"), collection.position("8"), collection.position("4")) == (3, 6, None)
    collection.put("10", {"sid": "10"})
    chosen = select(collection, Window(3, after="five"), key_of=lambda item: item["sid"])
    assert [item["sid"] for item in chosen.items] == ["6", "7", "8"]
