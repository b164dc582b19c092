"""What a docs page costs a reader: bytes over the wire and time to first contentful paint.

Run: `.venv/bin/python bench/bench_docs.py [--rounds R] [--against SITE_DIR]` (or `make bench-docs`).
The site is built into a temporary directory and served from loopback; Debian's chromium loads
each page R times in a fresh context (empty cache), alternating with a baseline page of the same
server that holds one heading and nothing else, so load from elsewhere on the shared machine hits
both alike. `--against` serves a second, already built site (say, one built from an older commit)
and loads its pages interleaved with this one's, for a before/after under the same load.

Targets (printed, never asserted): every page <= 150 KB gzipped before search is used, and first
contentful paint <= 0.5 s. Paint is shown as the median, the 90th percentile and the worst of the R
loads, and as the median's ratio to the baseline's. On a shared machine the wall-clock time is
mostly waiting for a core, so one traced load per page also gives the renderer's main-thread CPU
time spent before the first paint: the page's own work, which load elsewhere does not inflate.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import gzip
import http.server
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
BUDGET_BYTES = 150 * 1024
FCP_TARGET = 0.5
BASELINE = "bench-baseline.html"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_FCP = "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle(self) -> None:
        # chromium drops connections it no longer needs when a context closes.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()


def _serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    (site / BASELINE).write_text("<!doctype html><title>baseline</title><h1>Baseline</h1>\n", encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def _load(browser: Browser, url: str, site: Path, base: str) -> tuple[float, int, bool]:
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(url, wait_until="networkidle")
    fcp = float(page.evaluate(_FCP))
    context.close()
    local = [u for u in fetched if u.startswith(base)]
    size = sum(len(gzip.compress((site / u.removeprefix(base).split("#")[0]).read_bytes())) for u in local)
    return fcp / 1000, size, any(u.endswith("search.json") for u in fetched)


def _main_thread_cpu_before_paint(trace: dict[str, Any] | list[Any], page_url: str) -> tuple[float, float]:
    """(first paint, main-thread CPU time before it) in seconds, from a chromium trace of one load."""
    events: list[dict[str, Any]] = trace["traceEvents"] if isinstance(trace, dict) else trace
    start = next(
        e
        for e in events
        if e.get("name") == "navigationStart" and e["args"]["data"].get("documentLoaderURL") == page_url
    )
    navigation = start["args"]["data"]["navigationId"]
    painted = next(
        e["ts"]
        for e in events
        if e.get("name") == "firstContentfulPaint" and e["args"]["data"].get("navigationId") == navigation
    )
    tasks = sorted(
        (
            e
            for e in events
            if (e["pid"], e["tid"]) == (start["pid"], start["tid"])
            and e.get("ph") == "X"
            and "tdur" in e
            and start["ts"] <= e["ts"] < painted
        ),
        key=lambda e: (e["ts"], -e["dur"]),
    )
    cpu, end = 0.0, 0
    for task in tasks:  # top-level tasks only: nested events would count twice
        if task["ts"] >= end:
            end = task["ts"] + task["dur"]
            share = min(1.0, (painted - task["ts"]) / max(task["dur"], 1))
            cpu += task["tdur"] * share
    return (painted - start["ts"]) / 1e6, cpu / 1e6


def _traced(browser: Browser, base: str, name: str, scratch: Path) -> tuple[float, float]:
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.goto(base + BASELINE)
    path = scratch / f"{base.rsplit(':', 1)[-1].strip('/')}-{name}.trace.json"
    browser.start_tracing(page=page, path=str(path), categories=["devtools.timeline", "blink.user_timing", "loading"])
    page.goto(base + name, wait_until="networkidle")
    browser.stop_tracing()
    context.close()
    return _main_thread_cpu_before_paint(json.loads(path.read_text(encoding="utf-8")), base + name)


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def _build(site: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=True,
        timeout=300,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--against", type=Path, help="another built site, loaded interleaved with this one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        site = scratch / "site"
        _build(site)
        sites = {"this build": site}
        if args.against:
            sites[f"against {args.against}"] = args.against.resolve()
        pages = sorted(p.name for p in site.glob("*.html") if p.name not in ("404.html", BASELINE))
        served = {label: _serve(path) for label, path in sites.items()}
        baseline: list[float] = []
        paints: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
        sizes: dict[tuple[str, str], int] = {}
        searched: set[tuple[str, str]] = set()
        traced: dict[tuple[str, str], tuple[float, float]] = {}
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                for round_ in range(args.rounds):
                    for name in pages:
                        labels = list(sites) if round_ % 2 == 0 else list(reversed(sites))
                        for label in labels:
                            _, base = served[label]
                            baseline.append(_load(browser, base + BASELINE, sites[label], base)[0])
                            fcp, size, search = _load(browser, base + name, sites[label], base)
                            paints[(label, name)].append(fcp)
                            sizes[(label, name)] = size
                            if search:
                                searched.add((label, name))
                for label in sites:
                    for name in pages:
                        traced[(label, name)] = _traced(browser, served[label][1], name, scratch)
                browser.close()
        finally:
            for server, _ in served.values():
                server.shutdown()
    floor = statistics.median(baseline)
    print(f"baseline page: first contentful paint {floor:.3f} s (median of {len(baseline)})")
    print(f"{args.rounds} loads per page; FCP median / p90 / worst; CPU = renderer main thread before first paint")
    header = f"{'site':<14} {'page':<20} {'gzipped':>9} {'FCP med':>8} {'p90':>6} {'worst':>6}"
    print(header + f" {'vs target':>9} {'vs baseline':>11} {'CPU':>7}  search index")
    for label in sites:
        for name in pages:
            times = paints[(label, name)]
            fcp = statistics.median(times)
            cpu = f"{traced[(label, name)][1]:6.3f}s"
            print(
                f"{label[:14]:<14} {name:<20} {sizes[(label, name)] / 1024:7.1f}KB {fcp:7.3f}s {_p90(times):5.3f}s "
                f"{max(times):5.3f}s {fcp / FCP_TARGET:8.2f}x {fcp / floor:10.2f}x {cpu}  "
                f"{'LOADED' if (label, name) in searched else 'not loaded'}"
            )
        worst = max(pages, key=lambda n: statistics.median(paints[(label, n)]))
        heaviest = max(pages, key=lambda n: sizes[(label, n)])
        print(
            f"{label}: worst page {worst} (FCP median {statistics.median(paints[(label, worst)]):.3f} s, "
            f"target {FCP_TARGET} s); heaviest {heaviest} ({sizes[(label, heaviest)] / 1024:.1f} KB of "
            f"{BUDGET_BYTES // 1024} KB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
