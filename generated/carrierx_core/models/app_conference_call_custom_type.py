from enum import StrEnum


class AppConferenceCallCustomType(StrEnum):
    DC = "dc"
    FOREIGN = "foreign"
    PRIVATE_ASD = "private_asd"
    PRIVATE_CALL = "private_call"
    RECORDING = "recording"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AppConferenceCallCustomType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
