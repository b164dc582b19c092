"""Per-request cost of the generated client against raw httpx and requests, all on the same sandbox GET.

Run: `.venv/bin/python bench/bench_client.py [--requests N] [--rounds R]`. The sandbox runs in its own
process, started by the helper `make contract` uses, so the clients measured here do not share the
interpreter with it.
Each round sends a short batch from every client, in rotating order, so load from elsewhere on a
shared machine hits each client alike; the figure per client is its median batch.
Target (printed, never asserted): the generated client within 1.25x of raw httpx.
"""

from __future__ import annotations

import argparse
import base64
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import requests
from invoiced_client import InvoicedClient
from invoiced_client.api.customers import create_customer, retrieve_customer
from invoiced_client.models import CustomerCreate

from invoiced_contract._runner import start_sandbox

API_KEY = "bench_key"
TARGET = 1.25
VENV_BIN = Path(sys.executable).parent


def _per_request(call: Callable[[], object], requests_per_round: int) -> float:
    started = time.perf_counter()
    for _ in range(requests_per_round):
        call()
    return (time.perf_counter() - started) / requests_per_round


def _import_seconds(statement: str, repeats: int = 5) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(repeats)]
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=25, help="GETs per client per round")
    parser.add_argument("--rounds", type=int, default=80)
    args = parser.parse_args()

    with start_sandbox(API_KEY) as started:
        base_url = started.base_url
        client = InvoicedClient(API_KEY, base_url=base_url)
        customer_id = create_customer.sync(client=client, body=CustomerCreate(name="Bench Co")).id
        url = f"{base_url}/customers/{customer_id}"
        auth = {"Authorization": "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()}
        raw = httpx.Client(headers=auth)
        session = requests.Session()
        session.headers.update(auth)

        def generated() -> object:
            return retrieve_customer.sync(customer_id, client=client)

        def raw_httpx() -> object:
            response = raw.get(url)
            response.raise_for_status()
            return response.json()

        def requests_session() -> object:
            response = session.get(url)
            response.raise_for_status()
            return response.json()

        contenders = {
            "generated client": generated,
            "raw httpx.Client": raw_httpx,
            "requests.Session": requests_session,
        }
        for call in contenders.values():  # warm connections and caches
            _per_request(call, 20)
        samples: dict[str, list[float]] = {name: [] for name in contenders}
        names = list(contenders)
        for round_number in range(args.rounds):
            shift = round_number % len(names)
            for name in names[shift:] + names[:shift]:
                samples[name].append(_per_request(contenders[name], args.requests))
        client.close()
        raw.close()
        session.close()

    baseline = statistics.median(samples["raw httpx.Client"])
    print(f"GET /customers/{{id}} on the sandbox, {args.rounds} rounds x {args.requests} requests, median batch")
    print(f"{'client':<20} {'per request':>12} {'vs httpx':>9}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:<20} {median * 1e6:>9.0f} µs {median / baseline:>8.2f}x")
    ratio = statistics.median(samples["generated client"]) / baseline
    verdict = "met" if ratio <= TARGET else "MISSED"
    print(f"target: generated client <= {TARGET:.2f}x raw httpx: {verdict} ({ratio:.2f}x)")

    print("\nimport time (fresh interpreter, best of 5)")
    imports = {
        "httpx": "import httpx",
        "requests": "import requests",
        "invoiced_client": "import invoiced_client",
        "+ retrieve_customer": "from invoiced_client.api.customers import retrieve_customer",
    }
    for name, statement in imports.items():
        print(f"{name:<20} {_import_seconds(statement) * 1e3:>9.1f} ms")


if __name__ == "__main__":
    main()
