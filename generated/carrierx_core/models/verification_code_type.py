from enum import StrEnum


class VerificationCodeType(StrEnum):
    ALPHABETICAL = "alphabetical"
    ALPHABETICAL_LOWER = "alphabetical_lower"
    ALPHABETICAL_UPPER = "alphabetical_upper"
    ALPHANUMERIC = "alphanumeric"
    ALPHANUMERIC_LOWER = "alphanumeric_lower"
    ALPHANUMERIC_UPPER = "alphanumeric_upper"
    NUMERIC = "numeric"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VerificationCodeType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
