"""Every spec is valid OpenAPI, covers its quick-reference pairs and follows the conventions."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from carrierx_async._sections import SECTIONS as ALL_SECTIONS
from tests.contract import support

SECTIONS = tuple(section.name for section in ALL_SECTIONS)  # the one table of sections
LANDED = [section for section in SECTIONS if (support.SPECS / f"{section}.yaml").exists()]
# Sections whose spec must exist by now; the others join as their issues land.
REQUIRED = set(SECTIONS)


def spec_of(section: str) -> dict[str, Any]:
    return support.load_spec(support.SPECS / f"{section}.yaml")


def test_required_specs_exist() -> None:
    assert set(LANDED) >= REQUIRED


@pytest.mark.parametrize("section", LANDED)
def test_spec_is_valid_openapi_3_1(section: str) -> None:
    spec = spec_of(section)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("section", LANDED)
def test_every_quick_reference_pair_is_an_operation(section: str) -> None:
    documented = {(operation.method, operation.path) for operation in support.operations(spec_of(section))}
    missing = support.quick_reference(section) - documented
    assert not missing, sorted(missing)


@pytest.mark.parametrize("section", LANDED)
def test_operation_ids_are_unique_snake_case(section: str) -> None:
    ids = [operation.operation_id for operation in support.operations(spec_of(section))]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", operation_id) for operation_id in ids)


@pytest.mark.parametrize("section", LANDED)
def test_refs_are_local_and_resolve(section: str) -> None:
    spec = spec_of(section)
    text = (support.SPECS / f"{section}.yaml").read_text()
    for reference in set(re.findall(r"\$ref:\s*['\"]?([^'\"\s}]+)", text)):
        assert reference.startswith("#/"), reference
        assert support.resolve(spec, {"$ref": reference}) is not None


@pytest.mark.parametrize("section", LANDED)
def test_response_objects_accept_null_everywhere(section: str) -> None:
    """CarrierX sends null for absent values and field filtering can drop any field."""
    spec = spec_of(section)
    for name in response_schema_names(spec):
        schema = spec["components"]["schemas"][name]
        if schema.get("type") != "object":
            continue
        assert not schema.get("required"), f"{name} requires {schema['required']}"
        for field, definition in schema.get("properties", {}).items():
            assert accepts_null(definition), f"{name}.{field} does not accept null"


@pytest.mark.parametrize("section", LANDED)
def test_request_bodies_leave_out_read_only_fields(section: str) -> None:
    spec = spec_of(section)
    for name in request_body_schema_names(spec):
        for field, definition in collect_properties(spec, spec["components"]["schemas"][name]).items():
            assert not definition.get("readOnly"), f"{name}.{field} is read-only"


def accepts_null(definition: dict[str, Any]) -> bool:
    types = definition.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    return any(option.get("type") == "null" for option in definition.get("anyOf", []) + definition.get("oneOf", []))


def collect_properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    schema = support.resolve(spec, schema)
    properties = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        properties.update(collect_properties(spec, part))
    return properties


def referenced_names(node: object) -> set[str]:
    """Names of the component schemas a node refers to directly."""
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if "$ref" in node and "/schemas/" in node["$ref"] else set()
        return found.union(*(referenced_names(value) for key, value in node.items() if key != "$ref"))
    if isinstance(node, list):
        return set().union(*(referenced_names(value) for value in node))
    return set()


def response_schema_names(spec: dict[str, Any]) -> set[str]:
    """Every component schema a response can contain, however deeply nested."""
    pending = set()
    for operation in support.operations(spec):
        for response in operation.definition["responses"].values():
            pending |= referenced_names(support.resolve(spec, response))
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending |= referenced_names(spec["components"]["schemas"][name]) - found
    return found


def request_body_schema_names(spec: dict[str, Any]) -> set[str]:
    names = set()
    for operation in support.operations(spec):
        body = operation.definition.get("requestBody")
        if body is None:
            continue
        for media in support.resolve(spec, body)["content"].values():
            reference = media.get("schema", {}).get("$ref")
            if reference:
                names.add(reference.rsplit("/", 1)[-1])
    # A request schema built from another by allOf makes that one a request schema too.
    pending = list(names)
    while pending:
        for part in spec["components"]["schemas"][pending.pop()].get("allOf", []):
            if "$ref" in part:
                name = part["$ref"].rsplit("/", 1)[-1]
                if name not in names:
                    names.add(name)
                    pending.append(name)
    return names


def test_vendored_quick_reference_is_complete() -> None:
    counts = {section: len(support.quick_reference(section)) for section in SECTIONS}
    assert counts == {"core": 189, "conference": 47, "conference_v2": 30, "flexml": 14, "mediator": 16}


def test_core_operations_record_their_scopes() -> None:
    """A 403 can only name the missing scope if the spec records it (or says why it cannot)."""
    for operation in support.operations(spec_of("core")):
        scopes = operation.definition.get("x-scopes")
        note = operation.definition.get("x-doc-note", "")
        assert scopes or "scope" in note, f"{operation.operation_id} records no scopes"
        assert all(isinstance(scope, str) and "." in scope for scope in scopes or [])


@pytest.mark.parametrize("section", LANDED)
def test_query_parameters_send_nothing_unasked(section: str) -> None:
    """A schema `default` on a query parameter makes the generated code send it on every call."""
    spec = spec_of(section)
    for operation in support.operations(spec):
        path_parameters = spec["paths"][operation.path].get("parameters", [])
        for parameter in path_parameters + operation.definition.get("parameters", []):
            parameter = support.resolve(spec, parameter)
            if parameter["in"] == "query":
                assert "default" not in parameter.get("schema", {}), f"{operation.operation_id}: {parameter['name']}"
