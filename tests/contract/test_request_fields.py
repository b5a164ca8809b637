"""Request bodies accept every field the docs do not mark read only, and nothing they do.

The rule (specs/README.md, "Read-only flags"): a field is left out of a request body only when
the attribute table marks it read only; a field whose flags the docs leave unknown is writable.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.contract import support

# (section, request schema, response schema, fields): fields real apps send that were once refused.
ACCEPTED = [
    (
        "core",
        "StorageContainerCreate",
        "StorageContainer",
        ["unique", "quota_files", "quota_bytes", "parent_container_sid", "type", "threshold_action"],
    ),
    (
        "core",
        "StorageContainerUpdate",
        "StorageContainer",
        ["unique", "quota_files", "quota_bytes", "parent_container_sid", "type", "threshold_action"],
    ),
    ("core", "StorageFileCreate", "StorageFile", ["type", "mime_type", "parent_file_sid"]),
    ("core", "StorageFileUpdate", "StorageFile", ["type", "mime_type", "parent_file_sid"]),
    ("core", "ShortenerLinkUpdate", "ShortenerLink", ["domain_sid"]),
    ("core", "MessageCreate", "Message", ["from_did", "to_did"]),
]

# (section, request schema, response schema, fields): documented read only, so never sent.
REFUSED = [
    (
        "core",
        "StorageContainerCreate",
        "StorageContainer",
        ["available_bytes_percent", "container_sid", "durability_class"],
    ),
    ("core", "StorageFileUpdate", "StorageFile", ["file_sid", "file_bytes", "content_format", "date_modified"]),
    ("core", "ShortenerLinkUpdate", "ShortenerLink", ["link_sid", "hits", "url", "partner_sid"]),
    ("core", "MessageCreate", "Message", ["message_sid", "status", "price", "direction"]),
]


def spec_of(section: str) -> dict[str, Any]:
    return support.load_spec(support.SPECS / f"{section}.yaml")


def properties(spec: dict[str, Any], name: str) -> dict[str, Any]:
    """A component's properties, `allOf` parts included."""
    schema = spec["components"]["schemas"][name]
    found: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        if "$ref" in part:
            found.update(properties(spec, part["$ref"].rsplit("/", 1)[-1]))
        else:
            found.update(part.get("properties", {}))
    found.update(schema.get("properties", {}))
    return found


def example(spec: dict[str, Any], definition: dict[str, Any]) -> Any:
    """A value the property's schema accepts, good enough to build a request model."""
    definition = support.resolve(spec, definition)
    for key in ("allOf", "anyOf", "oneOf"):
        options = [option for option in definition.get(key, []) if option.get("type") != "null"]
        if options:
            return example(spec, options[0])
    if "enum" in definition:
        return definition["enum"][0]
    if definition.get("format") == "date-time":
        return "2025-01-02T03:04:05Z"
    declared = definition.get("type")
    kind = next((item for item in declared if item != "null"), None) if isinstance(declared, list) else declared
    by_kind: dict[str | None, Any] = {
        "string": "x",
        "integer": 1,
        "number": 1.5,
        "boolean": True,
        "array": [],
        "object": {},
    }
    return by_kind.get(kind, "x")


def request_model(section: str, name: str) -> Any:
    models = importlib.import_module(f"{support.PACKAGES[section]}.models")
    return getattr(models, name)


@pytest.mark.parametrize(("section", "request_schema", "response_schema", "fields"), ACCEPTED)
def test_fields_apps_send_are_in_the_request_schema(
    section: str, request_schema: str, response_schema: str, fields: list[str]
) -> None:
    spec = spec_of(section)
    accepted = properties(spec, request_schema)
    shown = properties(spec, response_schema)
    for field in fields:
        assert field in accepted, f"{request_schema} refuses {field}"
        assert not shown[field].get("readOnly"), f"{response_schema}.{field} is marked read only"


@pytest.mark.parametrize(("section", "request_schema", "response_schema", "fields"), ACCEPTED)
def test_the_generated_request_model_declares_them(
    section: str, request_schema: str, response_schema: str, fields: list[str]
) -> None:
    spec = spec_of(section)
    accepted = properties(spec, request_schema)
    needed = spec["components"]["schemas"][request_schema].get("required", [])
    required = {name: example(spec, accepted[name]) for name in needed}
    for field in fields:
        body = {**required, field: example(spec, accepted[field])}
        model = request_model(section, request_schema).from_dict(body)
        assert model.additional_properties == {}, f"{request_schema} keeps {field} as an unknown field"
        assert model.to_dict() == body


@pytest.mark.parametrize(("section", "request_schema", "response_schema", "fields"), REFUSED)
def test_documented_read_only_fields_are_not_sent(
    section: str, request_schema: str, response_schema: str, fields: list[str]
) -> None:
    spec = spec_of(section)
    accepted = properties(spec, request_schema)
    shown = properties(spec, response_schema)
    for field in fields:
        assert field not in accepted, f"{request_schema} takes read-only {field}"
        assert shown[field].get("readOnly"), f"{response_schema}.{field} is not marked read only"


def test_a_call_delay_is_whole_seconds() -> None:
    """The Call table types `delay` as integer; the client refuses 1.5 instead of truncating it."""
    spec = spec_of("flexml")
    for name in ("CallCreate", "CallUpdate"):
        delay = properties(spec, name)["delay"]
        assert delay["type"] == "integer"
        assert "x-doc-note" in delay
        schema = {"$ref": f"#/components/schemas/{name}"}
        body = {"called_did": "15162065318", "calling_did": "15162065319"}
        assert support.schema_errors(spec, schema, {**body, "delay": 30}) == []
        errors = support.schema_errors(spec, schema, {**body, "delay": 1.5})
        assert [error for error in errors if error.startswith("delay")]


# The audit (specs/README.md, "Field flags audit"): per documented object, the fields its table
# marks read only, the ones it lists without the flag, the ones it does not list (flags unknown),
# and the few deliberate exceptions, each with its reason.
FLAGS: dict[str, list[dict[str, Any]]] = json.loads(Path(__file__).with_name("field_flags.json").read_text())
AUDITED = [(section, row) for section, rows in sorted(FLAGS.items()) for row in rows]


def audit_id(entry: tuple[str, dict[str, Any]]) -> str:
    return f"{entry[0]}:{entry[1]['object']}"


@pytest.mark.parametrize("entry", AUDITED, ids=audit_id)
def test_audited_object_follows_the_read_only_rule(entry: tuple[str, dict[str, Any]]) -> None:
    section, row = entry
    spec = spec_of(section)
    shown = properties(spec, row["response"])
    requests = {name: properties(spec, name) for name in row["requests"]}
    for field in row["read_only"]:
        kind = row["exceptions"].get(field, {}).get("kind")
        if field in shown:
            assert shown[field].get("readOnly"), f"{row['response']}.{field} is documented read only"
        if kind is None:
            for name, accepted in requests.items():
                assert field not in accepted, f"{name} takes read-only {field}"
    for field in row["documented_writable"] + row["unknown"]:
        kind = row["exceptions"].get(field, {}).get("kind")
        if kind == "keep_read_only":
            assert shown[field].get("readOnly")
            continue
        if field in shown:
            assert not shown[field].get("readOnly"), f"{row['response']}.{field} is not documented read only"
        for name, accepted in requests.items():
            assert field in accepted, f"{name} refuses {field}, which the docs do not mark read only"


def writable_fields() -> list[tuple[str, str, str]]:
    found = []
    for section, row in AUDITED:
        for field in row["documented_writable"] + row["unknown"]:
            if row["exceptions"].get(field, {}).get("kind") != "keep_read_only":
                found += [(section, name, field) for name in row["requests"]]
    return found


@pytest.mark.parametrize(("section", "request_schema", "field"), writable_fields())
def test_generated_request_model_declares_the_writable_field(section: str, request_schema: str, field: str) -> None:
    spec = spec_of(section)
    accepted = properties(spec, request_schema)
    needed = spec["components"]["schemas"][request_schema].get("required", [])
    body = {name: example(spec, accepted[name]) for name in needed}
    body[field] = example(spec, accepted[field])
    model = request_model(section, request_schema).from_dict(body)
    assert model.additional_properties == {}, f"{request_schema} keeps {field} as an unknown field"


# Objects with no attribute table in the docs: read only only where a documented table of the
# same shape says so (specs/README.md, "Objects without an attribute table").
NO_TABLE = {
    ("core", "CountryIpLocation"): [],
    ("core", "PhonenumberRatesPlan"): ["name", "rates_plan_sid"],
    ("core", "SmsRatesPlan"): ["name", "rates_plan_sid"],
    ("core", "TrunkAccessControlRule"): ["read_only", "rule_sid"],
    ("conference", "CallFlow"): [],
}


@pytest.mark.parametrize(("section", "schema"), sorted(NO_TABLE))
def test_objects_without_a_table_are_read_only_only_by_analogy(section: str, schema: str) -> None:
    shown = properties(spec_of(section), schema)
    assert (
        sorted(field for field, definition in shown.items() if definition.get("readOnly")) == NO_TABLE[section, schema]
    )
