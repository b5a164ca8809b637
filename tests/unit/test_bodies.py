"""Request bodies are checked against their model before anything is sent."""

from __future__ import annotations

import io
import json

import pytest
from carrierx_core.api.sms import send_message
from carrierx_core.api.storage import update_container, upload_file
from carrierx_core.models import DidUpdate, StorageContainerUpdateParams
from carrierx_flexml.api.calls import create_call

from carrierx_async.runtime import UNSET, BodyError


def test_a_legacy_account_may_send_from_did_and_to_did() -> None:
    request = send_message.build_request(body={"from_did": "15551230000", "to_did": "15551230001", "message": "hi"})
    assert json.loads(request.body or b"") == {"from_did": "15551230000", "to_did": "15551230001", "message": "hi"}


def test_a_delay_in_float_seconds_is_refused_clearly_before_sending() -> None:
    with pytest.raises(BodyError, match=r"CallCreate\.delay: expected an integer, got float 1\.5"):
        create_call.build_request(body={"calling_did": "1", "called_did": "2", "delay": 1.5})  # type: ignore[arg-type]  # a float on purpose
    assert b'"delay":30' in (
        create_call.build_request(body={"calling_did": "1", "called_did": "2", "delay": 30}).body or b""
    )


def test_container_quotas_and_parents_are_sent() -> None:
    body: StorageContainerUpdateParams = {
        "unique": True,
        "quota_files": 100,
        "quota_bytes": 10_000_000,
        "parent_container_sid": "p1",
    }
    request = update_container.build_request("c1", body=body)
    assert json.loads(request.body or b"") == body


def test_omitted_and_null_fields_stay_apart() -> None:
    assert DidUpdate(name=None).to_dict() == {"name": None}  # sent as null: clears the name
    assert DidUpdate(name=UNSET).to_dict() == {}  # left out: unchanged
    assert DidUpdate().to_dict() == {}
    assert DidUpdate.from_dict({"name": None, "string_key_1": "k"}).to_dict() == {"name": None, "string_key_1": "k"}


@pytest.mark.parametrize(
    "data",
    [b"RIFF fake", io.BytesIO(b"RIFF fake"), ("greeting.wav", b"RIFF fake", "audio/wav")],
    ids=["bytes", "file object", "(name, bytes, type)"],
)
def test_an_upload_given_as_a_mapping_sends_its_data_as_a_file_part(
    data: bytes | io.BytesIO | tuple[str, bytes, str],
) -> None:
    request = upload_file.build_request(body={"data": data, "file_object": {"container_sid": "c1"}})
    assert request.content_type is not None and request.content_type.startswith("multipart/form-data; boundary=")
    body = request.body or b""
    assert b'name="data"; filename="' in body and b"RIFF fake" in body
    assert b'name="file_object"' in body and b'"container_sid": "c1"' in body
