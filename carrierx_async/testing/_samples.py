"""Documented response samples shipped with the fake server (`samples/<section>/<operation_id>.json`).

They answer the operations that are not plain CRUD (lookups, rates, reports) and seed the
read-only reference lists (countries, rates, invoices) so that those are not empty.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import json
from typing import Any


@functools.cache
def _load(section: str, operation_id: str) -> Any:
    resource = importlib.resources.files("carrierx_async.testing").joinpath("samples", section, f"{operation_id}.json")
    try:
        return json.loads(resource.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return None


def sample(section: str, operation_id: str) -> Any:
    """A fresh copy of the sample body of an operation, or None when none is shipped."""
    return copy.deepcopy(_load(section, operation_id))
