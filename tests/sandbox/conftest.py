"""Fixtures of the sandbox tests: a spec-checked client per key (helpers are in tests/fixtures/scenario.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fixtures.controls import SandboxControls
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[SpecCheckedClient]:
    """Authenticated with the first key; every response is checked against the spec."""
    with sandbox.client() as checked:
        yield checked


@pytest.fixture
def other(sandbox: RunningSandbox) -> Iterator[SpecCheckedClient]:
    """Authenticated with the second key: another business."""
    with sandbox.client(sandbox.api_keys[1]) as checked:
        yield checked


@pytest.fixture
def controls(sandbox: RunningSandbox) -> Iterator[SandboxControls]:
    """The sandbox controls (spec/sandbox.yaml) of the first key's business."""
    with SandboxControls(sandbox.base_url, sandbox.api_key) as typed:
        yield typed
