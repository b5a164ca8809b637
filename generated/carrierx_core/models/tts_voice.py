"""TtsVoice: A text-to-speech voice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .tts_voice_languages import TtsVoiceLanguages

_FIELDS: tuple[rt.Field, ...] = (
    ("languages", "languages", rt.model_reader("carrierx_core.models.tts_voice_languages", "TtsVoiceLanguages")),
    ("voice_sid", "voice_sid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class TtsVoice:
    """A text-to-speech voice.

    Attributes:
        languages: languages
        voice_sid: Voice ID, e.g. `man`, `woman` or an Amazon Polly voice such as `Polly.Joanna`.
    """

    languages: TtsVoiceLanguages | None
    voice_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        languages: TtsVoiceLanguages | None | Unset = UNSET,
        voice_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.languages = rt.given(self, "languages", languages)
        self.voice_sid = rt.given(self, "voice_sid", voice_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


TtsVoiceFieldName = Literal[
    "languages",
    "voice_sid",
]
"""The names of `TtsVoice`'s fields, for typed filters, orders and field lists."""
