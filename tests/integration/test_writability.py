"""Which fields a create or update accepts: the spec's readOnly flags decide, nothing else."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from carrierx_async.testing import FakeCarrierX
from carrierx_async.testing._specs import Operation, route_table


def json_creates() -> list[Operation]:
    """Core create operations with a JSON body, with a property the spec marks read only."""
    app = FakeCarrierX()
    found = []
    for operation in route_table("core").operations.values():
        if app.resources.kind(operation) != "create" or "application/json" not in operation.request_bodies:
            continue
        if "{" in operation.template or app.resources.special.get(("core", operation.operation_id)):
            continue
        if read_only_fields(app, operation):
            found.append(operation)
    return found


def read_only_fields(app: FakeCarrierX, operation: Operation) -> list[str]:
    tools = app.resources.schemas("core")
    accepted = tools.properties(operation.request_bodies["application/json"])
    item = tools.properties(app.resources.item_schema("core", operation.template))
    return sorted(name for name, prop in item.items() if tools.is_read_only(prop) and name not in accepted)


@pytest.mark.parametrize("operation", json_creates(), ids=lambda operation: operation.operation_id)
async def test_every_field_the_spec_marks_read_only_is_refused(operation: Operation, raw: httpx.AsyncClient) -> None:
    app = FakeCarrierX()
    field = read_only_fields(app, operation)[0]
    answer = await raw.post("/core/v2" + operation.template, json={field: None})
    assert answer.status_code == 422
    assert {"field": field, "message": "this field is read only", "reference_sid": None} in answer.json()["errors"]


async def test_fields_with_unknown_flags_are_accepted_and_typed(raw: httpx.AsyncClient) -> None:
    body = {"name": "calls", "quota_files": 4, "quota_bytes": 1000, "unique": True, "parent_container_sid": None}
    created = await raw.post("/core/v2/storage/containers", json=body)
    assert created.status_code == 200, created.text
    assert {name: created.json()[name] for name in body} == body
    mistyped = await raw.post("/core/v2/storage/containers", json={"quota_files": "many"})
    assert mistyped.status_code == 422 and mistyped.json()["errors"][0]["field"] == "quota_files"
    unknown = await raw.post("/core/v2/storage/containers", json={"no_such_field": 1})
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["message"] == "unknown field"
    sid = created.json()["container_sid"]
    updated = await raw.patch(f"/core/v2/storage/containers/{sid}", json={"quota_files": 8})
    assert (updated.status_code, updated.json()["quota_files"]) == (200, 8)
    refused = await raw.patch(f"/core/v2/storage/containers/{sid}", json={"total_files": 3, "container_sid": "x"})
    assert [error["field"] for error in refused.json()["errors"]] == ["container_sid"]  # total_files is not read only


async def test_quota_shares_are_computed_from_the_files(raw: httpx.AsyncClient) -> None:
    container = (await raw.post("/core/v2/storage/containers", json={"quota_files": 4, "quota_bytes": 1000})).json()
    assert (container["available_files_percent"], container["available_bytes_percent"]) == (100, 100)
    sid = container["container_sid"]
    files = {
        "data": ("a.wav", b"x" * 100, "audio/wav"),
        "file_object": (None, json.dumps({"container_sid": sid}).encode(), "application/json"),
    }
    uploaded = await raw.post("/core/v2/storage/files", files=files)
    assert uploaded.status_code == 201, uploaded.text
    after = (await raw.get(f"/core/v2/storage/containers/{sid}")).json()
    assert (after["total_files"], after["total_bytes"]) == (1, 100)
    assert (after["available_files_percent"], after["available_bytes_percent"]) == (75, 90)
    await raw.delete(f"/core/v2/storage/files/{uploaded.json()['file_sid']}")
    emptied = (await raw.get(f"/core/v2/storage/containers/{sid}")).json()
    assert (emptied["total_files"], emptied["available_files_percent"]) == (0, 100)


async def test_a_container_gets_the_documented_defaults(raw: httpx.AsyncClient) -> None:
    container: dict[str, Any] = (await raw.post("/core/v2/storage/containers", json={})).json()
    expected = {
        "allow_publish": True,  # from the spec's create schema
        "default_file_lifecycle_ttl": -1,
        "name": "N/A",  # from the Get Containers sample
        "quota_bytes": 1073741824,
        "quota_files": 100,
        "available_bytes_percent": 100,
        "available_files_percent": 100,
        "durability_class": "unassigned",
        "type": "internal",
        "total_files": 0,
    }
    assert {name: container[name] for name in expected} == expected


def test_the_sweep_covers_the_read_only_fields() -> None:
    assert len(json_creates()) > 10
