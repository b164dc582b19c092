"""What a docs page costs a reader: bytes over the wire and time to first contentful paint.

Run: `.venv/bin/python bench/bench_docs.py [--rounds R]` (or `make bench-docs`). The site is built
into a temporary directory and served from loopback; Debian's chromium loads each page R times in
a fresh context (empty cache), alternating with a baseline page of the same server that holds one
heading and nothing else, so load from elsewhere on the shared machine hits both alike.
Targets (printed, never asserted): every page <= 150 KB gzipped before search is used, and first
contentful paint <= 0.5 s, shown as the median and as a ratio to the baseline's median.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
BUDGET_BYTES = 150 * 1024
FCP_TARGET = 0.5
BASELINE = "bench-baseline.html"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _load(browser: Browser, url: str, site: Path, base: str) -> tuple[float, int, bool]:
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(url, wait_until="networkidle")
    fcp = float(page.evaluate("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN"))
    context.close()
    size = sum(len(gzip.compress((site / u.removeprefix(base).split("#")[0]).read_bytes())) for u in fetched)
    return fcp / 1000, size, any(u.endswith("search.json") for u in fetched)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "-q",
                "-f",
                str(ROOT / "mkdocs.yml"),
                "-d",
                str(site),
            ],
            cwd=ROOT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            check=True,
            timeout=300,
        )
        (site / BASELINE).write_text("<!doctype html><title>baseline</title><h1>Baseline</h1>\n", encoding="utf-8")
        pages = sorted(p.name for p in site.glob("*.html") if p.name not in ("404.html", BASELINE))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
                baseline: list[float] = []
                results: dict[str, tuple[list[float], int, bool]] = {}
                for _ in range(args.rounds):
                    for name in pages:
                        baseline.append(_load(browser, base + BASELINE, site, base)[0])
                        fcp, size, searched = _load(browser, base + name, site, base)
                        times, _, seen = results.get(name, ([], 0, False))
                        results[name] = ([*times, fcp], size, seen or searched)
                browser.close()
        finally:
            server.shutdown()
    floor = statistics.median(baseline)
    print(f"baseline page: first contentful paint {floor:.3f} s (median of {len(baseline)})")
    print(f"{'page':<20} {'gzipped':>9} {'of budget':>9} {'FCP':>7} {'vs target':>9} {'vs baseline':>11}  search index")
    for name, (times, size, searched) in results.items():
        fcp = statistics.median(times)
        print(
            f"{name:<20} {size / 1024:7.1f}KB {size / BUDGET_BYTES:8.2f}x {fcp:6.3f}s {fcp / FCP_TARGET:8.2f}x "
            f"{fcp / floor:10.2f}x  {'LOADED' if searched else 'not loaded'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
