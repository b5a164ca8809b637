from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute import Attribute


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """A meeting in progress; it exists while the meeting runs.

    Attributes:
        attributes (list[Attribute] | None | Unset): Current setting values of the meeting.
        created (int | None | Unset): When the meeting started (UNIX time, milliseconds).
        duration (int | None | Unset): Duration in seconds.
        hold_mode (int | None | Unset): Initial hold state: 0 nobody on hold, 40 participants and listeners on hold.
        id (int | None | Unset): Meeting ID (not used to address the meeting).
        is_recording (bool | None | Unset): Whether the meeting is being recorded.
        is_secured (bool | None | Unset): Whether the meeting is secured.
        meeting_number (int | None | Unset): Meeting number, used in the paths.
        mute_mode (int | None | Unset): Mute code: 32 listeners muted, 36 participants and listeners muted (may unmute),
            40 participants and listeners muted.
        participant_count (int | None | Unset): Number of callers in the meeting.
        qa_mode (int | None | Unset): Q&A mode code.
    """

    attributes: list[Attribute] | None | Unset = UNSET
    created: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    hold_mode: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    is_recording: bool | None | Unset = UNSET
    is_secured: bool | None | Unset = UNSET
    meeting_number: int | None | Unset = UNSET
    mute_mode: int | None | Unset = UNSET
    participant_count: int | None | Unset = UNSET
    qa_mode: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        hold_mode: int | None | Unset
        if isinstance(self.hold_mode, Unset):
            hold_mode = UNSET
        else:
            hold_mode = self.hold_mode

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_recording: bool | None | Unset
        if isinstance(self.is_recording, Unset):
            is_recording = UNSET
        else:
            is_recording = self.is_recording

        is_secured: bool | None | Unset
        if isinstance(self.is_secured, Unset):
            is_secured = UNSET
        else:
            is_secured = self.is_secured

        meeting_number: int | None | Unset
        if isinstance(self.meeting_number, Unset):
            meeting_number = UNSET
        else:
            meeting_number = self.meeting_number

        mute_mode: int | None | Unset
        if isinstance(self.mute_mode, Unset):
            mute_mode = UNSET
        else:
            mute_mode = self.mute_mode

        participant_count: int | None | Unset
        if isinstance(self.participant_count, Unset):
            participant_count = UNSET
        else:
            participant_count = self.participant_count

        qa_mode: int | None | Unset
        if isinstance(self.qa_mode, Unset):
            qa_mode = UNSET
        else:
            qa_mode = self.qa_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if created is not UNSET:
            field_dict["created"] = created
        if duration is not UNSET:
            field_dict["duration"] = duration
        if hold_mode is not UNSET:
            field_dict["holdMode"] = hold_mode
        if id is not UNSET:
            field_dict["id"] = id
        if is_recording is not UNSET:
            field_dict["isRecording"] = is_recording
        if is_secured is not UNSET:
            field_dict["isSecured"] = is_secured
        if meeting_number is not UNSET:
            field_dict["meetingNumber"] = meeting_number
        if mute_mode is not UNSET:
            field_dict["muteMode"] = mute_mode
        if participant_count is not UNSET:
            field_dict["participantCount"] = participant_count
        if qa_mode is not UNSET:
            field_dict["qaMode"] = qa_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute import Attribute  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_attributes(data: object) -> list[Attribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = []
                _attributes_type_0 = data
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = Attribute.from_dict(attributes_type_0_item_data)

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attribute] | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_hold_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hold_mode = _parse_hold_mode(d.pop("holdMode", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_is_recording(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_recording = _parse_is_recording(d.pop("isRecording", UNSET))

        def _parse_is_secured(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_secured = _parse_is_secured(d.pop("isSecured", UNSET))

        def _parse_meeting_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        meeting_number = _parse_meeting_number(d.pop("meetingNumber", UNSET))

        def _parse_mute_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mute_mode = _parse_mute_mode(d.pop("muteMode", UNSET))

        def _parse_participant_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        participant_count = _parse_participant_count(d.pop("participantCount", UNSET))

        def _parse_qa_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        qa_mode = _parse_qa_mode(d.pop("qaMode", UNSET))

        meeting = cls(
            attributes=attributes,
            created=created,
            duration=duration,
            hold_mode=hold_mode,
            id=id,
            is_recording=is_recording,
            is_secured=is_secured,
            meeting_number=meeting_number,
            mute_mode=mute_mode,
            participant_count=participant_count,
            qa_mode=qa_mode,
        )

        meeting.additional_properties = d
        return meeting

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
