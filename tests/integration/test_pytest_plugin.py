"""The fixtures users get from `pytest_plugins = ["carrierx_async.testing.pytest_plugin"]`."""

from __future__ import annotations

import pytest
import trio

from carrierx_async import APITimeoutError, CarrierX, MediatorAPI
from carrierx_async.testing import FakeCarrierX, Fault

pytest_plugins = ["carrierx_async.testing.pytest_plugin"]


async def test_the_client_fixture_talks_to_the_app_fixture(
    fake_carrierx: FakeCarrierX, carrierx_client: CarrierX
) -> None:
    did = await carrierx_client.core.dids.rent_did(body={})
    await carrierx_client.core.sms.send_message(body={"from": did.phonenumber, "to": "15162069999", "message": "hi"})
    assert fake_carrierx.counters["dids_rented"] == 1
    assert fake_carrierx.counters["sms_sent"] == 1


async def test_the_client_fixture_retries_quickly(fake_carrierx: FakeCarrierX, carrierx_client: CarrierX) -> None:
    fake_carrierx.faults.add(Fault("rate_limit", retry_after=0, times=2))
    await carrierx_client.core.endpoints.get_endpoints()
    assert fake_carrierx.faults.counts["rate_limit"] == 2


def test_the_fixtures_work_on_trio(fake_carrierx: FakeCarrierX, carrierx_client: CarrierX) -> None:
    fake_carrierx.faults.add(Fault("latency", delay=0.01))

    async def scenario() -> None:
        endpoint = await carrierx_client.core.endpoints.create_endpoint(body={"name": "t", "type": "mediator"})
        assert isinstance(endpoint.endpoint_sid, str)
        mediator = await carrierx_client.for_endpoint(endpoint.endpoint_sid, MediatorAPI)
        fake_carrierx.route_did(endpoint.endpoint_sid)  # a binding needs a DID of the endpoint
        binding = await mediator.bindings.create_binding(body={"destination_did": "15162060000"})
        accounts = (await mediator.accounts.get_accounts()).items
        assert accounts is not None
        assert binding.account_sid == accounts[0].account_sid

    trio.run(scenario)
    assert fake_carrierx.faults.counts["latency"] == 4


async def test_the_client_fixture_honours_timeouts(fake_carrierx: FakeCarrierX, carrierx_client: CarrierX) -> None:
    fake_carrierx.faults.add(Fault("latency", delay=0.5, method="POST"))
    with pytest.raises(APITimeoutError):
        await carrierx_client.core.trunk_groups.create_trunk_group(body={"name": "slow"}, timeout=0.1)
