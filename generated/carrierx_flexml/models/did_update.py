"""DidUpdate: DID fields to change (PATCH); send only what changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .http_method import HttpMethod
from .status_callback_method import StatusCallbackMethod

_FIELDS: tuple[rt.Field, ...] = (
    ("method", "method", rt.enum_reader(HttpMethod)),
    ("status_callback_method", "status_callback_method", rt.enum_reader(StatusCallbackMethod)),
    ("status_callback_url", "status_callback_url", str),
    ("url", "url", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidUpdate:
    """DID fields to change (PATCH); send only what changes.

    Attributes:
        method: HTTP method CarrierX uses to call back a URL.
        status_callback_method: HTTP method used to request the status callback URL at the end of a call.
        status_callback_url: status_callback_url
        url: url
    """

    method: HttpMethod | None
    status_callback_method: StatusCallbackMethod | None
    status_callback_url: str | None
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        method: HttpMethod | None | Unset = UNSET,
        status_callback_method: StatusCallbackMethod | None | Unset = UNSET,
        status_callback_url: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.method = rt.given(self, "method", method)
        self.status_callback_method = rt.given(self, "status_callback_method", status_callback_method)
        self.status_callback_url = rt.given(self, "status_callback_url", status_callback_url)
        self.url = rt.given(self, "url", url)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidUpdateFieldName = Literal[
    "method",
    "status_callback_method",
    "status_callback_url",
    "url",
]
"""The names of `DidUpdate`'s fields, for typed filters, orders and field lists."""


class DidUpdateParams(TypedDict, total=False):
    method: HttpMethod | str | None
    status_callback_method: StatusCallbackMethod | str | None
    status_callback_url: str | None
    url: str | None
