from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tts_voice_languages import TtsVoiceLanguages


T = TypeVar("T", bound="TtsVoice")


@_attrs_define
class TtsVoice:
    """A text-to-speech voice.

    Attributes:
        languages (None | TtsVoiceLanguages | Unset):
        voice_sid (None | str | Unset): Voice ID, e.g. `man`, `woman` or an Amazon Polly voice such as `Polly.Joanna`.
    """

    languages: None | TtsVoiceLanguages | Unset = UNSET
    voice_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tts_voice_languages import TtsVoiceLanguages  # noqa: PLC0415

        languages: dict[str, Any] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, TtsVoiceLanguages):
            languages = self.languages.to_dict()
        else:
            languages = self.languages

        voice_sid: None | str | Unset
        if isinstance(self.voice_sid, Unset):
            voice_sid = UNSET
        else:
            voice_sid = self.voice_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if languages is not UNSET:
            field_dict["languages"] = languages
        if voice_sid is not UNSET:
            field_dict["voice_sid"] = voice_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tts_voice_languages import TtsVoiceLanguages  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_languages(data: object) -> None | TtsVoiceLanguages | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                languages_type_0 = TtsVoiceLanguages.from_dict(data)

                return languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TtsVoiceLanguages | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))

        def _parse_voice_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_sid = _parse_voice_sid(d.pop("voice_sid", UNSET))

        tts_voice = cls(
            languages=languages,
            voice_sid=voice_sid,
        )

        tts_voice.additional_properties = d
        return tts_voice

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
