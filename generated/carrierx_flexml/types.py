"""The omit marker and the upload type, shared by every section (see carrierx_async.runtime)."""

from carrierx_async.runtime import UNSET, File, Unset

__all__ = ["UNSET", "File", "Unset"]
