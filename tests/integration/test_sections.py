"""The endpoint APIs (FlexML, Mediator, Conference v2, Conference v1) through the facade."""

from __future__ import annotations

import re
from typing import TypeVar

import httpx
import pytest
from carrierx_flexml.models import CallCreateParams, CallUpdateParams
from carrierx_mediator.models import BindingUpdateParams

from carrierx_async import (
    AuthenticationError,
    CarrierX,
    ConferenceAPI,
    ConferenceV2API,
    FlexMLAPI,
    MediatorAPI,
    NotFoundError,
    UnprocessableEntityError,
)
from carrierx_async.testing import FakeCarrierX

from .conftest import BASE_URL, basic

SectionAPI = TypeVar("SectionAPI", ConferenceAPI, ConferenceV2API, FlexMLAPI, MediatorAPI)


async def endpoint_client(cx: CarrierX, endpoint_type: str, api: type[SectionAPI], name: str = "test") -> SectionAPI:
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": name, "type": endpoint_type})
    assert isinstance(endpoint.endpoint_sid, str)
    return await cx.for_endpoint(endpoint.endpoint_sid, api)


CALL: CallCreateParams = {
    "calling_did": "15162060000",
    "called_did": "15162060001",
    "url": "https://app.example/flexml",
}


async def test_endpoint_credentials_and_account(cx: CarrierX) -> None:
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
    properties = endpoint.properties
    assert properties is not None
    assert properties.api_url == f"{cx.base_url}/flexml/v1"  # the fake answers with the URL it was reached at
    assert properties.login and properties.password and properties.account_sid
    flexml = cx.flexml(properties.login, properties.password)
    account = await flexml.accounts.get_current_account()
    assert (account.account_sid, account.login, account.name) == (properties.account_sid, properties.login, "ivr")
    accounts = await flexml.accounts.get_accounts()
    assert [item.account_sid for item in accounts.items or []] == [properties.account_sid]


async def test_wrong_endpoint_password_is_401(cx: CarrierX) -> None:
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": "m", "type": "mediator"})
    assert endpoint.properties is not None and isinstance(endpoint.properties.login, str)
    mediator = cx.mediator(endpoint.properties.login, "wrong-password")
    with pytest.raises(AuthenticationError) as caught:
        await mediator.bindings.get_bindings()
    assert caught.value.status_code == 401
    assert caught.value.body is not None and caught.value.body.message == "Bad credentials"
    # A FlexML login is no Mediator login, and the Core token is no endpoint credential.
    flexml = await cx.core.endpoints.create_endpoint(body={"name": "f", "type": "flexml"})
    assert flexml.properties is not None
    assert isinstance(flexml.properties.login, str) and isinstance(flexml.properties.password, str)
    with pytest.raises(AuthenticationError):
        await cx.mediator(flexml.properties.login, flexml.properties.password).bindings.get_bindings()


async def test_core_token_does_not_open_an_endpoint_api(raw: httpx.AsyncClient) -> None:
    assert (await raw.get("/flexml/v1/calls")).status_code == 401


async def test_flexml_calls_crud_and_pagination(cx: CarrierX) -> None:
    flexml = await endpoint_client(cx, "flexml", FlexMLAPI)
    created = [
        await flexml.calls.create_call(body={**CALL, "delay": 60, "called_did": f"1516206{index:04}"})
        for index in range(12)
    ]
    assert all(call.date_created for call in created)
    every = [call.call_sid async for call in flexml.calls.iter_calls(page_size=5)]
    assert every == [call.call_sid for call in created]
    some = [call.called_did async for call in flexml.calls.iter_calls(filter_="called_did ge 15162060010")]
    assert some == ["15162060010", "15162060011"]

    sid = created[0].call_sid
    assert isinstance(sid, str)
    assert (await flexml.calls.get_call(sid)).called_did == "15162060000"
    patched = await flexml.calls.update_call(sid, body={"delay": 120})
    assert (patched.delay, patched.url) == (120, CALL["url"])
    whole: CallUpdateParams = {
        **CALL,
        "attributes": {},
        "delay": 5,
        "method": "GET",
        "status_callback_method": "POST",
        "status_callback_url": "https://app.example/status",
    }
    replaced = await flexml.calls.replace_call(sid, body=whole)
    assert (replaced.delay, replaced.status_callback_url) == (5, "https://app.example/status")
    await flexml.calls.delete_call(sid)
    with pytest.raises(NotFoundError):
        await flexml.calls.get_call(sid)


async def test_each_endpoint_sees_only_its_own_data(cx: CarrierX) -> None:
    first = await endpoint_client(cx, "flexml", FlexMLAPI, "first")
    second = await endpoint_client(cx, "flexml", FlexMLAPI, "second")
    call = await first.calls.create_call(body=CALL)
    assert isinstance(call.call_sid, str)
    assert (await second.calls.get_calls()).total == 0
    with pytest.raises(NotFoundError):
        await second.calls.get_call(call.call_sid)


async def test_deleting_an_endpoint_revokes_its_credentials(cx: CarrierX) -> None:
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": "gone", "type": "flexml"})
    assert isinstance(endpoint.endpoint_sid, str)
    flexml = await cx.for_endpoint(endpoint.endpoint_sid, FlexMLAPI)
    await flexml.accounts.get_current_account()
    await cx.core.endpoints.delete_endpoint(endpoint.endpoint_sid)
    with pytest.raises(AuthenticationError):
        await flexml.accounts.get_current_account()


async def test_changing_the_endpoint_login(cx: CarrierX) -> None:
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": "x", "type": "flexml"})
    assert isinstance(endpoint.endpoint_sid, str) and endpoint.properties is not None
    updated = await cx.core.endpoints.update_endpoint(
        endpoint.endpoint_sid, body={"properties": {"login": "renamed_login"}}
    )
    assert updated.properties is not None
    assert updated.properties.login == "renamed_login"
    assert updated.properties.password == endpoint.properties.password  # the rest of properties stays
    assert updated.properties.api_url == endpoint.properties.api_url
    password = endpoint.properties.password
    assert isinstance(password, str)
    account = await cx.flexml("renamed_login", password).accounts.get_current_account()
    assert account.login == "renamed_login"


async def test_mediator_bindings_crud(cx: CarrierX, app: FakeCarrierX) -> None:
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": "m", "type": "mediator"})
    assert isinstance(endpoint.endpoint_sid, str)
    mediator = await cx.for_endpoint(endpoint.endpoint_sid, MediatorAPI)
    redirects = [app.route_did(endpoint.endpoint_sid)["phonenumber"] for _ in range(4)]
    bindings = [
        await mediator.bindings.create_binding(body={"destination_did": f"1516207{index:04}", "name": f"b{index}"})
        for index in range(3)
    ]
    assert [binding.redirect_did for binding in bindings] == redirects[:3]
    listed = await mediator.bindings.get_bindings(order="name desc")
    assert [binding.name for binding in listed.items or []] == ["b2", "b1", "b0"]
    sid = bindings[1].binding_sid
    assert isinstance(sid, str)
    patched = await mediator.bindings.update_binding(sid, body={"maximum_ttl": 600})
    assert (patched.maximum_ttl, patched.destination_did) == (600, "15162070001")
    whole: BindingUpdateParams = {
        "attributes": {},
        "destination_did": "15162079999",
        "dtmf": "",
        "maximum_ttl": 60,
        "name": "whole",
        "origination_did": "15162060100",
        "redirect_did": redirects[3],
    }
    replaced = await mediator.bindings.replace_binding(sid, body=whole)
    assert replaced.name == "whole" and replaced.redirect_did_info is not None
    assert replaced.redirect_did_info.e164_format == "+" + redirects[3]
    await mediator.bindings.delete_binding(sid)
    assert (await mediator.bindings.get_bindings()).total == 2


async def test_conference_v2_did_groups_and_meeting_rooms(cx: CarrierX) -> None:
    conference = await endpoint_client(cx, "conference_v2", ConferenceV2API)
    flows = await conference.call_flows.get_call_flows()
    assert flows.items  # a documented call flow is there from the start
    flow_sid = flows.items[0].call_flow_sid
    group = await conference.did_groups.create_did_group(body={"name": "sales", "call_flow_sid": flow_sid})
    assert isinstance(group.did_group_sid, str)
    room = await conference.meeting_rooms.create_meeting_room(
        body={"name": "weekly", "did_group_sid": group.did_group_sid}
    )
    assert isinstance(room.meeting_room_sid, str)
    assert room.account_sid == (await conference.accounts.get_current_account()).account_sid
    renamed = await conference.meeting_rooms.update_meeting_room(room.meeting_room_sid, body={"name": "daily"})
    assert (renamed.name, renamed.did_group_sid) == ("daily", group.did_group_sid)
    with pytest.raises(UnprocessableEntityError) as caught:
        await conference.meeting_rooms.replace_meeting_room(room.meeting_room_sid, body={"name": "only"})
    assert {error.field for error in caught.value.errors} == {"access_codes", "did_group_sid", "properties"}
    names = [item.name async for item in conference.did_groups.iter_did_groups(filter_="name eq sales")]
    assert names == ["sales"]
    await conference.did_groups.delete_did_group(group.did_group_sid)
    assert (await conference.did_groups.get_did_groups()).total == 0


async def test_conference_v1_integer_ids_partial_put_and_its_own_list_envelope(
    cx: CarrierX, raw: httpx.AsyncClient, app: FakeCarrierX
) -> None:
    conference = await endpoint_client(cx, "conference", ConferenceAPI)
    groups = [
        await conference.did_groups.create_did_group(body={"name": f"group {index}", "callFlowId": 1})
        for index in range(7)
    ]
    assert [group.id for group in groups] == list(range(1, 8))
    assert [group.name async for group in conference.did_groups.iter_did_groups(page_size=3)] == [
        f"group {index}" for index in range(7)
    ]
    did = await conference.dids.create_did(body={"didGroupId": 2, "phoneNumber": "15162060042"})
    assert isinstance(did.id, int)
    updated = await conference.dids.update_did(did.id, body={"description": "front desk"})
    assert (updated.description, updated.phone_number, updated.did_group_id) == ("front desk", "15162060042", 2)
    await conference.dids.delete_did(did.id)
    with pytest.raises(NotFoundError):
        await conference.dids.get_did(did.id)

    endpoint = next(iter(app.store.collection("core", app.partner_sid, "/endpoints")))
    page = (await raw.get("/conference/v1/didGroups?limit=2&offset=2", headers=basic(endpoint))).json()
    assert set(page) == {"didGroups", "last", "offset", "total"}
    assert (len(page["didGroups"]), page["offset"], page["last"], page["total"]) == (2, 2, 3, 7)


async def test_conference_v1_subscribers_rooms_and_keys(cx: CarrierX) -> None:
    conference = await endpoint_client(cx, "conference", ConferenceAPI)
    subscriber = await conference.subscribers.create_subscriber(body={"login": "ann", "password": "secret"})
    assert isinstance(subscriber.sid, str) and re.fullmatch(r"[0-9a-f]{32}", subscriber.sid)
    assert subscriber.role == 3  # the documented default
    room = await conference.subscribers.create_subscriber_meeting_room(
        subscriber.sid, body={"primaryDidGroupId": 1, "meetingNumber": 5551}
    )
    assert room.meeting_number == 5551
    key = await conference.subscribers.create_meeting_key(subscriber.sid, 5551, body={"role": 2, "accessCode": "1234"})
    keys = await conference.subscribers.get_meeting_keys(subscriber.sid, 5551)
    assert [item.access_code for item in keys.keychain or []] == ["1234"]
    assert isinstance(key.id, int)
    await conference.subscribers.delete_subscriber(subscriber.sid)
    with pytest.raises(NotFoundError):
        await conference.subscribers.get_meeting_keys(subscriber.sid, 5551)
    rooms = [await conference.meeting_rooms.create_meeting_room(body={"primaryDidGroupId": 1}) for _ in range(2)]
    assert [item.meeting_number for item in rooms] == [1, 2]
    moved = await conference.meeting_rooms.update_meeting_room(2, body={"meetingNumber": 77})
    assert moved.meeting_number == 77
    assert (await conference.meeting_rooms.get_meeting_room(77)).primary_did_group_id == 1
    with pytest.raises(NotFoundError):
        await conference.meeting_rooms.get_meeting_room(2)
    whoami = await conference.subscribers.get_current_subscriber()
    assert whoami.login and whoami.login.startswith("conference_")


async def test_flexml_get_calls_lists_the_scheduled_calls_only(app: FakeCarrierX) -> None:
    endpoint = app.create_endpoint("flexml")
    call = {"calling_did": "15162060000", "called_did": "15162060001"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=BASE_URL + "/flexml/v1", headers=basic(endpoint)
    ) as flexml:
        later = (await flexml.post("/calls", json={**call, "delay": 60})).json()
        now = (await flexml.post("/calls", json=call)).json()
        listed = (await flexml.get("/calls")).json()
        assert [item["call_sid"] for item in listed["items"]] == [later["call_sid"]]
        assert listed["total"] == 1
        assert (await flexml.get(f"/calls/{now['call_sid']}")).status_code == 200  # readable, not listed
        await flexml.patch(f"/calls/{later['call_sid']}", json={"delay": 0})
        assert (await flexml.get("/calls")).json()["total"] == 0


async def test_shortener_links_get_a_short_name_a_url_and_no_hits(raw: httpx.AsyncClient) -> None:
    domain = (await raw.post("/core/v2/shortener/domains", json={"domain_name": "go.example"})).json()
    create = {"destination_url": "https://example.com/a/long/path", "domain_sid": domain["domain_sid"]}
    link = (await raw.post("/core/v2/shortener/links", json=create)).json()
    assert re.fullmatch(r"[A-Za-z0-9]{6}", link["short_name"]), link
    assert link["url"] == f"http://go.example/{link['short_name']}"
    assert (link["hits"], link["date_accessed"], link["maximum_ttl"], link["mode"]) == (
        0,
        None,
        -1,
        "redirect_temporary",
    )
    reused = (await raw.post("/core/v2/shortener/links", params={"reuse": "true"}, json=create)).json()
    assert reused["link_sid"] == link["link_sid"]
    named = await raw.post("/core/v2/shortener/links", json={**create, "short_name": link["short_name"]})
    assert named.status_code == 409
    renamed = (await raw.patch(f"/core/v2/shortener/links/{link['link_sid']}", json={"short_name": "promo"})).json()
    assert renamed["url"] == "http://go.example/promo"
    nowhere = await raw.post("/core/v2/shortener/links", json={**create, "domain_sid": "no-such-domain"})
    assert nowhere.status_code == 422 and nowhere.json()["errors"][0]["field"] == "domain_sid"
