"""In-memory collections, keyed by (section, scope, collection path), in insertion order."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from typing import Any, overload

JSONObject = dict[str, Any]
CollectionKey = tuple[str, str, str]  # section, scope (partner or endpoint account), concrete path


class Collection:
    """The objects of one collection by identifier, in insertion order, indexed both ways.

    Besides the key → object map it keeps the live keys in insertion order next to their
    insertion numbers, so that the n-th object (`offset` paging) and the objects inserted after
    a given one (`after` cursors) are found in O(log n) and a page costs O(page), however long
    the collection. Deleting an object shifts the order list (a C-level memmove, not a scan).
    """

    def __init__(self) -> None:
        self.items: dict[str, JSONObject] = {}
        self._order: list[str] = []  # live keys, oldest first
        self._inserted: list[int] = []  # their insertion numbers, increasing
        self._number_of: dict[str, int] = {}
        self._insertions = itertools.count()
        self._numbers = itertools.count(1)

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> JSONObject: ...
    @overload
    def __getitem__(self, index: slice) -> list[JSONObject]: ...
    def __getitem__(self, index: int | slice) -> JSONObject | list[JSONObject]:
        """The object at a position in insertion order (a slice: a list of them)."""
        if isinstance(index, slice):
            return [self.items[key] for key in self._order[index]]
        return self.items[self._order[index]]

    def __iter__(self) -> Iterator[JSONObject]:
        # A snapshot: handlers may change the collection while walking it.
        return iter([self.items[key] for key in self._order])

    def __contains__(self, key: object) -> bool:
        return key in self.items

    def keys_in_order(self) -> list[str]:
        return list(self._order)

    def get(self, key: str) -> JSONObject | None:
        return self.items.get(key)

    def put(self, key: str, item: JSONObject) -> None:
        """Store an object; a new key goes last, an existing one keeps its place."""
        if key not in self.items:
            number = next(self._insertions)
            self._order.append(key)
            self._inserted.append(number)
            self._number_of[key] = number
        self.items[key] = item

    def pop(self, key: str) -> JSONObject | None:
        item = self.items.pop(key, None)
        if item is not None:
            index = self._index(key)
            del self._order[index]
            del self._inserted[index]
            del self._number_of[key]
        return item

    def rename(self, old: str, new: str) -> None:
        """Give an object a new key in the same place (Conference v1 meeting numbers change)."""
        index = self._index(old)
        self.items[new] = self.items.pop(old)
        self._order[index] = new
        self._number_of[new] = self._number_of.pop(old)

    def clear(self) -> None:
        self.items.clear()
        self._order.clear()
        self._inserted.clear()
        self._number_of.clear()

    def position(self, key: str) -> int | None:
        """Where an object stands in insertion order (None when there is no such key)."""
        return self._index(key) if key in self.items else None

    def _index(self, key: str) -> int:
        return bisect.bisect_left(self._inserted, self._number_of[key])

    def next_number(self) -> int:
        """The next free integer identifier (for the sections whose identifiers are integers)."""
        while True:
            number = next(self._numbers)
            if str(number) not in self.items:
                return number


class Store:
    """Every collection and singleton object the fake server holds."""

    def __init__(self) -> None:
        self._collections: dict[CollectionKey, Collection] = {}
        self._singletons: dict[CollectionKey, JSONObject] = {}
        self.blobs: dict[CollectionKey, bytes] = {}  # uploaded file content by (section, scope, file path)

    def collection(self, section: str, scope: str, path: str) -> Collection:
        key = (section, scope, path)
        found = self._collections.get(key)
        if found is None:
            found = self._collections[key] = Collection()
        return found

    def has_collection(self, section: str, scope: str, path: str) -> bool:
        return (section, scope, path) in self._collections

    def singleton(self, section: str, scope: str, path: str) -> JSONObject | None:
        return self._singletons.get((section, scope, path))

    def set_singleton(self, section: str, scope: str, path: str, value: JSONObject | None) -> None:
        if value is None:
            self._singletons.pop((section, scope, path), None)
        else:
            self._singletons[(section, scope, path)] = value

    def drop_below(self, section: str, scope: str, path: str) -> None:
        """Forget what belongs to a deleted item: its sub-collections, singletons and file content."""
        prefix = path.rstrip("/") + "/"
        for mapping in (self._collections, self._singletons, self.blobs):
            doomed = [k for k in mapping if k[:2] == (section, scope) and (k[2] == path or k[2].startswith(prefix))]
            for key in doomed:
                del mapping[key]

    def drop_scope(self, section: str, scope: str) -> None:
        """Forget everything of one account of an endpoint API."""
        for mapping in (self._collections, self._singletons, self.blobs):
            for key in [k for k in mapping if k[:2] == (section, scope)]:
                del mapping[key]

    def clear(self) -> None:
        self._collections.clear()
        self._singletons.clear()
        self.blobs.clear()
