"""Schemathesis reads the spec with its x- extensions put back: link bodies to send, and cross-field rules to keep."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis

import invoiced_contract  # noqa: F401 - registers the before_load_schema hook
from invoiced_spec import SPEC_PATH, load_spec


@pytest.fixture(scope="module")
def raw_schema() -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("API_KEY", "unused")  # schemathesis.toml names it for basic auth
        return schemathesis.openapi.from_path(str(SPEC_PATH)).raw_schema


def test_links_send_the_bodies_the_spec_keeps_under_x_request_body(raw_schema: dict[str, Any]) -> None:
    written = load_spec()["components"]["links"]
    with_body = {name for name, link in written.items() if "x-requestBody" in link}
    assert with_body, "no link builds a body"
    for name, link in written.items():
        assert "requestBody" not in link, f"{name}: strict parsers refuse an object as requestBody"
    seen = raw_schema["components"]["links"]
    for name in with_body:
        assert seen[name]["requestBody"] == written[name]["x-requestBody"], name
        assert "x-requestBody" not in seen[name]


def test_generated_data_keeps_the_cross_field_rules(raw_schema: dict[str, Any]) -> None:
    for name in ("TransactionCreate", "LineItemInput"):
        written = load_spec()["components"]["schemas"][name]
        assert raw_schema["components"]["schemas"][name]["allOf"] == written["x-crossFieldRules"], name
