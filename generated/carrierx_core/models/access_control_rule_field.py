from enum import StrEnum


class AccessControlRuleField(StrEnum):
    CALLED = "called"
    CALLING = "calling"
    FROM = "from"
    FROM_DID = "from_did"
    MESSAGE = "message"
    TO = "to"
    TO_DID = "to_did"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccessControlRuleField | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
