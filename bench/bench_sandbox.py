"""Server throughput: the sandbox against Prism (mocking the same spec) and a bare Starlette endpoint.

Run: `make bench-sandbox` (installs wrk and Prism if missing), or
`.venv/bin/python bench/bench_sandbox.py [--seconds S] [--connections C] [--customers N]`.
Every server runs in its own process on 127.0.0.1; wrk drives each for S seconds with 2
threads. The sandbox and the bare endpoint are both served by uvicorn with httptools and uvloop
(what the project installs), so they differ only in the app. The sandbox's database holds N
customers (100,000 by default), seeded through the sandbox's own `create_customer` handler in one
transaction before the server starts.
Targets (printed, never asserted): the single-object GET at >= 2.5x Prism and >= 50% of the
bare endpoint; the 100-item list at >= 2x Prism; the last list page at <= 2x the first's cost.
"""

from __future__ import annotations

import argparse
import base64
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from invoiced_contract import free_port, serving
from invoiced_sandbox import HANDLERS, Context, business_ids, load_catalog, open_database, write_transaction

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PRISM = ROOT / "tests" / "portability" / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "openapi.yaml"
API_KEY = "bench_key"
AUTH = "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()
PER_PAGE = 100


@dataclass(frozen=True)
class Result:
    requests_per_second: float
    p99_ms: float
    errors: int
    body_bytes: int

    def __str__(self) -> str:
        errors = f"  ({self.errors} non-2xx/socket errors)" if self.errors else ""
        return (
            f"{self.requests_per_second:9.0f} req/s   p99 {self.p99_ms:7.2f} ms"
            f"   {self.body_bytes:6d} B/response{errors}"
        )


@contextmanager
def _serving(command: Sequence[str], port: int, timeout: float = 60) -> Iterator[str]:
    with serving(command, port, timeout=timeout):
        yield f"http://127.0.0.1:{port}"


def seed_customers(db_path: str, count: int) -> int:
    """Create `count` customers through the sandbox's own handler; return the first one's ID."""
    db = open_database(db_path)
    business = business_ids(db, [API_KEY])[API_KEY]
    catalog = load_catalog()
    create = HANDLERS["createCustomer"]
    now = int(time.time())

    def create_all() -> int:
        first = 0
        for n in range(count):
            ctx = Context(db, catalog, business, now, "http://bench", "/customers", [], {}, {}, {"name": f"C{n}"})
            reply = create(ctx)
            location = dict(reply.headers)["Location"]
            first = first or int(location.rsplit("/", 1)[1])
        return first

    try:
        return write_transaction(db, create_all)
    finally:
        db.close()


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, seconds: int, connections: int) -> Result:
    # The body size says what each server does: Prism's list is its one-item example.
    body_bytes = len(httpx.get(url, headers={"Authorization": AUTH}).content)
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Authorization: {AUTH}", url]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if rate is None or p99 is None:
        raise RuntimeError(f"unexpected wrk output:\n{output}")
    failures = re.findall(r"(?:Non-2xx or 3xx responses:|connect|read|write|timeout) (\d+)", output)
    errors = sum(int(n) for n in failures)
    return Result(float(rate.group(1)), float(p99.group(1)) * _UNITS[p99.group(2)], errors, body_bytes)


def _verdict(ratio: float, target: float, at_least: bool) -> str:
    met = ratio >= target if at_least else ratio <= target
    return "met" if met else "MISSED"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sandbox vs Prism vs bare Starlette, with wrk.")
    parser.add_argument("--seconds", type=int, default=5, help="length of each wrk run (default %(default)s)")
    parser.add_argument("--connections", type=int, default=50, help="wrk connections (default %(default)s)")
    parser.add_argument("--customers", type=int, default=100_000, help="customers in the sandbox (default %(default)s)")
    args = parser.parse_args(argv)
    run = {"seconds": args.seconds, "connections": args.connections}
    last_page = -(-args.customers // PER_PAGE)
    results: dict[str, Result] = {}

    with tempfile.TemporaryDirectory() as scratch:
        db_path = str(Path(scratch) / "bench.db")
        started = time.monotonic()
        first_id = seed_customers(db_path, args.customers)
        print(f"seeded {args.customers} customers in {time.monotonic() - started:.1f} s", flush=True)

        port = free_port()
        sandbox = [str(VENV_BIN / "invoiced-sandbox"), "--port", str(port), "--db", db_path]
        with _serving([*sandbox, "--api-key", API_KEY, "--log-level", "warning"], port) as base:
            results["sandbox single"] = wrk(f"{base}/customers/{first_id}", **run)
            results["sandbox list"] = wrk(f"{base}/customers?per_page={PER_PAGE}", **run)
            results["sandbox last page"] = wrk(f"{base}/customers?per_page={PER_PAGE}&page={last_page}", **run)

    port = free_port()
    prism = [str(PRISM), "mock", str(SPEC), "--host", "127.0.0.1", "--port", str(port), "--errors", "false"]
    with _serving(prism, port, timeout=120) as base:
        results["prism single"] = wrk(f"{base}/customers/{first_id}", **run)
        results["prism list"] = wrk(f"{base}/customers?per_page={PER_PAGE}", **run)

    port = free_port()
    with _serving([sys.executable, str(ROOT / "bench" / "bare_app.py"), "--port", str(port)], port) as base:
        results["bare single"] = wrk(f"{base}/customers/{first_id}", **run)

    print(f"\nwrk -t2 -c{args.connections} -d{args.seconds}s, {args.customers} customers in the sandbox")
    for name, result in results.items():
        print(f"  {name:<18} {result}")

    single, listing = results["sandbox single"], results["sandbox list"]
    checks = [
        ("single GET vs Prism", single.requests_per_second / results["prism single"].requests_per_second, 2.5, True),
        ("single GET vs bare", single.requests_per_second / results["bare single"].requests_per_second, 0.5, True),
        ("100-item list vs Prism", listing.requests_per_second / results["prism list"].requests_per_second, 2.0, True),
        (
            f"last page ({last_page}) cost vs first",
            listing.requests_per_second / results["sandbox last page"].requests_per_second,
            2.0,
            False,
        ),
    ]
    print("\nratios (targets printed, not asserted)")
    for name, ratio, target, at_least in checks:
        sign = ">=" if at_least else "<="
        print(f"  {name:<34} {ratio:6.2f}x   target {sign} {target}x   {_verdict(ratio, target, at_least)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
