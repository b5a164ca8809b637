"""CallFlowProperties: Call flow settings as a flat map of string values. On a call flow they are the defaults; on an
account, DID group, DID or meeting room they override them (meeting room wins over DID, DID over DID
group, DID group over account, account over call flow). Send only the keys to override."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("call_mute_dtmf_binding", "call_mute_dtmf_binding", str),
    ("call_rolepin_dtmf_binding", "call_rolepin_dtmf_binding", str),
    ("conference_announceparticipantcount_policy", "conference_announceparticipantcount_policy", str),
    ("conference_entrytones_enabled", "conference_entrytones_enabled", str),
    ("conference_exittones_enabled", "conference_exittones_enabled", str),
    ("conference_hold_dtmf_binding", "conference_hold_dtmf_binding", str),
    ("conference_lock_dtmf_binding", "conference_lock_dtmf_binding", str),
    ("conference_moh", "conference_moh", str),
    ("conference_moh_enabled", "conference_moh_enabled", str),
    ("conference_mute_dtmf_binding", "conference_mute_dtmf_binding", str),
    ("conference_mute_menu_dtmf_binding", "conference_mute_menu_dtmf_binding", str),
    ("conference_mute_policy", "conference_mute_policy", str),
    ("conference_recording_dtmf_binding", "conference_recording_dtmf_binding", str),
    ("conference_recording_enabled", "conference_recording_enabled", str),
    ("conference_start_how", "conference_start_how", str),
    ("conference_start_wait", "conference_start_wait", str),
    ("conference_stop_how", "conference_stop_how", str),
    ("conference_stop_wait", "conference_stop_wait", str),
    ("conference_welcomeprompt", "conference_welcomeprompt", str),
    ("conference_welcomeprompt_enabled", "conference_welcomeprompt_enabled", str),
    ("did_language", "did_language", str),
    ("did_prompt_serial", "did_prompt_serial", str),
    ("did_welcomeprompt", "did_welcomeprompt", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class CallFlowProperties:
    """Call flow settings as a flat map of string values. On a call flow they are the defaults; on an
    account, DID group, DID or meeting room they override them (meeting room wins over DID, DID over
    DID group, DID group over account, account over call flow). Send only the keys to override.

    Attributes:
        call_mute_dtmf_binding: call_mute_dtmf_binding
        call_rolepin_dtmf_binding: call_rolepin_dtmf_binding
        conference_announceparticipantcount_policy: conference_announceparticipantcount_policy
        conference_entrytones_enabled: conference_entrytones_enabled
        conference_exittones_enabled: conference_exittones_enabled
        conference_hold_dtmf_binding: conference_hold_dtmf_binding
        conference_lock_dtmf_binding: conference_lock_dtmf_binding
        conference_moh: conference_moh
        conference_moh_enabled: conference_moh_enabled
        conference_mute_dtmf_binding: conference_mute_dtmf_binding
        conference_mute_menu_dtmf_binding: conference_mute_menu_dtmf_binding
        conference_mute_policy: conference_mute_policy
        conference_recording_dtmf_binding: conference_recording_dtmf_binding
        conference_recording_enabled: conference_recording_enabled
        conference_start_how: conference_start_how
        conference_start_wait: conference_start_wait
        conference_stop_how: conference_stop_how
        conference_stop_wait: conference_stop_wait
        conference_welcomeprompt: conference_welcomeprompt
        conference_welcomeprompt_enabled: conference_welcomeprompt_enabled
        did_language: did_language
        did_prompt_serial: did_prompt_serial
        did_welcomeprompt: did_welcomeprompt
    """

    call_mute_dtmf_binding: str | None
    call_rolepin_dtmf_binding: str | None
    conference_announceparticipantcount_policy: str | None
    conference_entrytones_enabled: str | None
    conference_exittones_enabled: str | None
    conference_hold_dtmf_binding: str | None
    conference_lock_dtmf_binding: str | None
    conference_moh: str | None
    conference_moh_enabled: str | None
    conference_mute_dtmf_binding: str | None
    conference_mute_menu_dtmf_binding: str | None
    conference_mute_policy: str | None
    conference_recording_dtmf_binding: str | None
    conference_recording_enabled: str | None
    conference_start_how: str | None
    conference_start_wait: str | None
    conference_stop_how: str | None
    conference_stop_wait: str | None
    conference_welcomeprompt: str | None
    conference_welcomeprompt_enabled: str | None
    did_language: str | None
    did_prompt_serial: str | None
    did_welcomeprompt: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        call_mute_dtmf_binding: str | None | Unset = UNSET,
        call_rolepin_dtmf_binding: str | None | Unset = UNSET,
        conference_announceparticipantcount_policy: str | None | Unset = UNSET,
        conference_entrytones_enabled: str | None | Unset = UNSET,
        conference_exittones_enabled: str | None | Unset = UNSET,
        conference_hold_dtmf_binding: str | None | Unset = UNSET,
        conference_lock_dtmf_binding: str | None | Unset = UNSET,
        conference_moh: str | None | Unset = UNSET,
        conference_moh_enabled: str | None | Unset = UNSET,
        conference_mute_dtmf_binding: str | None | Unset = UNSET,
        conference_mute_menu_dtmf_binding: str | None | Unset = UNSET,
        conference_mute_policy: str | None | Unset = UNSET,
        conference_recording_dtmf_binding: str | None | Unset = UNSET,
        conference_recording_enabled: str | None | Unset = UNSET,
        conference_start_how: str | None | Unset = UNSET,
        conference_start_wait: str | None | Unset = UNSET,
        conference_stop_how: str | None | Unset = UNSET,
        conference_stop_wait: str | None | Unset = UNSET,
        conference_welcomeprompt: str | None | Unset = UNSET,
        conference_welcomeprompt_enabled: str | None | Unset = UNSET,
        did_language: str | None | Unset = UNSET,
        did_prompt_serial: str | None | Unset = UNSET,
        did_welcomeprompt: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.call_mute_dtmf_binding = rt.given(self, "call_mute_dtmf_binding", call_mute_dtmf_binding)
        self.call_rolepin_dtmf_binding = rt.given(self, "call_rolepin_dtmf_binding", call_rolepin_dtmf_binding)
        self.conference_announceparticipantcount_policy = rt.given(
            self, "conference_announceparticipantcount_policy", conference_announceparticipantcount_policy
        )
        self.conference_entrytones_enabled = rt.given(
            self, "conference_entrytones_enabled", conference_entrytones_enabled
        )
        self.conference_exittones_enabled = rt.given(self, "conference_exittones_enabled", conference_exittones_enabled)
        self.conference_hold_dtmf_binding = rt.given(self, "conference_hold_dtmf_binding", conference_hold_dtmf_binding)
        self.conference_lock_dtmf_binding = rt.given(self, "conference_lock_dtmf_binding", conference_lock_dtmf_binding)
        self.conference_moh = rt.given(self, "conference_moh", conference_moh)
        self.conference_moh_enabled = rt.given(self, "conference_moh_enabled", conference_moh_enabled)
        self.conference_mute_dtmf_binding = rt.given(self, "conference_mute_dtmf_binding", conference_mute_dtmf_binding)
        self.conference_mute_menu_dtmf_binding = rt.given(
            self, "conference_mute_menu_dtmf_binding", conference_mute_menu_dtmf_binding
        )
        self.conference_mute_policy = rt.given(self, "conference_mute_policy", conference_mute_policy)
        self.conference_recording_dtmf_binding = rt.given(
            self, "conference_recording_dtmf_binding", conference_recording_dtmf_binding
        )
        self.conference_recording_enabled = rt.given(self, "conference_recording_enabled", conference_recording_enabled)
        self.conference_start_how = rt.given(self, "conference_start_how", conference_start_how)
        self.conference_start_wait = rt.given(self, "conference_start_wait", conference_start_wait)
        self.conference_stop_how = rt.given(self, "conference_stop_how", conference_stop_how)
        self.conference_stop_wait = rt.given(self, "conference_stop_wait", conference_stop_wait)
        self.conference_welcomeprompt = rt.given(self, "conference_welcomeprompt", conference_welcomeprompt)
        self.conference_welcomeprompt_enabled = rt.given(
            self, "conference_welcomeprompt_enabled", conference_welcomeprompt_enabled
        )
        self.did_language = rt.given(self, "did_language", did_language)
        self.did_prompt_serial = rt.given(self, "did_prompt_serial", did_prompt_serial)
        self.did_welcomeprompt = rt.given(self, "did_welcomeprompt", did_welcomeprompt)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CallFlowPropertiesFieldName = Literal[
    "call_mute_dtmf_binding",
    "call_rolepin_dtmf_binding",
    "conference_announceparticipantcount_policy",
    "conference_entrytones_enabled",
    "conference_exittones_enabled",
    "conference_hold_dtmf_binding",
    "conference_lock_dtmf_binding",
    "conference_moh",
    "conference_moh_enabled",
    "conference_mute_dtmf_binding",
    "conference_mute_menu_dtmf_binding",
    "conference_mute_policy",
    "conference_recording_dtmf_binding",
    "conference_recording_enabled",
    "conference_start_how",
    "conference_start_wait",
    "conference_stop_how",
    "conference_stop_wait",
    "conference_welcomeprompt",
    "conference_welcomeprompt_enabled",
    "did_language",
    "did_prompt_serial",
    "did_welcomeprompt",
]
"""The names of `CallFlowProperties`'s fields, for typed filters, orders and field lists."""


class CallFlowPropertiesParams(TypedDict, total=False):
    call_mute_dtmf_binding: str | None
    call_rolepin_dtmf_binding: str | None
    conference_announceparticipantcount_policy: str | None
    conference_entrytones_enabled: str | None
    conference_exittones_enabled: str | None
    conference_hold_dtmf_binding: str | None
    conference_lock_dtmf_binding: str | None
    conference_moh: str | None
    conference_moh_enabled: str | None
    conference_mute_dtmf_binding: str | None
    conference_mute_menu_dtmf_binding: str | None
    conference_mute_policy: str | None
    conference_recording_dtmf_binding: str | None
    conference_recording_enabled: str | None
    conference_start_how: str | None
    conference_start_wait: str | None
    conference_stop_how: str | None
    conference_stop_wait: str | None
    conference_welcomeprompt: str | None
    conference_welcomeprompt_enabled: str | None
    did_language: str | None
    did_prompt_serial: str | None
    did_welcomeprompt: str | None
