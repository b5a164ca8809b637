"""How generated models read JSON values, and write them back.

Every model field reads as its type or `None`. A value of the wrong JSON type never becomes
the field's value: in a response it is logged and kept, as sent, in `additional_properties`
(so `to_dict()` still gives back what CarrierX sent); in a request body (`strict`) it is an
error raised before anything is sent.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any

from ._marker import File, Unset

logger = logging.getLogger("carrierx_async")

Reader = Callable[[Any, bool], Any]
"""Turns a JSON value (never None) into a field's value, or raises `Mismatch`."""


class Mismatch(Exception):
    """A JSON value of the wrong type for its field."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {type(value).__name__} {value!r:.60}")


class BodyError(ValueError):
    """A request body that does not fit its model: nothing was sent."""


class Timestamp(datetime.datetime):
    """A `datetime` that remembers the text CarrierX sent, so it is written back unchanged."""

    text: str

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        parsed = datetime.datetime.fromisoformat(text)
        stamp = cls(
            parsed.year,
            parsed.month,
            parsed.day,
            parsed.hour,
            parsed.minute,
            parsed.second,
            parsed.microsecond,
            parsed.tzinfo,
            fold=parsed.fold,
        )
        stamp.text = text
        return stamp


def _str(value: Any, strict: bool) -> Any:
    if value.__class__ is str or isinstance(value, str):
        return value
    raise Mismatch("a string", value)


def _int(value: Any, strict: bool) -> Any:
    if value.__class__ is int or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise Mismatch("an integer", value)


def _float(value: Any, strict: bool) -> Any:
    if value.__class__ is float or value.__class__ is int:
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise Mismatch("a number", value)


def _bool(value: Any, strict: bool) -> Any:
    if value is True or value is False:
        return value
    raise Mismatch("true or false", value)


def _any(value: Any, strict: bool) -> Any:
    return value


def _datetime(value: Any, strict: bool) -> Any:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return Timestamp.parse(value)
        except ValueError:
            pass
    raise Mismatch("an ISO 8601 timestamp", value)


def _date(value: Any, strict: bool) -> Any:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise Mismatch("an ISO 8601 date", value)


def _file(value: Any, strict: bool) -> Any:
    if isinstance(value, File):
        return value
    if isinstance(value, bytes):
        return File(value)
    if isinstance(value, tuple) and 2 <= len(value) <= 3:  # (name, content[, media type]), as httpx takes
        name, content, *media = value
        if isinstance(content, bytes | str):
            content = content.encode() if isinstance(content, str) else content
            return File(content, name, media[0] if media else None)
        if hasattr(content, "read"):
            return File(content, name, media[0] if media else None)
    if hasattr(value, "read"):
        return File(value, getattr(value, "name", None) if isinstance(getattr(value, "name", None), str) else None)
    raise Mismatch("a file (bytes, a binary file object, File or (name, content, type))", value)


STR: Reader = _str
INT: Reader = _int
FLOAT: Reader = _float
BOOL: Reader = _bool
ANY: Reader = _any
DATETIME: Reader = _datetime
DATE: Reader = _date
FILE: Reader = _file


def enum_reader(enum_class: type[enum.Enum]) -> Reader:
    """A lenient enum: an unknown value becomes a pseudo-member carrying it (see the enum templates)."""
    value_type = int if issubclass(enum_class, int) else str
    members = enum_class._value2member_map_  # known values: a dict lookup, not Enum's slow call

    def read(value: Any, strict: bool) -> Any:
        if isinstance(value, enum_class):
            return value
        if isinstance(value, value_type) and not isinstance(value, bool):
            return members.get(value) or enum_class(value)
        raise Mismatch(f"a {enum_class.__name__} value", value)

    return read


def model_reader(module: str, name: str) -> Reader:
    """A nested model, imported when first read (models may refer to each other)."""
    found: list[Any] = []

    def read(value: Any, strict: bool) -> Any:
        if not found:
            found.append(getattr(importlib.import_module(module), name))
        model = found[0]
        if isinstance(value, model):
            return value
        if isinstance(value, dict) or (strict and isinstance(value, Mapping)):
            return model.from_dict(value, strict=strict)
        raise Mismatch(f"a {name} object", value)

    return read


def list_reader(item: Reader) -> Reader:
    def read(value: Any, strict: bool) -> Any:
        if not isinstance(value, list | tuple) or (isinstance(value, tuple) and not strict):
            raise Mismatch("an array", value)
        return [None if element is None else item(element, strict) for element in value]

    return read


def union_reader(*readers: Reader) -> Reader:
    def read(value: Any, strict: bool) -> Any:
        for reader in readers:
            try:
                return reader(value, strict)
            except Mismatch:
                continue
        raise Mismatch("one of the documented types", value)

    return read


def _read(model: type, data: dict[str, Any], key: str, value: Any, reader: Reader, strict: bool) -> Any:
    """Read one field's value; a mismatch is kept in `data` (the extra fields), or raised when strict."""
    try:
        return reader(value, strict)
    except Mismatch as mismatch:
        if strict:
            raise BodyError(f"{model.__name__}.{key}: {mismatch}") from None
        logger.warning("%s.%s: %s; the value is kept in additional_properties", model.__name__, key, mismatch.expected)
        data[key] = value
        return None


Field = tuple[str, str, "type | Reader"]
"""(attribute, JSON key, reader): a plain type (str, int, float, bool) reads on a fast path."""

_PLAIN = {str: STR, int: INT, float: FLOAT, bool: BOOL}


def model_loader(fields: tuple[Field, ...], required: tuple[str, ...], declared: bool) -> Callable[..., Any]:
    """A `from_dict` body for one model, compiled once: straight-line code, one check per field.

    Built the way attrs builds its methods: from the model's field table, so the generated
    module stays a table and the hot path (every model of every response) stays short.
    """
    names: dict[str, Any] = {"_read": _read, "_finish": finish_model, "_required": required}
    lines = ["def load(cls, src, strict):", "    data = dict(src)", "    self = cls.__new__(cls)"]
    for index, (attribute, key, reader) in enumerate(fields):
        lines.append(f"    v = data.pop({key!r}, None)")
        if isinstance(reader, type):
            names[f"_t{index}"] = reader
            names[f"_r{index}"] = _PLAIN[reader]
            test = f"v is None or v.__class__ is _t{index}"
            lines.append(f"    self.{attribute} = v if {test} else _read(cls, data, {key!r}, v, _r{index}, strict)")
        else:
            names[f"_r{index}"] = reader
            lines.append(
                f"    self.{attribute} = None if v is None else _read(cls, data, {key!r}, v, _r{index}, strict)"
            )
    lines += [f"    _finish(self, data, src, strict, _required, {declared})", "    return self"]
    exec("\n".join(lines), names)
    loader: Callable[..., Any] = names["load"]
    return loader


def finish_model(
    model: Any, data: dict[str, Any], source: Mapping[str, Any], strict: bool, required: Iterable[str], declared: bool
) -> None:
    """Set the extra fields and the explicit nulls; in a request body, refuse unknown and missing fields."""
    if strict:
        missing = [key for key in required if key not in source]
        if missing:
            raise BodyError(f"{type(model).__name__} needs the field {missing[0]!r}")
        if declared and data:
            unknown = ", ".join(repr(key) for key in sorted(data))
            raise BodyError(f"{type(model).__name__} has no field {unknown}")
    model.additional_properties = data
    model._nulls = {key for key, value in source.items() if value is None} if None in source.values() else set()


def given(model: Any, key: str, value: Any) -> Any:
    """A constructor argument: UNSET leaves the field out, None sends null."""
    if value is None:
        model._nulls.add(key)
        return None
    if isinstance(value, Unset):
        return None
    return value


def dump(value: Any) -> Any:
    """A field's value as JSON data."""
    if value.__class__ in (str, int, float, bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Timestamp):
        return value.text
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [None if item is None else dump(item) for item in value]
    if isinstance(value, dict):
        return {key: dump(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    return value


def dump_model(model: Any, keys: Iterable[tuple[str, str, Any]]) -> dict[str, Any]:
    """The model as JSON data: set fields, explicit nulls, then the extra fields as they came."""
    out: dict[str, Any] = {}
    nulls = model._nulls
    for attribute, key, _ in keys:
        value = getattr(model, attribute)
        if value is not None:
            out[key] = dump(value)
        elif key in nulls:
            out[key] = None
    for key, value in model.additional_properties.items():
        out[key] = dump(value)
    return out


MultipartField = tuple[str, tuple[str | None, IO[bytes] | bytes, str | None]]


def dump_multipart(model: Any, keys: Iterable[tuple[str, str, Any]]) -> list[MultipartField]:
    """The model as multipart form fields: files as file parts, the rest as text parts."""
    import json

    parts: list[MultipartField] = []
    for key, value in dump_model(model, keys).items():
        if isinstance(value, bytes) or hasattr(value, "read"):
            value = _file(value, True)
        if isinstance(value, File):
            parts.append((key, (value.file_name or "upload", value.payload, value.mime_type)))
        elif isinstance(value, dict | list):
            parts.append((key, (None, json.dumps(value).encode(), "application/json")))
        elif value is not None:
            text = "true" if value is True else "false" if value is False else str(value)
            parts.append((key, (None, text.encode(), None)))
    return parts
