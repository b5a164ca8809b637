"""What the generated packages are built on: the omit marker, requests as data, field readers.

Every generated endpoint module (`carrierx_<section>.api.<tag>.<operation>`) has three public
functions: `build_request(...)` returns a `Request` (method, path, query, encoded body),
`parse_response(status, headers, content)` returns the typed model, and `asyncio(client, ...)`
sends with an `httpx.AsyncClient` of the caller's. Each section's `operations` module holds
`OPERATIONS`, the operation table the facade and the docs are generated from.
"""

from ._body import coerce_body, form_body, json_body, multipart_body, raw_body, upload_body
from ._json import UnexpectedStatus, json_array, json_object, json_value
from ._marker import UNSET, File, Unset
from ._model import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    FILE,
    FLOAT,
    INT,
    STR,
    BodyError,
    Field,
    Mismatch,
    Reader,
    Timestamp,
    dump_model,
    dump_multipart,
    enum_reader,
    finish_model,
    given,
    list_reader,
    model_loader,
    model_reader,
    union_reader,
)
from ._request import Request, checked_fields, form, query, segment, send_httpx
from ._table import BodySpec, Operation, Paging, Parameter

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FILE",
    "FLOAT",
    "INT",
    "STR",
    "UNSET",
    "BodyError",
    "BodySpec",
    "Field",
    "File",
    "Mismatch",
    "Operation",
    "Paging",
    "Parameter",
    "Reader",
    "Request",
    "Timestamp",
    "UnexpectedStatus",
    "Unset",
    "checked_fields",
    "coerce_body",
    "dump_model",
    "dump_multipart",
    "enum_reader",
    "finish_model",
    "form",
    "form_body",
    "given",
    "json_array",
    "json_body",
    "json_object",
    "json_value",
    "list_reader",
    "model_loader",
    "model_reader",
    "multipart_body",
    "query",
    "raw_body",
    "segment",
    "send_httpx",
    "union_reader",
    "upload_body",
]
