"""A fake CarrierX server for tests and demos: stateful, in memory, driven by the specs.

    app = FakeCarrierX()
    async with CarrierX(token=DEFAULT_TOKEN, transport=FakeTransport(app)) as cx:
        did = await cx.core.dids.rent_did(body={})

`FakeTransport(app)` keeps timeouts and injected latency as a connection to a port would. Or on a port:
`with serve(app) as base_url: ...`, or `python -m carrierx_async.testing --port 8000`.

Test set-up without API calls: `app.seed_call_detail_records(records)` (and
`seed_message_detail_records`, or `seed(path, records)` for any list) puts records straight into
a list, 100,000 of them in about a second; `app.route_did(endpoint)` gives an endpoint a DID
(a Mediator binding needs one to redirect through).
"""

from ._extra import missing_extra

try:
    from ._app import DEFAULT_TOKEN, FakeCarrierX
    from ._domain import OAuthCredentials
    from ._faults import Fault, FaultEvent, FaultInjector, FaultKind
    from ._filters import FilterError, parse_filter, parse_order
    from ._flexml_calls import FlexMLCallRunner, FlexMLRequest, FlexMLSession
    from ._http import DroppedConnection, RefusedConnection
    from ._server import serve
    from ._transport import FakeTransport
except ModuleNotFoundError as error:
    raise missing_extra(error) from None

__all__ = [
    "DEFAULT_TOKEN",
    "DroppedConnection",
    "FakeCarrierX",
    "FakeTransport",
    "Fault",
    "FaultEvent",
    "FaultInjector",
    "FaultKind",
    "FilterError",
    "FlexMLCallRunner",
    "FlexMLRequest",
    "FlexMLSession",
    "OAuthCredentials",
    "RefusedConnection",
    "parse_filter",
    "parse_order",
    "serve",
]
