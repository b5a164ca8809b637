"""In-memory collections, keyed by (section, scope, collection path), in creation order."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

JSONObject = dict[str, Any]
CollectionKey = tuple[str, str, str]  # section, scope (partner or endpoint account), concrete path


class Collection:
    """The objects of one collection by identifier, oldest first."""

    def __init__(self) -> None:
        self.items: dict[str, JSONObject] = {}
        self._numbers = itertools.count(1)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[JSONObject]:
        return iter(list(self.items.values()))

    def __contains__(self, key: object) -> bool:
        return key in self.items

    def get(self, key: str) -> JSONObject | None:
        return self.items.get(key)

    def put(self, key: str, item: JSONObject) -> None:
        self.items[key] = item

    def pop(self, key: str) -> JSONObject | None:
        return self.items.pop(key, None)

    def next_number(self) -> int:
        """The next free integer identifier (for the sections whose identifiers are integers)."""
        while True:
            number = next(self._numbers)
            if str(number) not in self.items:
                return number

    def position(self, key: str) -> int | None:
        for index, existing in enumerate(self.items):
            if existing == key:
                return index
        return None


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
