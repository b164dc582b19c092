"""Strict validators and linters of the wider ecosystem accept the spec as it is, with nothing to report."""

from __future__ import annotations

import json

import pytest

from invoiced_spec import SPEC_PATH
from tests.portability.tools import HERE, node_tool, python_tool, run


@pytest.mark.slow  # a JVM start, some 12 s
def test_openapi_generator_validate_finds_no_issue() -> None:
    # swagger-parser underneath: the strictest reader of links, refs and formats.
    done = run([python_tool("openapi-generator-cli"), "validate", "-i", str(SPEC_PATH)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No validation issues detected." in done.stdout, done.stdout


def test_redocly_recommended_ruleset_has_no_error_and_no_warning() -> None:
    command = [node_tool("redocly"), "lint", str(SPEC_PATH), "--config", str(HERE / "redocly.yaml")]
    done = run([*command, "--format", "json"])
    report = json.loads(done.stdout)
    problems = [f"{p['severity']} {p['ruleId']}: {p['message']}" for p in report["problems"]]
    assert report["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}, problems
    assert done.returncode == 0, done.stderr


def test_spectral_oas_ruleset_reports_nothing() -> None:
    command = [node_tool("spectral"), "lint", str(SPEC_PATH), "--ruleset", str(HERE / "spectral.yaml")]
    done = run([*command, "--format", "json", "--fail-severity", "hint", "--quiet"])
    problems = json.loads(done.stdout or "[]")
    assert problems == [], [f"{p['code']} at {'.'.join(map(str, p['path']))}: {p['message']}" for p in problems]
    assert done.returncode == 0, done.stderr
