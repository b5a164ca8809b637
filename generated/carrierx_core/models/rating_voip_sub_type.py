from enum import StrEnum


class RatingVoipSubType(StrEnum):
    CONFERENCE = "conference"
    CONFERENCE_PLAYBACK = "conference_playback"
    CONFERENCE_V2 = "conference_v2"
    FLEXML = "flexml"
    MEDIATOR = "mediator"
    PEERING_RECEIVER = "peering_receiver"
    PEERING_SENDER = "peering_sender"
    THIRD_PARTY = "third_party"
    VOICEMAIL = "voicemail"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RatingVoipSubType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
