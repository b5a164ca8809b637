"""Storage: a container counts its files and bytes against its quotas.

`total_files`/`total_bytes` follow the files uploaded to (and deleted from) the container, and
`available_files_percent`/`available_bytes_percent` are the share of each quota still free, as
whole percents (100 for an empty container, as in the Get Containers sample).
"""

from __future__ import annotations

from typing import Any

from ._http import JSONObject
from ._resources import Call, Hooks, Resources

CONTAINERS = "/storage/containers"
FILES = "/storage/files"


class Storage:
    """Container totals and quota shares, kept up to date through collection hooks."""

    def __init__(self, resources: Resources, partner_sid: str) -> None:
        self.resources = resources
        self.partner_sid = partner_sid
        resources.hooks[("core", CONTAINERS)] = Hooks(created=self._container_changed, updated=self._container_updated)
        resources.hooks[("core", FILES)] = Hooks(created=self._file_added, deleted=self._file_removed)

    def _container_changed(self, call: Call, container: JSONObject) -> None:
        refresh(container)

    def _container_updated(self, call: Call, before: JSONObject, after: JSONObject) -> None:
        refresh(after)

    def _file_added(self, call: Call, file: JSONObject) -> None:
        self._count(file, +1)

    def _file_removed(self, call: Call, file: JSONObject) -> None:
        self._count(file, -1)

    def _count(self, file: JSONObject, sign: int) -> None:
        containers = self.resources.store.collection("core", self.partner_sid, CONTAINERS)
        container = containers.get(str(file.get("container_sid")))
        if container is None:
            return
        container["total_files"] = max(0, _number(container.get("total_files")) + sign)
        container["total_bytes"] = max(
            0, _number(container.get("total_bytes")) + sign * _number(file.get("file_bytes"))
        )
        refresh(container)


def refresh(container: JSONObject) -> None:
    """Recompute the free share of each quota from the container's totals."""
    for kind in ("files", "bytes"):
        quota = container.get(f"quota_{kind}")
        total = _number(container.get(f"total_{kind}"))
        container[f"total_{kind}"] = total
        if isinstance(quota, int) and quota > 0:
            container[f"available_{kind}_percent"] = max(0, (quota - total) * 100 // quota)
        else:
            container[f"available_{kind}_percent"] = 100 if quota is None or quota == -1 else 0


def _number(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
