from enum import StrEnum


class CallRateVoipSubType(StrEnum):
    CONFERENCE = "conference"
    CONFERENCE_PLAYBACK = "conference_playback"
    FLEXML = "flexml"
    MEDIATOR = "mediator"
    THIRD_PARTY = "third_party"
    VOICEMAIL = "voicemail"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallRateVoipSubType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
