"""Generic REST behaviour, driven by the specs: CRUD over the store, lists, canned answers.

Every operation gets a kind from its method, path and schemas:

- `list`: GET answering a list envelope, served from the collection at that path;
- `create`, `get`, `update` (PATCH, and PUT), `delete`: a collection and its item path;
- `clear`: DELETE on a collection path (remove everything in it);
- `singleton`: an object hanging under an item (`/phonenumber/dids/{did_sid}/emergency`);
- `canned`: anything else (lookups, rates, reports, downloads), answered from a shipped sample
  or an example built from the response schema.
"""

from __future__ import annotations

import copy
import csv
import datetime
import io
import json
import random
import urllib.parse
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from . import _defaults, _filters, _paging
from ._http import (
    ApiError,
    JSONObject,
    Request,
    Response,
    Upload,
    decode_form,
    decode_json,
    decode_multipart,
    not_found,
    validation_error,
)
from ._samples import sample
from ._schema import Schema, SchemaTools, now_iso
from ._specs import Operation, RouteTable, route_table
from ._store import Collection, Store

DEFAULT_LIMIT = 10
MAX_LIMIT = 1000
LIST_ARGUMENTS = frozenset(
    {"limit", "offset", "after", "before", "filter", "order", "include_fields", "exclude_fields", "with_related"}
)
CREATED_FIELDS = ("date_created", "date_insert")
CHANGED_FIELDS = ("date_modified", "date_changed", "date_updated")

# Collections whose item path names a value the objects do not hold under that name.
KEY_FIELDS: Mapping[tuple[str, str], str] = {("core", "/countries"): "iso_3166_alpha_3"}


@attrs.define
class Call:
    """One request on its way through a handler."""

    request: Request
    operation: Operation
    params: dict[str, str]
    section: str
    scope: str  # the partner (Core) or the endpoint's account (endpoint APIs)
    query: dict[str, Any] = attrs.field(factory=dict)
    token: str | None = None
    endpoint: JSONObject | None = None  # the Core endpoint whose credentials were used


@attrs.frozen
class Hooks:
    """Domain behaviour attached to one collection (see `_domain.py`)."""

    before: Callable[[Call], None] | None = None  # runs before any operation on the collection
    created: Callable[[Call, JSONObject], None] | None = None
    updated: Callable[[Call, JSONObject, JSONObject], None] | None = None  # (call, before, after)
    deleted: Callable[[Call, JSONObject], None] | None = None


class Resources:
    """The generic handlers and the helpers domain behaviour builds on."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime.datetime], rng: random.Random) -> None:
        self.store = store
        self.clock = clock
        self.rng = rng
        self.tables: dict[str, RouteTable] = {}
        self.hooks: dict[tuple[str, str], Hooks] = {}
        self.special: dict[tuple[str, str], Callable[[Call], Response]] = {}  # (section, operation id)
        # Fields every new object of a section gets (its partner or account), when it has them.
        self.owner: Callable[[Call], Mapping[str, Any]] = lambda call: {}
        self._kinds: dict[tuple[str, str], str] = {}
        self._opened: set[tuple[str, str, str]] = set()  # collections past their first use
        self._sampled: set[tuple[str, str, str]] = set()  # ... that hold the samples only
        self._cache: dict[tuple[str, str, str], Any] = {}  # (what, section, template) → answer

    # --- specs -------------------------------------------------------------------------------

    def table(self, section: str) -> RouteTable:
        found = self.tables.get(section)
        if found is None:
            found = self.tables[section] = route_table(section)
        return found

    def schemas(self, section: str) -> SchemaTools:
        return self.table(section).schemas

    def now(self) -> str:
        return now_iso(self.clock())

    def is_list(self, operation: Operation) -> bool:
        return (
            operation.response_type == "application/json"
            and operation.response_schema is not None
            and self.schemas(operation.section).list_items(operation.response_schema) is not None
        )

    def _cached(self, what: str, section: str, template: str, compute: Callable[[], Any]) -> Any:
        key = (what, section, template)
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def collection_templates(self, section: str) -> set[str]:
        found: set[str] = self._cached("collections", section, "", lambda: self._collection_templates(section))
        return found

    def _collection_templates(self, section: str) -> set[str]:
        table = self.table(section)
        found = set()
        for template, operations in table.templates.items():
            listing = operations.get("GET")
            if listing is not None and not listing.is_item and self.is_list(listing):
                found.add(template)
            for operation in operations.values():
                if operation.is_item and operation.collection_template in table.templates:
                    found.add(operation.collection_template)
        return found

    def kind(self, operation: Operation) -> str:
        key = (operation.section, operation.operation_id)
        found = self._kinds.get(key)
        if found is None:
            found = self._kinds[key] = self._classify(operation)
        return found

    def _classify(self, operation: Operation) -> str:
        table = self.table(operation.section)
        collections = self.collection_templates(operation.section)
        method, template = operation.method, operation.template
        if method == "GET" and self.is_list(operation):
            return "list"
        if operation.is_item and operation.collection_template in collections:
            if method == "POST":
                return "canned"
            return {"GET": "get", "PATCH": "update", "PUT": "update", "DELETE": "delete"}[method]
        if template in collections:
            if method == "POST" and operation.response_type is not None:
                return "create"
            if method == "DELETE":
                return "clear"
        parent = template.rsplit("/", 1)[0]
        parent_operations = table.templates.get(parent, {})
        siblings = table.templates.get(template, {})
        getter = siblings.get("GET")
        if (
            any(candidate.is_item for candidate in parent_operations.values())
            and getter is not None
            and getter.response_type == "application/json"
            and "object" in self.schemas(operation.section).types(getter.response_schema)
            and set(siblings) - {"GET"}
        ):
            return "singleton"
        return "canned"

    def item_schema(self, section: str, collection_template: str) -> Schema:
        """The schema of the objects of a collection."""
        found: Schema = self._cached(
            "item_schema", section, collection_template, lambda: self._item_schema(section, collection_template)
        )
        return found

    def _item_schema(self, section: str, collection_template: str) -> Schema:
        table = self.table(section)
        tools = self.schemas(section)
        listing = table.templates.get(collection_template, {}).get("GET")
        if listing is not None and self.is_list(listing):
            found = tools.list_items(listing.response_schema)
            if found is not None:
                return found[1]
        for operations in table.templates.values():
            for operation in operations.values():
                if (
                    operation.is_item
                    and operation.collection_template == collection_template
                    and operation.method == "GET"
                    and operation.response_schema is not None
                ):
                    return operation.response_schema
        create = table.templates.get(collection_template, {}).get("POST")
        if create is not None and create.response_schema is not None:
            return create.response_schema
        return {}

    def item_operation(self, section: str, collection_template: str) -> Operation | None:
        found: Operation | None = self._cached(
            "item_operation", section, collection_template, lambda: self._item_operation(section, collection_template)
        )
        return found

    def _item_operation(self, section: str, collection_template: str) -> Operation | None:
        for operations in self.table(section).templates.values():
            for operation in operations.values():
                if operation.is_item and operation.collection_template == collection_template:
                    return operation
        return None

    def identity(self, section: str, collection_template: str) -> tuple[str | None, bool]:
        """The field holding an item's identifier, and whether identifiers are integers."""
        found: tuple[str | None, bool] = self._cached(
            "identity", section, collection_template, lambda: self._identity(section, collection_template)
        )
        return found

    def _identity(self, section: str, collection_template: str) -> tuple[str | None, bool]:
        override = KEY_FIELDS.get((section, collection_template))
        if override is not None:
            return override, False
        item = self.item_operation(section, collection_template)
        properties = self.schemas(section).properties(self.item_schema(section, collection_template))
        if item is None or item.item_param is None:
            return None, False
        param = item.item_param
        integer = "integer" in self.schemas(section).types(item.path_params.get(param))
        if param in properties:
            return param, integer
        if "id" in properties:
            return "id", integer
        return param, integer

    # --- collections ---------------------------------------------------------------------------

    @staticmethod
    def concrete(template: str, params: Mapping[str, str]) -> str:
        path = template
        for name, value in params.items():
            path = path.replace("{" + name + "}", value)
        return path

    def collection(self, call: Call, template: str | None = None, *, section: str | None = None) -> Collection:
        section = section or call.section
        template = template or call.operation.collection_template
        path = self.concrete(template, call.params)
        found = self.store.collection(section, call.scope, path)
        key = (section, call.scope, path)
        if key not in self._opened:
            self._opened.add(key)
            if self._fill_from_samples(section, template, found):
                self._sampled.add(key)
        return found

    def stored_collection(self, section: str, scope: str, path: str) -> Collection:
        """A collection for records a test seeds: without the documentation's samples in it."""
        key = (section, scope, path)
        found = self.store.collection(section, scope, path)
        self._opened.add(key)
        if key in self._sampled:  # a read-only list: nothing but the samples can be in it yet
            self._sampled.discard(key)
            found.clear()
        return found

    def _fill_from_samples(self, section: str, template: str, collection: Collection) -> bool:
        """Fill a read-only reference list (no create operation, no domain owner) from the samples."""
        table = self.table(section)
        if "POST" in table.templates.get(template, {}) or (section, template) in self.hooks:
            return False
        items: list[Any] = []
        listing = table.templates.get(template, {}).get("GET")
        if listing is not None:
            body = sample(section, listing.operation_id)
            found = self.schemas(section).list_items(listing.response_schema) if body is not None else None
            if isinstance(body, dict) and found is not None:
                items = list(body.get(found[0]) or [])
        if not items:
            item = self.item_operation(section, template)
            getter = table.templates.get(item.template, {}).get("GET") if item is not None else None
            single = sample(section, getter.operation_id) if getter is not None else None
            items = [single] if isinstance(single, dict) else []
        field, integer = self.identity(section, template)
        for item in items:
            if not isinstance(item, dict):
                continue
            value = item.get(field) if field else None
            if value is None:
                value = collection.next_number() if integer else str(uuid.uuid4())
                if field:
                    item[field] = value
            collection.put(str(value), item)
        return len(collection) > 0

    def check_parents(self, call: Call) -> None:
        """404 when an item the path goes through (`/trunk_groups/{sid}/...`) does not exist."""
        segments = call.operation.segments
        table = self.table(call.section)
        for index in range(1, len(segments) - 1):
            prefix = "/" + "/".join(segments[: index + 1])
            operations = table.templates.get(prefix, {})
            getter = operations.get("GET")
            if getter is None or not getter.is_item or self.kind(getter) != "get":
                continue
            parent_collection = getter.collection_template
            collection = self.collection(call, parent_collection)
            key = self._key(call, getter)
            if key is None or key not in collection:
                raise not_found()

    def _key(self, call: Call, operation: Operation) -> str | None:
        param = operation.item_param
        if param is None:
            return None
        value = call.params.get(param, "")
        if "integer" in self.schemas(call.section).types(operation.path_params.get(param)):
            try:
                return str(int(value))
            except ValueError:
                return None
        return value

    # --- request bodies ------------------------------------------------------------------------

    def body(self, call: Call) -> Any:
        """The decoded, validated request body (None when the operation takes none)."""
        operation = call.operation
        if not operation.request_bodies:
            return None
        request = call.request
        if not request.body:
            if not operation.body_required:
                return None
            raise ApiError(400, "the request has no body")
        content_type = request.content_type or "application/octet-stream"
        schema = operation.request_bodies.get(content_type)
        if schema is None:
            accepted = ", ".join(operation.request_bodies)
            raise ApiError(415, f"unsupported media type {content_type!r}; send {accepted}")
        tools = self.schemas(call.section)
        if content_type == "application/json":
            body = decode_json(request.body)
            if not isinstance(body, dict) and "object" in tools.types(schema):
                raise ApiError(400, "the request body must be a JSON object")
        elif content_type == "application/x-www-form-urlencoded":
            body = self._typed_form(tools, schema, decode_form(request.body))
        elif content_type.startswith("multipart/"):
            return self._multipart(call, tools, schema)
        else:
            return Upload(None, content_type, request.body)
        if isinstance(body, dict) and content_type == "application/json":
            self._check_fields(call, tools, schema, body)
        errors = tools.validation_errors(schema, body)
        if errors:
            raise validation_error(errors)
        return body

    def _typed_form(self, tools: SchemaTools, schema: Schema, form: dict[str, Any]) -> dict[str, Any]:
        properties = tools.properties(schema)
        typed: dict[str, Any] = {}
        for name, value in form.items():
            types = tools.types(properties.get(name))
            if "integer" in types and value.lstrip("-").isdigit():
                typed[name] = int(value)
            elif "boolean" in types and value.lower() in ("true", "false"):
                typed[name] = value.lower() == "true"
            elif "array" in types:
                typed[name] = [part for part in value.replace(",", " ").split() if part]
            else:
                typed[name] = value
        return typed

    def _multipart(self, call: Call, tools: SchemaTools, schema: Schema) -> dict[str, Any]:
        fields = decode_multipart(call.request.body, call.request.headers.get("content-type", ""))
        properties = tools.properties(schema)
        body: dict[str, Any] = {}
        errors: list[tuple[str | None, str]] = []
        for name in sorted(tools.required(schema)):
            if name not in fields:
                errors.append((name, "this field is required"))
        for name, value in fields.items():
            part_schema = properties.get(name)
            if part_schema is not None and "object" in tools.types(part_schema):
                text = value.data.decode("utf-8", "replace") if isinstance(value, Upload) else value
                try:
                    parsed = json.loads(text) if text.strip() else {}
                except ValueError:
                    raise ApiError(400, f"the {name} part is not valid JSON") from None
                for field, message in tools.validation_errors(part_schema, parsed):
                    errors.append((f"{name}.{field}", message))
                body[name] = parsed
            else:
                body[name] = value
        if errors:
            raise validation_error(errors)
        return body

    def _check_fields(self, call: Call, tools: SchemaTools, schema: Schema, body: Mapping[str, Any]) -> None:
        """422 for fields the spec marks read only, and for fields the object does not have.

        A field of the object that the request schema leaves out but the spec does not mark
        read only is accepted (checked against the object's schema): the docs leave the flags
        of many fields unknown, and refusing them would refuse what CarrierX may accept.
        """
        allowed = tools.properties(schema)
        if tools.non_null(schema).get("additionalProperties") is True:
            return
        object_properties = tools.properties(self.item_schema(call.section, call.operation.collection_template))
        errors: list[tuple[str | None, str]] = []
        for name, value in body.items():
            if name in allowed:
                continue
            prop = object_properties.get(name)
            if prop is None:
                errors.append((name, "unknown field"))
            elif tools.is_read_only(prop):
                errors.append((name, "this field is read only"))
            else:
                for field, message in tools.validation_errors(prop, value):
                    errors.append((name if field == "body" else f"{name}.{field}", message))
        if errors:
            raise validation_error(errors)

    # --- objects -------------------------------------------------------------------------------

    def present(self, call: Call, item: Mapping[str, Any], schema: Schema | None = None) -> JSONObject:
        """The object as answered: every schema property (null when unset), then field filtering."""
        if schema is None:
            schema = self.item_schema(call.section, call.operation.collection_template)
        tools = self.schemas(call.section)
        complete = {name: None for name in tools.properties(schema)}
        complete.update(copy.deepcopy(dict(item)))
        complete = _as_answered(tools, complete, schema)
        include = _filters.parse_fields(call.request.query.get("include_fields"))
        exclude = _filters.parse_fields(call.request.query.get("exclude_fields"))
        return _filters.apply_fields(complete, include, exclude)

    def new_object(
        self, call: Call, body: Mapping[str, Any] | None, template: str | None = None
    ) -> tuple[str, JSONObject]:
        """A new item for a collection: its key, the body's fields, defaults, server-set fields."""
        section = call.section
        template = template or call.operation.collection_template
        tools = self.schemas(section)
        schema = self.item_schema(section, template)
        properties = tools.properties(schema)
        request_schema = call.operation.request_bodies.get("application/json")
        found: JSONObject = self._cached(
            "defaults",
            section,
            f"{template} {call.operation.operation_id}",
            lambda: _defaults.defaults(tools, section, template, request_schema, schema),
        )
        item = copy.deepcopy(found)
        item.update(copy.deepcopy(dict(body or {})))
        collection = self.collection(call, template)
        field, integer = self.identity(section, template)
        value: Any = item.get(field) if field else None
        if value is not None:
            if str(value) in collection:
                raise ApiError(409, f"an item with {field} {value} already exists", [(field, "already exists")])
        else:
            value = collection.next_number() if integer else self.new_sid(section)
        if field:
            item[field] = value
        now = self.now()
        for name in CREATED_FIELDS + CHANGED_FIELDS:
            if name in properties and item.get(name) is None:
                item[name] = now
        if "created" in properties and "integer" in tools.types(properties["created"]) and item.get("created") is None:
            item["created"] = int(self.clock().timestamp() * 1000)
        for name, owner in self.owner(call).items():
            if name in properties and item.get(name) is None:
                item[name] = owner
        self._echo_params(call, item, schema)
        return str(value), item

    def new_sid(self, section: str) -> str:
        # Conference v1 subscriber SIDs are 32-character tokens, not UUIDs.
        return uuid.uuid4().hex if section == "conference" else str(uuid.uuid4())

    def touch(self, call: Call, item: JSONObject) -> None:
        properties = self.schemas(call.section).properties(
            self.item_schema(call.section, call.operation.collection_template)
        )
        for name in CHANGED_FIELDS:
            if name in properties:
                item[name] = self.now()

    # --- handlers ------------------------------------------------------------------------------

    def prepare_query(self, call: Call) -> None:
        """Typed query arguments in `call.query`; 422 for missing or malformed ones."""
        tools = self.schemas(call.section)
        query = call.request.query
        errors: list[tuple[str | None, str]] = [
            (name, "this field is required") for name in sorted(call.operation.required_query - set(query))
        ]
        for name, raw in query.items():
            schema = call.operation.query_params.get(name)
            if schema is None:
                continue
            types = tools.types(schema)
            value: Any = raw
            if "integer" in types:
                try:
                    value = int(raw)
                except ValueError:
                    errors.append((name, "must be an integer"))
                    continue
                node = tools.resolve(schema)
                if "minimum" in node and value < node["minimum"]:
                    errors.append((name, f"must be at least {node['minimum']}"))
                    continue
                # A page larger than the maximum is cut to the maximum, not refused.
                if "maximum" in node and value > node["maximum"]:
                    value = node["maximum"]
            elif "boolean" in types:
                if raw.lower() not in ("true", "false"):
                    errors.append((name, "must be true or false"))
                    continue
                value = raw.lower() == "true"
            call.query[name] = value
        if errors:
            raise validation_error(errors)
        cursors = [name for name in ("after", "before") if name in query]
        if cursors and "offset" in query:
            raise ApiError(400, "offset cannot be combined with after or before", [(cursors[0], "not with offset")])
        if len(cursors) == 2:
            raise ApiError(400, "after and before cannot be combined", [("before", "not with after")])

    def handle(self, call: Call) -> Response:
        """Answer a call: its domain handler if it has one, else the generic one of its kind."""
        self.prepare_query(call)
        hooks = self.hooks.get((call.section, call.operation.collection_template))
        if hooks is not None and hooks.before is not None:
            hooks.before(call)
        handler = self.special.get((call.section, call.operation.operation_id))
        if handler is None:
            handler = getattr(self, f"handle_{self.kind(call.operation)}")
        return handler(call)

    def handle_list(self, call: Call) -> Response:
        self.check_parents(call)
        return self.list_response(call, self.collection(call))

    def list_response(self, call: Call, items: _paging.Source) -> Response:
        """A page of `items` after filter, order and paging, in the section's list envelope."""
        operation = call.operation
        tools = self.schemas(call.section)
        found = tools.list_items(operation.response_schema)
        assert found is not None
        items_key, item_schema = found
        query = call.request.query
        conditions = self._conditions(call, item_schema)
        try:
            order = _filters.parse_order(query.get("order"))
        except _filters.FilterError as error:
            raise ApiError(400, error.message, [(error.argument, error.message)]) from None
        limit = min(int(call.query.get("limit", DEFAULT_LIMIT)), MAX_LIMIT)
        after, before = query.get("after"), query.get("before")
        window = _paging.Window(limit, int(call.query.get("offset", 0)), after, before)
        field, _ = self.identity(call.section, operation.collection_template)
        try:
            chosen = _paging.select(
                items,
                window,
                conditions=conditions,
                order=order,
                key_of=lambda item: item.get(field or ""),
                rng=self.rng,
            )
        except _paging.UnknownCursor as error:
            argument = "after" if after is not None else "before"
            raise ApiError(404, "Cannot find item by SID", [(argument, f"no record with SID {error}")]) from None
        page, has_more, offset = chosen.items, chosen.has_more, chosen.offset
        shaped = [self.present(call, item, item_schema) for item in page]
        envelope_properties = tools.properties(operation.response_schema)
        if "has_more" not in envelope_properties:
            last = offset + len(shaped) - 1 if shaped else None
            return Response.json(200, {items_key: shaped, "last": last, "offset": offset, "total": chosen.total})
        pagination: dict[str, str] = {}
        if has_more and page:
            if after is not None or before is not None:
                cursor_value = str(page[-1].get(field or "", ""))
                pagination["next"] = self._page_url(call, {"after" if after is not None else "before": cursor_value})
            else:
                pagination["next"] = self._page_url(call, {"offset": str(offset + limit)})
        if after is None and before is None and offset > 0:
            pagination["previous"] = self._page_url(call, {"offset": str(max(0, offset - limit))})
        return Response.json(
            200,
            {
                "count": len(shaped),
                "has_more": has_more,
                items_key: shaped,
                "limit": limit,
                "offset": offset,
                "pagination": pagination,
                "total": chosen.total,
            },
        )

    def _conditions(self, call: Call, item_schema: Schema) -> list[_filters.Condition]:
        try:
            conditions = _filters.parse_filter(call.request.query.get("filter"))
        except _filters.FilterError as error:
            raise ApiError(400, error.message, [(error.argument, error.message)]) from None
        # Other query arguments named like an object field (`trunk_group_sid` on Get DIDs) select by it.
        properties = self.schemas(call.section).properties(item_schema)
        for name, value in call.request.query.items():
            if name not in LIST_ARGUMENTS and name in call.operation.query_params and name in properties:
                conditions.append(_filters.Condition(name, "eq", _filters.Literal(value, quoted=True)))
        return conditions

    def _page_url(self, call: Call, changes: Mapping[str, str]) -> str:
        query = {k: v for k, v in call.request.query.items() if k not in ("offset", "after", "before")}
        query["limit"] = str(min(int(call.query.get("limit", DEFAULT_LIMIT)), MAX_LIMIT))
        query.update(changes)
        return f"{call.request.origin}{urllib.parse.quote(call.request.path)}?{urllib.parse.urlencode(query)}"

    def handle_create(self, call: Call) -> Response:
        self.check_parents(call)
        body = self.body(call)
        fields, upload = self._split_upload(body)
        field, _ = self.identity(call.section, call.operation.collection_template)
        if upload is not None and upload.filename and field and not field.endswith(("sid", "id")):
            fields = {field: upload.filename, **(fields or {})}  # files named by their file name
        properties = self.schemas(call.section).properties(
            self.item_schema(call.section, call.operation.collection_template)
        )
        for name in call.operation.query_params:
            if name in properties and name in call.query and name not in LIST_ARGUMENTS:
                fields = {name: call.query[name], **(fields or {})}
        key, item = self.new_object(call, fields)
        if upload is not None:
            self._attach_upload(call, key, item, upload)
        collection = self.collection(call)
        collection.put(key, item)
        hooks = self.hooks.get((call.section, call.operation.collection_template))
        if hooks is not None and hooks.created is not None:
            try:
                hooks.created(call, item)
            except BaseException:
                collection.pop(key)
                raise
        return self.object_response(call, item, call.operation.status)

    def _split_upload(self, body: Any) -> tuple[dict[str, Any] | None, Upload | None]:
        if isinstance(body, Upload):
            return None, body
        if not isinstance(body, dict):
            return None, None
        fields: dict[str, Any] = {}
        upload: Upload | None = None
        for name, value in body.items():
            if isinstance(value, Upload):
                upload = value
            elif isinstance(value, dict) and any(isinstance(v, Upload) for v in body.values()):
                fields.update(value)  # the JSON part describing an uploaded file
            else:
                fields[name] = value
        return fields, upload

    def _attach_upload(self, call: Call, key: str, item: JSONObject, upload: Upload) -> None:
        properties = self.schemas(call.section).properties(
            self.item_schema(call.section, call.operation.collection_template)
        )
        for name, value in (
            ("file_bytes", len(upload.data)),
            ("size", len(upload.data)),
            ("mime_type", upload.content_type),
            ("content_format", upload.content_type.split("/")[-1]),
            ("name", upload.filename),
            ("fileName", upload.filename),
        ):
            if (name in properties or not properties) and item.get(name) is None and value is not None:
                item[name] = value
        item_path = f"{self.concrete(call.operation.template, call.params)}/{key}"
        self.store.blobs[(call.section, call.scope, item_path)] = upload.data

    def object_response(self, call: Call, item: JSONObject, status: int = 200) -> Response:
        operation = call.operation
        found = self.schemas(call.section).list_items(operation.response_schema) if self.is_list(operation) else None
        if found is not None:  # Conference v1 Update Call answers a one-item list
            items_key, schema = found
            return Response.json(
                status, {items_key: [self.present(call, item, schema)], "last": 0, "offset": 0, "total": 1}
            )
        return Response.json(status, self.present(call, item))

    def find(self, call: Call) -> tuple[Collection, str, JSONObject]:
        """The collection, key and item an item path names (404 when there is none)."""
        self.check_parents(call)
        collection = self.collection(call)
        key = self._key(call, call.operation)
        item = collection.get(key) if key is not None else None
        if key is None or item is None:
            raise not_found()
        return collection, key, item

    def handle_get(self, call: Call) -> Response:
        _, _, item = self.find(call)
        return self.object_response(call, item)

    def handle_update(self, call: Call) -> Response:
        collection, key, item = self.find(call)
        body = self.body(call) or {}
        before = copy.deepcopy(item)
        merge(item, body)
        field, _ = self.identity(call.section, call.operation.collection_template)
        if field and field in body and str(body[field]) != key:
            new_key = str(body[field])
            if new_key in collection:
                merge_back(item, before)
                raise ApiError(409, f"an item with {field} {body[field]} already exists", [(field, "already exists")])
            collection.rename(key, new_key)
        self.touch(call, item)
        hooks = self.hooks.get((call.section, call.operation.collection_template))
        if hooks is not None and hooks.updated is not None:
            try:
                hooks.updated(call, before, item)
            except BaseException:
                merge_back(item, before)
                raise
        return self.object_response(call, item)

    def handle_delete(self, call: Call) -> Response:
        collection, key, item = self.find(call)
        collection.pop(key)
        item_path = self.concrete(call.operation.template, call.params)
        self.store.drop_below(call.section, call.scope, item_path)
        hooks = self.hooks.get((call.section, call.operation.collection_template))
        if hooks is not None and hooks.deleted is not None:
            hooks.deleted(call, item)
        return Response.empty()

    def handle_clear(self, call: Call) -> Response:
        self.check_parents(call)
        collection = self.collection(call)
        collection.clear()
        path = self.concrete(call.operation.template, call.params)
        self.store.drop_below(call.section, call.scope, path)
        return Response.empty()

    def handle_singleton(self, call: Call) -> Response:
        self.check_parents(call)
        path = self.concrete(call.operation.template, call.params)
        operations = self.table(call.section).templates[call.operation.template]
        getter = operations["GET"]
        stored = self.store.singleton(call.section, call.scope, path)
        method = call.operation.method
        if method == "DELETE":
            self.store.set_singleton(call.section, call.scope, path, None)
            return Response.empty()
        if method == "GET":
            if stored is None and "POST" in operations:
                raise not_found()
            item = stored if stored is not None else self._echo_params(call, {}, getter.response_schema)
            return Response.json(200, self.present(call, item, getter.response_schema))
        body = self.body(call) or {}
        item = copy.deepcopy(stored) if stored is not None and method != "POST" else {}
        merge(item, body)
        self._echo_params(call, item, getter.response_schema)
        self.store.set_singleton(call.section, call.scope, path, item)
        return Response.json(call.operation.status, self.present(call, item, getter.response_schema))

    def _echo_params(
        self, call: Call, item: JSONObject, schema: Schema | None, *, override: bool = False
    ) -> JSONObject:
        """Put the path's identifiers into the object's fields of the same name."""
        tools = self.schemas(call.section)
        properties = tools.properties(schema)
        for name, value in call.params.items():
            if name in properties and (override or item.get(name) is None):
                item[name] = int(value) if "integer" in tools.types(properties[name]) and value.isdigit() else value
        return item

    def handle_canned(self, call: Call) -> Response:
        self.check_parents(call)
        self.body(call)
        operation = call.operation
        if operation.response_type is None:
            return Response.empty(operation.status)
        if operation.response_type == "text/csv":
            return Response.raw(operation.status, self.csv(call).encode(), "text/csv")
        if operation.response_type != "application/json":
            return Response.raw(operation.status, self.binary(call), operation.response_type)
        body = sample(call.section, operation.operation_id)
        if body is None:
            body = self.schemas(call.section).example(operation.response_schema)
        if isinstance(body, dict):
            self._echo_params(call, body, operation.response_schema, override=True)
            return Response.json(operation.status, self.present(call, body, operation.response_schema))
        return Response.json(operation.status, body)

    def csv(self, call: Call) -> str:
        """A CSV of the JSON list next to the download (`.../rates/csv` → `.../rates`)."""
        template = call.operation.template
        sibling = template[: -len("/csv")] if template.endswith("/csv") else template.removesuffix(".csv")
        listing = self.table(call.section).templates.get(sibling, {}).get("GET")
        output = io.StringIO()
        if listing is None or not self.is_list(listing):
            return ""
        schema = self.item_schema(call.section, sibling)
        columns = list(self.schemas(call.section).properties(schema))
        items = list(self.collection(call, sibling))
        for item in items:
            columns.extend(name for name in item if name not in columns)
        writer = csv.writer(output, lineterminator="\n")
        writer.writerow(columns)
        for item in items:
            writer.writerow([_csv_cell(item.get(name)) for name in columns])
        return output.getvalue()

    def binary(self, call: Call) -> bytes:
        template = call.operation.template
        if template.endswith("/data"):
            item_path = self.concrete(template[: -len("/data")], call.params)
            data = self.store.blobs.get((call.section, call.scope, item_path))
            if data is None:
                raise not_found()
            return data
        if template.endswith(".pdf"):
            return b"%PDF-1.4\n% fake CarrierX report\n%%EOF\n"
        if template.endswith(".html"):
            return b"<!doctype html><title>Fake CarrierX report</title><p>No charges.</p>\n"
        return b""


def merge(target: JSONObject, changes: Mapping[str, Any]) -> None:
    """Apply a partial update: objects merge key by key, everything else is replaced."""
    for name, value in changes.items():
        current = target.get(name)
        if isinstance(value, Mapping) and isinstance(current, dict):
            merge(current, value)
        else:
            target[name] = copy.deepcopy(value)


def merge_back(target: JSONObject, previous: Mapping[str, Any]) -> None:
    target.clear()
    target.update(copy.deepcopy(dict(previous)))


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _as_answered(tools: SchemaTools, value: Any, schema: Schema | None) -> Any:
    """A stored value as CarrierX answers it: numbers come back as strings where the schema
    says string (Conference v1 attribute values, for one, are sent as integers)."""
    if value is None or isinstance(value, str | bool):
        return value
    node = tools.non_null(schema)
    if isinstance(value, dict):
        properties = tools.properties(node)
        return {name: _as_answered(tools, item, properties.get(name)) for name, item in value.items()}
    if isinstance(value, list):
        items = node.get("items")
        return [_as_answered(tools, item, items) for item in value]
    types = node.get("type")
    kinds = set(types) if isinstance(types, list) else {types}
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and "string" in kinds and not kinds & {"number", "integer"}:
        return str(value)
    return value
