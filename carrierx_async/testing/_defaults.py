"""Documented default values of new objects.

The specs carry a default as `default:` on a property of the create body's schema or of the
object's schema; both are read, the create body's first. `NOT_YET_IN_SPECS` holds the few
defaults the CarrierX pages document (in samples or attribute tables) that the specs do not
carry yet: each entry is reported to the spec owner and goes once the spec has it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ._schema import Schema, SchemaTools

# (section, collection path) → defaults; the Create Binding and Get Containers samples.
NOT_YET_IN_SPECS: Mapping[tuple[str, str], Mapping[str, Any]] = {
    ("mediator", "/bindings"): {
        "attributes": {},
        "maximum_ttl": -1,  # the sample; the attribute table says 3600
        "name": "N/A",
        "wait_origination_did_ttl": 300,
    },
    ("core", "/storage/containers"): {
        "durability_class": "unassigned",
        "encrypted": False,
        "external_attributes": {},
        "name": "N/A",
        "quota_bytes": 1073741824,  # 1 GB per container ("Storing Files with CarrierX")
        "quota_files": 100,
        "threshold_grace_period": 0,
        "threshold_total_bytes": 0,
        "threshold_total_files": 0,
        "total_bytes": 0,
        "total_files": 0,
        "type": "internal",
        "unique": False,
    },
}


def defaults(
    tools: SchemaTools, section: str, template: str, request_schema: Schema | None, item_schema: Schema | None
) -> dict[str, Any]:
    """The default of every property that has one, for a new object of this collection."""
    found: dict[str, Any] = {}
    for schema in (item_schema, request_schema):  # the create body's defaults win
        for name, prop in tools.properties(schema).items():
            default = _default(tools, prop)
            if default is not None:
                found[name] = default
    for name, value in NOT_YET_IN_SPECS.get((section, template), {}).items():
        found.setdefault(name, value)
    return copy.deepcopy(found)


def _default(tools: SchemaTools, schema: Schema) -> Any:
    node = tools.resolve(schema)
    if "default" in node:
        return node["default"]
    return tools.non_null(node).get("default")
