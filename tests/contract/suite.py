"""The contract suite run as `make contract` runs it, but against a chosen server."""

from __future__ import annotations

import json
import os
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from invoiced_contract import SECOND_KEY_VARIABLE, schemathesis_command

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class SuiteRun:
    returncode: int
    output: str
    failures: int
    errors: int
    tests: int
    junit: Path
    coverage: dict[str, Any] | None


def run_suite(
    base_url: str,
    api_key: str,
    report_dir: Path,
    *,
    max_examples: int,
    extra: tuple[str, ...] = (),
    second_key: str | None = None,
) -> SuiteRun:
    """`schemathesis run` with the project's schemathesis.toml; the JUnit report gives the tally.

    The coverage report lands beside the JUnit report, in `report_dir`.
    """
    junit = report_dir / "junit.xml"
    command = schemathesis_command(base_url, max_examples=max_examples, junit_path=junit, extra=extra)
    env = {k: v for k, v in os.environ.items() if k != SECOND_KEY_VARIABLE}
    env |= {"API_KEY": api_key, "NO_COLOR": "1"}
    if second_key is not None:
        env[SECOND_KEY_VARIABLE] = second_key
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    root = ET.parse(junit).getroot() if junit.exists() else None
    suites = [root] if root is not None and root.tag == "testsuite" else list(root or [])
    return SuiteRun(
        returncode=done.returncode,
        output=done.stdout + done.stderr,
        failures=sum(int(s.get("failures", 0)) for s in suites),
        errors=sum(int(s.get("errors", 0)) for s in suites),
        tests=sum(int(s.get("tests", 0)) for s in suites),
        junit=junit,
        coverage=json.loads(coverage.read_text()) if (coverage := report_dir / "coverage.json").exists() else None,
    )
