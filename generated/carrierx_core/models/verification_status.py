from enum import StrEnum


class VerificationStatus(StrEnum):
    CREATED = "created"
    SENT_EMAIL = "sent_email"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VerificationStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
