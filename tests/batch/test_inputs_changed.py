"""Paging through a list the batch itself shrinks: a clear error instead of silently skipped items."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from carrierx_async import CarrierX
from carrierx_async.batch import Batch, InputsChangedError
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX


async def test_renting_numbers_from_the_inventory_being_paged_fails_loudly() -> None:
    app = FakeCarrierX(did_pool_size=300)
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=app)) as cx:

        async def rent(did: Any) -> Any:
            return await cx.core.dids.rent_did(body={"phonenumber": did.phonenumber})

        inventory = cx.core.dids.iter_browse_available_dids(page_size=50)
        with pytest.raises(InputsChangedError, match="changed from 300 to"):
            await Batch(rent, inventory, concurrency=10).run()
        assert app.counters["dids_rented"] < 300


async def test_a_snapshot_of_the_inventory_rents_every_number() -> None:
    app = FakeCarrierX(did_pool_size=300)
    async with CarrierX(token=DEFAULT_TOKEN, transport=httpx.ASGITransport(app=app)) as cx:
        numbers = [did.phonenumber async for did in cx.core.dids.iter_browse_available_dids(page_size=50)]

        async def rent(number: Any) -> Any:
            return await cx.core.dids.rent_did(body={"phonenumber": number})

        results = await Batch(rent, numbers, concurrency=10).run()
    assert all(result.ok for result in results)
    assert app.counters["dids_rented"] == 300
