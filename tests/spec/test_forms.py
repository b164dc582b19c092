"""The spec's form rules, as the sandbox and the contract suite both read them."""

from __future__ import annotations

from typing import Any

import pytest

from invoiced_spec import (
    MAX_DEPTH,
    Coercer,
    FormError,
    boolean_spellings,
    build_coercer,
    json_fields,
    load_spec,
    nest,
    operations,
    resolve,
)

SPEC = load_spec()


def _coercer(name: str) -> Coercer:
    return build_coercer(SPEC, resolve(SPEC, {"$ref": f"#/components/schemas/{name}"}))


def test_text_becomes_the_types_the_schema_asks_for() -> None:
    coerce = _coercer("InvoiceCreate")
    pairs = [
        ("customer", "15444"),
        ("draft", "true"),
        ("items[0][quantity]", "2"),
        ("items[0][unit_cost]", "45.5"),
        ("items[0][name]", "1234"),
    ]
    received = coerce(nest(pairs))
    assert received == {
        "customer": 15444,
        "draft": True,
        "items": [{"quantity": 2, "unit_cost": 45.5, "name": "1234"}],
    }


@pytest.mark.parametrize(
    ("text", "meaning"), [("true", True), ("True", True), ("1", True), ("false", False), ("False", False), ("0", False)]
)
def test_booleans_read_every_spelling_the_spec_lists(text: str, meaning: bool) -> None:
    # The official Python clients send str(True) and str(False) in query strings.
    assert boolean_spellings(SPEC)[text] is meaning
    assert _coercer("InvoiceCreate")({"draft": text}) == {"draft": meaning}


def test_the_introduction_names_every_boolean_spelling() -> None:
    introduction = SPEC["info"]["x-overview"]
    for text in boolean_spellings(SPEC):
        assert f"`{text}`" in introduction, text


def test_text_that_is_not_of_the_type_is_left_for_the_validator() -> None:
    assert _coercer("InvoiceCreate")({"customer": "abc", "draft": "maybe"}) == {"customer": "abc", "draft": "maybe"}


@pytest.mark.parametrize(
    ("pairs", "param"),
    [
        ([("a[b", "1")], "a[b"),
        ([("a" + "[b]" * (MAX_DEPTH + 1), "1")], "a"),
        ([("items[0]", "x"), ("items[0][name]", "y")], "items[0]"),
        ([("items[1][name]", "x")], "items"),
    ],
)
def test_names_that_cannot_nest_say_which_parameter(pairs: list[tuple[str, str]], param: str) -> None:
    with pytest.raises(FormError) as raised:
        nest(pairs)
    assert raised.value.param == param


def test_only_ascii_digits_are_list_indices() -> None:
    # "¹" is a digit to str.isdigit but not to int(): it names a key, and the validator rejects it.
    assert nest([("items[¹][name]", "x")]) == {"items": {"¹": {"name": "x"}}}


def _form_media(operation_id: str) -> dict[str, Any]:
    found = [op for op in operations(SPEC) if op.operation_id == operation_id]
    body = found[0].request_body
    assert body is not None, operation_id
    media: dict[str, Any] = body["content"]["application/x-www-form-urlencoded"]
    return media


def test_every_nested_form_field_is_described_as_a_json_document() -> None:
    # OpenAPI defines no bracket style for arrays of objects; contentType is its way (Prism reads it).
    for op in operations(SPEC):
        media = (op.request_body or {}).get("content", {}).get("application/x-www-form-urlencoded")
        if media is None:
            continue
        schema = resolve(SPEC, media["schema"])
        nested = {
            name for name, sub in schema["properties"].items() if resolve(SPEC, sub).get("type") in ("array", "object")
        }
        assert json_fields(media) == nested, op.operation_id
        assert all("style" not in how for how in media.get("encoding", {}).values()), op.operation_id


def test_a_nested_field_may_come_as_json_text_or_in_brackets() -> None:
    media = _form_media("createInvoice")
    schema = resolve(SPEC, media["schema"])
    coerce = build_coercer(SPEC, schema, json_encoded=json_fields(media))
    as_json = coerce(nest([("customer", "1"), ("items", '[{"name": "Paper", "quantity": 2}]')]))
    in_brackets = coerce(nest([("customer", "1"), ("items[0][name]", "Paper"), ("items[0][quantity]", "2")]))
    assert as_json == in_brackets == {"customer": 1, "items": [{"name": "Paper", "quantity": 2}]}
    # Text that is not JSON stays text, for the validator to reject as not an array.
    assert coerce(nest([("items", "[oops")])) == {"items": "[oops"}
    # Only fields the encoding names are parsed: a name that looks like JSON is still a name.
    assert coerce(nest([("name", "[1]")])) == {"name": "[1]"}
