"""The fake server on a loopback port: `serve()` in a thread, and `python -m carrierx_async.testing`."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from carrierx_async import (
    APIConnectionError,
    APIResponseValidationError,
    CarrierX,
    FlexMLAPI,
    InternalServerError,
    RetryPolicy,
)
from carrierx_async.testing import FakeCarrierX, Fault, serve

ROOT = Path(__file__).resolve().parents[2]


async def test_serve_runs_on_a_free_port_and_stops() -> None:
    app = FakeCarrierX()
    with serve(app) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        async with CarrierX(token="test-token", base_url=base_url) as cx:
            endpoint = await cx.core.endpoints.create_endpoint(body={"name": "ivr", "type": "flexml"})
            assert endpoint.properties is not None and endpoint.properties.api_url == f"{base_url}/flexml/v1"
            assert isinstance(endpoint.endpoint_sid, str)
            flexml = await cx.for_endpoint(endpoint.endpoint_sid, FlexMLAPI)
            account = await flexml.accounts.get_current_account()
            assert account.login == endpoint.properties.login
    assert refuses_connections(base_url)


def refuses_connections(base_url: str) -> bool:
    try:
        httpx.get(f"{base_url}/core/v2/endpoints", timeout=2)
    except httpx.ConnectError:
        return True
    return False


async def test_dropped_and_truncated_answers_on_a_real_connection() -> None:
    app = FakeCarrierX(
        faults=[
            Fault("drop_after", method="POST", path="/core/v2/sms/messages"),
            Fault("truncate", method="GET", path="/core/v2/sms/messages"),
        ]
    )
    with serve(app) as base_url:
        async with CarrierX(token="test-token", base_url=base_url) as cx:
            with pytest.raises(APIConnectionError):
                await cx.core.sms.send_message(body={"from": "15162060000", "to": "15162060001", "message": "hi"})
            with pytest.raises(APIResponseValidationError):
                await cx.core.sms.get_messages()
    assert app.counters["sms_sent"] == 1
    assert app.faults.counts["drop_after"] == 1


async def first_calls(base_url: str) -> None:
    async with CarrierX(token="cli-token", base_url=base_url, retry=RetryPolicy.none()) as cx:
        with pytest.raises(InternalServerError):  # the --fault given on the command line, once
            await cx.core.endpoints.get_endpoints()
        assert (await cx.core.endpoints.get_endpoints()).total == 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_command_line_server() -> None:
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "carrierx_async.testing",
            "--port",
            str(port),
            "--token",
            "cli-token",
            "--fault",
            "server_error:method=GET,path=/core/v2/endpoints,times=1",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.05)
        asyncio.run(first_calls(base_url))
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()
