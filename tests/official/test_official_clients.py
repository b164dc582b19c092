"""The official `invoiced` clients from PyPI, unmodified, against a sandbox.

Each pinned version lives in a venv of its own (`make official-clients`, pins in
constraints-<version>.txt) and walks the reference's samples in walk.py. Here every HTTP
exchange of that walk is checked against the spec, and the walk must have reached every
operation the spec and that version share.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from invoiced_spec import Operation, load_spec, operations
from tests.fixtures.sandbox import RunningSandbox, check_response

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SPEC = load_spec()
VERSIONS = sorted(
    path.name.removeprefix("constraints-").removesuffix(".txt") for path in HERE.glob("constraints-*.txt")
)

# What a version's classes cannot reach at all. 3.0.0 models /payments, /charges and
# /charges/{id}/refunds instead of /transactions, and dropped Customer.subscriptions().
LACKS: dict[str, set[str]] = {
    "0.3.0": set(),
    "3.0.0": {op.operation_id for op in operations(SPEC) if op.tag == "Transactions"} | {"listCustomerSubscriptions"},
}

_TEMPLATES = [
    (op, re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$")) for op in operations(SPEC)
]


def operation_of(method: str, path: str) -> Operation | None:
    for op, pattern in _TEMPLATES:
        if op.method == method.lower() and pattern.match(path):
            return op
    return None


def as_response(exchange: dict[str, Any]) -> httpx.Response:
    request = httpx.Request(exchange["method"], exchange["url"])
    return httpx.Response(
        exchange["status"], headers=exchange["headers"], content=exchange["body"].encode(), request=request
    )


def shape(method: str, path: str) -> str:
    """`GET /customers/7/contacts` -> `GET /customers/{id}/contacts`: one line per kind of call."""
    return f"{method} {re.sub(r'/[0-9]+(?=/|$)', '/{id}', path)}"


@pytest.fixture(scope="module", params=VERSIONS)
def official(request: pytest.FixtureRequest) -> tuple[str, Path]:
    """The version and the interpreter of its venv; make builds it only when its pins changed."""
    version: str = request.param
    stamp = f"build/official/{version}/.installed"
    built = subprocess.run(["make", "--no-print-directory", stamp], cwd=ROOT, capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    return version, ROOT / "build" / "official" / version / "bin" / "python"


@pytest.fixture
def walked(official: tuple[str, Path], sandbox: RunningSandbox, tmp_path: Path) -> tuple[str, dict[str, Any]]:
    version, python = official
    transcript = tmp_path / "transcript.json"
    key, other_key = sandbox.api_keys
    run = subprocess.run(
        [str(python), str(HERE / "walk.py"), sandbox.base_url, key, other_key, str(transcript)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    record = json.loads(transcript.read_text()) if transcript.exists() else {"last_step": "(none)", "exchanges": []}
    assert run.returncode == 0, f"invoiced {version} failed at {record['last_step']!r}:\n{run.stdout}{run.stderr}"
    assert record["version"] == version
    return version, record


def test_the_walk_runs_in_the_clients_own_interpreter(official: tuple[str, Path]) -> None:
    # The official client must not leak into the toolchain's venv, nor ours into its.
    version, python = official
    found = subprocess.run(
        [str(python), "-c", "import invoiced, sys; print(invoiced.VERSION, sys.prefix)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.split()[0] == version
    assert Path(found.stdout.split()[1]) != Path(sys.prefix)
    with pytest.raises(ModuleNotFoundError):
        __import__("invoiced")


def test_every_answer_is_what_the_spec_declares(walked: tuple[str, dict[str, Any]]) -> None:
    _, record = walked
    problems = []
    for exchange in record["exchanges"]:
        try:
            assert exchange["status"] < 500, exchange["body"]
            check_response(as_response(exchange))
        except AssertionError as failure:
            problems.append(f"{exchange['step']}: {exchange['method']} {exchange['url']}: {failure}")
    assert not problems, "\n".join(problems)


def test_the_walk_reaches_every_operation_the_version_shares_with_the_spec(
    walked: tuple[str, dict[str, Any]],
) -> None:
    version, record = walked
    reached = set()
    for exchange in record["exchanges"]:
        op = operation_of(exchange["method"], urlsplit(exchange["url"]).path)
        if op is not None and not exchange["step"].startswith("probe") and exchange["status"] < 400:
            reached.add(op.operation_id)
    shared = {op.operation_id for op in operations(SPEC)} - LACKS[version]
    assert reached == shared, f"not reached: {sorted(shared - reached)}; unexpected: {sorted(reached - shared)}"


def test_the_client_sends_only_query_parameters_the_spec_declares(walked: tuple[str, dict[str, Any]]) -> None:
    _, record = walked
    undeclared = set()
    for exchange in record["exchanges"]:
        url = urlsplit(exchange["url"])
        op = operation_of(exchange["method"], url.path)
        if op is None:
            continue
        declared = {p.name for p in op.parameters if p.location == "query"}
        for name, _ in parse_qsl(url.query, keep_blank_values=True):
            if name.split("[", 1)[0] not in declared:
                undeclared.add(f"{op.operation_id}: {name}")
    assert not undeclared, sorted(undeclared)


def test_calls_outside_the_spec_get_the_error_object(walked: tuple[str, dict[str, Any]]) -> None:
    version, record = walked
    outside: dict[str, int] = {}
    for exchange in record["exchanges"]:
        path = urlsplit(exchange["url"]).path
        if operation_of(exchange["method"], path) is None:
            outside[shape(exchange["method"], path)] = exchange["status"]
    # A path the spec does not have is 404; a spec path with another method is 405
    # (3.0.0's Subscription.preview posts to /subscriptions/preview). Bodies are checked above.
    assert set(outside.values()) <= {404, 405}, outside
    # Both versions have customer.line_items() and customer.invoice().
    assert {"GET /customers/{id}/line_items", "POST /customers/{id}/invoices"} <= set(outside)
    if version == "3.0.0":
        assert {"GET /payments", "POST /charges", "POST /charges/{id}/refunds", "GET /credit_notes"} <= set(outside)
        assert outside["POST /subscriptions/preview"] == 405
