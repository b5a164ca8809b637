"""CallCreate: A call to place. `calling_did` must be a DID of the endpoint; a `delay` above 0 schedules the call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .http_method import HttpMethod
from .status_callback_method import StatusCallbackMethod

if TYPE_CHECKING:
    from .call_attributes import CallAttributes

_FIELDS: tuple[rt.Field, ...] = (
    ("called_did", "called_did", str),
    ("calling_did", "calling_did", str),
    ("attributes", "attributes", rt.model_reader("carrierx_flexml.models.call_attributes", "CallAttributes")),
    ("delay", "delay", int),
    ("method", "method", rt.enum_reader(HttpMethod)),
    ("status_callback_method", "status_callback_method", rt.enum_reader(StatusCallbackMethod)),
    ("status_callback_url", "status_callback_url", str),
    ("url", "url", str),
    ("timeout", "timeout", int),
)
_LOAD = rt.model_loader(
    _FIELDS,
    (
        "called_did",
        "calling_did",
    ),
    True,
)


@_attrs_define(init=False)
class CallCreate:
    """A call to place. `calling_did` must be a DID of the endpoint; a `delay` above 0 schedules the
    call.

    Attributes:
        called_did: called_did
        calling_did: calling_did
        attributes: Options of a call as key/value pairs: built-in keys plus any custom ones.
        delay: Whole seconds to wait before dialling; 0 (the default) dials at once.
        method: HTTP method CarrierX uses to call back a URL.
        status_callback_method: HTTP method used to request the status callback URL at the end of a call.
        status_callback_url: status_callback_url
        url: url
        timeout: timeout
    """

    called_did: str | None
    calling_did: str | None
    attributes: CallAttributes | None
    delay: int | None
    method: HttpMethod | None
    status_callback_method: StatusCallbackMethod | None
    status_callback_url: str | None
    url: str | None
    timeout: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        called_did: str,
        calling_did: str,
        attributes: CallAttributes | None | Unset = UNSET,
        delay: int | None | Unset = UNSET,
        method: HttpMethod | None | Unset = UNSET,
        status_callback_method: StatusCallbackMethod | None | Unset = UNSET,
        status_callback_url: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        timeout: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.called_did = rt.given(self, "called_did", called_did)
        self.calling_did = rt.given(self, "calling_did", calling_did)
        self.attributes = rt.given(self, "attributes", attributes)
        self.delay = rt.given(self, "delay", delay)
        self.method = rt.given(self, "method", method)
        self.status_callback_method = rt.given(self, "status_callback_method", status_callback_method)
        self.status_callback_url = rt.given(self, "status_callback_url", status_callback_url)
        self.url = rt.given(self, "url", url)
        self.timeout = rt.given(self, "timeout", timeout)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CallCreateFieldName = Literal[
    "called_did",
    "calling_did",
    "attributes",
    "delay",
    "method",
    "status_callback_method",
    "status_callback_url",
    "url",
    "timeout",
]
"""The names of `CallCreate`'s fields, for typed filters, orders and field lists."""


class CallCreateParams(TypedDict, total=False):
    called_did: Required[str]
    calling_did: Required[str]
    attributes: CallAttributes | Mapping[str, Any] | None
    delay: int | None
    method: HttpMethod | str | None
    status_callback_method: StatusCallbackMethod | str | None
    status_callback_url: str | None
    url: str | None
    timeout: int | None
