"""Requests, responses and errors as the fake server handles them, and request body decoding."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Mapping, Sequence
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import attrs
import httpx

JSONObject = dict[str, Any]


@attrs.frozen
class Upload:
    """One file part of a multipart body."""

    filename: str | None
    content_type: str
    data: bytes


@attrs.define
class Request:
    method: str
    path: str  # percent-decoded, without the query
    query: Mapping[str, str]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    scheme: str = "http"

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def origin(self) -> str:
        """Scheme and host the client addressed (used for links and endpoint API URLs)."""
        host = self.headers.get("host", "testserver")
        return f"{self.scheme}://{host}"


@attrs.define
class Response:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = attrs.field(factory=list)
    data: Any = None  # the JSON value before encoding (None for other bodies)

    @classmethod
    def json(cls, status: int, data: Any, headers: Sequence[tuple[str, str]] = ()) -> Response:
        body = json.dumps(data, separators=(",", ":")).encode()
        return cls(status, body, [("content-type", "application/json"), *headers], data)

    @classmethod
    def empty(cls, status: int = 204) -> Response:
        return cls(status)

    @classmethod
    def raw(cls, status: int, body: bytes, content_type: str) -> Response:
        return cls(status, body, [("content-type", content_type)])


class ApiError(Exception):
    """An error answer in CarrierX's shape: a message and per-field errors."""

    def __init__(
        self,
        status: int,
        message: str,
        errors: Sequence[tuple[str | None, str]] = (),
        *,
        headers: Sequence[tuple[str, str]] = (),
        reference_sid: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = list(errors)
        self.headers = list(headers)
        self.reference_sid = reference_sid

    def body(self) -> JSONObject:
        return {
            "message": self.message,
            "errors": [
                {"field": field, "message": message, "reference_sid": self.reference_sid}
                for field, message in self.errors
            ],
        }

    def response(self) -> Response:
        return Response.json(self.status, self.body(), self.headers)


def not_found() -> ApiError:
    return ApiError(404, "Cannot find item by SID")


def validation_error(errors: Sequence[tuple[str | None, str]]) -> ApiError:
    return ApiError(422, "object validation error", errors)


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised by the app to drop the connection (in-process, httpx passes it to the client as is)."""


class RefusedConnection(httpx.ConnectError):
    """Raised by the app to act as if the connection could not be made (nothing reached the server)."""


def decode_json(body: bytes) -> Any:
    if not body.strip():
        raise ApiError(400, "the request has no JSON body")
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "the request body is not valid JSON") from None


def decode_form(body: bytes) -> JSONObject:
    try:
        text = body.decode()
    except UnicodeDecodeError:
        raise ApiError(400, "the form body is not UTF-8") from None
    return dict(urllib.parse.parse_qsl(text, keep_blank_values=True))


def decode_multipart(body: bytes, content_type_header: str) -> dict[str, str | Upload]:
    """Form fields (text) and file parts of a multipart/form-data body."""
    if "boundary=" not in content_type_header:
        raise ApiError(400, "the multipart body has no boundary")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type_header.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise ApiError(400, "the multipart body cannot be read")
    fields: dict[str, str | Upload] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        part_type = part.get_content_type()
        if filename is not None or part_type not in ("text/plain", "application/json"):
            fields[name] = Upload(filename, part_type, data)
        else:
            fields[name] = data.decode("utf-8", errors="replace")
    return fields
