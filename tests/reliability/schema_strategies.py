"""Hypothesis strategies from the specs' schemas (the OpenAPI 3.1 subset they use).

Covers `$ref` (recursion bounded by depth), `allOf` (objects merged), `anyOf`, `enum`, `type`
as a name or a list (with `'null'`), objects (`properties`, open or typed
`additionalProperties`, no `required` in responses), arrays (`maxItems`), integers
(`minimum`), numbers, booleans and strings (RFC 3339 `date-time` in the forms CarrierX and
other servers send). Every property is optional, as in a response filtered with
`include_fields`, and open objects sometimes carry a field the spec does not know.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from carrierx_async._sections import SECTIONS as ALL_SECTIONS

SPECS = Path(__file__).resolve().parents[2] / "specs"
SECTIONS = tuple(section.name for section in ALL_SECTIONS)  # the one table of sections
MAX_DEPTH = 3  # nested objects deeper than this are empty (every response property is optional)

Schema = Mapping[str, Any]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=6,
)
OFFSETS = st.sampled_from([0, 0, 0, 60, -300, 330, 840, -720])  # minutes east of UTC


@functools.cache
def load_spec(section: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((SPECS / f"{section}.yaml").read_text())
    return spec


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, Mapping):
        if isinstance(node.get("$ref"), str):
            found.add(node["$ref"].rsplit("/", 1)[-1])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


@functools.cache
def response_components(section: str) -> tuple[str, ...]:
    """Every component schema reachable from a 2xx JSON response of the section, sorted."""
    spec = load_spec(section)
    schemas = spec["components"]["schemas"]
    todo: set[str] = set()
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, Mapping) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                if not str(status).startswith("2"):
                    continue
                if "$ref" in response:
                    response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
                media = response.get("content", {}).get("application/json")
                if media is not None:
                    todo |= _refs(media["schema"])
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo |= _refs(schemas[name]) - seen
    return tuple(sorted(seen))


def rfc3339(moment: datetime.datetime, offset: int, style: int) -> str:
    """A timestamp as servers write them: `Z` or an offset, whole seconds, milli- or microseconds."""
    local = moment.astimezone(datetime.timezone(datetime.timedelta(minutes=offset)))
    text = local.strftime("%Y-%m-%dT%H:%M:%S")
    if style == 1:
        text += f".{local.microsecond // 1000:03d}"
    elif style == 2:
        text += f".{local.microsecond:06d}"
    if offset == 0 and style != 2:
        return text + "Z"
    sign = "+" if offset >= 0 else "-"
    return text + f"{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


DATE_TIMES = st.builds(
    rfc3339,
    st.datetimes(
        min_value=datetime.datetime(1971, 1, 1),
        max_value=datetime.datetime(2099, 12, 31),
        timezones=st.just(datetime.UTC),
    ),
    OFFSETS,
    st.integers(0, 2),
)


class StrategyBuilder:
    """Strategies for one spec's component schemas."""

    def __init__(self, section: str) -> None:
        self.spec = load_spec(section)
        self.schemas: dict[str, Any] = self.spec["components"]["schemas"]
        self._cache: dict[tuple[str, int], st.SearchStrategy[Any]] = {}

    def component(self, name: str, depth: int = 0) -> st.SearchStrategy[Any]:
        key = (name, min(depth, MAX_DEPTH + 1))
        if key not in self._cache:
            self._cache[key] = st.deferred(lambda: self.build(self.schemas[name], key[1]))
        return self._cache[key]

    def flatten(self, schema: Schema) -> dict[str, Any]:
        """`$ref` followed and `allOf` merged into one object schema (properties unioned)."""
        if "$ref" in schema:
            return self.flatten(self.schemas[schema["$ref"].rsplit("/", 1)[-1]])
        if "allOf" not in schema:
            return dict(schema)
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        properties: dict[str, Any] = dict(merged.get("properties", {}))
        for part in schema["allOf"]:
            flat = self.flatten(part)
            properties.update(flat.get("properties", {}))
            for key, value in flat.items():
                if key not in ("properties", "description"):
                    merged.setdefault(key, value)
        merged["properties"] = properties
        return merged

    def build(self, schema: Schema, depth: int) -> st.SearchStrategy[Any]:
        if "$ref" in schema:
            return self.component(schema["$ref"].rsplit("/", 1)[-1], depth)
        if "allOf" in schema:
            return self.build(self.flatten(schema), depth)
        if "anyOf" in schema:
            return st.one_of([self.build(part, depth) for part in schema["anyOf"]])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        types = schema.get("type")
        if types is None:
            return self._object(schema, depth) if "properties" in schema else JSON
        return st.one_of([self._typed(kind, schema, depth) for kind in ([types] if isinstance(types, str) else types)])

    def _typed(self, kind: str, schema: Schema, depth: int) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            return st.integers(min_value=schema.get("minimum", -(2**53)), max_value=2**53)
        if kind == "number":
            floats = st.floats(min_value=schema.get("minimum"), allow_nan=False, allow_infinity=False)
            return floats | st.integers(min_value=schema.get("minimum", -(2**31)), max_value=2**31)
        if kind == "string":
            return DATE_TIMES if schema.get("format") == "date-time" else st.text(max_size=12)
        if kind == "array":
            items = self.build(schema.get("items", {}), depth + 1)
            return st.lists(items, max_size=min(3, schema.get("maxItems", 3)))
        if kind == "object":
            return self._object(schema, depth)
        raise NotImplementedError(f"schema type {kind!r}")

    def _object(self, schema: Schema, depth: int) -> st.SearchStrategy[dict[str, Any]]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        if depth > MAX_DEPTH:
            return st.just({})
        known = st.fixed_dictionaries(
            {}, optional={name: self.build(value, depth + 1) for name, value in properties.items()}
        )
        if extra is False:
            return known
        values = JSON if extra is True else self.build(extra, depth + 1)
        # Open objects: fields the spec does not name yet (free-form maps: any keys at all).
        unknown_keys = st.text(min_size=1, max_size=10).filter(lambda key: key not in properties)
        unknown = st.dictionaries(unknown_keys, values, max_size=3 if not properties or extra is not True else 1)
        return st.builds(lambda fields, more: {**more, **fields}, known, unknown)
