"""DIDs from the pool, routing to endpoints, and SMS with their detail records."""

from __future__ import annotations

import httpx
import pytest

from carrierx_async import CarrierX, ConflictError, FlexMLAPI, RetryPolicy, UnprocessableEntityError
from carrierx_async.testing import FakeCarrierX

from .conftest import BASE_URL


async def test_rent_takes_the_next_free_number_from_the_pool(cx: CarrierX, app: FakeCarrierX) -> None:
    before = await cx.core.dids.browse_available_dids(limit=1)
    assert before.total == 1000 and before.items and before.items[0].phonenumber == "15162060000"
    did = await cx.core.dids.rent_did(body={"name": "support"})
    assert (did.phonenumber, did.status, did.name) == ("15162060000", "assigned", "support")
    assert did.partner_sid == app.partner_sid
    assert did.did_sid == before.items[0].did_sid  # the SID of the available number stays
    rented = await cx.core.dids.get_dids()
    assert [item.did_sid for item in rented.items or []] == [did.did_sid]
    after = await cx.core.dids.browse_available_dids(limit=1)
    assert after.total == 999 and after.items and after.items[0].phonenumber == "15162060001"
    assert app.counters["dids_rented"] == 1


async def test_renting_a_taken_or_unknown_number_is_a_conflict(cx: CarrierX, app: FakeCarrierX) -> None:
    chosen = await cx.core.dids.rent_did(body={"phonenumber": "15162060500"})
    assert chosen.phonenumber == "15162060500"
    with pytest.raises(ConflictError) as caught:
        await cx.core.dids.rent_did(body={"phonenumber": "15162060500"})
    assert caught.value.status_code == 409
    assert caught.value.errors[0].field == "phonenumber"
    with pytest.raises(ConflictError):
        await cx.core.dids.rent_did(body={"phonenumber": "19995550000"})
    assert app.counters["dids_rented"] == 1
    assert (await cx.core.dids.get_dids()).total == 1


async def test_release_returns_the_number_to_the_pool(cx: CarrierX, app: FakeCarrierX) -> None:
    did = await cx.core.dids.rent_did(body={"phonenumber": "15162060007"})
    assert isinstance(did.did_sid, str)
    available = await cx.core.dids.browse_available_dids(filter_="phonenumber eq 15162060007")
    assert available.total == 0
    await cx.core.dids.release_did(did.did_sid)
    available = await cx.core.dids.browse_available_dids(filter_="phonenumber eq 15162060007")
    assert available.total == 1 and available.items and available.items[0].status == "available"
    assert (await cx.core.dids.get_available_did(did.did_sid)).phonenumber == "15162060007"
    assert app.counters["dids_released"] == 1
    assert (await cx.core.dids.rent_did(body={"phonenumber": "15162060007"})).did_sid == did.did_sid


async def test_an_exhausted_pool_is_a_conflict() -> None:
    app = FakeCarrierX(did_pool_size=2)
    async with CarrierX(
        token="test-token", base_url=BASE_URL, transport=httpx.ASGITransport(app=app), retry=RetryPolicy.none()
    ) as cx:
        numbers = [(await cx.core.dids.rent_did(body={})).phonenumber for _ in range(2)]
        assert numbers == ["15162060000", "15162060001"]
        with pytest.raises(ConflictError):
            await cx.core.dids.rent_did(body={})


async def test_browsing_filters_and_pages_the_pool(cx: CarrierX) -> None:
    numbers = [
        did.phonenumber
        async for did in cx.core.dids.iter_browse_available_dids(filter_="phonenumber like '%99'", page_size=4)
    ]
    assert numbers == [f"15162060{index}99" for index in range(10)]


async def test_send_message_creates_one_message_and_one_detail_record(cx: CarrierX, app: FakeCarrierX) -> None:
    did = await cx.core.dids.rent_did(body={})
    message = await cx.core.sms.send_message(
        body={"from": did.phonenumber, "to": "15162069999", "message": "hello", "user_data": "order-1"}
    )
    assert (message.status, message.direction, message.type_, message.message_segments, message.price) == (
        "queued",
        "outbound",
        "sms",
        1,
        None,
    )
    assert message.partner_sid == app.partner_sid and message.date_created
    messages = await cx.core.sms.get_messages()
    assert [item.message_sid for item in messages.items or []] == [message.message_sid]
    records = await cx.core.sms.get_message_detail_records()
    assert records.total == 1 and records.items
    record = records.items[0]
    assert (record.number_src, record.number_dst, record.message, record.user_data) == (
        did.phonenumber,
        "15162069999",
        "hello",
        "order-1",
    )
    assert isinstance(record.dr_sid, str)
    assert (await cx.core.sms.get_message_detail_record(record.dr_sid)).dr_sid == record.dr_sid
    assert app.counters["sms_sent"] == 1
    assert app.counters[("POST", "/core/v2/sms/messages")] == 1


async def test_a_long_text_counts_its_segments(cx: CarrierX) -> None:
    message = await cx.core.sms.send_message(body={"from": "15162060000", "to": "15162060001", "message": "x" * 200})
    assert message.message_segments == 2


async def test_a_refused_message_leaves_no_trace(cx: CarrierX, app: FakeCarrierX) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        await cx.core.sms.send_message(body={"from": "15162060000", "message": "to nobody"})
    assert [error.field for error in caught.value.errors] == ["to"]
    assert (await cx.core.sms.get_message_detail_records()).total == 0
    assert app.counters["sms_sent"] == 0
    assert app.counters[("POST", "/core/v2/sms/messages")] == 0


async def test_a_did_routed_to_an_endpoint_appears_in_its_api(cx: CarrierX) -> None:
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
    assert isinstance(endpoint.endpoint_sid, str)
    group = await cx.core.trunk_groups.create_trunk_group(body={"name": "to ivr"})
    assert isinstance(group.trunk_group_sid, str)
    await cx.core.trunk_groups.create_trunk(
        group.trunk_group_sid, body={"name": "ivr trunk", "endpoint_sid": endpoint.endpoint_sid}
    )
    routed = await cx.core.dids.rent_did(body={"trunk_group_sid": group.trunk_group_sid})
    await cx.core.dids.rent_did(body={})  # not routed anywhere
    flexml = await cx.for_endpoint(endpoint.endpoint_sid, FlexMLAPI)
    dids = await flexml.dids.get_dids()
    assert [(did.did_sid, did.phonenumber) for did in dids.items or []] == [(routed.did_sid, routed.phonenumber)]
    assert isinstance(routed.did_sid, str)
    updated = await flexml.dids.update_did(routed.did_sid, body={"url": "https://app.example/ivr"})
    assert updated.url == "https://app.example/ivr"
    assert (await flexml.dids.get_did(routed.did_sid)).url == "https://app.example/ivr"

    await cx.core.dids.update_did(routed.did_sid, body={"trunk_group_sid": None})
    assert (await flexml.dids.get_dids()).total == 0
