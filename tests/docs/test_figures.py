"""The overview quotes the spec's `x-limits` through `{{x-limits.NAME}}`, never by hand."""

from __future__ import annotations

import copy

import pytest

from invoiced_docs import site
from invoiced_docs._figures import PLACEHOLDER, expand_limits, quantity
from invoiced_docs._overview import overview_page
from invoiced_spec import Limit, limits, load_spec

SPEC = load_spec()


def _hand_written(limit: Limit) -> list[str]:
    """The ways prose could state `limit` by hand."""
    if limit.unit == "bytes":
        spelled = quantity(limit).split(" (")[0]
        return [str(limit.value), f"{limit.value:,}", spelled]
    return [quantity(limit), f"{limit.value} {limit.unit}", f"{limit.value:,} {limit.unit}"]


def test_a_limit_reads_as_a_person_would_say_it() -> None:
    assert quantity(Limit("a", 1048576, "bytes", "")) == "1 MiB (1,048,576 bytes)"
    assert quantity(Limit("b", 16384, "bytes", "")) == "16 KiB (16,384 bytes)"
    assert quantity(Limit("c", 1500, "bytes", "")) == "1,500 bytes"
    assert quantity(Limit("d", 8, "levels", "")) == "8 levels"
    assert quantity(Limit("e", 1, "seconds", "")) == "1 second"
    assert quantity(Limit("f", 86400, "seconds", "")) == "24 hours"
    assert quantity(Limit("g", 90, "seconds", "")) == "90 seconds"


def test_a_placeholder_naming_no_limit_fails_loudly() -> None:
    with pytest.raises(ValueError, match=r"x-limits\.bodyByte\b.*bodyBytes"):
        expand_limits("at most {{x-limits.bodyByte}}", limits(SPEC))


def test_the_overview_names_the_limits_through_placeholders_only() -> None:
    text = SPEC["info"]["x-overview"]
    named = set(PLACEHOLDER.findall(text))
    assert {"bodyBytes", "nestingDepth"} <= named, named
    for limit in limits(SPEC).values():
        for spelling in _hand_written(limit):
            assert spelling not in text, f"x-overview states {spelling!r} by hand; write {{{{x-limits.{limit.name}}}}}"


def test_the_overview_page_shows_the_figures_of_x_limits() -> None:
    page = overview_page(SPEC, "openapi.yaml")
    assert "{{" not in page
    for name in ("bodyBytes", "nestingDepth", "headerBytes", "headerTimeout", "bodyTimeout", "idempotencyKeyLifetime"):
        assert quantity(limits(SPEC)[name]) in page, name


def test_changing_a_limit_in_the_spec_changes_the_page_and_the_search_index() -> None:
    spec = copy.deepcopy(SPEC)
    spec["x-limits"]["bodyBytes"]["value"] = 2 * 1024 * 1024
    spec["x-limits"]["nestingDepth"]["value"] = 5
    built = site(spec)
    page = built.pages["index.md"]
    assert "2 MiB (2,097,152 bytes)" in page and "5 levels" in page
    assert "1 MiB" not in page and "1,048,576" not in page and "8 levels" not in page
    index = built.extras["search.json"]
    assert "2 MiB" in index and "1 MiB" not in index
    twin = built.extras["index.md"]
    assert "2 MiB" in twin and "8 levels" not in twin
