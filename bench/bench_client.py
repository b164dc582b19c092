"""Cost of the generated client against raw httpx on the same sandbox, as ratios measured in one run.

Run: `.venv/bin/python bench/bench_client.py [--requests N] [--rounds R]`. The sandbox runs in its own
process, started by the helper `make contract` uses, so the clients measured here do not share the
interpreter with it. Each round sends a short batch from every contender, in rotating order, so
load from elsewhere on a shared machine hits each alike; the figure per contender is its median batch.

Targets (printed, never asserted), from issue #13:
  GET /customers/{id}            client.customers.retrieve(id)      <= 1.15x raw httpx
  a 100-customer page            client.customers.list(per_page=100) <= 1.25x raw httpx
  import invoiced_client         fresh interpreter                  <= 1.30x import httpx
The GET is also timed with per-call options (`extra_headers=`, `timeout=`), with no target: what they cost.
The client parses into typed models; raw httpx stops at `response.json()`. The client decodes JSON with
orjson when it is installed (it is here), so the page is also timed against raw httpx with orjson.
"""

from __future__ import annotations

import argparse
import base64
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
import orjson
import requests
from invoiced_client import InvoicedClient

from invoiced_contract import start_sandbox

API_KEY = "bench_key"
PAGE = 100


def _per_call(call: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


def _import_seconds(statement: str, repeats: int) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(repeats)]
    return statistics.median(runs)


def _race(contenders: dict[str, Callable[[], object]], rounds: int, calls: int) -> dict[str, float]:
    for call in contenders.values():  # warm connections and caches
        _per_call(call, 10)
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(_per_call(contenders[name], calls))
    return {name: statistics.median(values) for name, values in samples.items()}


def _report(title: str, medians: dict[str, float], baseline: str, subject: str, target: float) -> None:
    print(title)
    print(f"  {'contender':<34} {'per call':>10} {'vs httpx':>9}")
    for name, median in medians.items():
        print(f"  {name:<34} {median * 1e6:>7.0f} µs {median / medians[baseline]:>8.2f}x")
    ratio = medians[subject] / medians[baseline]
    print(f"  target {subject} <= {target:.2f}x: {'met' if ratio <= target else 'MISSED'} ({ratio:.2f}x)\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20, help="calls per contender per round")
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--imports", type=int, default=15, help="fresh interpreters per import measurement")
    args = parser.parse_args()

    with start_sandbox(API_KEY) as started:
        base_url = started.base_url
        client = InvoicedClient(API_KEY, base_url=base_url)
        customer_id = client.customers.create(name="Bench Co").id
        for n in range(PAGE - 1):
            client.customers.create(name=f"Bench {n:03}", email=f"b{n}@bench.test", stripe_token="tok_visa")
        auth = {"Authorization": "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()}
        raw = httpx.Client(base_url=base_url, headers=auth)
        session = requests.Session()
        session.headers.update(auth)

        def raw_get(path: str, **params: int) -> Callable[[], object]:
            def call() -> object:
                response = raw.get(path, params=params)
                response.raise_for_status()
                return response.json()

            return call

        def requests_get(path: str) -> Callable[[], object]:
            def call() -> object:
                response = session.get(base_url + path)
                response.raise_for_status()
                return response.json()

            return call

        single = _race(
            {
                "client.customers.retrieve(id)": lambda: client.customers.retrieve(customer_id),
                "  with extra_headers and timeout": lambda: client.customers.retrieve(
                    customer_id, extra_headers={"X-Bench": "1"}, timeout=30.0
                ),
                "raw httpx.Client": raw_get(f"/customers/{customer_id}"),
                "requests.Session": requests_get(f"/customers/{customer_id}"),
            },
            args.rounds,
            args.requests,
        )

        def raw_orjson() -> object:
            response = raw.get("/customers", params={"per_page": PAGE})
            response.raise_for_status()
            return orjson.loads(response.content)

        page = _race(
            {
                "client.customers.list(per_page=100)": lambda: client.customers.list(per_page=PAGE).data,
                "raw httpx.Client": raw_get("/customers", per_page=PAGE),
                "raw httpx.Client + orjson": raw_orjson,
            },
            max(10, args.rounds // 3),
            max(5, args.requests // 2),
        )
        client.close()
        raw.close()
        session.close()

    print(f"sandbox {base_url}, {args.rounds} rounds x {args.requests} calls, median batch\n")
    _report("GET /customers/{id}", single, "raw httpx.Client", "client.customers.retrieve(id)", 1.15)
    _report(
        f"GET /customers?per_page={PAGE} (a page of {PAGE} customers with cards)",
        page,
        "raw httpx.Client",
        "client.customers.list(per_page=100)",
        1.25,
    )
    imports = {
        "import httpx": _import_seconds("import httpx", args.imports),
        "import invoiced_client": _import_seconds("import invoiced_client", args.imports),
        "import requests": _import_seconds("import requests", args.imports),
    }
    print(f"import time (fresh interpreter, median of {args.imports})")
    for name, seconds in imports.items():
        print(f"  {name:<34} {seconds * 1e3:>7.1f} ms {seconds / imports['import httpx']:>8.2f}x")
    ratio = imports["import invoiced_client"] / imports["import httpx"]
    print(f"  target import invoiced_client <= 1.30x: {'met' if ratio <= 1.30 else 'MISSED'} ({ratio:.2f}x)")


if __name__ == "__main__":
    main()
