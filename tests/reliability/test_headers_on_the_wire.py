"""The headers a request carries, as they arrive, on every sender and with either credential.

The client's own headers (User-Agent, Accept, Accept-Encoding, and the `headers=` given to
`CarrierX`) are added by each sender, a section's `with_options` headers and a call's
`extra_headers` by the call: all of them must arrive, a later one replacing an earlier one of
the same name, and nothing of one call may stay behind for the next.
"""

from __future__ import annotations

from typing import Any

import pytest

from carrierx_async import CarrierX, __version__
from carrierx_async._decoding import ACCEPT_ENCODING

from .support import Received, ServerThread
from .test_wave2 import CREDENTIALS, RUNNERS, TOKEN_PATH, api_requests, credentials, did, run, with_token_endpoint


def one_call_then_another(server: ServerThread, kind: str) -> Any:
    async def calls(options: dict[str, Any]) -> None:
        client_headers = {"X-App": "demo", "Accept": "application/vnd.demo+json"}
        async with CarrierX(base_url=server.base_url, headers=client_headers, **credentials(kind), **options) as cx:
            dids = cx.core.with_options(headers={"X-Team": "blue", "Accept": "application/json"}).dids
            await dids.get_did("d1", extra_headers={"X-Call": "first", "User-Agent": "my-app/2"})
            await dids.get_did("d2")
            await cx.core.dids.get_did("d3")  # the section without its with_options headers

    return calls


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.parametrize("kind", CREDENTIALS)
def test_every_header_arrives_and_later_ones_win(runner: str, kind: str) -> None:
    with ServerThread(with_token_endpoint(lambda _: did("d1"))) as server:
        address = server.base_url.removeprefix("http://")
        run(runner, one_call_then_another(server, kind))
    first, second, third = api_requests(server.received)

    assert first.headers["user-agent"] == "my-app/2"  # the call's own
    assert first.headers["x-call"] == "first"
    assert first.headers["x-team"] == "blue"
    assert first.headers["accept"] == "application/json"  # the section's, over the client's
    for request in (first, second, third):
        assert request.headers["x-app"] == "demo"
        assert request.headers["accept-encoding"] == ACCEPT_ENCODING
        assert request.headers["authorization"].startswith("Bearer ")
        assert request.headers["host"] == address

    # Nothing of the first call stays behind.
    assert second.headers["user-agent"] == f"carrierx-async/{__version__}"
    assert "x-call" not in second.headers
    assert second.headers["x-team"] == "blue"
    assert second.headers["accept"] == "application/json"
    assert "x-team" not in third.headers
    assert third.headers["accept"] == "application/vnd.demo+json"  # the client's own
    assert third.headers["user-agent"] == f"carrierx-async/{__version__}"


@pytest.mark.parametrize("runner", RUNNERS)
def test_the_token_request_carries_the_client_headers(runner: str) -> None:
    with ServerThread(with_token_endpoint(lambda _: did("d1"))) as server:
        run(runner, one_call_then_another(server, "oauth"))
    token_requests: list[Received] = [request for request in server.received if request.path == TOKEN_PATH]
    assert len(token_requests) == 1
    headers = token_requests[0].headers
    assert headers["user-agent"] == f"carrierx-async/{__version__}"
    assert headers["x-app"] == "demo"
    assert headers["accept-encoding"] == ACCEPT_ENCODING
    assert headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in headers and "x-team" not in headers
