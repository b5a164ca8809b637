"""The aiohttp sender finds its event loop without asking asyncio on every call, and still rebinds.

Every call checks that the session belongs to the running loop; the cheap check (the bound loop
runs in this thread) must never mistake another loop for it.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings

from carrierx_async import CarrierX

from .support import Received, ServerThread, http_response

DID = http_response(200, {"did_sid": "d1"})


def answer_did(request: Received) -> bytes:
    return DID


def test_a_client_used_on_a_loop_still_running_in_another_thread_rebinds_here() -> None:
    with ServerThread(answer_did) as server:
        cx = CarrierX(token="t", base_url=server.base_url)
        other = asyncio.new_event_loop()
        thread = threading.Thread(target=other.run_forever, daemon=True)
        thread.start()
        try:
            first = asyncio.run_coroutine_threadsafe(cx.core.dids.get_did("d1"), other).result(10)
            assert first.did_sid == "d1"
            sender = cx._channel._aiohttp
            assert sender is not None and sender._loop is other

            async def here() -> str | None:
                did = await cx.core.dids.get_did("d1")  # the other loop is running, in another thread
                assert sender._loop is asyncio.get_running_loop()
                await cx.aclose()
                return did.did_sid

            assert asyncio.run(here()) == "d1"
        finally:
            other.call_soon_threadsafe(other.stop)
            thread.join(10)
            other.close()


def test_a_client_used_again_after_its_loop_stopped_without_closing_rebinds() -> None:
    with ServerThread(answer_did) as server:
        cx = CarrierX(token="t", base_url=server.base_url)
        first_loop = asyncio.new_event_loop()
        try:
            assert first_loop.run_until_complete(cx.core.dids.get_did("d1")).did_sid == "d1"
            second_loop = asyncio.new_event_loop()  # the first is stopped, not closed: same thread
            try:

                async def again() -> str | None:
                    did = await cx.core.dids.get_did("d1")
                    await cx.aclose()
                    return did.did_sid

                assert second_loop.run_until_complete(again()) == "d1"
            finally:
                second_loop.close()
        finally:
            first_loop.close()


def test_rebinding_away_from_a_loop_still_running_leaves_nothing_unclosed() -> None:
    with ServerThread(answer_did) as server:
        cx = CarrierX(token="t", base_url=server.base_url)
        other = asyncio.new_event_loop()
        thread = threading.Thread(target=other.run_forever, daemon=True)
        thread.start()
        gc.collect()  # what earlier tests left behind is not this test's to report
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                asyncio.run_coroutine_threadsafe(cx.core.dids.get_did("d1"), other).result(10)
                sender = cx._channel._aiohttp
                assert sender is not None
                first_session = sender._session
                assert first_session is not None

                async def here() -> None:
                    await cx.core.dids.get_did("d1")
                    await cx.aclose()

                asyncio.run(here())

                async def closed_by_its_loop() -> bool:  # the other loop closes the session it owned
                    for _ in range(500):
                        if first_session.closed:
                            return True
                        await asyncio.sleep(0.01)
                    return False

                assert asyncio.run_coroutine_threadsafe(closed_by_its_loop(), other).result(10)
            finally:
                other.call_soon_threadsafe(other.stop)
                thread.join(10)
                other.close()
            gc.collect()
    unclosed = [str(warning.message) for warning in caught if issubclass(warning.category, ResourceWarning)]
    assert not unclosed, unclosed
