"""Against a rate-limited server the suite sees the documented 429 and still passes: its follow-ups wait."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.sandbox import RunningSandbox, serve_sandbox

from .suite import run_suite

pytestmark = pytest.mark.slow

# Requests per second per business: low enough that a run trips it, high enough to finish quickly.
RATE = 40.0


@pytest.fixture
def limited(tmp_path: Path) -> Iterator[RunningSandbox]:
    with serve_sandbox(tmp_path / "sandbox.db", rate_limit=RATE) as running:
        yield running


def test_429_is_seen_and_the_run_passes(limited: RunningSandbox, tmp_path: Path) -> None:
    run = run_suite(
        limited.base_url,
        limited.api_key,
        tmp_path,
        max_examples=5,
        extra=("--include-tag", "Customers"),
        second_key=limited.api_keys[1],
    )
    assert run.returncode == 0 and run.failures == 0, run.output[-6000:]
    assert run.coverage is not None
    seen = {code for entry in run.coverage["operations"] for code, count in entry["statuses"].items() if count}
    assert "429" in seen, sorted(seen)
