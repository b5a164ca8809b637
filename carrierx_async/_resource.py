"""What every generated resource class shares: its section, and request-body coercion."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import attrs

from ._errors import ConfigurationError
from ._section import Section


class RequestModel(Protocol):
    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...


ModelT = TypeVar("ModelT", bound=RequestModel)


class Resource:
    """A group of operations (one spec tag) of one section."""

    def __init__(self, section: Section) -> None:
        self._section = section

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._section!r}>"


def coerce_body(model: type[ModelT], body: ModelT | Mapping[str, Any]) -> ModelT:
    """Accept a request body as its model or as a mapping of CarrierX field names.

    A mapping with a field the operation does not take, or without a required one, fails here,
    before anything is sent: a misspelt field would otherwise be sent and silently ignored.
    """
    if isinstance(body, model):
        return body
    if not isinstance(body, Mapping):
        raise ConfigurationError(f"body must be a {model.__name__} or a mapping, not {type(body).__name__}")
    try:
        built: ModelT = model.from_dict(body)  # type: ignore[attr-defined]
    except KeyError as missing:
        raise ConfigurationError(f"{model.__name__} needs the field {missing.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as error:
        raise ConfigurationError(f"{model.__name__}: {error}") from None
    unknown = _unknown_fields(built, model.__name__)
    if unknown:
        raise ConfigurationError("; ".join(f"{where} has no field {name!r}" for where, name in unknown))
    return built


def _unknown_fields(value: Any, where: str) -> list[tuple[str, str]]:
    """(where, name) of each field the request models do not declare, at any depth.

    A model that declares no field of its own is a free-form map (`attributes`): any key goes.
    """
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _unknown_fields(item, f"{where}[{index}]")]
    if not attrs.has(type(value)):
        return []
    declared = [field.name for field in attrs.fields(type(value)) if field.name != "additional_properties"]
    extra = getattr(value, "additional_properties", {})
    found = [(where, name) for name in sorted(extra)] if declared else []
    for name in declared:
        found += _unknown_fields(getattr(value, name), f"{where}.{name}")
    return found
