"""`invoiced-sandbox`: run the sandbox with uvicorn."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence

import uvicorn

from ._app import check_api_keys, create_app
from ._clock import clock_now
from ._errors import ApiError
from ._seed import FixtureError, read_fixture, seed_if_empty
from ._serving import server_config
from ._store import IncompatibleDatabase, write_transaction

__all__ = ["main"]

DEFAULT_DB = "invoiced-sandbox.db"
KEYS_VARIABLE = "INVOICED_SANDBOX_API_KEYS"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="invoiced-sandbox", description="A stateful sandbox of the Invoiced API.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default %(default)s)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default %(default)s)")
    parser.add_argument(
        "--db",
        default=DEFAULT_DB,
        help="SQLite file, created if missing; ':memory:' keeps nothing (default %(default)s)",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        default=[],
        dest="api_keys",
        help=f"an accepted API key, one business each; repeat for more (or set {KEYS_VARIABLE}=k1,k2)",
    )
    parser.add_argument(
        "--rate-limit", type=float, default=None, metavar="N", help="requests per second per key (default: no limit)"
    )
    parser.add_argument(
        "--public-url",
        default=None,
        metavar="URL",
        help="base of the absolute URLs in Location and Link, as clients reach the sandbox (default: the address"
        " it listens on; a Host header is used only when it names that address)",
    )
    parser.add_argument(
        "--seed",
        metavar="FILE",
        default=None,
        help="a YAML or JSON fixture to seed every business that holds no customer yet (see spec/sandbox.yaml)",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn's log level (default %(default)s)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    keys = args.api_keys or [k.strip() for k in os.environ.get(KEYS_VARIABLE, "").split(",") if k.strip()]
    if not keys:
        print(f"invoiced-sandbox: give at least one --api-key (or set {KEYS_VARIABLE})", file=sys.stderr)
        return 2
    try:
        check_api_keys(keys)
    except ValueError as exc:
        print(f"invoiced-sandbox: {exc}", file=sys.stderr)
        return 2
    if args.rate_limit is not None and not (math.isfinite(args.rate_limit) and args.rate_limit > 0):
        print("invoiced-sandbox: --rate-limit must be a positive, finite number per second", file=sys.stderr)
        return 2
    if args.public_url is not None and not args.public_url.startswith(("http://", "https://")):
        print("invoiced-sandbox: --public-url must start with http:// or https://", file=sys.stderr)
        return 2
    fixture = None
    if args.seed is not None:
        try:
            fixture = read_fixture(args.seed)
        except FixtureError as exc:
            print(f"invoiced-sandbox: {exc}", file=sys.stderr)
            return 2
    try:
        app = create_app(args.db, keys, args.rate_limit, public_url=args.public_url)
    except IncompatibleDatabase as exc:
        print(f"invoiced-sandbox: {exc}", file=sys.stderr)
        return 2
    print(f"Invoiced sandbox listening on http://{args.host}:{args.port} (database {args.db})", flush=True)
    # Keys are secrets in a shared CI log: say how many, never which.
    print(f"Accepting {len(keys)} API key{'s' if len(keys) != 1 else ''}, one business each", flush=True)
    if args.rate_limit:
        print(f"Rate limit: {args.rate_limit:g} requests per second per key", flush=True)
    if fixture is not None:
        sandbox = app.state.sandbox
        for key, business in sandbox.businesses.items():
            now = clock_now(sandbox.db, business)
            try:
                seeded = write_transaction(
                    sandbox.db,
                    lambda: seed_if_empty(sandbox.db, sandbox.catalog, sandbox.router, business, now, fixture),  # noqa: B023
                )
            except ApiError as exc:
                print(f"invoiced-sandbox: {args.seed}: {exc.message}", file=sys.stderr)
                return 2
            print(f"Seeded {key} from {args.seed}" if seeded else f"Not seeding {key}: it has customers", flush=True)
    uvicorn.Server(server_config(app, host=args.host, port=args.port, log_level=args.log_level)).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
