"""Streamed downloads against the fake server, on both senders: the same bytes as the whole-body methods."""

from __future__ import annotations

import importlib
import io
import random
from pathlib import Path
from typing import Any

import pytest
from carrierx_core.models import StorageFileCreate, StorageFileUpload
from carrierx_core.operations import OPERATIONS
from carrierx_core.types import File

from carrierx_async import CarrierX, CarrierXError, Download, NotFoundError, RetryPolicy
from carrierx_async.runtime import Operation
from carrierx_async.testing import FakeCarrierX
from carrierx_async.testing._faults import Fault

DOWNLOADS = sorted(
    (operation for operation in OPERATIONS.values() if operation.download is not None), key=lambda op: op.id
)


def stream_name(operation: Operation) -> str:
    return "stream_" + operation.id.removeprefix("download_").removeprefix("get_")


async def stored_file(cx: CarrierX, data: bytes) -> str:
    container = await cx.core.storage.create_container(body={"name": "recordings"})
    upload = StorageFileUpload(
        data=File(payload=io.BytesIO(data), file_name="call.wav", mime_type="audio/wav"),
        file_object=StorageFileCreate(container_sid=container.container_sid, name="call"),
    )
    stored = await cx.core.storage.upload_file(body=upload)
    assert isinstance(stored.file_sid, str)
    return stored.file_sid


def test_every_binary_or_csv_answer_has_a_stream_method() -> None:
    ids = {operation.id for operation in DOWNLOADS}
    assert {"download_file_data", "download_task_review_items_csv", "download_rates_csv", "create_tts_text"} <= ids
    assert len(DOWNLOADS) == 13
    for operation in OPERATIONS.values():
        module = importlib.import_module(f"carrierx_async.resources.core.{operation.tag}")
        resource = getattr(module, module.__all__[0])
        assert hasattr(resource, stream_name(operation)) == (operation.download is not None), operation.id


async def test_a_stored_file_streams_and_saves_byte_for_byte(cx: CarrierX, tmp_path: Path) -> None:
    data = random.Random(7).randbytes(300_000)
    file_sid = await stored_file(cx, data)
    download = cx.core.storage.stream_file_data(file_sid)
    assert isinstance(download, Download)
    async with download as stream:
        assert (stream.status_code, stream.content_length) == (200, len(data))
        assert stream.content_type == "application/octet-stream"
        assert stream.request_id
        pieces = [piece async for piece in stream.iter_bytes(chunk_size=100_000)]
    assert [len(piece) for piece in pieces] == [100_000, 100_000, 100_000]
    assert b"".join(pieces) == data
    assert stream.bytes_read == len(data)
    assert await cx.core.storage.stream_file_data(file_sid).save(tmp_path / "call.wav") == len(data)
    assert (tmp_path / "call.wav").read_bytes() == data


@pytest.mark.parametrize("operation", DOWNLOADS, ids=lambda operation: operation.id)
async def test_a_stream_answers_what_the_whole_body_method_answers(cx: CarrierX, operation: Operation) -> None:
    """Every download operation, whatever the fake server makes of it: the same bytes, or the same error."""
    resource = getattr(cx.core, operation.tag)
    path_arguments = ["unknown-id"] * sum(parameter.location == "path" for parameter in operation.parameters)
    keywords: dict[str, Any] = {"body": {"text": "hello"}} if operation.body is not None else {}
    try:
        whole: bytes | type[CarrierXError] = await getattr(resource, operation.id)(*path_arguments, **keywords)
    except CarrierXError as error:
        whole = type(error)
    try:
        async with getattr(resource, stream_name(operation))(*path_arguments, **keywords) as stream:
            streamed: bytes | type[CarrierXError] = b"".join([piece async for piece in stream.iter_bytes()])
    except CarrierXError as error:
        streamed = type(error)
    if operation.returns == "bytes":
        assert streamed == whole
    else:  # create_tts_text: the fake server answers the stored-file JSON, which the stream hands over as is
        assert isinstance(streamed, bytes) and streamed.startswith(b"{")


async def test_a_missing_file_is_not_found(cx: CarrierX, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        await cx.core.storage.stream_file_data("no-such-file").save(tmp_path / "missing")
    assert list(tmp_path.iterdir()) == []  # noqa: ASYNC240 - a test's look, after the call


async def test_a_503_before_the_answer_is_retried(cx: CarrierX, app: FakeCarrierX) -> None:
    data = b"RIFF and the rest"
    file_sid = await stored_file(cx, data)
    app.faults.add(Fault("server_error", method="GET", path="*/storage/files/*/data", times=1))
    retrying = cx.core.with_options(retry=RetryPolicy(initial_delay=0, jitter=0))
    async with retrying.storage.stream_file_data(file_sid) as stream:
        assert b"".join([piece async for piece in stream.iter_bytes()]) == data
    assert app.faults.counts["server_error"] == 1


def test_a_download_has_no_raw_response_twin_its_stream_carries_the_headers() -> None:
    cx = CarrierX(token="t", base_url="http://127.0.0.1:9")
    with pytest.raises(AttributeError, match="not an operation"):
        _ = cx.core.storage.with_raw_response.stream_file_data
