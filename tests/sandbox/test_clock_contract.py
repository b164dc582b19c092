"""The contract suite for the sandbox controls: schemathesis runs spec/sandbox.yaml against a fresh sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from invoiced_contract import start_sandbox
from invoiced_spec import SANDBOX_SPEC_PATH

CONFIG = Path(__file__).with_name("schemathesis-controls.toml")
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


@pytest.mark.timeout(900)
def test_the_controls_pass_their_contract_suite(tmp_path: Path) -> None:
    with start_sandbox("contract_key") as sandbox:
        result = subprocess.run(
            [str(SCHEMATHESIS), "--config-file", str(CONFIG), "run", str(SANDBOX_SPEC_PATH), "--url", sandbox.base_url,
             "--max-examples", "10", "--report", "junit", "--report-junit-path", str(tmp_path / "junit.xml")],
            env={**os.environ, "API_KEY": "contract_key"}, capture_output=True, text=True, timeout=840,
        )  # fmt: skip
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
