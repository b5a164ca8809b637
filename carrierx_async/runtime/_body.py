"""Request bodies: a model or a mapping of CarrierX field names, checked and encoded once."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from ._marker import File, Unset
from ._model import BodyError
from ._request import form

Encoded = tuple[bytes | None, str | None]


ModelT = TypeVar("ModelT")


def coerce_body(model: type[ModelT], body: object) -> ModelT:
    """The body as its model: a mapping is read strictly (unknown, missing or mistyped fields fail)."""
    if isinstance(body, model):
        return body
    if not isinstance(body, Mapping):
        raise BodyError(f"the body must be a {model.__name__} or a mapping, not {type(body).__name__}")
    built: ModelT = model.from_dict(body, strict=True)  # type: ignore[attr-defined]
    return built


def _json_bytes(data: Any) -> bytes:
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    except (TypeError, ValueError) as error:
        raise BodyError(f"the body cannot be encoded as JSON ({error})") from None
    except RecursionError:
        raise BodyError("the body is nested too deeply to encode") from None


def json_body(model: type[Any], body: object) -> Encoded:
    if isinstance(body, Unset):
        return None, None
    return _json_bytes(coerce_body(model, body).to_dict()), "application/json"


def form_body(model: type[Any], body: object) -> Encoded:
    if isinstance(body, Unset):
        return None, None
    return form(coerce_body(model, body).to_dict()), "application/x-www-form-urlencoded"


def multipart_body(model: type[Any], body: object) -> Encoded:
    """A multipart form with a random boundary (file content can never end a part early)."""
    import httpx

    if isinstance(body, Unset):
        return None, None
    parts = coerce_body(model, body).to_multipart()
    request = httpx.Request("POST", "http://multipart.invalid/", files=parts)
    return request.read(), request.headers["content-type"]


def raw_body(body: object, content_type: str = "application/octet-stream") -> Encoded:
    """Bytes sent as they are: bytes, a binary file object, or a `File`."""
    if isinstance(body, Unset):
        return None, None
    if isinstance(body, File):
        return body.read(), body.mime_type or content_type
    if isinstance(body, bytes | bytearray):
        return bytes(body), content_type
    if hasattr(body, "read"):
        content = body.read()
        if isinstance(content, bytes):
            return content, content_type
    raise BodyError(f"the body must be bytes, a binary file or a File, not {type(body).__name__}")


def upload_body(model: type[Any], body: object) -> Encoded:
    """An upload taking either a multipart form (its model or a mapping) or the raw file."""
    if isinstance(body, Mapping | model) and not isinstance(body, File):
        return multipart_body(model, body)
    return raw_body(body)
