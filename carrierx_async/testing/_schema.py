"""JSON Schema helpers over one OpenAPI 3.1 document: `$ref`s, properties, validation, examples."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from openapi_schema_validator import OAS31Validator

Schema = Mapping[str, Any]
JSONObject = dict[str, Any]


class SchemaTools:
    """Answers questions about the schemas of one spec; caches what it works out."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self._validators: dict[int, Any] = {}
        self._properties: dict[int, dict[str, Schema]] = {}
        # id(schema) → (schema, answer); holding the schema keeps its id from being reused.
        self._non_null: dict[int, tuple[Schema, Schema]] = {}

    def resolve(self, schema: Schema | None) -> Schema:
        """Follow `$ref`s until a schema with content is reached."""
        seen = 0
        node: Schema = schema or {}
        while "$ref" in node and seen < 32:
            reference = str(node["$ref"])
            if not reference.startswith("#/"):
                raise ValueError(f"only local references are supported, not {reference}")
            target: Any = self.spec
            for part in reference[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
        return node

    def non_null(self, schema: Schema | None) -> Schema:
        """The schema behind a nullable `anyOf: [X, {type: null}]` (or the schema itself)."""
        if schema is None:
            return self._non_null_of(None)
        cached = self._non_null.get(id(schema))
        if cached is None:
            cached = self._non_null[id(schema)] = (schema, self._non_null_of(schema))
        return cached[1]

    def _non_null_of(self, schema: Schema | None) -> Schema:
        node = self.resolve(schema)
        for key in ("anyOf", "oneOf"):
            options = [self.resolve(option) for option in node.get(key, ())]
            concrete = [option for option in options if option.get("type") != "null"]
            if len(concrete) == 1:
                return self.non_null(concrete[0])
        return node

    def properties(self, schema: Schema | None) -> dict[str, Schema]:
        """Every property an object schema declares, through `$ref`, `allOf` and nullable wrappers."""
        node = self.non_null(schema)
        cached = self._properties.get(id(node))
        if cached is not None:
            return cached
        found: dict[str, Schema] = {}
        for part in node.get("allOf", ()):
            found.update(self.properties(part))
        found.update(node.get("properties", {}))
        self._properties[id(node)] = found
        return found

    def required(self, schema: Schema | None) -> set[str]:
        node = self.non_null(schema)
        names = set(node.get("required", ()))
        for part in node.get("allOf", ()):
            names |= self.required(part)
        return names

    def types(self, schema: Schema | None) -> set[str]:
        """The JSON types a schema allows (empty when it does not say)."""
        node = self.resolve(schema)
        declared = node.get("type")
        if isinstance(declared, str):
            found = {declared}
        elif isinstance(declared, list):
            found = {str(item) for item in declared}
        else:
            found = set()
        for key in ("anyOf", "oneOf", "allOf"):
            for option in node.get(key, ()):
                found |= self.types(option)
        if not found and "enum" in node:
            found = {_json_type(value) for value in node["enum"]}
        return found

    def is_read_only(self, schema: Schema | None) -> bool:
        node = self.resolve(schema)
        return bool(node.get("readOnly")) or any(self.is_read_only(part) for part in node.get("allOf", ()))

    def list_items(self, schema: Schema | None) -> tuple[str, Schema] | None:
        """(items key, item schema) when the schema is a list envelope, else None.

        Core-style envelopes hold `items`; Conference v1 ones hold one array under the
        collection's name next to `last`/`offset`/`total`.
        """
        props = self.properties(schema)
        if "items" in props and "array" in self.types(props["items"]):
            return "items", self.resolve(props["items"]).get("items", {})
        if {"offset", "total", "last"} <= set(props):
            arrays = [name for name, prop in props.items() if "array" in self.types(prop)]
            if len(arrays) == 1:
                return arrays[0], self.resolve(props[arrays[0]]).get("items", {})
        return None

    def validator(self, schema: Schema) -> Any:
        """A validator for a schema of this spec, with the spec as root so its `$ref`s resolve."""
        key = id(schema)
        validator = self._validators.get(key)
        if validator is None:
            root = {"components": self.spec.get("components", {}), "allOf": [schema]}
            validator = OAS31Validator(root)
            self._validators[key] = validator
        return validator

    def validation_errors(self, schema: Schema, value: Any) -> list[tuple[str, str]]:
        """(field, message) for every way `value` breaks `schema`."""
        found: list[tuple[str, str]] = []
        for error in sorted(self.validator(schema).iter_errors(value), key=lambda e: list(map(str, e.path))):
            for leaf in _leaves(error):
                path = [str(part) for part in leaf.absolute_path]
                if leaf.validator == "required" and isinstance(leaf.validator_value, list):
                    instance = leaf.instance if isinstance(leaf.instance, Mapping) else {}
                    missing = [name for name in leaf.validator_value if name not in instance]
                    for name in missing:
                        found.append((".".join([*path, str(name)]), "this field is required"))
                    continue
                found.append((".".join(path) or "body", _short_message(leaf)))
        return _unique(found)

    def example(self, schema: Schema | None, *, depth: int = 0, name: str = "") -> Any:
        """A value that conforms to the schema, plausible enough for a canned answer."""
        node = self.resolve(schema)
        if "const" in node:
            return node["const"]
        if node.get("enum"):
            return node["enum"][0]
        for key in ("anyOf", "oneOf"):
            options = [self.resolve(option) for option in node.get(key, ())]
            concrete = [option for option in options if option.get("type") != "null"]
            if concrete:
                return self.example(concrete[0], depth=depth, name=name)
            if options:
                return None
        types = self.types(node)
        if "object" in types or self.properties(node):
            if depth >= 3:
                return None if "null" in types else {}
            return {
                prop: self.example(prop_schema, depth=depth + 1, name=prop)
                for prop, prop_schema in self.properties(node).items()
            }
        if "array" in types:
            return []
        if "string" in types:
            return _example_string(node, name)
        if "integer" in types:
            return max(0, int(node.get("minimum", 0)))
        if "number" in types:
            return float(node.get("minimum", 0))
        if "boolean" in types:
            return False
        return None


def _example_string(schema: Schema, name: str) -> str:
    if schema.get("format") == "date-time" or name.startswith("date_"):
        return now_iso()
    if name.endswith("_sid") or schema.get("format") == "uuid":
        return str(uuid.uuid4())
    return ""


def now_iso(moment: datetime.datetime | None = None) -> str:
    """A CarrierX timestamp: ISO 8601, UTC, milliseconds, `Z`."""
    moment = moment or datetime.datetime.now(datetime.UTC)
    return moment.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object" if isinstance(value, Mapping) else "array"


def _leaves(error: Any) -> Iterator[Any]:
    """The most specific errors under an `anyOf`/`allOf` failure."""
    if error.context:
        best: dict[tuple[str, ...], Any] = {}
        for child in error.context:
            best.setdefault(tuple(map(str, child.absolute_path)), child)
        for child in best.values():
            yield from _leaves(child)
    else:
        yield error


def _short_message(error: Any) -> str:
    if error.validator == "type":
        return f"must be of type {error.validator_value}"
    if error.validator == "enum":
        return f"must be one of {', '.join(map(str, error.validator_value))}"
    if error.validator in ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"):
        return f"{error.validator} is {error.validator_value}"
    return str(error.message)


def _unique(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    result = []
    for item in items:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result
