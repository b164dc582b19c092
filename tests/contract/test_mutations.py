"""The suite has teeth: through a proxy that injects one fault at a time, every fault fails the run.

The same selection of operations, run through the proxy in pass-through
mode, passes; so a failing mutant fails because of its fault. The mutation
score (faults caught / faults injected) must be 100%.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.contract.suite import SuiteRun, run_suite
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox

from .proxy import FAULTS, serve_proxy

pytestmark = pytest.mark.slow

# The Customers operations cover every fault kind: create/retrieve/update/delete chains, a list with
# Link and X-Total-Count, errors with `param`, and authentication. Few examples keep the run short;
# a run stops at its first failure.
SELECTION = ("--include-tag", "Customers", "--max-failures", "1")
MAX_EXAMPLES = 5


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with serve_sandbox(tmp_path_factory.mktemp("sandbox") / "sandbox.db") as running:
        yield running


def _through_proxy(sandbox: RunningSandbox, fault: str | None, report_dir: Path) -> SuiteRun:
    with serve_proxy(sandbox.base_url, sandbox.api_key, fault) as base_url:
        return run_suite(base_url, sandbox.api_key, report_dir, max_examples=MAX_EXAMPLES, extra=SELECTION)


def test_pass_through_passes(healthy: RunningSandbox, tmp_path: Path) -> None:
    run = _through_proxy(healthy, None, tmp_path)
    assert run.returncode == 0 and run.failures == 0 and run.errors == 0, run.output[-6000:]
    assert run.tests > 0


def test_every_fault_is_caught(healthy: RunningSandbox, tmp_path: Path) -> None:
    def attempt(fault: str) -> tuple[str, SuiteRun]:
        report_dir = tmp_path / fault
        report_dir.mkdir()
        return fault, _through_proxy(healthy, fault, report_dir)

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
