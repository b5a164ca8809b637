"""Core API through the facade: CRUD, lists, filters, field filtering, errors, auth."""

from __future__ import annotations

import csv
import io
import re

import httpx
import pytest

from carrierx_async import (
    AuthenticationError,
    BadRequestError,
    CarrierX,
    NotFoundError,
    RetryPolicy,
    UnprocessableEntityError,
)
from carrierx_async.testing import FakeCarrierX

from .conftest import BASE_URL

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


async def test_trunk_group_create_get_list_update_replace_delete(cx: CarrierX) -> None:
    groups = cx.core.trunk_groups
    created = await groups.create_trunk_group(body={"name": "primary", "hard_failure_threshold": 3})
    assert created.trunk_group_sid and created.name == "primary"

    fetched = await groups.get_trunk_group(created.trunk_group_sid)
    assert fetched.to_dict() == created.to_dict()

    page = await groups.get_trunk_groups()
    assert [group.trunk_group_sid for group in page.items or []] == [created.trunk_group_sid]

    patched = await groups.update_trunk_group(created.trunk_group_sid, body={"name": "renamed"})
    assert patched.name == "renamed"
    assert patched.hard_failure_threshold == 3  # PATCH leaves the rest alone

    replaced = await groups.replace_trunk_group(created.trunk_group_sid, body={"name": "whole", "routing_type": "x"})
    assert (replaced.name, replaced.routing_type) == ("whole", "x")
    assert (await groups.get_trunk_group(created.trunk_group_sid)).name == "whole"

    await groups.delete_trunk_group(created.trunk_group_sid)
    with pytest.raises(NotFoundError) as caught:
        await groups.get_trunk_group(created.trunk_group_sid)
    assert caught.value.body is not None and caught.value.body.message == "Cannot find item by SID"
    assert (await groups.get_trunk_groups()).total == 0


async def test_objects_carry_every_schema_property(raw: httpx.AsyncClient, app: FakeCarrierX) -> None:
    answer = await raw.post("/core/v2/shortener/domains", json={"domain_name": "short.example"})
    assert answer.status_code == 200  # CarrierX answers creates with 200
    body = answer.json()
    schema = app.resources.item_schema("core", "/shortener/domains")
    assert set(app.resources.schemas("core").properties(schema)) <= set(body)
    assert body["domain_name"] == "short.example"

    link = (
        await raw.post(
            "/core/v2/shortener/links", json={"domain_sid": body["domain_sid"], "destination_url": "https://a.example"}
        )
    ).json()
    assert TIMESTAMP.match(link["date_created"])
    assert link["date_accessed"] is None


async def test_nested_collections_need_their_parent(cx: CarrierX) -> None:
    group = await cx.core.trunk_groups.create_trunk_group(body={"name": "g"})
    assert group.trunk_group_sid is not None
    trunk = await cx.core.trunk_groups.create_trunk(group.trunk_group_sid, body={"name": "t1"})
    assert trunk.trunk_sid is not None
    trunks = await cx.core.trunk_groups.get_trunks(group.trunk_group_sid)
    assert [item.trunk_sid for item in trunks.items or []] == [trunk.trunk_sid]
    with pytest.raises(NotFoundError):
        await cx.core.trunk_groups.get_trunks("no-such-group")
    await cx.core.trunk_groups.delete_trunk_group(group.trunk_group_sid)
    with pytest.raises(NotFoundError):
        await cx.core.trunk_groups.get_trunk(group.trunk_group_sid, trunk.trunk_sid)


async def test_pagination_through_the_iterator(cx: CarrierX, app: FakeCarrierX) -> None:
    for index in range(25):
        await cx.core.did_groups.create_did_group(body={"name": f"group-{index:02}"})
    names = [group.name async for group in cx.core.did_groups.iter_did_groups(page_size=10)]
    assert names == [f"group-{index:02}" for index in range(25)]
    assert app.counters[("GET", "/core/v2/phonenumber/did_groups")] == 3  # three pages of 10, 10, 5

    filtered = [
        group.name async for group in cx.core.did_groups.iter_did_groups(filter_="name like 'group-1%'", page_size=4)
    ]
    assert filtered == [f"group-1{index}" for index in range(10)]


async def test_list_envelope_limit_offset_and_links(raw: httpx.AsyncClient) -> None:
    for index in range(5):
        await raw.post("/core/v2/phonenumber/did_groups", json={"name": f"g{index}"})
    first = (await raw.get("/core/v2/phonenumber/did_groups", params={"limit": 2})).json()
    assert {key: first[key] for key in ("count", "has_more", "limit", "offset", "total")} == {
        "count": 2,
        "has_more": True,
        "limit": 2,
        "offset": 0,
        "total": 5,
    }
    assert first["pagination"] == {"next": f"{BASE_URL}/core/v2/phonenumber/did_groups?limit=2&offset=2"}
    last = (await raw.get("/core/v2/phonenumber/did_groups", params={"limit": 2, "offset": 4})).json()
    assert (last["count"], last["has_more"]) == (1, False)
    assert "next" not in last["pagination"] and last["pagination"]["previous"].endswith("offset=2")
    default = (await raw.get("/core/v2/phonenumber/did_groups")).json()
    assert default["limit"] == 10


async def test_limit_above_the_maximum_is_cut_and_below_one_refused(raw: httpx.AsyncClient) -> None:
    assert (await raw.get("/core/v2/phonenumber/did_groups", params={"limit": 5000})).json()["limit"] == 1000
    refused = await raw.get("/core/v2/phonenumber/did_groups", params={"limit": 0})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "limit"
    assert (await raw.get("/core/v2/phonenumber/did_groups", params={"offset": "x"})).status_code == 422


async def test_order_and_field_filtering(cx: CarrierX, raw: httpx.AsyncClient) -> None:
    for name in ("bravo", "alpha", "charlie"):
        await cx.core.did_groups.create_did_group(body={"name": name, "callback_url": f"https://{name}.example"})
    descending = await cx.core.did_groups.get_did_groups(order="name desc")
    assert [group.name for group in descending.items or []] == ["charlie", "bravo", "alpha"]
    plus = (await raw.get("/core/v2/phonenumber/did_groups?order=name%2Bdesc")).json()
    assert [group["name"] for group in plus["items"]] == ["charlie", "bravo", "alpha"]

    trimmed = (await raw.get("/core/v2/phonenumber/did_groups", params={"include_fields": "name"})).json()
    assert trimmed["items"][0] == {"name": "bravo"}
    without = (await raw.get("/core/v2/phonenumber/did_groups", params={"exclude_fields": "callback_url"})).json()
    assert "callback_url" not in without["items"][0] and "name" in without["items"][0]
    sid = without["items"][0]["did_group_sid"]
    single = (await raw.get(f"/core/v2/phonenumber/did_groups/{sid}", params={"include_fields": "name"})).json()
    assert single == {"name": "bravo"}


async def test_filter_with_quotes_and_nested_fields(cx: CarrierX) -> None:
    await cx.core.endpoints.create_endpoint(body={"name": "main office", "type": "flexml"})
    second = await cx.core.endpoints.create_endpoint(body={"name": "branch", "type": "mediator"})
    found = await cx.core.endpoints.get_endpoints(filter_='name eq "main office"')
    assert [endpoint.name for endpoint in found.items or []] == ["main office"]
    assert second.properties is not None
    login = second.properties.login
    by_login = await cx.core.endpoints.get_endpoints(filter_=f"properties.login eq '{login}' and type eq mediator")
    assert [endpoint.endpoint_sid for endpoint in by_login.items or []] == [second.endpoint_sid]
    with pytest.raises(BadRequestError) as caught:
        await cx.core.endpoints.get_endpoints(filter_="name eq a or name eq b")
    assert caught.value.errors[0].field == "filter"


async def test_cursor_paging_with_after_and_before(raw: httpx.AsyncClient) -> None:
    sids = []
    for index in range(6):
        sids.append((await raw.post("/core/v2/phonenumber/did_groups", json={"name": f"g{index}"})).json())
    sids = [group["did_group_sid"] for group in sids]
    after = (await raw.get("/core/v2/phonenumber/did_groups", params={"after": sids[1], "limit": 2})).json()
    assert [item["did_group_sid"] for item in after["items"]] == sids[2:4]
    assert after["has_more"] is True and after["pagination"]["next"].endswith(f"after={sids[3]}")
    before = (await raw.get("/core/v2/phonenumber/did_groups", params={"before": sids[4], "limit": 3})).json()
    assert [item["did_group_sid"] for item in before["items"]] == [sids[3], sids[2], sids[1]]
    mixed = await raw.get("/core/v2/phonenumber/did_groups", params={"after": sids[0], "offset": 1})
    assert mixed.status_code == 400
    unknown = await raw.get("/core/v2/phonenumber/did_groups", params={"after": "nope"})
    assert unknown.status_code == 404


async def test_wrong_token_is_an_authentication_error(app: FakeCarrierX) -> None:
    async with CarrierX(
        token="not-a-token", base_url=BASE_URL, transport=httpx.ASGITransport(app=app), retry=RetryPolicy.none()
    ) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.core.endpoints.get_endpoints()
    assert caught.value.status_code == 401
    assert caught.value.body is not None and caught.value.body.message == "Bad credentials"
    assert app.counters[("GET", "/core/v2/endpoints")] == 0


async def test_missing_authorization_is_401(app: FakeCarrierX) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
        answer = await client.get("/core/v2/endpoints")
    assert answer.status_code == 401
    assert answer.json() == {"message": "Bad credentials", "errors": []}


async def test_put_needs_the_whole_object(cx: CarrierX) -> None:
    did = await cx.core.dids.rent_did(body={})
    assert did.did_sid
    with pytest.raises(UnprocessableEntityError) as caught:
        await cx.core.dids.replace_did(did.did_sid, body={"name": "only the name"})
    assert caught.value.body is not None and caught.value.body.message == "object validation error"
    missing = {error.field for error in caught.value.errors}
    assert {"callback_url", "trunk_group_sid", "string_key_1"} <= missing
    assert "name" not in missing
    assert all(error.message == "this field is required" for error in caught.value.errors)


async def test_validation_errors_name_each_field(raw: httpx.AsyncClient) -> None:
    answer = await raw.post("/core/v2/phonenumber/did_groups", json={"name": 5, "callback_url": ["x"]})
    assert answer.status_code == 422
    body = answer.json()
    assert body["message"] == "object validation error"
    assert {error["field"] for error in body["errors"]} == {"name", "callback_url"}
    assert all(error["reference_sid"] is None for error in body["errors"])

    required = await raw.post("/core/v2/shortener/domains", json={})
    assert required.json()["errors"] == [
        {"field": "domain_name", "message": "this field is required", "reference_sid": None}
    ]


async def test_read_only_and_unknown_fields_are_refused(raw: httpx.AsyncClient) -> None:
    group = (await raw.post("/core/v2/phonenumber/did_groups", json={"name": "g"})).json()
    answer = await raw.patch(
        f"/core/v2/phonenumber/did_groups/{group['did_group_sid']}", json={"did_group_sid": "other", "colour": "red"}
    )
    assert answer.status_code == 422
    assert {(error["field"], error["message"]) for error in answer.json()["errors"]} == {
        ("did_group_sid", "this field is read only"),
        ("colour", "unknown field"),
    }


async def test_bodies_that_are_not_json_or_of_the_wrong_type(raw: httpx.AsyncClient) -> None:
    broken = await raw.post(
        "/core/v2/phonenumber/did_groups", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 400
    as_text = await raw.post(
        "/core/v2/phonenumber/did_groups", content=b"name=x", headers={"Content-Type": "text/plain"}
    )
    assert as_text.status_code == 415
    array = await raw.post("/core/v2/phonenumber/did_groups", json=[1, 2])
    assert array.status_code == 400


async def test_unknown_paths_and_methods(raw: httpx.AsyncClient) -> None:
    assert (await raw.get("/core/v2/no/such/thing")).status_code == 404
    assert (await raw.get("/elsewhere")).status_code == 404
    not_allowed = await raw.delete("/core/v2/countries")
    assert not_allowed.status_code == 405
    assert not_allowed.headers["allow"] == "GET"


async def test_reference_lists_come_from_the_documented_samples(cx: CarrierX) -> None:
    invoices = await cx.core.invoices.get_billing_invoices()
    assert invoices.items
    sid = invoices.items[0].invoice_sid
    assert isinstance(sid, str)
    assert (await cx.core.invoices.get_billing_invoice(sid)).invoice_sid == sid
    country = await cx.core.countries.get_country("ITA")
    assert country.iso_3166_alpha_3 == "ITA"
    with pytest.raises(NotFoundError):
        await cx.core.countries.get_country("XYZ")


async def test_canned_operations_answer_in_their_schema(cx: CarrierX, raw: httpx.AsyncClient) -> None:
    partner = await cx.core.oauth.get_current_partner()
    assert partner.partner_sid
    rates = (await raw.get("/core/v2/calls/rates/outbound/pstn")).json()["items"]
    download = await raw.get("/core/v2/calls/rates/outbound/pstn/csv")
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert [row["prefix"] for row in rows] == [rate["prefix"] for rate in rates]
    assert rows and rows[0]["price"] == rates[0]["price"]
    lookup = await raw.get("/core/v2/lookup/dids/15162065575")
    assert lookup.status_code == 200 and lookup.json()["phonenumber"] == "15162065575"
