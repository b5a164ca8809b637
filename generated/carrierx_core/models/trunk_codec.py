from enum import StrEnum


class TrunkCodec(StrEnum):
    ALAW = "alaw"
    G722 = "g722"
    G723 = "g723"
    G729 = "g729"
    GSM = "gsm"
    OPUS12 = "opus12"
    OPUS16 = "opus16"
    OPUS24 = "opus24"
    OPUS48 = "opus48"
    OPUS8 = "opus8"
    ULAW = "ulaw"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrunkCodec | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
