"""`FakeCarrierX.seed` and its detail-record shortcuts: records a test puts straight into a list."""

from __future__ import annotations

import httpx
import pytest

from carrierx_async import CarrierX
from carrierx_async.testing import FakeCarrierX

from .conftest import basic


async def test_seeded_call_detail_records_get_what_the_server_sets(app: FakeCarrierX, raw: httpx.AsyncClient) -> None:
    given = {"dr_sid": "11111111-2222-3333-4444-555555555555", "direction": "inbound", "duration": "4.25"}
    stored = app.seed_call_detail_records([given, {"direction": "outbound"}])
    assert stored[0]["dr_sid"] == given["dr_sid"] and stored[1]["dr_sid"]
    assert all(record["partner_sid"] == app.partner_sid and record["date_insert"] for record in stored)
    listed = (await raw.get("/core/v2/calls/call_drs")).json()
    assert [item["dr_sid"] for item in listed["items"]] == [record["dr_sid"] for record in stored]
    assert listed["items"][0]["duration"] == "4.25" and listed["items"][0]["codec_src"] is None
    single = await raw.get(f"/core/v2/calls/call_drs/{given['dr_sid']}")
    assert single.json()["direction"] == "inbound"
    assert given == {"dr_sid": given["dr_sid"], "direction": "inbound", "duration": "4.25"}  # not modified


async def test_seeded_message_detail_records_filter_by_time(app: FakeCarrierX, cx: CarrierX) -> None:
    app.seed_message_detail_records(
        {"direction": "outbound", "date_stop": f"2024-10-31T{hour:02}:00:00.000Z"} for hour in range(24)
    )
    late = [
        record.date_stop.hour if record.date_stop else None
        async for record in cx.core.sms.iter_message_detail_records(filter_="date_stop ge 2024-10-31T14:00:00-04:00")
    ]
    assert late == list(range(18, 24))


async def test_a_seeded_list_has_no_sample_records_mixed_in(app: FakeCarrierX, raw: httpx.AsyncClient) -> None:
    assert (await raw.get("/core/v2/app/mediator/calls")).json()["items"]  # the documented sample
    app.seed("/core/v2/app/mediator/calls", [{"call_sid": "mine"}])
    assert [item["call_sid"] for item in (await raw.get("/core/v2/app/mediator/calls")).json()["items"]] == ["mine"]


async def test_endpoint_api_records_belong_to_the_endpoints_account(app: FakeCarrierX) -> None:
    endpoint = app.create_endpoint("mediator")
    app.seed("/mediator/v1/bindings", [{"destination_did": "15162060000"}], endpoint=endpoint)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://api.carrierx.com") as client:
        listed = (await client.get("/mediator/v1/bindings", headers=basic(endpoint))).json()["body"]
    assert [item["destination_did"] for item in listed["items"]] == ["15162060000"]
    assert listed["items"][0]["account_sid"] == endpoint["properties"]["account_sid"]


def test_seeding_refuses_what_cannot_be_seeded(app: FakeCarrierX) -> None:
    app.seed_call_detail_records([{"dr_sid": "taken"}])
    with pytest.raises(ValueError, match="already holds"):
        app.seed_call_detail_records([{"dr_sid": "taken"}])
    with pytest.raises(ValueError, match="not a collection"):
        app.seed("/core/v2/calls/call_drs/taken", [{}])
    with pytest.raises(ValueError, match="endpoint"):
        app.seed("/mediator/v1/bindings", [{}])
    with pytest.raises(ValueError, match="endpoint"):
        app.seed("/mediator/v1/bindings", [{}], endpoint=app.create_endpoint("flexml"))
