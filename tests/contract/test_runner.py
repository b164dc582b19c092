"""`make contract` against a fresh sandbox passes, bounded so that `make test` stays quick."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from invoiced_contract._runner import REPO_ROOT

pytestmark = pytest.mark.slow

# Enough for every phase to run every operation, and the stateful chains to form.
MAX_EXAMPLES = 10


def test_the_suite_passes_against_a_fresh_sandbox(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    env = {k: v for k, v in os.environ.items() if k not in ("BASE_URL", "API_KEY")}
    command = [sys.executable, "-m", "invoiced_contract", "--max-examples", str(MAX_EXAMPLES), "--junit", str(junit)]
    done = subprocess.run(command, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-8000:]
    suite = ET.parse(junit).getroot()
    cases = suite.iter("testcase")
    assert len(list(cases)) >= 27, "every operation of the spec should have been tested"
    assert "Stateful" in output
