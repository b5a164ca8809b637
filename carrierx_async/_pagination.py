"""Async iteration over every item of a list operation, page by page, in constant memory.

    async for did in cx.core.dids.iter_dids(filter_="country_code eq USA"):
        ...
    async for page in cx.core.dids.iter_dids().pages():
        ...

Pages are requested with `limit`/`offset` (Core, FlexML, Mediator, Conference v2 and v1), or,
when the caller starts from an `after`/`before` record SID, with that cursor moved to the last
record of each page (detail-record lists). Only one page is held at a time; on asyncio the next
one is fetched while the caller works through the current one (never more than one ahead), and
leaving the loop early cancels that fetch.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._errors import ConfigurationError
from ._transport import running_on_asyncio
from .runtime import UNSET, Unset

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

MAX_PAGE_SIZE = 1000  # the largest `limit` CarrierX accepts


@attrs.frozen
class PagePosition:
    """Where a page starts: the query arguments the paginator controls."""

    limit: int
    offset: int | None = None
    after: str | None = None
    before: str | None = None

    @property
    def offset_argument(self) -> int | Unset:
        return UNSET if self.offset is None else self.offset

    @property
    def after_argument(self) -> str | Unset:
        return UNSET if self.after is None else self.after

    @property
    def before_argument(self) -> str | Unset:
        return UNSET if self.before is None else self.before


@attrs.frozen
class Page(Generic[T]):
    """One page: its items, the parsed list model, and what it says about the rest."""

    items: Sequence[T]
    model: Any
    position: PagePosition
    has_more: bool | None = None
    total: int | None = None


FetchPage = Callable[[PagePosition], Awaitable[Page[T]]]


def read_page(model: Any, items_attribute: str, position: PagePosition) -> Page[Any]:
    """Build a `Page` from a generated list model (any of the sections' envelopes)."""
    items = getattr(model, items_attribute, None)
    has_more = getattr(model, "has_more", None)
    total = getattr(model, "total", None)
    return Page(
        items=items if isinstance(items, list) else [],
        model=model,
        position=position,
        has_more=has_more if isinstance(has_more, bool) else None,
        total=total if isinstance(total, int) and not isinstance(total, bool) else None,
    )


class AsyncPaginator(Generic[T]):
    """Every item of a list operation; `pages()` for page-level access.

    Args:
        fetch: requests the page at a position.
        page_size: items per request, 1 to 1000.
        max_items: stop after this many items (None: all).
        after / before: start from this record SID and move the cursor page by page.
        cursor_field: the item attribute holding the SID used as the next cursor.
        prefetch: fetch the next page while the caller works on the current one (asyncio).
    """

    def __init__(
        self,
        fetch: FetchPage[T],
        *,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
        after: str | None = None,
        before: str | None = None,
        cursor_field: str | None = None,
        prefetch: bool = True,
    ) -> None:
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ConfigurationError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, not {page_size}")
        if max_items is not None and max_items < 0:
            raise ConfigurationError(f"max_items cannot be negative ({max_items})")
        if after is not None and before is not None:
            raise ConfigurationError("pass after or before, not both")
        if (after is not None or before is not None) and cursor_field is None:
            raise ConfigurationError("this list cannot be paged with after/before cursors")
        self._fetch = fetch
        self._page_size = page_size
        self._max_items = max_items
        self._cursor_field = cursor_field
        self._first = PagePosition(
            limit=self._limit(0), offset=None if after or before else 0, after=after, before=before
        )
        self._prefetch = prefetch

    def _limit(self, yielded: int) -> int:
        if self._max_items is None:
            return self._page_size
        return max(1, min(self._page_size, self._max_items - yielded))

    def _next(self, page: Page[T], yielded: int) -> PagePosition | None:
        """The position of the page after `page`, or None when the list is done."""
        count = len(page.items)
        if count == 0 or page.has_more is False:
            return None
        if self._max_items is not None and yielded >= self._max_items:
            return None
        position = page.position
        if page.has_more is None:
            # Envelopes without has_more (Conference v1): a short page or the total ends it.
            if count < position.limit:
                return None
            if page.total is not None and position.offset is not None and position.offset + count >= page.total:
                return None
        if position.offset is not None:
            return PagePosition(limit=self._limit(yielded), offset=position.offset + count)
        cursor = getattr(page.items[-1], self._cursor_field or "", None)
        if not isinstance(cursor, str) or not cursor:
            return None  # no SID to continue from
        if position.after is not None:
            return PagePosition(limit=self._limit(yielded), after=cursor)
        return PagePosition(limit=self._limit(yielded), before=cursor)

    async def pages(self) -> AsyncGenerator[Page[T]]:
        """Each page in turn (the last one trimmed to `max_items`)."""
        if self._max_items == 0:
            return
        prefetch = self._prefetch and running_on_asyncio()
        if prefetch:
            import asyncio  # already loaded: the caller runs on it
        pending: asyncio.Task[Page[T]] | None = None
        yielded = 0
        try:
            page = await self._fetch(self._first)
            while True:
                if self._max_items is not None and yielded + len(page.items) > self._max_items:
                    page = attrs.evolve(page, items=page.items[: self._max_items - yielded])
                yielded += len(page.items)
                position = self._next(page, yielded)
                if position is not None and prefetch:
                    pending = asyncio.ensure_future(self._fetch(position))
                yield page
                if position is None:
                    return
                if pending is not None:
                    page, pending = await pending, None  # the prefetch of `position`
                else:
                    page = await self._fetch(position)
        finally:
            if pending is not None:
                pending.cancel()
                await asyncio.gather(pending, return_exceptions=True)

    async def __aiter__(self) -> AsyncGenerator[T]:
        pages = self.pages()
        try:
            async for page in pages:
                for item in page.items:
                    yield item
        finally:
            await pages.aclose()  # cancel a prefetch now, not when the generator is collected
