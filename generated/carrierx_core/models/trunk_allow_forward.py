from enum import StrEnum


class TrunkAllowForward(StrEnum):
    DIRECT = "direct"
    DIRECT_URI = "direct_uri"
    DISABLED = "disabled"
    PROTECTED = "protected"
    REROUTE = "reroute"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrunkAllowForward | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
