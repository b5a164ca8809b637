"""What the templates in scripts/templates/ render, worked out in Python.

openapi-python-client parses a spec into endpoints and properties; this module turns those
into the plain facts our templates need (annotations, readers, the operation table), and adds
what the generator does not keep (scopes, paging, docs links) from the spec itself. The
templates stay loops over these facts.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

# Readers of plain JSON types, and the type the model loader checks for them on its fast path.
PLAIN_TYPES = {"rt.STR": "str", "rt.BOOL": "bool", "rt.INT": "int", "rt.FLOAT": "float"}
FACADE_KEYWORDS = {"timeout", "extra_headers", "retry", "self", "page_size", "max_items", "prefetch"}

# Each section's reference documentation; operation pages hang below it.
DOCS_ROOTS = {
    "core": "https://docs.carrierx.com/voice/core-api",
    "conference": "https://docs.carrierx.com/conference/conference-api",
    "conference_v2": "https://docs.carrierx.com/conference/conference-api-v2",
    "flexml": "https://docs.carrierx.com/voice/flexml-api",
    "mediator": "https://docs.carrierx.com/mediator/mediator-api",
}


@dataclass
class FieldPlan:
    """One model attribute."""

    key: str  # the JSON name
    name: str  # the Python attribute
    annotation: str  # its type, without None
    reader: str  # an expression for its `Reader`
    params_annotation: str  # its type in the request TypedDict
    required: bool
    description: str


@dataclass
class ModelPlan:
    fields: list[FieldPlan]
    top_imports: set[str] = field(default_factory=set)  # enums: leaf modules, safe to import eagerly
    type_imports: set[str] = field(default_factory=set)  # models: only for annotations
    uses_datetime: bool = False
    free_form: bool = False  # declares no field: any key goes


def raw(value: object) -> str:
    """The text of a spec string (the generator wraps them as `UntrustedString`)."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def one_line(text: object) -> str:
    return " ".join(raw(text).split())


def docstring_text(text: object, indent: str, width: int = 96) -> str:
    wrapped = textwrap.wrap(one_line(text), width, break_long_words=False, break_on_hyphens=False)
    return ("\n" + indent).join(wrapped)


class Planner:
    """Facts for the templates of one section."""

    def __init__(self, section: str, package: str, spec: dict[str, Any]) -> None:
        self.section = section
        self.package = package
        self.spec = spec
        self.envelope = section == "mediator"  # Mediator's documented answers are wrapped: {"body", "status"}
        self.request_schemas = self._reachable("requestBody")
        self.params_models: set[str] = set()  # models given a `...Params` TypedDict, as they are rendered

    def mark_params(self, name: str) -> str:
        self.params_models.add(name)
        return ""

    def has_params(self, name: str) -> bool:
        return name in self.params_models

    # -- the spec itself ---------------------------------------------------------------------

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _reachable(self, where: str) -> set[str]:
        schemas = self.spec.get("components", {}).get("schemas", {})
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "$ref" and isinstance(value, str) and value.startswith("#/components/schemas/"):
                        name = value.rsplit("/", 1)[1]
                        if name not in found:
                            found.add(name)
                            walk(schemas[name])
                    else:
                        walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        for item in self.spec["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict):
                    walk(operation.get(where, {}))
        return found

    def spec_path(self, endpoint: Endpoint) -> str:
        """The spec's own path of an endpoint (the generator renames path parameters)."""
        wanted = re.sub(r"\{[^}]*\}", "{}", raw(endpoint.path))
        for path, item in self.spec["paths"].items():
            if re.sub(r"\{[^}]*\}", "{}", path) == wanted and endpoint.method in item:
                return str(path)
        raise SystemExit(f"{raw(endpoint.path)}: not found in the spec")

    # -- types and readers -------------------------------------------------------------------

    def annotation(self, prop: PropertyProtocol, plan: ModelPlan | None = None, params: bool = False) -> str:
        """The Python type of a property, without None (a null always reads as None)."""
        if isinstance(prop, StringProperty | ConstProperty):
            return "str"
        if isinstance(prop, BooleanProperty):
            return "bool"
        if isinstance(prop, IntProperty):
            return "int"
        if isinstance(prop, FloatProperty):
            return "float"
        if isinstance(prop, DateTimeProperty):
            if plan:
                plan.uses_datetime = True
            return "datetime.datetime | str" if params else "datetime.datetime"
        if isinstance(prop, DateProperty):
            if plan:
                plan.uses_datetime = True
            return "datetime.date | str" if params else "datetime.date"
        if isinstance(prop, FileProperty):
            return "File | bytes | IO[bytes] | tuple[str, bytes, str]" if params else "File"
        if isinstance(prop, EnumProperty):
            name = prop.class_info.name
            if plan:
                plan.top_imports.add(f"from .{prop.class_info.module_name} import {name}")
            return f"{name} | {prop.value_type.__name__}" if params else name
        if isinstance(prop, ModelProperty):
            name = prop.class_info.name
            if plan:
                plan.type_imports.add(f"from .{prop.class_info.module_name} import {name}")
            if params and self._has_params(prop):
                if plan:
                    plan.type_imports.add(f"from .{prop.class_info.module_name} import {name}Params")
                return f"{name} | {name}Params"
            return f"{name} | Mapping[str, Any]" if params else name
        if isinstance(prop, ListProperty):
            return f"list[{self.annotation(prop.inner_property, plan, params)}]"
        if isinstance(prop, UnionProperty):
            members = [
                self.annotation(inner, plan, params)
                for inner in prop.inner_properties
                if not isinstance(inner, NoneProperty)
            ]
            unique = list(dict.fromkeys(members))
            return " | ".join(unique) if unique else "Any"
        if isinstance(prop, AnyProperty | NoneProperty):
            return "Any"
        raise SystemExit(f"no annotation for property {prop.name} of kind {type(prop).__name__}")

    def field_reader(self, prop: PropertyProtocol) -> str:
        """What a model's field table holds: a plain type (the loader's fast path) or a `Reader`."""
        reader = self.reader(prop)  # a nullable field reads as its one other member
        return PLAIN_TYPES.get(reader, reader)

    def reader(self, prop: PropertyProtocol) -> str:
        """An expression for the property's `Reader` (see carrierx_async.runtime)."""
        simple = {
            StringProperty: "rt.STR",
            ConstProperty: "rt.STR",
            BooleanProperty: "rt.BOOL",
            IntProperty: "rt.INT",
            FloatProperty: "rt.FLOAT",
            DateTimeProperty: "rt.DATETIME",
            DateProperty: "rt.DATE",
            FileProperty: "rt.FILE",
            AnyProperty: "rt.ANY",
            NoneProperty: "rt.ANY",
        }
        for kind, expression in simple.items():
            if isinstance(prop, kind):
                return expression
        if isinstance(prop, EnumProperty):
            return f"rt.enum_reader({prop.class_info.name})"
        if isinstance(prop, ModelProperty):
            module = f"{self.package}.models.{prop.class_info.module_name}"
            return f'rt.model_reader("{module}", "{prop.class_info.name}")'
        if isinstance(prop, ListProperty):
            return f"rt.list_reader({self.reader(prop.inner_property)})"
        if isinstance(prop, UnionProperty):
            readers = [self.reader(inner) for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]
            readers = list(dict.fromkeys(readers))
            if len(readers) == 1:
                return readers[0]
            return f"rt.union_reader({', '.join(readers)})"
        raise SystemExit(f"no reader for property {prop.name} of kind {type(prop).__name__}")

    def _has_params(self, model: ModelProperty) -> bool:
        return bool((model.required_properties or []) + (model.optional_properties or []))

    def model(self, model: ModelProperty) -> ModelPlan:
        plan = ModelPlan(fields=[])
        properties = (model.required_properties or []) + (model.optional_properties or [])
        for prop in properties:
            plan.fields.append(
                FieldPlan(
                    key=raw(prop.name),
                    name=str(prop.python_name),
                    annotation=self.annotation(prop, plan),
                    reader=self.field_reader(prop),
                    params_annotation=self.annotation(prop, plan, params=True),
                    required=prop.required,
                    description=one_line(prop.description),
                )
            )
        plan.free_form = not properties
        return plan

    def is_request_model(self, model: ModelProperty) -> bool:
        """Whether a request body can hold this model (it then gets a `...Params` TypedDict)."""
        return raw(model.name) in self.request_schemas or str(model.class_info.name) in self.request_schemas

    # -- operations --------------------------------------------------------------------------

    def parameter_constants(self, collections: dict[str, Any]) -> dict[str, Argument]:
        """Each distinct parameter of the section once (most are shared by many list operations)."""
        self._parameters: dict[tuple[str, ...], str] = {}
        constants: dict[str, Argument] = {}
        for _, collection in sorted(collections.items()):
            for endpoint in collection.endpoints:
                for argument in self.operation(endpoint).arguments:
                    key = argument.key
                    if key not in self._parameters:
                        name = f"_{argument.python_name.upper()}"
                        while name in constants:
                            name += "_"
                        self._parameters[key] = name
                        constants[name] = argument
        return constants

    def parameter_name(self, argument: Argument) -> str:
        return self._parameters[argument.key]

    def operation(self, endpoint: Endpoint) -> OperationPlan:
        return OperationPlan(self, endpoint)


@dataclass
class Argument:
    python_name: str
    name: str
    location: str
    annotation: str  # as written in build_request
    required: bool
    description: str
    default: str | None  # "UNSET" for optional arguments
    enum: str | None = None

    def query_value(self, checked: dict[str, str]) -> str:
        """The expression `build_request` hands to `rt.query` for this argument."""
        model = checked.get(self.name)
        if model is None:
            return self.python_name
        return f'rt.checked_fields({self.python_name}, {model}.field_names, "{self.name}")'

    @property
    def key(self) -> tuple[str, ...]:
        return (self.python_name, self.name, self.location, self.annotation, str(self.required), self.description)


class OperationPlan:
    """Everything one endpoint module and its row of the operation table need."""

    def __init__(self, planner: Planner, endpoint: Endpoint) -> None:
        self.planner = planner
        self.endpoint = endpoint
        self.raw_path = planner.spec_path(endpoint)
        self.spec: dict[str, Any] = planner.spec["paths"][self.raw_path][endpoint.method]
        self.id = str(endpoint.name)
        self.imports: set[tuple[str, str]] = set()  # (module, name) that annotations use
        self.arguments = self._arguments()
        self.body = self._body()
        for argument in self.arguments:
            if argument.python_name in FACADE_KEYWORDS or keyword.iskeyword(argument.python_name):
                raise SystemExit(f"{self.id}: argument {argument.python_name!r} collides with a facade keyword")

    @property
    def method(self) -> str:
        return self.endpoint.method.upper()

    @property
    def path(self) -> str:
        return self.raw_path

    @property
    def summary(self) -> str:
        return one_line(self.endpoint.summary) or self.id

    @property
    def description(self) -> str:
        return one_line(self.endpoint.description)

    @property
    def scopes(self) -> tuple[str, ...]:
        return tuple(self.spec.get("x-scopes", ()))

    @property
    def docs_url(self) -> str:
        explicit = self.spec.get("externalDocs", {}).get("url")
        return str(explicit or DOCS_ROOTS[self.planner.section])

    def _need(self, prop: PropertyProtocol) -> None:
        if isinstance(prop, EnumProperty | ModelProperty):
            module = f"{self.planner.package}.models.{prop.class_info.module_name}"
            self.imports.add((module, prop.class_info.name))
        elif isinstance(prop, ListProperty):
            self._need(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                self._need(inner)

    def _parameter_description(self, name: str) -> str:
        """A parameter's description as the spec gives it (the generator keeps only its schema)."""
        item = self.planner.spec["paths"][self.path]
        for parameter in item.get("parameters", []) + self.spec.get("parameters", []):
            parameter = self.planner._resolve(parameter)
            if parameter.get("name") == name:
                return one_line(parameter.get("description", ""))
        return ""

    def _target_model(self) -> ModelProperty | None:
        """The model whose fields `filter`, `order` and the field lists name: the listed item, or the answer."""
        success = [r for r in self.endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] < 300]
        if len(success) != 1 or not isinstance(success[0].prop, ModelProperty):
            return None
        answer: ModelProperty = success[0].prop
        for prop in (answer.required_properties or []) + (answer.optional_properties or []):
            inner = self._strip_none(prop)
            if (
                raw(prop.name) == "items"
                and isinstance(inner, ListProperty)
                and isinstance(inner.inner_property, ModelProperty)
            ):
                return inner.inner_property
        return answer

    def _typed_field_argument(self, name: str) -> str | None:
        """`filter`, `order`, `include_fields`, `exclude_fields`: typed by the target model's field names."""
        builder = {"filter": "Filter", "order": "Order", "include_fields": "Fields", "exclude_fields": "Fields"}.get(
            name
        )
        model = self._target_model()
        if builder is None or model is None or not self.planner._has_params(model):
            return None
        module = f"{self.planner.package}.models.{model.class_info.module_name}"
        self.imports.add((module, model.class_info.name))
        self.imports.add((module, f"{model.class_info.name}FieldName"))
        self.imports.add(("carrierx_async.filters", builder))
        self.checked[name] = model.class_info.name
        return f"str | {builder}[{model.class_info.name}FieldName]"

    def _arguments(self) -> list[Argument]:
        self.checked: dict[str, str] = {}  # wire name -> the model whose field names it is checked against
        arguments = []
        for prop in self.endpoint.path_parameters:
            arguments.append(
                Argument(
                    str(prop.python_name),
                    raw(prop.name),
                    "path",
                    "int | str" if isinstance(self._strip_none(prop), IntProperty) else "str",
                    True,
                    one_line(prop.description) or self._parameter_description(raw(prop.name)),
                    None,
                )
            )
        for prop in self.endpoint.query_parameters:
            self._need(prop)
            annotation = self._typed_field_argument(raw(prop.name)) or self.planner.annotation(prop, params=True)
            enum = prop.class_info.name if isinstance(prop, EnumProperty) else None
            if not prop.required:
                annotation += " | Unset"
            arguments.append(
                Argument(
                    str(prop.python_name),
                    raw(prop.name),
                    "query",
                    annotation,
                    prop.required,
                    one_line(prop.description) or self._parameter_description(raw(prop.name)),
                    None if prop.required else "UNSET",
                    enum,
                )
            )
        return arguments

    def _body(self) -> dict[str, Any] | None:
        bodies = self.endpoint.bodies
        if not bodies:
            return None
        required = all(body.prop.required for body in bodies)
        models = [body.prop for body in bodies if isinstance(body.prop, ModelProperty)]
        kinds = {str(body.body_type) for body in bodies}
        model = models[0] if models else None
        members: list[str] = []
        if model is not None:
            name = model.class_info.name
            module = f"{self.planner.package}.models.{model.class_info.module_name}"
            self.imports.add((module, name))
            members.append(name)
            if self.planner._has_params(model):
                self.imports.add((module, f"{name}Params"))
                members.append(f"{name}Params")
            else:
                members.append("Mapping[str, Any]")
        if "content" in kinds:
            members += ["File", "bytes", "IO[bytes]"]
        if kinds == {"files", "content"}:
            encode = f"rt.upload_body({model.class_info.name}, body)"  # type: ignore[union-attr]
        elif kinds == {"content"}:
            content_type = raw(bodies[0].content_type)
            encode = f'rt.raw_body(body, "{content_type}")'
        elif kinds == {"json"}:
            encode = f"rt.json_body({model.class_info.name}, body)"  # type: ignore[union-attr]
        elif kinds == {"data"}:
            encode = f"rt.form_body({model.class_info.name}, body)"  # type: ignore[union-attr]
        elif kinds == {"files"}:
            encode = f"rt.multipart_body({model.class_info.name}, body)"  # type: ignore[union-attr]
        else:
            raise SystemExit(f"{self.id}: cannot encode a body of kinds {sorted(kinds)}")
        annotation = " | ".join(members)
        description = one_line(self.spec.get("requestBody", {}).get("description", ""))
        return {
            "annotation": annotation if required else annotation + " | Unset",
            "required": required,
            "encode": encode,
            "content_types": tuple(raw(body.content_type) for body in bodies),
            "model": model.class_info.name if model is not None else None,
            "description": description,
        }

    # -- the answer --------------------------------------------------------------------------

    def _success(self) -> list[Any]:
        return [
            response
            for response in self.endpoint.responses.patterns
            if response.status_code.range and 200 <= response.status_code.range[0] < 300
        ]

    @property
    def returns(self) -> str:
        types = []
        for response in self._success():
            types.append(self._response_type(response))
        unique = list(dict.fromkeys(types))
        if len(unique) > 1 and "None" in unique:
            unique.remove("None")
            unique.append("None")
        return " | ".join(unique) if unique else "None"

    @property
    def download(self) -> str | None:
        """The media type of a binary or CSV success body (one the facade can stream), or None."""
        for status, response in self.spec.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            for media_type, content in self.planner._resolve(response).get("content", {}).items():
                schema = self.planner._resolve(content.get("schema", {}))
                if schema.get("type") == "string" and schema.get("format") == "binary":
                    return str(media_type)
        return None

    def _response_type(self, response: Any) -> str:
        source = response.source["attribute"]
        if source == "None":
            return "None"
        if source == "response.content":
            return "bytes"
        if source == "response.text":
            return "str"
        prop = response.prop
        self._need(prop)
        return self.planner.annotation(prop)

    def parse_lines(self) -> list[str]:
        """The body of `parse_response`."""
        envelope = ", envelope=True" if self.planner.envelope else ""
        lines = []
        for response in self._success():
            low, high = response.status_code.range
            test = f"status == {low}" if low == high else f"{low} <= status <= {high}"
            lines.append(f"if {test}:")
            source = response.source["attribute"]
            prop = response.prop
            if source == "None":
                lines.append("    return None")
            elif source == "response.content":
                lines.append("    return content")
            elif source == "response.text":
                lines.append('    return content.decode("utf-8", "replace")')
            elif isinstance(prop, ModelProperty):
                lines.append(f"    return {prop.class_info.name}.from_dict(rt.json_object(content{envelope}))")
            elif isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
                name = prop.inner_property.class_info.name
                lines.append(f"    return [{name}.from_dict(item) for item in rt.json_array(content{envelope})]")
            else:
                lines.append(f"    return rt.json_value(content{envelope})")
        lines.append("raise rt.UnexpectedStatus(status, content)")
        return lines

    # -- paging ------------------------------------------------------------------------------

    @property
    def paging(self) -> dict[str, Any] | None:
        """Paging facts of a GET that takes limit and offset and answers a list envelope."""
        if self.method != "GET":
            return None
        names = {argument.name for argument in self.arguments}
        if not {"limit", "offset"} <= names:
            return None
        success = self._success()
        if len(success) != 1 or not isinstance(success[0].prop, ModelProperty):
            return None
        envelope = success[0].prop
        arrays = [
            prop
            for prop in (envelope.required_properties or []) + (envelope.optional_properties or [])
            if isinstance(self._strip_none(prop), ListProperty)
        ]
        if len(arrays) != 1:
            raise SystemExit(f"{self.id}: a paged list needs exactly one array property, found {len(arrays)}")
        items = arrays[0]
        inner = self._strip_none(items)
        assert isinstance(inner, ListProperty)
        item = inner.inner_property
        if not isinstance(item, ModelProperty):
            raise SystemExit(f"{self.id}: paged items must be objects")
        self.imports.add((f"{self.planner.package}.models.{item.class_info.module_name}", item.class_info.name))
        cursor_field = None
        if "after" in names:
            item_fields = {
                raw(prop.name) for prop in (item.required_properties or []) + (item.optional_properties or [])
            }
            # The item's SID is the path parameter of the list's by-SID sibling (`/x/{x_sid}`).
            by_sid = [
                other[len(self.path) + 2 : -1]
                for other in self.planner.spec["paths"]
                if other.startswith(self.path + "/{") and other.count("/") == self.path.count("/") + 1
            ]
            candidates = [name for name in [*by_sid, "dr_sid"] if name in item_fields]
            cursor_field = candidates[0] if candidates else None
        return {
            "style": "cursor" if cursor_field else "offset",
            "items": str(items.python_name),
            "item": item.class_info.name,
            "cursor_field": cursor_field,
        }

    @staticmethod
    def _strip_none(prop: PropertyProtocol) -> PropertyProtocol:
        if isinstance(prop, UnionProperty):
            others = [inner for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]
            if len(others) == 1:
                return others[0]
        return prop
