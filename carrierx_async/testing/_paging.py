"""Choosing one page of a list: filter, order, then `offset` or an `after`/`before` cursor.

Cursors follow CarrierX's detail-record paging: `after=<sid>` gives the records that come after
that record, `before=<sid>` the ones before it, nearest first, so the last record of each page is
the next cursor either way. "After" is in the requested `order`, or in insertion order when no
order is asked for (CarrierX's "inserted after"). The cursor record itself need not match the
filter; it only marks the place.

A list without a filter or an order is paged straight from the collection's insertion index, so a
page costs O(page) whatever the size of the collection; a filter or an order has to look at every
record (O(n)), as a database without an index on that field would.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from . import _filters
from ._store import Collection, JSONObject

Source = Collection | Sequence[JSONObject]


@attrs.frozen
class Page:
    items: list[JSONObject]
    has_more: bool
    offset: int  # 0 for cursor pages
    total: int  # how many records match the filter


@attrs.frozen
class Window:
    """What the caller asked for: the page size and at most one of offset, after, before."""

    limit: int
    offset: int = 0
    after: str | None = None
    before: str | None = None

    @property
    def cursor(self) -> str | None:
        return self.after if self.after is not None else self.before


class UnknownCursor(LookupError):
    """The `after`/`before` SID names no record of the collection."""


def select(
    source: Source,
    window: Window,
    *,
    conditions: Sequence[_filters.Condition] = (),
    order: Sequence[_filters.OrderKey] | None = (),
    key_of: Callable[[JSONObject], Any],
    rng: random.Random | None = None,
) -> Page:
    """The page `window` asks for; `order` None means shuffled; `key_of` gives a record's SID."""
    ordered = order is None or len(order) > 0
    if not conditions and not ordered:
        return _from_insertion_order(source, window, key_of)
    indexed = [(index, item) for index, item in enumerate(source) if _filters.matches(item, conditions)]
    if ordered:
        return _from_ordered(source, indexed, window, order, key_of, rng)
    matching = [item for _, item in indexed]
    if window.cursor is None:
        return _slice(matching, window)
    # Filtered, insertion order: the cursor's place is its place in the whole collection.
    cursor_index = _position(source, window.cursor, key_of)
    if window.after is not None:
        start = next((at for at, (index, _) in enumerate(indexed) if index > cursor_index), len(indexed))
        return _after(matching, start, window.limit)
    end = next((at for at, (index, _) in enumerate(indexed) if index >= cursor_index), len(indexed))
    return _before(matching, end, window.limit)


def _from_insertion_order(source: Source, window: Window, key_of: Callable[[JSONObject], Any]) -> Page:
    if window.cursor is None:
        return _slice(source, window)
    position = _position(source, window.cursor, key_of)
    if window.after is not None:
        return _after(source, position + 1, window.limit)
    return _before(source, position, window.limit)


def _from_ordered(
    source: Source,
    indexed: list[tuple[int, JSONObject]],
    window: Window,
    order: Sequence[_filters.OrderKey] | None,
    key_of: Callable[[JSONObject], Any],
    rng: random.Random | None,
) -> Page:
    matching = [item for _, item in indexed]
    if window.cursor is None:
        return _slice(_filters.sort_items(matching, order, rng), window)
    cursor = source[_position(source, window.cursor, key_of)]
    placed = matching if any(item is cursor for item in matching) else [*matching, cursor]
    ordered = _filters.sort_items(placed, order, rng)
    at = next(index for index, item in enumerate(ordered) if item is cursor)
    without = ordered[:at] + ordered[at + 1 :]
    total = len(matching)
    if window.after is not None:
        return attrs.evolve(_after(without, at, window.limit), total=total)
    return attrs.evolve(_before(without, at, window.limit), total=total)


def _position(source: Source, cursor: str, key_of: Callable[[JSONObject], Any]) -> int:
    if isinstance(source, Collection):
        found = source.position(cursor)
    else:
        found = next((index for index, item in enumerate(source) if str(key_of(item)) == cursor), None)
    if found is None:
        raise UnknownCursor(cursor)
    return found


def _slice(records: Source, window: Window) -> Page:
    total = len(records)
    page = list(records[window.offset : window.offset + window.limit])
    return Page(page, window.offset + window.limit < total, window.offset, total)


def _after(records: Source, start: int, limit: int) -> Page:
    total = len(records)
    return Page(list(records[start : start + limit]), start + limit < total, 0, total)


def _before(records: Source, end: int, limit: int) -> Page:
    start = max(0, end - limit)
    return Page(list(reversed(records[start:end])), start > 0, 0, len(records))
