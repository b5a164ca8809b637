"""What a test sets up on the fake server without going through the API: tokens, endpoints,
routed DIDs and seeded records (the `FakeCarrierX` methods beyond the ASGI application)."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

from .._config import SECTION_PATHS
from ._domain import Domain
from ._http import Request, Response
from ._resources import Resources
from ._seeding import seed_records
from ._specs import SECTIONS
from ._store import Store


class SetupHelpers:
    """Set-up helpers mixed into `FakeCarrierX`."""

    base_url: str | None
    partner_sid: str
    store: Store
    resources: Resources
    domain: Domain
    _routes: dict[str, str]  # endpoint SID → the trunk group `route_did` uses

    def _answer(self, request: Request, *, trusted: bool = False) -> Response:
        raise NotImplementedError

    def add_token(self, token: str, *, lifetime: float | None = None) -> None:
        """Make one more Core bearer token valid."""
        self.domain.add_token(token, lifetime=lifetime)

    def create_endpoint(self, endpoint_type: str, *, name: str | None = None, **properties: str) -> dict[str, Any]:
        """Create a Core endpoint directly (as `POST /core/v2/endpoints` would) and return it.

        For `flexml`, `mediator`, `conference` and `conference_v2` its `properties` hold the
        `login`, `password` and `api_url` to use with that section's API.
        """
        body: dict[str, Any] = {"name": name or f"{endpoint_type} endpoint", "type": endpoint_type}
        if properties:
            body["properties"] = properties
        return self._create("/core/v2/endpoints", body, "the endpoint")

    def route_did(self, endpoint: Mapping[str, Any] | str, phonenumber: str | None = None) -> dict[str, Any]:
        """Rent a DID (the next free one, or `phonenumber`) and route it to an endpoint; return the DID.

        The DID goes to a trunk group with a trunk to the endpoint, as CarrierX routes numbers, so
        it shows in the endpoint API's `/dids`: a Mediator endpoint needs one per binding.
        """
        endpoint_sid = str(endpoint if isinstance(endpoint, str) else endpoint.get("endpoint_sid"))
        groups = self.store.collection("core", self.partner_sid, "/trunk_groups")
        group_sid = self._routes.get(endpoint_sid)
        if group_sid is None or group_sid not in groups:
            group = self._create("/core/v2/trunk_groups", {"name": f"to {endpoint_sid}"}, "the trunk group")
            group_sid = self._routes[endpoint_sid] = str(group["trunk_group_sid"])
            trunk = {"name": f"to {endpoint_sid}", "endpoint_sid": endpoint_sid}
            self._create(f"/core/v2/trunk_groups/{group_sid}/trunks", trunk, "the trunk")
        did: dict[str, Any] = {"trunk_group_sid": group_sid}
        if phonenumber is not None:
            did["phonenumber"] = phonenumber
        return self._create("/core/v2/phonenumber/dids", did, "the DID")

    def _create(self, path: str, body: Mapping[str, Any], what: str) -> dict[str, Any]:
        """POST as a trusted caller (no token), as the API would answer it."""
        origin = self.base_url or "https://api.carrierx.com"
        request = Request(
            method="POST",
            path=path,
            query={},
            headers={"content-type": "application/json", "host": urllib.parse.urlsplit(origin).netloc},
            body=json.dumps(body).encode(),
            scheme=urllib.parse.urlsplit(origin).scheme,
        )
        response = self._answer(request, trusted=True)
        if not 200 <= response.status < 300 or not isinstance(response.data, dict):
            raise RuntimeError(f"could not create {what}: {response.status} {response.body!r}")
        return response.data

    def seed(
        self, path: str, records: Iterable[Mapping[str, Any]], *, endpoint: Mapping[str, Any] | str | None = None
    ) -> list[dict[str, Any]]:
        """Put records straight into the collection at an API path, oldest first, and return them.

        For lists nobody can create through the API (call and message detail records) and for
        volume: a test of a 100,000-record CDR export seeds the records in a second or two.

            app.seed("/core/v2/calls/call_drs", [{"direction": "inbound", "date_start": ...}, ...])
            app.seed("/mediator/v1/bindings", [...], endpoint=mediator_endpoint)

        Each record is stored as given, plus what the server sets: its SID when missing,
        `date_created`/`date_insert` (now) when the object has them and they are missing, and the
        owning `partner_sid` (Core) or `account_sid` (endpoint APIs). Records are listed in the
        order given, which is also their insertion order for `after`/`before` cursors. A
        read-only list that held the documentation's sample records drops them when seeded.

        Args:
            path: a collection path as the client requests it (`/core/v2/sms/message_drs`).
            records: the objects, as JSON-like mappings.
            endpoint: for the endpoint APIs (FlexML, Mediator, Conference), the Core endpoint
                (or its SID) whose account the records belong to.

        Raises:
            ValueError: the path names no collection, a record's SID is taken, or an endpoint
                API path came without its endpoint.
        """
        section, template, params = self._collection_path(path)
        if section == "core":
            scope, owner = self.partner_sid, {"partner_sid": self.partner_sid}
        else:
            scope = self._account_of(endpoint, section)
            owner = {"account_sid": scope}
        return seed_records(
            self.resources, section=section, scope=scope, template=template, params=params, records=records, owner=owner
        )

    def seed_call_detail_records(self, records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Seed Core call detail records (`GET /core/v2/calls/call_drs`); see `seed`."""
        return self.seed(SECTION_PATHS["core"] + "/calls/call_drs", records)

    def seed_message_detail_records(self, records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Seed Core message detail records (`GET /core/v2/sms/message_drs`); see `seed`."""
        return self.seed(SECTION_PATHS["core"] + "/sms/message_drs", records)

    def _collection_path(self, path: str) -> tuple[str, str, dict[str, str]]:
        for section in SECTIONS:
            prefix = SECTION_PATHS[section]
            if path.startswith(prefix + "/"):
                found = self.resources.table(section).match(path[len(prefix) :])
                if found is None:
                    break
                operations, params = found
                template = next(iter(operations.values())).template
                if template in self.resources.collection_templates(section):
                    return section, template, params
                break
        raise ValueError(f"{path} is not a collection of the fake CarrierX API")

    def _account_of(self, endpoint: Mapping[str, Any] | str | None, section: str) -> str:
        endpoint_sid = endpoint if isinstance(endpoint, str) or endpoint is None else endpoint.get("endpoint_sid")
        stored = self.store.collection("core", self.partner_sid, "/endpoints").get(str(endpoint_sid))
        if stored is None or stored.get("type") != section:
            raise ValueError(f"records of the {section} API need the {section} endpoint they belong to")
        return str((stored.get("properties") or {}).get("account_sid"))
