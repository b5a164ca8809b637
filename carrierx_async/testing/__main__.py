"""`python -m carrierx_async.testing`: the fake CarrierX server on a loopback port.

Needs the `testing` extra; without it, importing this package already says which to install.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._app import DEFAULT_TOKEN, FakeCarrierX
from ._domain import OAuthCredentials
from ._extra import missing_extra
from ._faults import Fault
from ._server import bind, quiet_dropped_connections


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m carrierx_async.testing",
        description="A stateful, in-memory CarrierX API for tests and demos (no account needed).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000; 0 picks one)")
    parser.add_argument(
        "--token",
        action="append",
        dest="tokens",
        metavar="TOKEN",
        help=f"a valid Core token (default: {DEFAULT_TOKEN})",
    )
    parser.add_argument("--client-id", default=OAuthCredentials.client_id, help="OAuth client_id /oauth/token accepts")
    parser.add_argument("--client-secret", default=OAuthCredentials.client_secret)
    parser.add_argument("--username", default=OAuthCredentials.username)
    parser.add_argument("--password", default=OAuthCredentials.password)
    parser.add_argument("--token-lifetime", type=float, default=3600.0, help="seconds an issued token is valid")
    parser.add_argument("--did-pool-size", type=int, default=1000, help="rentable numbers (default: 1000)")
    parser.add_argument(
        "--fault",
        "--faults",
        action="append",
        default=[],
        metavar="SPEC",
        help="inject a fault, e.g. 'rate_limit:rate=0.1,path=/core/v2/sms/*,retry_after=2' (repeatable); kinds: "
        "latency, rate_limit, server_error, connect_error, drop_before, drop_after, truncate",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the fault RNG (default: 0)")
    parser.add_argument(
        "--mediator-wrapped", action="store_true", help='answer Mediator as {"body": ..., "status": ...}'
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default: info)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    try:
        faults = [Fault.parse(text) for text in arguments.fault]
    except (TypeError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    tokens = arguments.tokens or [DEFAULT_TOKEN]
    app = FakeCarrierX(
        tokens=tokens,
        oauth=OAuthCredentials(arguments.client_id, arguments.client_secret, arguments.username, arguments.password),
        token_lifetime=arguments.token_lifetime,
        did_pool_size=arguments.did_pool_size,
        faults=faults,
        seed=arguments.seed,
        mediator_wrapped=arguments.mediator_wrapped,
    )
    try:
        import uvicorn
    except ModuleNotFoundError as error:
        print(f"error: {missing_extra(error)}", file=sys.stderr)
        return 1

    quiet_dropped_connections()
    sock, base_url = bind(arguments.host, arguments.port)
    print(
        f"fake CarrierX on {base_url} - Core token(s): {', '.join(tokens)}",
        file=sys.stderr,
        flush=True,
    )
    config = uvicorn.Config(app, log_level=arguments.log_level, access_log=arguments.log_level == "debug")
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
