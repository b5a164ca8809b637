from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallFlowProperties")


@_attrs_define
class CallFlowProperties:
    """Call flow settings as a flat map of string values. On a call flow they are the defaults; on an account, DID group,
    DID or meeting room they override them (meeting room wins over DID, DID over DID group, DID group over account,
    account over call flow). Send only the keys to override.

        Attributes:
            call_mute_dtmf_binding (None | str | Unset):
            call_rolepin_dtmf_binding (None | str | Unset):
            conference_announceparticipantcount_policy (None | str | Unset):
            conference_entrytones_enabled (None | str | Unset):
            conference_exittones_enabled (None | str | Unset):
            conference_hold_dtmf_binding (None | str | Unset):
            conference_lock_dtmf_binding (None | str | Unset):
            conference_moh (None | str | Unset):
            conference_moh_enabled (None | str | Unset):
            conference_mute_dtmf_binding (None | str | Unset):
            conference_mute_menu_dtmf_binding (None | str | Unset):
            conference_mute_policy (None | str | Unset):
            conference_recording_dtmf_binding (None | str | Unset):
            conference_recording_enabled (None | str | Unset):
            conference_start_how (None | str | Unset):
            conference_start_wait (None | str | Unset):
            conference_stop_how (None | str | Unset):
            conference_stop_wait (None | str | Unset):
            conference_welcomeprompt (None | str | Unset):
            conference_welcomeprompt_enabled (None | str | Unset):
            did_language (None | str | Unset):
            did_prompt_serial (None | str | Unset):
            did_welcomeprompt (None | str | Unset):
    """

    call_mute_dtmf_binding: None | str | Unset = UNSET
    call_rolepin_dtmf_binding: None | str | Unset = UNSET
    conference_announceparticipantcount_policy: None | str | Unset = UNSET
    conference_entrytones_enabled: None | str | Unset = UNSET
    conference_exittones_enabled: None | str | Unset = UNSET
    conference_hold_dtmf_binding: None | str | Unset = UNSET
    conference_lock_dtmf_binding: None | str | Unset = UNSET
    conference_moh: None | str | Unset = UNSET
    conference_moh_enabled: None | str | Unset = UNSET
    conference_mute_dtmf_binding: None | str | Unset = UNSET
    conference_mute_menu_dtmf_binding: None | str | Unset = UNSET
    conference_mute_policy: None | str | Unset = UNSET
    conference_recording_dtmf_binding: None | str | Unset = UNSET
    conference_recording_enabled: None | str | Unset = UNSET
    conference_start_how: None | str | Unset = UNSET
    conference_start_wait: None | str | Unset = UNSET
    conference_stop_how: None | str | Unset = UNSET
    conference_stop_wait: None | str | Unset = UNSET
    conference_welcomeprompt: None | str | Unset = UNSET
    conference_welcomeprompt_enabled: None | str | Unset = UNSET
    did_language: None | str | Unset = UNSET
    did_prompt_serial: None | str | Unset = UNSET
    did_welcomeprompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_mute_dtmf_binding: None | str | Unset
        if isinstance(self.call_mute_dtmf_binding, Unset):
            call_mute_dtmf_binding = UNSET
        else:
            call_mute_dtmf_binding = self.call_mute_dtmf_binding

        call_rolepin_dtmf_binding: None | str | Unset
        if isinstance(self.call_rolepin_dtmf_binding, Unset):
            call_rolepin_dtmf_binding = UNSET
        else:
            call_rolepin_dtmf_binding = self.call_rolepin_dtmf_binding

        conference_announceparticipantcount_policy: None | str | Unset
        if isinstance(self.conference_announceparticipantcount_policy, Unset):
            conference_announceparticipantcount_policy = UNSET
        else:
            conference_announceparticipantcount_policy = self.conference_announceparticipantcount_policy

        conference_entrytones_enabled: None | str | Unset
        if isinstance(self.conference_entrytones_enabled, Unset):
            conference_entrytones_enabled = UNSET
        else:
            conference_entrytones_enabled = self.conference_entrytones_enabled

        conference_exittones_enabled: None | str | Unset
        if isinstance(self.conference_exittones_enabled, Unset):
            conference_exittones_enabled = UNSET
        else:
            conference_exittones_enabled = self.conference_exittones_enabled

        conference_hold_dtmf_binding: None | str | Unset
        if isinstance(self.conference_hold_dtmf_binding, Unset):
            conference_hold_dtmf_binding = UNSET
        else:
            conference_hold_dtmf_binding = self.conference_hold_dtmf_binding

        conference_lock_dtmf_binding: None | str | Unset
        if isinstance(self.conference_lock_dtmf_binding, Unset):
            conference_lock_dtmf_binding = UNSET
        else:
            conference_lock_dtmf_binding = self.conference_lock_dtmf_binding

        conference_moh: None | str | Unset
        if isinstance(self.conference_moh, Unset):
            conference_moh = UNSET
        else:
            conference_moh = self.conference_moh

        conference_moh_enabled: None | str | Unset
        if isinstance(self.conference_moh_enabled, Unset):
            conference_moh_enabled = UNSET
        else:
            conference_moh_enabled = self.conference_moh_enabled

        conference_mute_dtmf_binding: None | str | Unset
        if isinstance(self.conference_mute_dtmf_binding, Unset):
            conference_mute_dtmf_binding = UNSET
        else:
            conference_mute_dtmf_binding = self.conference_mute_dtmf_binding

        conference_mute_menu_dtmf_binding: None | str | Unset
        if isinstance(self.conference_mute_menu_dtmf_binding, Unset):
            conference_mute_menu_dtmf_binding = UNSET
        else:
            conference_mute_menu_dtmf_binding = self.conference_mute_menu_dtmf_binding

        conference_mute_policy: None | str | Unset
        if isinstance(self.conference_mute_policy, Unset):
            conference_mute_policy = UNSET
        else:
            conference_mute_policy = self.conference_mute_policy

        conference_recording_dtmf_binding: None | str | Unset
        if isinstance(self.conference_recording_dtmf_binding, Unset):
            conference_recording_dtmf_binding = UNSET
        else:
            conference_recording_dtmf_binding = self.conference_recording_dtmf_binding

        conference_recording_enabled: None | str | Unset
        if isinstance(self.conference_recording_enabled, Unset):
            conference_recording_enabled = UNSET
        else:
            conference_recording_enabled = self.conference_recording_enabled

        conference_start_how: None | str | Unset
        if isinstance(self.conference_start_how, Unset):
            conference_start_how = UNSET
        else:
            conference_start_how = self.conference_start_how

        conference_start_wait: None | str | Unset
        if isinstance(self.conference_start_wait, Unset):
            conference_start_wait = UNSET
        else:
            conference_start_wait = self.conference_start_wait

        conference_stop_how: None | str | Unset
        if isinstance(self.conference_stop_how, Unset):
            conference_stop_how = UNSET
        else:
            conference_stop_how = self.conference_stop_how

        conference_stop_wait: None | str | Unset
        if isinstance(self.conference_stop_wait, Unset):
            conference_stop_wait = UNSET
        else:
            conference_stop_wait = self.conference_stop_wait

        conference_welcomeprompt: None | str | Unset
        if isinstance(self.conference_welcomeprompt, Unset):
            conference_welcomeprompt = UNSET
        else:
            conference_welcomeprompt = self.conference_welcomeprompt

        conference_welcomeprompt_enabled: None | str | Unset
        if isinstance(self.conference_welcomeprompt_enabled, Unset):
            conference_welcomeprompt_enabled = UNSET
        else:
            conference_welcomeprompt_enabled = self.conference_welcomeprompt_enabled

        did_language: None | str | Unset
        if isinstance(self.did_language, Unset):
            did_language = UNSET
        else:
            did_language = self.did_language

        did_prompt_serial: None | str | Unset
        if isinstance(self.did_prompt_serial, Unset):
            did_prompt_serial = UNSET
        else:
            did_prompt_serial = self.did_prompt_serial

        did_welcomeprompt: None | str | Unset
        if isinstance(self.did_welcomeprompt, Unset):
            did_welcomeprompt = UNSET
        else:
            did_welcomeprompt = self.did_welcomeprompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_mute_dtmf_binding is not UNSET:
            field_dict["call_mute_dtmf_binding"] = call_mute_dtmf_binding
        if call_rolepin_dtmf_binding is not UNSET:
            field_dict["call_rolepin_dtmf_binding"] = call_rolepin_dtmf_binding
        if conference_announceparticipantcount_policy is not UNSET:
            field_dict["conference_announceparticipantcount_policy"] = conference_announceparticipantcount_policy
        if conference_entrytones_enabled is not UNSET:
            field_dict["conference_entrytones_enabled"] = conference_entrytones_enabled
        if conference_exittones_enabled is not UNSET:
            field_dict["conference_exittones_enabled"] = conference_exittones_enabled
        if conference_hold_dtmf_binding is not UNSET:
            field_dict["conference_hold_dtmf_binding"] = conference_hold_dtmf_binding
        if conference_lock_dtmf_binding is not UNSET:
            field_dict["conference_lock_dtmf_binding"] = conference_lock_dtmf_binding
        if conference_moh is not UNSET:
            field_dict["conference_moh"] = conference_moh
        if conference_moh_enabled is not UNSET:
            field_dict["conference_moh_enabled"] = conference_moh_enabled
        if conference_mute_dtmf_binding is not UNSET:
            field_dict["conference_mute_dtmf_binding"] = conference_mute_dtmf_binding
        if conference_mute_menu_dtmf_binding is not UNSET:
            field_dict["conference_mute_menu_dtmf_binding"] = conference_mute_menu_dtmf_binding
        if conference_mute_policy is not UNSET:
            field_dict["conference_mute_policy"] = conference_mute_policy
        if conference_recording_dtmf_binding is not UNSET:
            field_dict["conference_recording_dtmf_binding"] = conference_recording_dtmf_binding
        if conference_recording_enabled is not UNSET:
            field_dict["conference_recording_enabled"] = conference_recording_enabled
        if conference_start_how is not UNSET:
            field_dict["conference_start_how"] = conference_start_how
        if conference_start_wait is not UNSET:
            field_dict["conference_start_wait"] = conference_start_wait
        if conference_stop_how is not UNSET:
            field_dict["conference_stop_how"] = conference_stop_how
        if conference_stop_wait is not UNSET:
            field_dict["conference_stop_wait"] = conference_stop_wait
        if conference_welcomeprompt is not UNSET:
            field_dict["conference_welcomeprompt"] = conference_welcomeprompt
        if conference_welcomeprompt_enabled is not UNSET:
            field_dict["conference_welcomeprompt_enabled"] = conference_welcomeprompt_enabled
        if did_language is not UNSET:
            field_dict["did_language"] = did_language
        if did_prompt_serial is not UNSET:
            field_dict["did_prompt_serial"] = did_prompt_serial
        if did_welcomeprompt is not UNSET:
            field_dict["did_welcomeprompt"] = did_welcomeprompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_call_mute_dtmf_binding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_mute_dtmf_binding = _parse_call_mute_dtmf_binding(d.pop("call_mute_dtmf_binding", UNSET))

        def _parse_call_rolepin_dtmf_binding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_rolepin_dtmf_binding = _parse_call_rolepin_dtmf_binding(d.pop("call_rolepin_dtmf_binding", UNSET))

        def _parse_conference_announceparticipantcount_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_announceparticipantcount_policy = _parse_conference_announceparticipantcount_policy(
            d.pop("conference_announceparticipantcount_policy", UNSET)
        )

        def _parse_conference_entrytones_enabled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_entrytones_enabled = _parse_conference_entrytones_enabled(
            d.pop("conference_entrytones_enabled", UNSET)
        )

        def _parse_conference_exittones_enabled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_exittones_enabled = _parse_conference_exittones_enabled(d.pop("conference_exittones_enabled", UNSET))

        def _parse_conference_hold_dtmf_binding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_hold_dtmf_binding = _parse_conference_hold_dtmf_binding(d.pop("conference_hold_dtmf_binding", UNSET))

        def _parse_conference_lock_dtmf_binding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_lock_dtmf_binding = _parse_conference_lock_dtmf_binding(d.pop("conference_lock_dtmf_binding", UNSET))

        def _parse_conference_moh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_moh = _parse_conference_moh(d.pop("conference_moh", UNSET))

        def _parse_conference_moh_enabled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_moh_enabled = _parse_conference_moh_enabled(d.pop("conference_moh_enabled", UNSET))

        def _parse_conference_mute_dtmf_binding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_mute_dtmf_binding = _parse_conference_mute_dtmf_binding(d.pop("conference_mute_dtmf_binding", UNSET))

        def _parse_conference_mute_menu_dtmf_binding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_mute_menu_dtmf_binding = _parse_conference_mute_menu_dtmf_binding(
            d.pop("conference_mute_menu_dtmf_binding", UNSET)
        )

        def _parse_conference_mute_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_mute_policy = _parse_conference_mute_policy(d.pop("conference_mute_policy", UNSET))

        def _parse_conference_recording_dtmf_binding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_recording_dtmf_binding = _parse_conference_recording_dtmf_binding(
            d.pop("conference_recording_dtmf_binding", UNSET)
        )

        def _parse_conference_recording_enabled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_recording_enabled = _parse_conference_recording_enabled(d.pop("conference_recording_enabled", UNSET))

        def _parse_conference_start_how(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_start_how = _parse_conference_start_how(d.pop("conference_start_how", UNSET))

        def _parse_conference_start_wait(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_start_wait = _parse_conference_start_wait(d.pop("conference_start_wait", UNSET))

        def _parse_conference_stop_how(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_stop_how = _parse_conference_stop_how(d.pop("conference_stop_how", UNSET))

        def _parse_conference_stop_wait(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_stop_wait = _parse_conference_stop_wait(d.pop("conference_stop_wait", UNSET))

        def _parse_conference_welcomeprompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_welcomeprompt = _parse_conference_welcomeprompt(d.pop("conference_welcomeprompt", UNSET))

        def _parse_conference_welcomeprompt_enabled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_welcomeprompt_enabled = _parse_conference_welcomeprompt_enabled(
            d.pop("conference_welcomeprompt_enabled", UNSET)
        )

        def _parse_did_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_language = _parse_did_language(d.pop("did_language", UNSET))

        def _parse_did_prompt_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_prompt_serial = _parse_did_prompt_serial(d.pop("did_prompt_serial", UNSET))

        def _parse_did_welcomeprompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_welcomeprompt = _parse_did_welcomeprompt(d.pop("did_welcomeprompt", UNSET))

        call_flow_properties = cls(
            call_mute_dtmf_binding=call_mute_dtmf_binding,
            call_rolepin_dtmf_binding=call_rolepin_dtmf_binding,
            conference_announceparticipantcount_policy=conference_announceparticipantcount_policy,
            conference_entrytones_enabled=conference_entrytones_enabled,
            conference_exittones_enabled=conference_exittones_enabled,
            conference_hold_dtmf_binding=conference_hold_dtmf_binding,
            conference_lock_dtmf_binding=conference_lock_dtmf_binding,
            conference_moh=conference_moh,
            conference_moh_enabled=conference_moh_enabled,
            conference_mute_dtmf_binding=conference_mute_dtmf_binding,
            conference_mute_menu_dtmf_binding=conference_mute_menu_dtmf_binding,
            conference_mute_policy=conference_mute_policy,
            conference_recording_dtmf_binding=conference_recording_dtmf_binding,
            conference_recording_enabled=conference_recording_enabled,
            conference_start_how=conference_start_how,
            conference_start_wait=conference_start_wait,
            conference_stop_how=conference_stop_how,
            conference_stop_wait=conference_stop_wait,
            conference_welcomeprompt=conference_welcomeprompt,
            conference_welcomeprompt_enabled=conference_welcomeprompt_enabled,
            did_language=did_language,
            did_prompt_serial=did_prompt_serial,
            did_welcomeprompt=did_welcomeprompt,
        )

        call_flow_properties.additional_properties = d
        return call_flow_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
