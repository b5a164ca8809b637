"""Reading specs and fixtures for the contract tests: operations, response schemas, samples."""

from __future__ import annotations

import datetime
import functools
import importlib
import importlib.util
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, Self

import yaml
from openapi_schema_validator import OAS31Validator

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
FIXTURES = ROOT / "tests" / "fixtures"
QUICK_REFERENCE = Path(__file__).with_name("quick_reference_operations.json")


def _load_generate_script() -> Any:
    location = ROOT / "scripts" / "generate.py"
    module_spec = importlib.util.spec_from_file_location("carrierx_generate", location)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


generate_script = _load_generate_script()
PACKAGES: dict[str, str] = generate_script.PACKAGES

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str
    definition: dict[str, Any]


class ResponseModel(Protocol):
    """What every generated model offers: read from JSON data, written back, unknown fields kept."""

    additional_properties: dict[str, Any]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Sample:
    path: Path
    section: str
    operation_id: str
    status: int
    body: Any


@functools.cache
def load_spec(path: Path) -> dict[str, Any]:
    """The parsed spec; cached, so treat it as read-only."""
    with path.open() as stream:
        spec: dict[str, Any] = yaml.safe_load(stream)
    return spec


def quick_reference(section: str) -> set[tuple[str, str]]:
    entries = json.loads(QUICK_REFERENCE.read_text())
    return {(entry["method"].upper(), entry["path"]) for entry in entries if entry["section"] == section}


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                definition = item[method]
                yield Operation(method.upper(), path, definition["operationId"], definition["tags"][0], definition)


def resolve(spec: Mapping[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s until a concrete node is reached."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def response_schema(spec: dict[str, Any], operation: Operation, status: int) -> dict[str, Any] | None:
    response = operation.definition["responses"].get(str(status))
    if response is None:
        return None
    content = resolve(spec, response).get("content", {})
    media = content.get("application/json")
    return None if media is None else media.get("schema")


def schema_errors(spec: dict[str, Any], schema: dict[str, Any], instance: Any) -> list[str]:
    """Messages of every way `instance` breaks `schema` (refs resolved against the whole spec)."""
    root = {**spec, **schema}
    validator = OAS31Validator(root)
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in validator.iter_errors(instance)
    ]


def load_samples(section: str) -> list[Sample]:
    samples = []
    for path in sorted((FIXTURES / section).glob("*.json")):
        data = json.loads(path.read_text())
        samples.append(Sample(path, section, data["operation_id"], data.get("status", 200), data["body"]))
    return samples


def unwrap_mediator(body: Any) -> Any:
    """Mediator's pages show responses as `{"body": ..., "status": ...}`; the spec describes the inside."""
    if isinstance(body, dict) and set(body) == {"body", "status"}:
        return body["body"]
    return body


def parse_with_generated(package: str, operation: Operation, status: int, body: Any) -> Any:
    """Parse `body` with the operation's public `parse_response`, from status, headers and bytes."""
    module = importlib.import_module(f"{package}.api.{operation.tag}.{operation.operation_id}")
    content = json.dumps(body).encode()
    return module.parse_response(status, {"content-type": "application/json"}, content)


def as_data(parsed: Any) -> Any:
    """What a parsed response serialises back to (a model, or a list of models)."""
    if isinstance(parsed, list):
        return [as_data(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def as_instant(value: str) -> datetime.datetime | None:
    if len(value) < 19 or value[4] != "-" or "T" not in value:
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def round_trip_differences(expected: Any, actual: Any, where: str = "") -> list[str]:
    """Where `actual` differs from `expected`, comparing ISO timestamps as instants."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in expected.keys() | actual.keys():
            if key not in actual:
                found.append(f"{where}/{key}: lost")
            elif key not in expected:
                found.append(f"{where}/{key}: added")
            else:
                found.extend(round_trip_differences(expected[key], actual[key], f"{where}/{key}"))
        return found
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{where}: {len(expected)} items became {len(actual)}"]
        return [
            diff
            for index, pair in enumerate(zip(expected, actual, strict=True))
            for diff in round_trip_differences(*pair, f"{where}/{index}")
        ]
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        left, right = as_instant(expected), as_instant(actual)
        if left is not None and right is not None and left == right:
            return []
    if type(expected) is not type(actual) and not (
        isinstance(expected, int | float) and isinstance(actual, int | float) and not isinstance(expected, bool)
    ):
        return [f"{where or '<root>'}: {expected!r} became {actual!r}"]
    return [] if expected == actual else [f"{where or '<root>'}: {expected!r} became {actual!r}"]
