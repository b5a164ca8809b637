from enum import StrEnum


class TrunkAsnMode(StrEnum):
    DISABLE = "disable"
    READ = "read"
    READ_WRITE = "read_write"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrunkAsnMode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
