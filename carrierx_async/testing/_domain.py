"""What CarrierX does beyond storing objects: DIDs, SMS, endpoint credentials, OAuth tokens.

- A pool of rentable US numbers; renting takes one out (409 when it is not free), releasing
  puts it back.
- Sending an SMS creates the Message (answered `queued`, unpriced, as documented) and its
  Message Detail Record, once per accepted request.
- Creating a Conference, Conference v2, FlexML or Mediator endpoint gives it a login, a
  password, an API URL and an account in its section; its data there is its own.
- A rented DID reaches an endpoint's `/dids` when its `trunk_group_sid` names a trunk group
  with a trunk whose `endpoint_sid` is that endpoint.
- `/oauth/token` issues bearer tokens for the configured password-grant credentials.
"""

from __future__ import annotations

import datetime
import math
import secrets
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .._config import SECTION_PATHS
from .._sections import ENDPOINT_SECTIONS
from ._http import ApiError, JSONObject, Response, not_found, validation_error
from ._resources import Call, Hooks, Resources
from ._schema import now_iso
from ._store import Collection

DID_NAMESPACE = uuid.UUID("6f0b54b4-6a3c-4f0e-9d8e-3a1d2c3b4a59")
SMS_PRICE = "0.0075"
POOL_START = 15162060000  # 1 516 206 0000: Long Island numbers, as in the docs' samples


@attrs.frozen(repr=False)
class OAuthCredentials:
    """The password-grant credentials `/oauth/token` accepts."""

    client_id: str = "test-client"
    client_secret: str = "test-secret"
    username: str = "test-user"
    password: str = "test-password"

    def __repr__(self) -> str:
        return f"OAuthCredentials(client_id={self.client_id!r}, username={self.username!r}, secrets='***')"


@attrs.define
class IssuedToken:
    token_sid: str
    expires_at: datetime.datetime | None


class Domain:
    """CarrierX behaviour wired into the generic resources as hooks and special handlers."""

    def __init__(
        self,
        resources: Resources,
        counters: Counter[Any],
        *,
        partner_sid: str,
        oauth: OAuthCredentials,
        token_lifetime: float,
        did_pool_size: int,
        base_url: Callable[[], str | None],
    ) -> None:
        self.resources = resources
        self.store = resources.store
        self.counters = counters
        self.partner_sid = partner_sid
        self.oauth = oauth
        self.token_lifetime = token_lifetime
        self.did_pool_size = did_pool_size
        self.base_url = base_url
        self.tokens: dict[str, IssuedToken] = {}
        self.logins: dict[str, str] = {}  # endpoint login → endpoint SID
        self.rented: dict[str, str] = {}  # phone number → DID SID
        self._available: list[JSONObject] | None = None
        self._install()

    def _install(self) -> None:
        resources = self.resources
        resources.owner = self._owner
        resources.hooks.update(
            {
                ("core", "/endpoints"): Hooks(
                    created=self._endpoint_created, updated=self._endpoint_updated, deleted=self._endpoint_deleted
                ),
                ("core", "/phonenumber/dids"): Hooks(deleted=self._did_released),
                ("core", "/phonenumber/available_dids"): Hooks(),
                ("core", "/dids/inventory"): Hooks(),
                ("core", "/sms/message_drs"): Hooks(),
                ("core", "/oauth/tokens"): Hooks(updated=self._token_updated),
            }
        )
        for section in ("conference_v2", "flexml", "mediator"):
            resources.hooks[(section, "/accounts")] = Hooks()
            resources.hooks[(section, "/dids")] = Hooks(before=self._sync_endpoint_dids)
        resources.special.update(
            {
                ("core", "rent_did"): self.rent_did,
                ("core", "browse_available_dids"): self.browse_available_dids,
                ("core", "browse_available_dids_legacy"): self.browse_available_dids,
                ("core", "get_available_did"): self.get_available_did,
                ("core", "send_message"): self.send_message,
                ("core", "generate_oauth_bearer_token"): self.generate_token,
                ("core", "generate_oauth_bearer_token_for_sub_partner"): self.generate_token,
                ("core", "revoke_oauth_token"): self.revoke_token,
                ("core", "get_current_partner"): self.current_partner,
                ("conference", "get_current_subscriber"): self.current_subscriber,
                ("conference_v2", "get_current_account"): self.current_account,
                ("flexml", "get_current_account"): self.current_account,
            }
        )

    def _owner(self, call: Call) -> dict[str, Any]:
        if call.section == "core":
            return {"partner_sid": self.partner_sid}
        return {"account_sid": call.scope}

    def core(self, path: str) -> Collection:
        return self.store.collection("core", self.partner_sid, path)

    def now(self) -> datetime.datetime:
        return self.resources.clock()

    # --- authentication ------------------------------------------------------------------------

    def add_token(self, token: str, *, name: str = "static token", lifetime: float | None = None) -> JSONObject:
        """Make a bearer token valid (and list it under /oauth/tokens)."""
        now = self.now()
        expires = now + datetime.timedelta(seconds=lifetime) if lifetime is not None else None
        token_sid = str(uuid.uuid4())
        item: JSONObject = {
            "access_token": token,
            "client_id": self.oauth.client_id,
            "client_secret": None,
            "date_created": now_iso(now),
            "date_expiration_access_token": now_iso(expires) if expires else None,
            "date_expiration_refresh_token": now_iso(now + datetime.timedelta(days=30)),
            "date_last_accessed": None,
            "ip_last_accessed": None,
            "name": name,
            "partner_sid": self.partner_sid,
            "refresh_token": str(uuid.uuid4()),
            "scopes": [],
            "token_sid": token_sid,
            "token_type": "bearer",
        }
        self.core("/oauth/tokens").put(token_sid, item)
        self.tokens[token] = IssuedToken(token_sid, expires)
        return item

    def token_is_valid(self, token: str) -> bool:
        issued = self.tokens.get(token)
        if issued is None:
            return False
        return issued.expires_at is None or self.now() < issued.expires_at

    def endpoint_for(self, section: str, login: str, password: str) -> JSONObject | None:
        """The Core endpoint of this section with this login and password, if any."""
        endpoint_sid = self.logins.get(login)
        endpoint = self.core("/endpoints").get(endpoint_sid) if endpoint_sid else None
        if endpoint is None or endpoint.get("type") != section:
            return None
        properties = endpoint.get("properties") or {}
        if not secrets.compare_digest(str(properties.get("password", "")), password):
            return None
        return endpoint

    # --- OAuth ---------------------------------------------------------------------------------

    def generate_token(self, call: Call) -> Response:
        body = self.resources.body(call) or {}
        if call.operation.operation_id == "generate_oauth_bearer_token":
            if body.get("grant_type") != "password":
                raise ApiError(400, "unsupported grant_type", [("grant_type", "only the password grant is supported")])
            expected = attrs.asdict(self.oauth)
            given = {name: str(body.get(name, "")) for name in expected}
            if not all(secrets.compare_digest(given[name], expected[name]) for name in expected):
                raise ApiError(401, "Bad credentials")
        lifetime = body.get("access_token_expires_in", self.token_lifetime)
        item = self.add_token(str(uuid.uuid4()), name=str(body.get("name") or "oauth token"), lifetime=float(lifetime))
        item["client_secret"] = None
        if isinstance(body.get("scope"), str):
            item["scopes"] = body["scope"].split()
        if "partner_sid" in call.params:
            item["partner_sid"] = call.params["partner_sid"]
        self.counters["tokens_issued"] += 1
        return Response.json(call.operation.status, self.resources.present(call, item, call.operation.response_schema))

    def revoke_token(self, call: Call) -> Response:
        body = self.resources.body(call) or {}
        token = body.get("token") or call.token
        issued = self.tokens.pop(str(token), None) if token else None
        if issued is not None:
            self.core("/oauth/tokens").pop(issued.token_sid)
        return Response.empty(call.operation.status)

    def _token_updated(self, call: Call, before: JSONObject, after: JSONObject) -> None:
        token = str(after.get("access_token"))
        expiry = after.get("date_expiration_access_token")
        if token in self.tokens and isinstance(expiry, str):
            try:
                self.tokens[token].expires_at = datetime.datetime.fromisoformat(expiry)
            except ValueError:
                raise validation_error([("date_expiration_access_token", "not an ISO 8601 timestamp")]) from None

    def current_partner(self, call: Call) -> Response:
        schema = call.operation.response_schema
        partner: JSONObject = {
            "partner_sid": self.partner_sid,
            "name": "Fake CarrierX partner",
            "login": self.oauth.username,
            "company_name": "carrierx_async.testing",
            "status": "active",
            "balance": "100.00",
            "payment_type": None,
            "available_scopes": [],
            "callbacks": {},
            "attributes": {},
            "date_created": "2024-01-01T00:00:00.000Z",
        }
        return Response.json(200, self.resources.present(call, partner, schema))

    # --- endpoints and their accounts ----------------------------------------------------------

    def _endpoint_created(self, call: Call, endpoint: JSONObject) -> None:
        for name, default in (("addresses", []), ("attributes", {}), ("transformations", []), ("capacity", 0)):
            if endpoint.get(name) is None:
                endpoint[name] = default
        endpoint_type = endpoint.get("type")
        if endpoint_type not in ENDPOINT_SECTIONS:
            return
        properties = dict(endpoint.get("properties") or {})
        login = str(properties.get("login") or self._new_login(str(endpoint_type)))
        if login in self.logins:
            raise ApiError(409, "this login is already taken", [("properties.login", "already taken")])
        account_sid = str(uuid.uuid4())
        base = (self.base_url() or call.request.origin).rstrip("/")
        properties.update(
            login=login,
            password=str(properties.get("password") or secrets.token_urlsafe(12)),
            api_url=base + SECTION_PATHS[str(endpoint_type)],
            account_sid=account_sid,
        )
        properties.setdefault("container_sid", None)
        endpoint["properties"] = properties
        endpoint.setdefault("auth_required", True)
        self.logins[login] = str(endpoint["endpoint_sid"])
        self._create_account(str(endpoint_type), account_sid, login, endpoint.get("name"))

    def _new_login(self, endpoint_type: str) -> str:
        while True:
            login = f"{endpoint_type}_{secrets.token_hex(4)}"
            if login not in self.logins:
                return login

    def _create_account(self, section: str, account_sid: str, login: str, name: Any) -> None:
        operations = self.resources.table(section).templates.get("/accounts")
        if not operations:
            return  # Conference v1 has no accounts
        schema = self.resources.item_schema(section, "/accounts")
        properties = self.resources.schemas(section).properties(schema)
        account: JSONObject = {
            "account_sid": account_sid,
            "login": login,
            "name": name,
            "date_created": now_iso(self.now()),
        }
        for field, value in (("method", "POST"), ("status_callback_method", "POST"), ("error_handler", "basic")):
            if field in properties:
                account[field] = value
        self.store.collection(section, account_sid, "/accounts").put(account_sid, account)

    def _endpoint_updated(self, call: Call, before: JSONObject, after: JSONObject) -> None:
        after["type"] = before.get("type")  # an endpoint keeps its type
        old = before.get("properties") or {}
        if before.get("type") not in ENDPOINT_SECTIONS or not isinstance(old, dict):
            return
        new = after.get("properties")
        if not isinstance(new, dict):
            new = after["properties"] = dict(old)
        for fixed in ("api_url", "account_sid"):
            new[fixed] = old.get(fixed)
        new_login = str(new.get("login") or old.get("login"))
        new["login"] = new_login
        if new_login != old.get("login"):
            if new_login in self.logins:
                raise ApiError(409, "this login is already taken", [("properties.login", "already taken")])
            self.logins.pop(str(old.get("login")), None)
            self.logins[new_login] = str(after["endpoint_sid"])
        account = self.store.collection(str(after["type"]), str(old.get("account_sid")), "/accounts").get(
            str(old.get("account_sid"))
        )
        if account is not None:
            account["login"] = new_login
            account["name"] = after.get("name")

    def _endpoint_deleted(self, call: Call, endpoint: JSONObject) -> None:
        properties = endpoint.get("properties") or {}
        if endpoint.get("type") in ENDPOINT_SECTIONS and isinstance(properties, dict):
            self.logins.pop(str(properties.get("login")), None)
            self.store.drop_scope(str(endpoint["type"]), str(properties.get("account_sid")))

    def current_account(self, call: Call) -> Response:
        account = self.store.collection(call.section, call.scope, "/accounts").get(call.scope)
        if account is None:
            raise not_found()
        return Response.json(200, self.resources.present(call, account, call.operation.response_schema))

    def current_subscriber(self, call: Call) -> Response:
        properties = (call.endpoint or {}).get("properties") or {}
        subscriber: JSONObject = {
            "sid": uuid.UUID(call.scope).hex if _is_uuid(call.scope) else call.scope,
            "login": properties.get("login"),
            "role": 1,
            "created": int(self.now().timestamp() * 1000),
        }
        return Response.json(200, self.resources.present(call, subscriber, call.operation.response_schema))

    def endpoint_dids(self, call: Call) -> list[JSONObject]:
        """The DIDs routed to the endpoint whose credentials the call uses, as its `/dids` lists them."""
        self._sync_endpoint_dids(call)
        return list(self.store.collection(call.section, call.scope, "/dids"))

    def _sync_endpoint_dids(self, call: Call) -> None:
        """Make the endpoint's `/dids` the Core DIDs routed to it (keeping what was set on them here)."""
        endpoint_sid = (call.endpoint or {}).get("endpoint_sid")
        groups = set()
        for group in self.core("/trunk_groups"):
            group_sid = group.get("trunk_group_sid")
            trunks: Iterable[Any] = [*self.core(f"/trunk_groups/{group_sid}/trunks"), *(group.get("trunks") or [])]
            if any(isinstance(trunk, dict) and trunk.get("endpoint_sid") == endpoint_sid for trunk in trunks):
                groups.add(group_sid)
        routed = {
            str(did["did_sid"]): did
            for did in self.core("/phonenumber/dids")
            if groups and did.get("trunk_group_sid") in groups
        }
        dids = self.store.collection(call.section, call.scope, "/dids")
        for key in dids.keys_in_order():
            if key not in routed:
                dids.pop(key)
        for key, did in routed.items():
            if key not in dids:
                copied = {
                    name: did.get(name)
                    for name in ("did_sid", "phonenumber", "country_code", "in_country_format", "international_format")
                }
                dids.put(key, {"account_sid": call.scope, **copied})

    # --- DIDs ----------------------------------------------------------------------------------

    def _pool_number(self, index: int) -> str:
        return str(POOL_START + index)

    def _in_pool(self, number: str) -> bool:
        return number.isdigit() and 0 <= int(number) - POOL_START < self.did_pool_size

    def available_did(self, number: str) -> JSONObject:
        national = number[1:]
        area, exchange, line = national[:3], national[3:6], national[6:]
        return {
            "active_capabilities": 4,
            "attributes": {},
            "callback_url": None,
            "capabilities": 31,
            "country_code": "USA",
            "did_sid": str(uuid.uuid5(DID_NAMESPACE, number)),
            "in_country_format": f"({area}) {exchange}-{line}",
            "international_format": f"+1 {area}-{exchange}-{line}",
            "lata": "132",
            "locality": "HEMPSTEAD",
            "name": "N/A",
            "phonenumber": number,
            "price": "0.6",
            "state": "NY",
            "status": "available",
            "transformations": [],
        }

    def available_dids(self) -> list[JSONObject]:
        if self._available is None:
            numbers = (self._pool_number(index) for index in range(self.did_pool_size))
            self._available = [self.available_did(number) for number in numbers if number not in self.rented]
        return self._available

    def browse_available_dids(self, call: Call) -> Response:
        return self.resources.list_response(call, self.available_dids())

    def get_available_did(self, call: Call) -> Response:
        did_sid = call.params.get("did_sid")
        for did in self.available_dids():
            if did["did_sid"] == did_sid:
                return Response.json(200, self.resources.present(call, did))
        raise not_found()

    def rent_did(self, call: Call) -> Response:
        body = dict(self.resources.body(call) or {})
        number = body.pop("phonenumber", None)
        if number is not None:
            number = str(number)
            if not self._in_pool(number) or number in self.rented:
                raise ApiError(409, "this phone number is not available", [("phonenumber", "not available")])
        else:
            free = self.available_dids()
            if not free:
                raise ApiError(409, "no phone number is available", [("phonenumber", "none available")])
            number = str(free[0]["phonenumber"])
        did = self.available_did(number)
        did.update(body)
        did.update(status="assigned", partner_sid=self.partner_sid)
        self.core("/phonenumber/dids").put(did["did_sid"], did)
        self.rented[number] = did["did_sid"]
        self._available = None
        self.counters["dids_rented"] += 1
        return self.resources.object_response(call, did, call.operation.status)

    def _did_released(self, call: Call, did: JSONObject) -> None:
        if self.rented.pop(str(did.get("phonenumber")), None) is not None:
            self._available = None
            self.counters["dids_released"] += 1

    # --- SMS -----------------------------------------------------------------------------------

    def send_message(self, call: Call) -> Response:
        body = self.resources.body(call) or {}
        errors: list[tuple[str | None, str]] = []
        if not body.get("to") and not body.get("group_recipients"):
            errors.append(("to", "this field is required"))
        if not body.get("message") and not body.get("media_urls"):
            errors.append(("message", "a message or media_urls is required"))
        if errors:
            raise validation_error(errors)
        multimedia = body.get("type") == "mms" or bool(body.get("media_urls") or body.get("group_recipients"))
        key, message = self.resources.new_object(call, body)
        text = str(body.get("message") or "")
        fields = {
            "direction": "outbound",
            "type": "mms" if multimedia else "sms",
            "status": "queued",  # as Send Message answers; the detail record tells what went out
            "date_status_changed": None,
            "message_segments": _segments(text),
            "media_urls": body.get("media_urls") or [],
            "group_recipients": body.get("group_recipients") or [],
            "price": None,  # priced once sent, not in the answer to Send Message
        }
        message.update(fields)
        self.core("/sms/messages").put(key, message)
        record = {
            "direction": "outbound",
            "type": message["type"],
            "status": "sent",
            "message": body.get("message"),
            "media_urls": message["media_urls"],
            "message_segments": message["message_segments"],
            "number_src": body.get("from"),
            "number_dst": body.get("to"),
            "number_billing": body.get("from"),
            "number_external": body.get("to"),
            "number_group_dst": message["group_recipients"],
            "user_data": body.get("user_data"),
            "price": SMS_PRICE,
            "rate": SMS_PRICE,
            "delay_sent": 0,
            "date_start": message.get("date_created"),
            "date_sent": message.get("date_created"),
            "date_stop": message.get("date_created"),
        }
        record_key, detail_record = self.resources.new_object(call, record, "/sms/message_drs")
        self.core("/sms/message_drs").put(record_key, detail_record)
        self.counters["sms_sent"] += 1
        return Response.json(call.operation.status, self.resources.present(call, message))


def _segments(text: str) -> int:
    """SMS parts a text needs: 160/153 GSM characters, 70/67 otherwise."""
    single, multi = (160, 153) if text.isascii() else (70, 67)
    return 1 if len(text) <= single else math.ceil(len(text) / multi)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
