"""Cost of the generated client against raw httpx on the same sandbox, as ratios measured in one run.

Run: `make bench-client`, or `.venv/bin/python bench/bench_client.py [--requests N] [--rounds R]
[--page-rounds R] [--imports R]`. The sandbox runs in its own process, started by the helper
`make contract` uses, so the clients measured here do not share the interpreter with it.

Each round sends a short batch from every contender, in rotating order, so load from elsewhere on a
shared machine hits each alike. A ratio is taken per round (a contender's batch against the
baseline's batch of the same round, moments apart), and the figure is the median of those per-round
ratios, printed with their spread (25th to 75th percentile): drift in the machine's load between
rounds then cancels out instead of landing on whichever contender it happened to hit. Each batch
also records this process's CPU time per call (the sandbox runs elsewhere) and its per-round ratio:
the part of the cost that is the client's own, which the machine's load hardly moves. Imports run
the same way, one fresh interpreter per statement per round.

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
from dataclasses import dataclass, field

import httpx
import orjson
import requests
from invoiced_client import InvoicedClient

from invoiced_contract import start_sandbox

API_KEY = "bench_key"
PAGE = 100


@dataclass
class Samples:
    """One contender's batches: wall and CPU seconds per call, one entry per round."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def _per_call(call: Callable[[], object], calls: int) -> tuple[float, float]:
    """(wall, CPU) seconds per call over a batch of `calls`."""
    cpu_started = time.process_time()
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls, (time.process_time() - cpu_started) / calls


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    low, median, high = statistics.quantiles(values, n=4, method="inclusive")
    return low, median, high


def _import_seconds(statement: str) -> tuple[float, float]:
    """(wall, CPU) seconds `statement` takes in a fresh interpreter."""
    code = (
        "import time; t, c = time.perf_counter(), time.process_time(); "
        f"{statement}; print(time.perf_counter() - t, time.process_time() - c)"
    )
    wall, cpu = subprocess.check_output([sys.executable, "-c", code], text=True).split()
    return float(wall), float(cpu)


def _import_race(statements: list[str], rounds: int) -> dict[str, Samples]:
    """Fresh interpreters in rounds, in rotating order, like `_race`: one import of each per round."""
    samples = {statement: Samples() for statement in statements}
    for round_number in range(rounds):
        shift = round_number % len(statements)
        for statement in statements[shift:] + statements[:shift]:
            wall, cpu = _import_seconds(statement)
            samples[statement].wall.append(wall)
            samples[statement].cpu.append(cpu)
    return samples


def _race(contenders: dict[str, Callable[[], object]], rounds: int, calls: int) -> dict[str, Samples]:
    for call in contenders.values():  # warm connections and caches
        _per_call(call, 10)
    samples = {name: Samples() for name in contenders}
    names = list(contenders)
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            wall, cpu = _per_call(contenders[name], calls)
            samples[name].wall.append(wall)
            samples[name].cpu.append(cpu)
    return samples


def _per_round(values: list[float], baseline: list[float]) -> tuple[float, float, float]:
    """(p25, median, p75) of the per-round ratios of `values` to `baseline`."""
    return _quartiles([value / base for value, base in zip(values, baseline, strict=True)])


def _report(
    title: str, samples: dict[str, Samples], baseline: str, subject: str, target: float, unit: str = "µs"
) -> None:
    """A table of every contender against `baseline`, and the verdict on `subject`; `unit` is µs (per call) or ms."""
    scale = 1e6 if unit == "µs" else 1e3
    print(title)
    print(f"  {'contender':<34} {'wall':>10} {'wall vs httpx (p25-p75)':>24} {'CPU':>9} {'CPU vs httpx':>13}")
    base = samples[baseline]
    for name, sample in samples.items():
        low, ratio, high = _per_round(sample.wall, base.wall)
        _, cpu_ratio, _ = _per_round(sample.cpu, base.cpu)
        wall, cpu = statistics.median(sample.wall) * scale, statistics.median(sample.cpu) * scale
        print(
            f"  {name:<34} {wall:>7.1f} {unit} {ratio:>10.2f}x ({low:.2f}-{high:.2f})"
            f" {cpu:>6.1f} {unit} {cpu_ratio:>12.2f}x"
        )
    low, ratio, high = _per_round(samples[subject].wall, base.wall)
    verdict = "met" if ratio <= target else "MISSED"
    print(f"  target {subject} <= {target:.2f}x: {verdict} ({ratio:.2f}x, p25-p75 {low:.2f}-{high:.2f})\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20, help="calls per contender per round")
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--page-rounds", type=int, default=40, help="rounds of the page race")
    parser.add_argument(
        "--imports", type=int, default=15, help="rounds of fresh interpreters, one per statement per round"
    )
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
            args.page_rounds,
            max(5, args.requests // 2),
        )
        client.close()
        raw.close()
        session.close()

    print(f"sandbox {base_url}; GET: {args.rounds} rounds x {args.requests} calls; page: {args.page_rounds} rounds")
    print("ratio = median over rounds of (contender batch / httpx batch in the same round)\n")
    _report("GET /customers/{id}", single, "raw httpx.Client", "client.customers.retrieve(id)", 1.15)
    _report(
        f"GET /customers?per_page={PAGE} (a page of {PAGE} customers with cards)",
        page,
        "raw httpx.Client",
        "client.customers.list(per_page=100)",
        1.25,
    )
    imports = _import_race(["import httpx", "import invoiced_client", "import requests"], args.imports)
    title = f"import time (a fresh interpreter per import, {args.imports} rounds)"
    _report(title, imports, "import httpx", "import invoiced_client", 1.30, unit="ms")


if __name__ == "__main__":
    main()
