"""Prism, mocking the spec, accepts every JSON request example, and every form example of scalar fields.

JSON is the canonical body. OpenAPI defines no bracket notation for lists
of objects, so the spec gives each nested form field `contentType:
application/json`, OpenAPI 3.1's own way (spec/DECISIONS.md). Prism 5.16.0
decodes a form's fields only by `style`, and no `style` is defined for a
list of objects, so nested form examples are proven against the sandbox
instead (tests/sandbox/test_forms.py).
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from invoiced_spec import SPEC_PATH, Operation, load_spec, operations, resolve
from tests.portability.tools import node_tool

SPEC = load_spec()
FORM = "application/x-www-form-urlencoded"
_STARTUP = 60.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    port = _free_port()
    # --errors: a request the spec does not allow is answered 4xx instead of mocked.
    command = [node_tool("prism"), "mock", str(SPEC_PATH), "-h", "127.0.0.1", "-p", str(port), "--errors"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + _STARTUP
        while True:
            assert process.poll() is None, "prism exited before serving"
            assert time.monotonic() < deadline, "prism did not start"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def _form(media: dict[str, Any], value: dict[str, Any]) -> str:
    """`value` as a form the spec describes: scalars as text, each encoded field as one JSON document."""
    pairs = []
    for name, item in value.items():
        if name in media.get("encoding", {}):
            pairs.append((name, json.dumps(item)))
        else:
            pairs.append((name, str(item).lower() if isinstance(item, bool) else str(item)))
    return urlencode(pairs)


def _path(op: Operation) -> str:
    path = op.path
    for parameter in op.parameters:
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", "15444")
    return path


def _nested(value: dict[str, Any]) -> bool:
    return any(isinstance(v, (list, dict)) for v in value.values())


def _cases() -> list[tuple[Operation, str, str, dict[str, Any]]]:
    found = []
    for op in operations(SPEC):
        for media_type, media in (op.request_body or {}).get("content", {}).items():
            for name, example in media.get("examples", {}).items():
                found.append((op, media_type, name, resolve(SPEC, example)["value"]))
    return found


ALL_CASES = _cases()
CASES = [case for case in ALL_CASES if case[1] != FORM or not _nested(case[3])]


def test_every_request_example_is_sent_as_json_and_the_flat_ones_as_forms_too() -> None:
    kinds = {(op.operation_id, media_type) for op, media_type, _, _ in CASES}
    for op in operations(SPEC):
        for media_type in (op.request_body or {}).get("content", {}):
            if media_type == "application/json":
                assert (op.operation_id, media_type) in kinds, op.operation_id
    assert {op.operation_id for op, media_type, _, _ in CASES if media_type == FORM} >= {"createCustomer"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("op", "media_type", "name", "value"), CASES, ids=[f"{c[0].operation_id}-{c[1]}-{c[2]}" for c in CASES]
)
def test_prism_accepts_the_example(prism: str, op: Operation, media_type: str, name: str, value: Any) -> None:
    media = op.request_body["content"][media_type]  # type: ignore[index]
    content = _form(media, value) if media_type == FORM else json.dumps(value)
    answer = httpx.request(
        op.method.upper(),
        prism + _path(op),
        content=content,
        headers={"Content-Type": media_type, "Authorization": "Basic a2V5Og=="},
        timeout=30,
    )
    success = [status for status in op.responses if status.startswith("2")]
    assert str(answer.status_code) in success, f"{answer.status_code}: {answer.text[:500]}"
