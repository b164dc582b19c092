"""The suite has teeth: through a proxy that injects one fault at a time, every fault fails the run.

The same selection of operations, run through the proxy in pass-through
mode, passes; so a failing mutant fails because of its fault. The mutation
score (faults caught / faults injected) must be 100%.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from invoiced_contract._fixtures import FIXTURE_NAME
from tests.contract.suite import SuiteRun, run_suite
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox

from .proxy import FAULTS, serve_proxy

pytestmark = pytest.mark.slow

# Each fault names the tags whose operations reach it: the Customers operations cover the HTTP-level
# faults (create/retrieve/update/delete chains, a list with Link and X-Total-Count, errors with
# `param`, authentication, a second business), Invoices and Transactions the billing ones. Few
# examples keep the run short; a run stops at its first failure.
MAX_EXAMPLES = 5


def _selection(tags: tuple[str, ...]) -> tuple[str, ...]:
    return (*(part for tag in tags for part in ("--include-tag", tag)), "--max-failures", "1")


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with serve_sandbox(tmp_path_factory.mktemp("sandbox") / "sandbox.db") as running:
        yield running


def _through_proxy(sandbox: RunningSandbox, fault: str | None, report_dir: Path, tags: tuple[str, ...]) -> SuiteRun:
    second = sandbox.api_keys[1]
    with serve_proxy(sandbox.base_url, sandbox.api_key, fault, second_key=second) as base_url:
        return run_suite(
            base_url, sandbox.api_key, report_dir, max_examples=MAX_EXAMPLES, extra=_selection(tags), second_key=second
        )


def test_a_plain_proxy_in_front_changes_nothing(healthy: RunningSandbox, tmp_path: Path) -> None:
    """Every operation, through a transparent reverse proxy (as many staging servers sit behind): a pass."""
    run = _through_proxy(healthy, None, tmp_path, ())
    assert run.returncode == 0 and run.failures == 0 and run.errors == 0, run.output[-6000:]
    assert run.coverage is not None and run.tests >= len(run.coverage["operations"])
    # The fixtures the suite made through the API are gone again.
    left: list[int] = []
    with healthy.client() as client:
        for page in range(1, 51):
            customers = client.get("/customers", params={"per_page": 100, "page": page}).json()
            left += [c["id"] for c in customers if FIXTURE_NAME in (c["name"] or "")]
            if len(customers) < 100:
                break
    assert not left, f"fixture customers left behind: {left}"


def test_every_fault_is_caught(healthy: RunningSandbox, tmp_path: Path) -> None:
    def attempt(fault: str) -> tuple[str, SuiteRun]:
        report_dir = tmp_path / fault
        report_dir.mkdir()
        return fault, _through_proxy(healthy, fault, report_dir, FAULTS[fault].tags)

    # Two at a time: one schemathesis process per core, the servers share the rest.
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(pool.map(attempt, FAULTS))
    caught = [fault for fault, run in runs.items() if run.returncode != 0 and run.failures > 0]
    score = len(caught) / len(FAULTS)
    print(f"\nmutation score: {len(caught)}/{len(FAULTS)} = {score:.0%}")
    survivors = {fault: runs[fault].output[-3000:] for fault in FAULTS if fault not in caught}
    assert not survivors, f"mutation score {score:.0%}; faults the suite missed: {list(survivors)}\n" + "\n\n".join(
        f"== {fault}: {FAULTS[fault].description}\n{output}" for fault, output in survivors.items()
    )
    for fault in caught:
        failures = [element.text or "" for element in ET.parse(runs[fault].junit).getroot().iter("failure")]
        # A curl command to run as it stands: the key comes from $API_KEY, not a "[Filtered]" Authorization
        # header. Body fields schemathesis hides by name (a chain's `stripe_token`, a card token) stay hidden.
        unreproducible = [
            text[-1500:] for text in failures if "curl " not in text or "Authorization: [Filtered]" in text
        ]
        assert not unreproducible, f"{fault}: JUnit failures without a runnable curl reproduction: {unreproducible}"
