from enum import StrEnum


class TrunkGroupHardFailureLastResort(StrEnum):
    FIRST = "first"
    REJECT502 = "reject502"
    REJECT503 = "reject503"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrunkGroupHardFailureLastResort | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
