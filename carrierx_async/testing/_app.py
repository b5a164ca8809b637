"""`FakeCarrierX`: the whole fake server as one ASGI 3 application."""

from __future__ import annotations

import base64
import binascii
import datetime
import logging
import random
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

import anyio
import httpx

from .._config import SECTION_PATHS
from ._domain import Domain, OAuthCredentials
from ._faults import Fault, FaultInjector
from ._flexml_calls import FlexMLCallRunner
from ._http import ApiError, DroppedConnection, RefusedConnection, Request, Response
from ._mediator import Mediator
from ._resources import Call, Hooks, Resources
from ._scheduled_calls import ScheduledCalls
from ._setup import SetupHelpers
from ._shortener import Shortener
from ._specs import SECTIONS
from ._storage import Storage
from ._store import Store

__all__ = ["DEFAULT_TOKEN", "FakeCarrierX"]

logger = logging.getLogger("carrierx_async.testing")

DEFAULT_TOKEN = "test-token"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class FakeCarrierX(SetupHelpers):
    """A stateful, in-memory CarrierX API (Core, Conference v1/v2, FlexML, Mediator) for tests and demos.

    Use it in-process with `httpx.ASGITransport(app=FakeCarrierX())`, or on a port with
    `serve(app)` / `python -m carrierx_async.testing`.

    Args:
        tokens: Core bearer tokens that are valid from the start.
        oauth: the password-grant credentials `/core/v2/oauth/token` accepts.
        token_lifetime: seconds an issued token stays valid (unless the request says otherwise).
        base_url: the root URL put into endpoint `api_url`s; by default the URL the client used.
        did_pool_size: how many numbers can be rented (1 516 206 0000 onwards).
        faults: faults to inject from the start (`Fault` objects or their text form).
        seed: seeds the fault RNG and `order=shuffle`, so runs repeat.
        mediator_wrapped: answer every Mediator call, errors included, as `{"body": ..., "status": ...}`
            as all of its documented samples and CarrierX's own SDK do (the default); False answers
            the bare object as the other sections do.
        clock: the current time (for token expiry in tests); UTC now by default.
        flexml_transport: how a FlexML call reaches the user's app (e.g. `httpx.ASGITransport`);
            by default the URLs are requested over the network.
        caller_digits: what the caller presses at each `Gather`, in order (then nothing).
    """

    def __init__(
        self,
        *,
        tokens: Iterable[str] = (DEFAULT_TOKEN,),
        oauth: OAuthCredentials | None = None,
        token_lifetime: float = 3600.0,
        base_url: str | None = None,
        did_pool_size: int = 1000,
        faults: Iterable[Fault | str] = (),
        seed: int | None = 0,
        mediator_wrapped: bool = True,
        clock: Callable[[], datetime.datetime] | None = None,
        flexml_transport: httpx.AsyncBaseTransport | None = None,
        caller_digits: Iterable[str] = (),
    ) -> None:
        self.base_url = base_url.rstrip("/") if base_url else None
        self.mediator_wrapped = mediator_wrapped
        self.oauth = oauth or OAuthCredentials()
        self.faults = FaultInjector(seed=seed)
        for fault in faults:
            self.faults.add(fault)
        self.counters: Counter[tuple[str, str] | str] = Counter()
        self.partner_sid = str(uuid.uuid4())
        self._clock = clock or (lambda: datetime.datetime.now(datetime.UTC))
        self._seed = seed
        self._initial_tokens = tuple(tokens)
        self._token_lifetime = token_lifetime
        self._did_pool_size = did_pool_size
        self._routes: dict[str, str] = {}  # endpoint SID → the trunk group `route_did` uses
        self.store = Store()
        self.resources = Resources(self.store, clock=self._clock, rng=random.Random(seed))
        # FlexML calls fetch the user's app: through this transport (an ASGI app in tests), or the network.
        self.flexml_calls = FlexMLCallRunner(
            flexml_transport, caller_digits, store=self.store, partner_sid=self.partner_sid, clock=self._clock
        )
        self.domain = self._new_domain()

    def _new_domain(self) -> Domain:
        domain = Domain(
            self.resources,
            self.counters,
            partner_sid=self.partner_sid,
            oauth=self.oauth,
            token_lifetime=self._token_lifetime,
            did_pool_size=self._did_pool_size,
            base_url=lambda: self.base_url,
        )
        for token in self._initial_tokens:
            domain.add_token(token)
        self.resources.hooks[("flexml", "/calls")] = Hooks(created=self.flexml_calls.call_created)
        Storage(self.resources, self.partner_sid)
        Mediator(self.resources, domain.endpoint_dids)
        Shortener(self.resources, self.partner_sid)
        ScheduledCalls(self.resources, lambda call_sid: call_sid in self.flexml_calls.sessions)
        return domain

    def __repr__(self) -> str:
        return f"<FakeCarrierX partner={self.partner_sid}>"

    def reset(self) -> None:
        """Forget every object, token, counter and logged fault (configured faults stay)."""
        self.store.clear()
        self.resources = Resources(self.store, clock=self._clock, rng=random.Random(self._seed))
        self.counters.clear()
        self.faults.counts.clear()
        self.faults.log.clear()
        self._routes.clear()
        self.domain = self._new_domain()

    # --- ASGI ------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"FakeCarrierX serves HTTP only, not {scope['type']}")
        request = await _read_request(scope, receive)
        response, drop = await self.respond(request)
        if drop:
            # Start an answer that announces a body, then fail: in-process httpx raises the error
            # to the client; a server (uvicorn) closes the connection half-way through the body.
            # The announced byte matters: a complete head without a body (a 204) would read as a
            # whole answer, and the client would reuse the dead connection.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]})
            raise DroppedConnection("the fake server dropped the connection")
        await send({"type": "http.response.start", "status": response.status, "headers": _headers(response)})
        await send({"type": "http.response.body", "body": response.body, "more_body": False})

    async def respond(self, request: Request) -> tuple[Response, bool]:
        """The answer to a request with faults applied, and whether to drop the connection."""
        route = self._route(request)
        template = f"{SECTION_PATHS[route[0]]}{route[1]}" if isinstance(route, tuple) else None
        delay = self.faults.delay(request.method, request.path, template)
        if delay:
            await anyio.sleep(delay)
        fault = self.faults.before(request.method, request.path, template)
        if fault is not None:
            if fault.kind == "connect_error":
                raise RefusedConnection("the fake server refused the connection")
            if fault.kind == "drop_before":
                return Response.json(200, {}), True
            if fault.kind == "rate_limit":
                error = ApiError(429, "Too Many Requests", headers=[("retry-after", f"{fault.retry_after:g}")])
            else:
                error = ApiError(fault.status, "the fake server failed on purpose")
            return self._wrap(request, error), False
        response = self._answer(request)
        after = self.faults.after(request.method, request.path, template)
        if after is not None and after.kind == "drop_after":
            return response, True
        if after is not None and after.kind == "truncate" and response.body:
            response = Response(response.status, response.body[: len(response.body) // 2], response.headers)
        return response, False

    def _route(self, request: Request) -> tuple[str, str, dict[str, str]] | ApiError:
        for section in SECTIONS:
            prefix = SECTION_PATHS[section]
            if request.path == prefix or request.path.startswith(prefix + "/"):
                found = self.resources.table(section).match(request.path[len(prefix) :] or "/")
                if found is None:
                    return ApiError(404, "Not Found")
                operations, params = found
                operation = operations.get(request.method)
                if operation is None:
                    allowed = ", ".join(sorted(operations))
                    return ApiError(405, "Method Not Allowed", headers=[("allow", allowed)])
                return section, operation.template, params
        return ApiError(404, "Not Found")

    def _answer(self, request: Request, *, trusted: bool = False) -> Response:
        """Authenticate and process one request (no faults)."""
        route = self._route(request)
        if isinstance(route, ApiError):
            return self._wrap(request, route)
        section, template, params = route
        operation = self.resources.table(section).templates[template][request.method]
        call = Call(
            request=request,
            operation=operation,
            params=params,
            section=section,
            scope=self.partner_sid,
        )
        try:
            if not trusted:
                self._authenticate(call)
            response = self.resources.handle(call)
        except ApiError as error:
            return self._wrap(request, error)
        except Exception as error:  # a bug here must answer, not hang the client
            logger.exception("fake CarrierX failed on %s %s", request.method, request.path)
            return self._wrap(request, ApiError(500, f"the fake server failed: {type(error).__name__}: {error}"))
        if 200 <= response.status < 300 and not trusted:
            self.counters[(request.method, f"{SECTION_PATHS[section]}{template}")] += 1
        if self._wraps(request) and response.data is not None:
            response = Response.json(response.status, {"body": response.data, "status": response.status})
        response.headers.append(("x-request-id", str(uuid.uuid4())))
        return response

    def _wrap(self, request: Request, error: ApiError) -> Response:
        response = error.response()
        if self._wraps(request):
            response = Response.json(error.status, {"body": error.body(), "status": error.status}, error.headers)
        response.headers.append(("x-request-id", str(uuid.uuid4())))
        return response

    def _wraps(self, request: Request) -> bool:
        """Whether the answer goes out in the Mediator envelope."""
        prefix = SECTION_PATHS["mediator"]
        return self.mediator_wrapped and (request.path == prefix or request.path.startswith(prefix + "/"))

    def _authenticate(self, call: Call) -> None:
        scheme, _, credentials = call.request.headers.get("authorization", "").partition(" ")
        if call.section == "core":
            token = credentials.strip() if scheme.lower() == "bearer" else ""
            if token and self.domain.token_is_valid(token):
                call.token = token
                return
            if call.operation.auth_optional:
                return
            raise ApiError(401, "Bad credentials")
        if scheme.lower() == "basic":
            try:
                login, _, password = base64.b64decode(credentials.strip(), validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                login, password = "", ""
            endpoint = self.domain.endpoint_for(call.section, login, password) if login else None
            if endpoint is not None:
                call.endpoint = endpoint
                call.scope = str((endpoint.get("properties") or {}).get("account_sid"))
                return
        raise ApiError(401, "Bad credentials")


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _read_request(scope: Scope, receive: Receive) -> Request:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    path = str(scope["path"])
    query: dict[str, str] = {}
    for name, value in urllib.parse.parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True):
        query.setdefault(name, value)
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return Request(
        method=scope["method"].upper(),
        path=path,
        query=query,
        headers=headers,
        body=b"".join(chunks),
        scheme=scope.get("scheme", "http"),
    )


def _headers(response: Response) -> list[tuple[bytes, bytes]]:
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in response.headers]
    if response.status not in (204, 304):
        headers.append((b"content-length", str(len(response.body)).encode()))
    return headers
