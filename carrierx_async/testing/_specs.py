"""The section specs, and the route table the fake server builds from them."""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

from .._config import SECTION_PATHS
from ._schema import Schema, SchemaTools

SECTIONS: tuple[str, ...] = tuple(SECTION_PATHS)
METHODS = ("get", "post", "put", "patch", "delete")

_REPO_SPECS = Path(__file__).resolve().parents[2] / "specs"


def _spec_text(section: str) -> str:
    name = f"{section}.yaml"
    try:
        packaged = importlib.resources.files("carrierx_async").joinpath("specs", name)
        if packaged.is_file():
            return packaged.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        pass
    return (_REPO_SPECS / name).read_text(encoding="utf-8")


@functools.cache
def load_spec(section: str) -> Mapping[str, Any]:
    """The parsed spec of a section (shared and cached: never modify it)."""
    if section not in SECTION_PATHS:
        raise ValueError(f"unknown section {section!r}")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: Mapping[str, Any] = yaml.load(_spec_text(section), Loader=loader)
    return spec


@attrs.frozen
class Operation:
    """One method on one path template of one section, with what the server needs to answer it."""

    section: str
    method: str  # upper case
    template: str  # as in the spec, e.g. /phonenumber/dids/{did_sid}
    operation_id: str
    path_params: Mapping[str, Schema]
    query_params: Mapping[str, Schema]
    required_query: frozenset[str]
    request_bodies: Mapping[str, Schema]  # content type → schema
    body_required: bool
    status: int  # the success status
    response_type: str | None  # content type of the success answer (None: no body)
    response_schema: Schema | None
    auth_optional: bool

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.template.strip("/").split("/"))

    @property
    def is_item(self) -> bool:
        """Whether the last segment is one identifier (`/dids/{did_sid}`)."""
        return _PARAM.fullmatch(self.segments[-1]) is not None

    @property
    def item_param(self) -> str | None:
        match = _PARAM.fullmatch(self.segments[-1])
        return match.group(1) if match else None

    @property
    def collection_template(self) -> str:
        """The path of the collection an item path belongs to (itself for collection paths)."""
        return "/" + "/".join(self.segments[:-1]) if self.is_item else self.template


_PARAM = re.compile(r"\{([^}/]+)\}")


def _segment_pattern(segment: str) -> tuple[re.Pattern[str], int]:
    """A regex for one template segment, and how literal it is (2 literal, 1 mixed, 0 a bare parameter)."""
    parts = _PARAM.split(segment)
    if len(parts) == 1:
        return re.compile(re.escape(segment)), 2
    regex = ""
    for index, part in enumerate(parts):
        regex += f"(?P<{part}>.+?)" if index % 2 else re.escape(part)
    return re.compile(regex), 1 if any(parts[::2]) else 0


@attrs.frozen
class _Route:
    template: str
    patterns: tuple[tuple[re.Pattern[str], int], ...]
    operations: Mapping[str, Operation]

    @property
    def rank(self) -> tuple[int, ...]:
        return tuple(weight for _, weight in self.patterns)

    def match(self, segments: list[str]) -> dict[str, str] | None:
        if len(segments) != len(self.patterns):
            return None
        params: dict[str, str] = {}
        for segment, (pattern, _) in zip(segments, self.patterns, strict=True):
            found = pattern.fullmatch(segment)
            if found is None:
                return None
            params.update(found.groupdict())
        return params


class RouteTable:
    """Every operation of one section, matched by path, literal segments first."""

    def __init__(self, section: str, spec: Mapping[str, Any] | None = None) -> None:
        self.section = section
        self.spec = spec if spec is not None else load_spec(section)
        self.schemas = SchemaTools(self.spec)
        self.operations: dict[str, Operation] = {}
        routes: list[_Route] = []
        for template, item in self.spec.get("paths", {}).items():
            operations = {}
            for method in METHODS:
                if method in item:
                    operation = self._operation(template, method, item)
                    operations[operation.method] = operation
                    self.operations[operation.operation_id] = operation
            segments = template.strip("/").split("/")
            routes.append(_Route(template, tuple(_segment_pattern(s) for s in segments), operations))
        # Literal segments beat parameters, earlier segments first: /accounts/whoami before
        # /accounts/{account_sid}, /countries/ip/{ip} never confused with /countries/{code}.
        self._routes = sorted(routes, key=lambda route: route.rank, reverse=True)
        self.templates = {route.template: route.operations for route in routes}

    def match(self, path: str) -> tuple[Mapping[str, Operation], dict[str, str]] | None:
        """The operations of the path template `path` matches (by method), and its parameters."""
        segments = path.strip("/").split("/")
        for route in self._routes:
            params = route.match(segments)
            if params is not None:
                return route.operations, params
        return None

    def _operation(self, template: str, method: str, item: Mapping[str, Any]) -> Operation:
        definition = item[method]
        tools = self.schemas
        parameters = [tools.resolve(p) for p in [*item.get("parameters", ()), *definition.get("parameters", ())]]
        body = tools.resolve(definition.get("requestBody")) if "requestBody" in definition else {}
        status, response_type, response_schema = 200, None, None
        for code, response in sorted(definition.get("responses", {}).items()):
            if str(code).startswith("2"):
                status = int(code)
                content = tools.resolve(response).get("content") or {}
                if content:
                    response_type = "application/json" if "application/json" in content else next(iter(content))
                    response_schema = content[response_type].get("schema")
                break
        security = definition.get("security", self.spec.get("security", []))
        return Operation(
            section=self.section,
            method=method.upper(),
            template=template,
            operation_id=definition["operationId"],
            path_params={p["name"]: p.get("schema", {}) for p in parameters if p.get("in") == "path"},
            query_params={p["name"]: p.get("schema", {}) for p in parameters if p.get("in") == "query"},
            required_query=frozenset(p["name"] for p in parameters if p.get("in") == "query" and p.get("required")),
            request_bodies={ct: media.get("schema", {}) for ct, media in (body.get("content") or {}).items()},
            body_required=bool(body.get("required")),
            status=status,
            response_type=response_type,
            response_schema=response_schema,
            auth_optional=not security or any(not requirement for requirement in security),
        )


@functools.cache
def route_table(section: str) -> RouteTable:
    """The (shared, read-only) route table of a section."""
    return RouteTable(section)
