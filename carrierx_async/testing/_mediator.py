"""Mediator bindings: the redirect DID CarrierX picks for them, and what it reports about it.

- Create Binding without `redirect_did` assigns a free DID of the Mediator endpoint (the Core
  DIDs routed to it, as its `/dids` lists them), the first one in that list; with
  `fallback_country` only a DID of that country. No free DID, or none of that country: 409.
- A `redirect_did` sent on create must be one of the endpoint's DIDs and free (else 409).
- When a DID is free is not documented; the fake's rule: a binding without `origination_did`
  takes its redirect DID for every caller, bindings for different callers may share one.
- `reuse=true` answers an existing binding with the same destination, caller and (when sent)
  redirect DID instead of creating another.
- `redirect_did_info` describes the redirect DID in its formats, on create and on update.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ._http import ApiError, JSONObject, Response
from ._resources import Call, Hooks, Resources

BINDINGS = "/bindings"


class Mediator:
    """Create Binding's domain rules, wired into the generic resources."""

    def __init__(self, resources: Resources, account_dids: Callable[[Call], list[JSONObject]]) -> None:
        self.resources = resources
        self.account_dids = account_dids
        resources.special[("mediator", "create_binding")] = self.create_binding
        resources.hooks[("mediator", BINDINGS)] = Hooks(updated=self._binding_updated)

    def create_binding(self, call: Call) -> Response:
        body: dict[str, Any] = dict(self.resources.body(call) or {})
        bindings = self.resources.collection(call)
        if call.query.get("reuse"):
            existing = _same(bindings, body)
            if existing is not None:
                return self.resources.object_response(call, existing, call.operation.status)
        dids = self.account_dids(call)
        did = self._redirect_did(call, body, list(bindings), dids)
        key, binding = self.resources.new_object(call, {**body, "redirect_did": did["phonenumber"]})
        binding["redirect_did_info"] = redirect_did_info(did)
        bindings.put(key, binding)
        return self.resources.object_response(call, binding, call.operation.status)

    def _redirect_did(
        self, call: Call, body: JSONObject, bindings: list[JSONObject], dids: list[JSONObject]
    ) -> JSONObject:
        caller = body.get("origination_did")
        wanted = body.get("redirect_did")
        if wanted is not None:
            did = next((did for did in dids if did.get("phonenumber") == wanted), None)
            if did is None:
                raise ApiError(
                    409, "redirect_did is not a DID of this Mediator endpoint", [("redirect_did", "not found")]
                )
            if not _free(did, caller, bindings):
                raise ApiError(409, "redirect_did is taken by another binding", [("redirect_did", "taken")])
            return did
        country = call.query.get("fallback_country")
        if country is not None:
            dids = [did for did in dids if str(did.get("country_code", "")).upper() == str(country).upper()]
            if not dids:
                raise ApiError(409, f"no DID of {country} on this endpoint", [("fallback_country", "no DID")])
        for did in dids:
            if _free(did, caller, bindings):
                return did
        raise ApiError(409, "no redirect_did could be found", [("redirect_did", "no free DID on this endpoint")])

    def _binding_updated(self, call: Call, before: JSONObject, after: JSONObject) -> None:
        number = after.get("redirect_did")
        if number == before.get("redirect_did") and after.get("redirect_did_info"):
            return
        did = next((did for did in self.account_dids(call) if did.get("phonenumber") == number), None)
        after["redirect_did_info"] = redirect_did_info(did or {"phonenumber": number}) if number else None


def _free(did: JSONObject, caller: Any, bindings: Iterable[JSONObject]) -> bool:
    for binding in bindings:
        if binding.get("redirect_did") != did.get("phonenumber"):
            continue
        if caller is None or binding.get("origination_did") in (None, caller):
            return False
    return True


def _same(bindings: Iterable[JSONObject], body: JSONObject) -> JSONObject | None:
    for binding in bindings:
        if binding.get("destination_did") != body.get("destination_did"):
            continue
        if binding.get("origination_did") != body.get("origination_did"):
            continue
        if "redirect_did" in body and binding.get("redirect_did") != body["redirect_did"]:
            continue
        return binding
    return None


def redirect_did_info(did: JSONObject) -> JSONObject:
    """A DID in the formats a binding reports its redirect DID in."""
    number = str(did.get("phonenumber") or "")
    return {
        "country_code": did.get("country_code"),
        "e164_format": f"+{number}" if number else None,
        "in_country_format": did.get("in_country_format"),
        "international_format": did.get("international_format"),
        "phonenumber": number or None,
    }
