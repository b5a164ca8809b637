"""FlexML Get Calls: only the calls still waiting to be placed.

A call created with a `delay` is scheduled; one created without is placed at once and never
listed (it stays readable by its SID). A scheduled call that has run is no longer listed either.
"""

from __future__ import annotations

from collections.abc import Callable

from ._http import JSONObject, Response
from ._resources import Call, Resources


class ScheduledCalls:
    """The Get Calls handler of the FlexML API."""

    def __init__(self, resources: Resources, has_run: Callable[[str], bool]) -> None:
        self.resources = resources
        self.has_run = has_run
        resources.special[("flexml", "get_calls")] = self.get_calls

    def get_calls(self, call: Call) -> Response:
        scheduled = [item for item in self.resources.collection(call) if self._scheduled(item)]
        return self.resources.list_response(call, scheduled)

    def _scheduled(self, item: JSONObject) -> bool:
        delay = item.get("delay")
        return isinstance(delay, int | float) and delay > 0 and not self.has_run(str(item.get("call_sid")))
