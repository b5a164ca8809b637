"""The Mediator API on the fake server: its answer envelope, and how bindings get a redirect DID."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from carrierx_async import CarrierX, ConflictError, MediatorAPI, NotFoundError, RetryPolicy
from carrierx_async.testing import FakeCarrierX, Fault

from .conftest import BASE_URL, basic


@pytest.fixture
def endpoint(app: FakeCarrierX) -> dict[str, Any]:
    return app.create_endpoint("mediator")


@pytest.fixture
async def mediator_raw(app: FakeCarrierX, endpoint: dict[str, Any]) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=BASE_URL + "/mediator/v1", headers=basic(endpoint)
    ) as client:
        yield client


async def test_every_answer_is_wrapped_by_default(
    app: FakeCarrierX, endpoint: dict[str, Any], mediator_raw: httpx.AsyncClient
) -> None:
    app.route_did(endpoint)
    created = await mediator_raw.post("/bindings", json={"destination_did": "15162069000"})
    assert created.status_code == 200
    assert set(created.json()) == {"body", "status"} and created.json()["status"] == 200
    assert created.json()["body"]["destination_did"] == "15162069000"
    listed = (await mediator_raw.get("/bindings")).json()
    assert listed["status"] == 200 and listed["body"]["total"] == 1
    refused = await mediator_raw.post("/bindings", json={})
    assert refused.status_code == 422
    assert refused.json() == {"body": refused.json()["body"], "status": 422}
    assert refused.json()["body"]["message"] == "object validation error"
    unknown = await mediator_raw.get("/no-such-collection")
    assert (unknown.status_code, unknown.json()["status"], unknown.json()["body"]["message"]) == (404, 404, "Not Found")
    missing = await mediator_raw.get("/bindings/no-such-binding")
    assert (missing.status_code, missing.json()["status"]) == (404, 404)
    not_allowed = await mediator_raw.delete("/bindings")
    assert (not_allowed.status_code, not_allowed.json()["status"]) == (405, 405)
    assert "allow" in not_allowed.headers
    anonymous = await mediator_raw.get("/bindings", headers={"Authorization": ""})
    assert (anonymous.status_code, anonymous.json()["status"]) == (401, 401)
    app.faults.add(Fault("rate_limit", retry_after=0, times=1))
    limited = await mediator_raw.get("/bindings")
    assert (limited.status_code, limited.json()["status"]) == (429, 429)


async def test_the_wrapping_can_be_turned_off() -> None:
    app = FakeCarrierX(mediator_wrapped=False)
    endpoint = app.create_endpoint("mediator")
    app.route_did(endpoint)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
        created = await client.post("/mediator/v1/bindings", json={"destination_did": "1"}, headers=basic(endpoint))
        assert created.json()["destination_did"] == "1"
        missing = await client.get("/mediator/v1/nothing", headers=basic(endpoint))
        assert missing.json()["message"] == "Not Found"


@pytest.mark.parametrize("wrapped", [True, False])
async def test_the_client_reads_both_shapes(wrapped: bool) -> None:
    app = FakeCarrierX(mediator_wrapped=wrapped)
    endpoint = app.create_endpoint("mediator")
    redirect = app.route_did(endpoint)["phonenumber"]
    async with CarrierX(
        token="test-token", base_url=BASE_URL, transport=httpx.ASGITransport(app=app), retry=RetryPolicy.none()
    ) as cx:
        mediator = await cx.for_endpoint(endpoint["endpoint_sid"], MediatorAPI)
        binding = await mediator.bindings.create_binding(body={"destination_did": "15162069000"})
        assert binding.redirect_did == redirect
        bindings = await mediator.bindings.get_bindings()
        assert [item.binding_sid for item in bindings.items or []] == [binding.binding_sid]
        with pytest.raises(ConflictError) as caught:
            # The only DID is taken for every caller now; CarrierX's 409 comes wrapped too.
            await mediator.bindings.create_binding(body={"destination_did": "15162069001"})
        assert caught.value.errors[0].field == "redirect_did"
        with pytest.raises(NotFoundError):
            await mediator.bindings.get_binding("no-such-binding")


async def test_create_binding_assigns_a_redirect_did_and_the_documented_defaults(
    app: FakeCarrierX, endpoint: dict[str, Any], mediator_raw: httpx.AsyncClient
) -> None:
    did = app.route_did(endpoint)
    body = (await mediator_raw.post("/bindings", json={"destination_did": "15162065338"})).json()["body"]
    assert body["redirect_did"] == did["phonenumber"]
    assert body["redirect_did_info"] == {
        "country_code": "USA",
        "e164_format": "+" + did["phonenumber"],
        "in_country_format": did["in_country_format"],
        "international_format": did["international_format"],
        "phonenumber": did["phonenumber"],
    }
    assert (body["name"], body["maximum_ttl"], body["wait_origination_did_ttl"]) == ("N/A", -1, 300)
    assert (body["dtmf"], body["origination_did"], body["attributes"]) == (None, None, {})
    assert body["account_sid"] == endpoint["properties"]["account_sid"] and body["date_created"]


async def test_no_free_redirect_did_is_409(
    app: FakeCarrierX, endpoint: dict[str, Any], mediator_raw: httpx.AsyncClient
) -> None:
    nothing = await mediator_raw.post("/bindings", json={"destination_did": "15162069000"})
    assert nothing.status_code == 409 and nothing.json()["body"]["errors"][0]["field"] == "redirect_did"
    app.route_did(endpoint)
    assert (await mediator_raw.post("/bindings", json={"destination_did": "15162069000"})).status_code == 200
    taken = await mediator_raw.post("/bindings", json={"destination_did": "15162069001"})
    assert taken.status_code == 409  # the only DID now forwards every caller


async def test_bindings_for_different_callers_share_a_redirect_did(
    app: FakeCarrierX, endpoint: dict[str, Any], mediator_raw: httpx.AsyncClient
) -> None:
    did = app.route_did(endpoint)["phonenumber"]
    for caller in ("15550000001", "15550000002"):
        answer = await mediator_raw.post(
            "/bindings", json={"destination_did": "15162069000", "origination_did": caller}
        )
        assert answer.json()["body"]["redirect_did"] == did
    again = await mediator_raw.post("/bindings", json={"destination_did": "1", "origination_did": "15550000001"})
    assert again.status_code == 409
    everyone = await mediator_raw.post("/bindings", json={"destination_did": "1"})
    assert everyone.status_code == 409


async def test_fallback_country_and_an_explicit_redirect_did(
    app: FakeCarrierX, endpoint: dict[str, Any], mediator_raw: httpx.AsyncClient
) -> None:
    first, second = (app.route_did(endpoint)["phonenumber"] for _ in range(2))
    elsewhere = await mediator_raw.post("/bindings", params={"fallback_country": "GBR"}, json={"destination_did": "1"})
    assert elsewhere.status_code == 409 and elsewhere.json()["body"]["errors"][0]["field"] == "fallback_country"
    home = await mediator_raw.post("/bindings", params={"fallback_country": "USA"}, json={"destination_did": "1"})
    assert home.json()["body"]["redirect_did"] == first
    chosen = await mediator_raw.post("/bindings", json={"destination_did": "2", "redirect_did": second})
    assert chosen.json()["body"]["redirect_did"] == second
    foreign = await mediator_raw.post("/bindings", json={"destination_did": "3", "redirect_did": "15550009999"})
    assert foreign.status_code == 409


async def test_reuse_answers_the_existing_binding(
    app: FakeCarrierX, endpoint: dict[str, Any], mediator_raw: httpx.AsyncClient
) -> None:
    app.route_did(endpoint)
    first = (await mediator_raw.post("/bindings", json={"destination_did": "15162069000"})).json()["body"]
    again = await mediator_raw.post("/bindings", params={"reuse": "true"}, json={"destination_did": "15162069000"})
    assert again.json()["body"]["binding_sid"] == first["binding_sid"]
    assert (await mediator_raw.get("/bindings")).json()["body"]["total"] == 1
    without = await mediator_raw.post("/bindings", json={"destination_did": "15162069000"})
    assert without.status_code == 409  # a second binding needs a second DID


async def test_route_did_through_the_api_as_a_user_would(app: FakeCarrierX, cx: CarrierX) -> None:
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": "m", "type": "mediator"})
    assert isinstance(endpoint.endpoint_sid, str)
    group = await cx.core.trunk_groups.create_trunk_group(body={"name": "to mediator"})
    assert isinstance(group.trunk_group_sid, str)
    await cx.core.trunk_groups.create_trunk(
        group.trunk_group_sid, body={"name": "t", "endpoint_sid": endpoint.endpoint_sid}
    )
    did = await cx.core.dids.rent_did(body={"trunk_group_sid": group.trunk_group_sid})
    mediator = await cx.for_endpoint(endpoint.endpoint_sid, MediatorAPI)
    binding = await mediator.bindings.create_binding(body={"destination_did": "15162069000"})
    assert binding.redirect_did == did.phonenumber
    with pytest.raises(ConflictError):
        await mediator.bindings.create_binding(body={"destination_did": "15162069001"})
