"""Every operation of every spec: never a 5xx, and every 2xx JSON answer fits its response schema."""

from __future__ import annotations

import json
import re
import urllib.parse
from typing import Any

import httpx
import pytest

from carrierx_async.testing import FakeCarrierX
from carrierx_async.testing._schema import SchemaTools
from carrierx_async.testing._specs import SECTIONS, Operation, route_table

from .conftest import BASE_URL, basic

PREFIXES = {
    "core": "/core/v2",
    "conference": "/conference/v1",
    "conference_v2": "/conference/v2",
    "flexml": "/flexml/v1",
    "mediator": "/mediator/v1",
}
# What the domain needs beyond the schema's required fields (an SMS needs a recipient and a text).
EXTRA_FIELDS = {"send_message": {"to": "15162060001", "message": "hello"}}
METHOD_ORDER = {"POST": 0, "GET": 1, "PATCH": 2, "PUT": 3, "DELETE": 4}


def minimal_body(tools: SchemaTools, schema: Any) -> dict[str, Any]:
    """The required fields of a request schema, each with an example value."""
    properties = tools.properties(schema)
    return {name: tools.example(properties.get(name), name=name) for name in sorted(tools.required(schema))}


def request_for(tools: SchemaTools, operation: Operation) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if not operation.request_bodies:
        return options
    content_type, schema = next(iter(operation.request_bodies.items()))
    body = {**minimal_body(tools, schema), **EXTRA_FIELDS.get(operation.operation_id, {})}
    if content_type == "application/json":
        options["json"] = body
    elif content_type == "application/x-www-form-urlencoded":
        form = {k: str(v) for k, v in body.items()}
        if "grant_type" in tools.properties(schema):
            form.update(grant_type="password", client_id="test-client", client_secret="test-secret")
            form.update(username="test-user", password="test-password")
        if operation.operation_id == "revoke_oauth_token":
            form["token"] = "someone-elses-token"  # without a token the call revokes its own
        options["data"] = form
    elif content_type == "multipart/form-data":
        properties = tools.properties(schema)
        files: dict[str, tuple[str | None, bytes, str]] = {}
        for name in body:
            if tools.resolve(properties[name]).get("format") == "binary":
                files[name] = ("sample.wav", b"RIFF....", "audio/wav")
            else:
                files[name] = (None, json.dumps(body[name]).encode(), "application/json")
        options["files"] = files
    else:
        options["content"] = b"raw bytes"
        options["headers"] = {"Content-Type": content_type}
    return options


def operations() -> list[Operation]:
    found = [operation for section in SECTIONS for operation in route_table(section).operations.values()]

    # Creates before reads and updates, shallow paths first; deletes last, deepest first.
    def order(op: Operation) -> tuple[Any, ...]:
        depth = op.template.count("/")
        return (op.method == "DELETE", op.section, -depth if op.method == "DELETE" else depth, METHOD_ORDER[op.method])

    return sorted(found, key=order)


async def test_every_operation_answers_without_a_server_error_and_in_its_schema() -> None:
    app = FakeCarrierX()
    auth = {"core": {"Authorization": "Bearer test-token"}}
    endpoints = {
        section: app.create_endpoint(section) for section in ("conference", "conference_v2", "flexml", "mediator")
    }
    auth.update({section: basic(endpoint) for section, endpoint in endpoints.items()})
    app.route_did(endpoints["mediator"])  # Create Binding needs a DID to redirect through
    known: dict[tuple[str, str], str] = {}  # (section, path parameter) → an identifier that exists
    answered: dict[int, int] = {}
    problems: list[str] = []
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
        for operation in operations():
            tools = route_table(operation.section).schemas
            path = operation.template
            for name, schema in operation.path_params.items():
                value = known.get((operation.section, name))
                if value is None:
                    value = "1" if "integer" in tools.types(schema) else "unknown-id"
                path = path.replace("{" + name + "}", urllib.parse.quote(value, safe=""))
            params = {name: tools.example(operation.query_params[name]) or "state" for name in operation.required_query}
            answer = await client.request(
                operation.method,
                PREFIXES[operation.section] + path,
                params=params,
                headers=auth[operation.section],
                **request_for(tools, operation),
            )
            answered[answer.status_code] = answered.get(answer.status_code, 0) + 1
            label = f"{operation.method} {operation.section}{operation.template} ({operation.operation_id})"
            if answer.status_code >= 500:
                problems.append(f"{label}: {answer.status_code} {answer.text[:200]}")
                continue
            if not answer.is_success:
                continue
            if operation.response_type == "application/json":
                data = answer.json()
                if operation.section == "mediator":  # every Mediator answer comes in its envelope
                    assert data == {"body": data.get("body"), "status": answer.status_code}, label
                    data = data["body"]
                errors = tools.validation_errors(operation.response_schema or {}, data)
                if errors:
                    problems.append(f"{label}: answer breaks its schema: {errors[:3]}")
                found = tools.list_items(operation.response_schema)
                if found is not None and isinstance(data, dict) and data.get(found[0]):
                    data = data[found[0]][0]
                if isinstance(data, dict):
                    for name, value in data.items():
                        if isinstance(value, str | int) and re.fullmatch(r"[a-z_]*sid|id|meetingNumber", name):
                            if operation.method == "POST":  # what was created beats what was listed
                                known[(operation.section, name)] = str(value)
                            else:
                                known.setdefault((operation.section, name), str(value))
            elif operation.response_type is not None:
                assert answer.headers["content-type"].startswith(operation.response_type), label
    assert not problems, "\n".join(problems)
    # The sweep reached the success paths, not only 404s.
    assert answered.get(200, 0) > 150, answered


@pytest.mark.parametrize("section", SECTIONS)
def test_every_operation_has_a_kind(section: str) -> None:
    app = FakeCarrierX()
    kinds = {app.resources.kind(operation) for operation in route_table(section).operations.values()}
    assert kinds <= {"list", "create", "get", "update", "delete", "clear", "singleton", "canned"}
