"""File uploads and downloads, and the documented samples the server ships."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest
from carrierx_core.models import StorageFileCreate, StorageFileUpload
from carrierx_core.types import File

from carrierx_async import CarrierX, NotFoundError
from carrierx_async.testing import FakeCarrierX
from carrierx_async.testing._specs import route_table

from .conftest import basic

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAMPLES = Path(__file__).resolve().parents[2] / "carrierx_async" / "testing" / "samples"


async def test_upload_then_download_a_storage_file(cx: CarrierX) -> None:
    container = await cx.core.storage.create_container(body={"name": "recordings"})
    upload = StorageFileUpload(
        data=File(payload=io.BytesIO(b"ID3 fake audio"), file_name="greeting.mp3", mime_type="audio/mpeg"),
        file_object=StorageFileCreate(container_sid=container.container_sid, name="greeting"),
    )
    stored = await cx.core.storage.upload_file(body=upload)
    assert (stored.name, stored.container_sid, stored.file_bytes) == ("greeting", container.container_sid, 14)
    assert isinstance(stored.file_sid, str)
    data = await cx.core.storage.download_file_data(stored.file_sid)
    assert data == b"ID3 fake audio"
    await cx.core.storage.delete_file(stored.file_sid)
    with pytest.raises(NotFoundError):
        await cx.core.storage.download_file_data(stored.file_sid)


async def test_upload_needs_its_data_part(raw: httpx.AsyncClient) -> None:
    answer = await raw.post("/core/v2/storage/files", files={"file_object": (None, b"{}", "application/json")})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "data"


async def test_conference_media_files_are_named_by_their_file_name(app: FakeCarrierX) -> None:
    endpoint = app.create_endpoint("conference")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="https://api.carrierx.com", headers=basic(endpoint)
    ) as client:
        subscriber = (await client.post("/conference/v1/subscribers", json={"login": "a", "password": "b"})).json()
        files_path = f"/conference/v1/subscribers/{subscriber['sid']}/files"
        uploaded = await client.post(files_path, files={"file": ("hold.wav", b"RIFF", "audio/wav")})
        assert uploaded.status_code == 201  # uploads answer 201, creates 200
        assert uploaded.json()["fileName"] == "hold.wav"
        assert (await client.get(files_path)).json()["files"][0]["fileName"] == "hold.wav"
        assert (await client.delete(f"{files_path}/hold.wav")).status_code == 204
        assert (await client.get(files_path)).json()["total"] == 0


def shipped_samples() -> list[Path]:
    return sorted(SAMPLES.glob("*/*.json"))


def test_some_samples_are_shipped() -> None:
    assert len(shipped_samples()) > 20


@pytest.mark.parametrize("path", shipped_samples(), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_each_shipped_sample_is_the_documented_one_and_fits_its_schema(path: Path) -> None:
    section, operation_id = path.parent.name, path.stem
    shipped = json.loads(path.read_text())
    documented = json.loads((FIXTURES / section / f"{operation_id}.json").read_text())["body"]
    if isinstance(documented, dict) and set(documented) == {"body", "status"}:
        documented = documented["body"]
    assert shipped == documented, f"refresh {path} from tests/fixtures"
    table = route_table(section)
    operation = table.operations[operation_id]
    assert table.schemas.validation_errors(operation.response_schema or {}, shipped) == []
