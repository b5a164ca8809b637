"""A storage-backed voice campaign, as its author would write it, end to end on the fake server.

A container found by `string_key_1` with quotas holds the greeting; calls are scheduled with a
delay and a status callback; one is cancelled; the greeting file lives out its lifecycle.
"""

from __future__ import annotations

import pytest
from carrierx_core.models import StorageFileCreate, StorageFileUpload

from carrierx_async import CarrierX, File, FlexMLAPI, NotFoundError
from carrierx_async.filters import eq
from carrierx_async.testing import FakeCarrierX

CAMPAIGN = "spring-reminders"
GREETING = b"RIFF" + b"\x00" * 996  # 1 kB of "audio"


async def test_a_storage_backed_campaign_with_scheduled_calls(app: FakeCarrierX, cx: CarrierX) -> None:
    # The campaign's container, found again later by its key, with quotas that report their use.
    created = await cx.core.storage.create_container(
        body={"name": "campaign audio", "string_key_1": CAMPAIGN, "quota_files": 10, "quota_bytes": 100_000}
    )
    found = await cx.core.storage.get_containers(filter_=eq("string_key_1", CAMPAIGN))
    assert [container.container_sid for container in found.items or []] == [created.container_sid]
    assert created.container_sid is not None
    assert (created.quota_files, created.quota_bytes) == (10, 100_000)
    assert (created.available_files_percent, created.available_bytes_percent) == (100, 100)

    greeting = await cx.core.storage.upload_file(
        body=StorageFileUpload(
            data=File(GREETING, "greeting.wav", "audio/wav"),
            file_object=StorageFileCreate(container_sid=created.container_sid, name="greeting"),
        )
    )
    assert greeting.file_sid is not None and greeting.file_bytes == len(GREETING)
    used = await cx.core.storage.get_container(created.container_sid)
    assert (used.total_files, used.total_bytes) == (1, len(GREETING))
    assert (used.available_files_percent, used.available_bytes_percent) == (90, 99)

    # Scheduled calls with status callbacks through the FlexML endpoint's own credentials.
    endpoint = await cx.core.endpoints.create_endpoint(body={"name": "campaign", "type": "flexml"})
    assert endpoint.endpoint_sid is not None
    flexml = await cx.for_endpoint(endpoint.endpoint_sid, FlexMLAPI)
    scheduled = [
        await flexml.calls.create_call(
            body={
                "calling_did": "15162060000",
                "called_did": f"1555000{number:04d}",
                "url": "https://campaign.example/flexml",
                "delay": 3600,
                "status_callback_url": "https://campaign.example/status",
                "status_callback_method": "POST",
            }
        )
        for number in range(3)
    ]
    assert all(call.delay == 3600 and call.status_callback_url for call in scheduled)
    pending = await flexml.calls.get_calls()
    assert {call.call_sid for call in pending.items or []} == {call.call_sid for call in scheduled}

    # One recipient opted out: cancel their call before it runs.
    cancelled = scheduled[0].call_sid
    assert cancelled is not None
    await flexml.calls.delete_call(cancelled)
    pending = await flexml.calls.get_calls()
    assert cancelled not in {call.call_sid for call in pending.items or []}
    assert len(pending.items or []) == 2

    # The greeting's lifecycle: mark it for deletion after the campaign, read it back, delete it.
    updated = await cx.core.storage.update_file(
        greeting.file_sid, body={"lifecycle_action": "delete", "lifecycle_ttl": 86_400}
    )
    assert (updated.lifecycle_action, updated.lifecycle_ttl) == ("delete", 86_400)
    assert await cx.core.storage.download_file_data(greeting.file_sid) == GREETING
    await cx.core.storage.delete_file(greeting.file_sid)
    with pytest.raises(NotFoundError):
        await cx.core.storage.get_file(greeting.file_sid)
    emptied = await cx.core.storage.get_container(created.container_sid)
    assert (emptied.total_files, emptied.available_files_percent) == (0, 100)
