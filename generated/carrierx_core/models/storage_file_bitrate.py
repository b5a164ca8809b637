from enum import IntEnum


class StorageFileBitrate(IntEnum):
    VALUE_8 = 8
    VALUE_16 = 16
    VALUE_24 = 24
    VALUE_32 = 32
    VALUE_40 = 40
    VALUE_48 = 48
    VALUE_64 = 64
    VALUE_80 = 80
    VALUE_96 = 96
    VALUE_112 = 112
    VALUE_128 = 128
    VALUE_160 = 160
    VALUE_192 = 192
    VALUE_224 = 224
    VALUE_256 = 256
    VALUE_320 = 320

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StorageFileBitrate | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
