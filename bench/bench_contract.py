"""Wall time and test cases per second of the default contract run against the sandbox, and where the time goes.

Run: `.venv/bin/python bench/bench_contract.py [--max-examples N]` (or `make bench-contract`). The
sandbox runs in its own process, started by the same helper `make contract` uses, so the CPU time
of each process is measured separately: the server's share is the sandbox's CPU seconds, the
suite's share is schemathesis' (our checks and hooks included), the rest is waiting.
Baseline, measured in the same run: plain `requests` calls to the same sandbox (create and
retrieve a customer), giving the cost of one bare request; the ratio says how much a test case
costs beyond the HTTP round trip. Target (printed, never asserted): the default run over all
operations within 60 s. `--workers N` passes schemathesis' option through; `--no-fixtures` sends
every case as generated (CONTRACT_FIXTURES=off), to see what the fixtures cost.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import secrets
import subprocess
import tempfile
import time
from pathlib import Path

import requests

from invoiced_contract import SECOND_KEY_VARIABLE, schemathesis_command, start_sandbox

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 60.0
BASELINE_REQUESTS = 400


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a running process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def _baseline(base_url: str, api_key: str) -> float:
    """Seconds per bare request: create a customer, then retrieve it."""
    session = requests.Session()
    session.auth = (api_key, "")
    started = time.perf_counter()
    for index in range(BASELINE_REQUESTS // 2):
        created = session.post(f"{base_url}/customers", json={"name": f"Baseline {index}"})
        session.get(created.headers["Location"])
    return (time.perf_counter() - started) / BASELINE_REQUESTS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=None, help="as MAX_EXAMPLES (default: the suite's)")
    parser.add_argument("--workers", default=None, help="schemathesis --workers (default: the suite's)")
    parser.add_argument("--no-fixtures", action="store_true", help="send every case as generated")
    parser.add_argument("--reports", type=Path, default=None, help="keep junit.xml and coverage.{json,md} here")
    args = parser.parse_args()
    api_key, second_key = f"bench_{secrets.token_hex(6)}", f"bench_b_{secrets.token_hex(6)}"
    extra = ("--no-color", *(("--workers", args.workers) if args.workers else ()))
    env = {**os.environ, "API_KEY": api_key, SECOND_KEY_VARIABLE: second_key}
    if args.no_fixtures:
        env["CONTRACT_FIXTURES"] = "off"
    with tempfile.TemporaryDirectory() as tmp, start_sandbox(api_key, second_key) as sandbox:
        base_url = sandbox.base_url
        per_request = _baseline(base_url, api_key)
        server_before = _cpu_seconds(sandbox.pid)
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        command = schemathesis_command(
            base_url, max_examples=args.max_examples, junit_path=(args.reports or Path(tmp)) / "junit.xml", extra=extra
        )
        started = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        server = _cpu_seconds(sandbox.pid) - server_before
    suite = (children.ru_utime - children_before.ru_utime) + (children.ru_stime - children_before.ru_stime)
    generated = re.search(r"(\d+) generated", done.stdout)
    cases = int(generated[1]) if generated else 0
    phases = re.findall(r"(Examples|Coverage|Fuzzing|Stateful) \(in ([\d.]+)s\)", done.stdout)
    print(f"default contract run against the sandbox (exit status {done.returncode})")
    verdict = "met" if wall <= TARGET_SECONDS else "MISSED"
    print(f"  wall time            {wall:7.1f} s   (target <= {TARGET_SECONDS:.0f} s: {verdict})")
    print(f"  test cases           {cases:7d}     ({cases / wall:.0f} per second)")
    for phase, seconds in phases:
        print(f"    {phase:<18} {float(seconds):7.1f} s")
    links = re.search(r"Links covered: (\d+) of (\d+)", done.stdout)
    if links:
        print(f"  links covered        {links[1]:>7} of {links[2]}")
    waiting = max(0.0, wall - suite - server)
    print("where the time goes (CPU seconds, share of wall time):")
    print(f"  schemathesis + checks {suite:6.1f} s   ({suite / wall:.0%})")
    print(f"  sandbox server        {server:6.1f} s   ({server / wall:.0%})")
    print(f"  neither (waiting, or the machine busy elsewhere) {waiting:6.1f} s   ({waiting / wall:.0%})")
    bottleneck = "the sandbox" if server > suite else "schemathesis and the checks"
    print(f"  the busier side: {bottleneck} ({max(server, suite) / max(min(server, suite), 0.01):.1f}x the other)")
    print("baseline, same sandbox, same run:")
    print(f"  bare request          {per_request * 1000:6.2f} ms  ({1 / per_request:.0f} per second)")
    if cases:
        print(f"  one test case costs   {wall / cases / per_request:6.1f} x a bare request")


if __name__ == "__main__":
    main()
