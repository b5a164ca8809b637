"""What every generated resource class shares: its section, and request-body coercion."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

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
    unknown = sorted(built.additional_properties)
    if unknown:
        raise ConfigurationError(f"{model.__name__} has no field {', '.join(map(repr, unknown))}")
    return built
