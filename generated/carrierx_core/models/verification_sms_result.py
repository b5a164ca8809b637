"""VerificationSmsResult: Result of sending a verification SMS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("code", "code", str),
    ("message_sid", "message_sid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class VerificationSmsResult:
    """Result of sending a verification SMS.

    Attributes:
        code: The code that was sent.
        message_sid: Secure ID of the sent message.
    """

    code: str | None
    message_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        code: str | None | Unset = UNSET,
        message_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.code = rt.given(self, "code", code)
        self.message_sid = rt.given(self, "message_sid", message_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


VerificationSmsResultFieldName = Literal[
    "code",
    "message_sid",
]
"""The names of `VerificationSmsResult`'s fields, for typed filters, orders and field lists."""
