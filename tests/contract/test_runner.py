"""`make contract` against a fresh sandbox passes, bounded so that `make test` stays quick."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from invoiced_contract import SECOND_KEY_VARIABLE
from invoiced_contract._spec import all_operations

pytestmark = pytest.mark.slow

# Enough for every phase to run every operation, and the stateful chains to form.
MAX_EXAMPLES = 10
ROOT = Path(__file__).resolve().parents[2]


def test_the_suite_passes_against_a_fresh_sandbox(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    env = {k: v for k, v in os.environ.items() if k not in ("BASE_URL", "API_KEY", SECOND_KEY_VARIABLE)}
    command = [sys.executable, "-m", "invoiced_contract", "--max-examples", str(MAX_EXAMPLES), "--junit", str(junit)]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-8000:]
    suite = ET.parse(junit).getroot()
    cases = suite.iter("testcase")
    assert len(list(cases)) >= 27, "every operation of the spec should have been tested"
    assert "Stateful" in output
    # The coverage report, beside the JUnit report, as JSON and as Markdown; its figures in the summary.
    report = json.loads((tmp_path / "coverage.json").read_text())
    assert (tmp_path / "coverage.md").read_text().startswith("# Contract suite coverage")
    assert re.search(r"Links covered: \d+ of \d+", output)
    assert {entry["operationId"] for entry in report["operations"]} == {op.operation_id for op in all_operations()}
    for entry in report["operations"]:
        # The fixtures carry most valid requests past "no such object" to the operation's own logic.
        share = entry["positive"]["accepted_share"]
        assert share is not None and share >= 0.5, f"{entry['operation']}: {entry['positive']}"
    seen = {code for entry in report["operations"] for code, count in entry["statuses"].items() if count}
    # Every documented status the sandbox produces without rate limiting (403 and 500 it never sends).
    assert {"200", "201", "204", "400", "401", "404", "413", "415"} <= seen, sorted(seen)
    # The IDs valid cases send are mapped onto fixtures, so the 404 of an ID that names nothing comes from the
    # suite's own probe, once per operation taking an ID in its path: every such operation sees it.
    unseen_404 = [
        entry["operation"]
        for entry in report["operations"]
        if "{" in entry["operation"] and not entry["statuses"].get("404", 1)
    ]
    assert not unseen_404, f"404 never seen on {unseen_404}"
    assert "missing test data" not in output.lower() and "validation mismatch" not in output.lower()
