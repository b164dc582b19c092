from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl

import pytest
from schemathesis import GenerationMode

from invoiced_contract import FORM_MEDIA_TYPE, bracket_pairs, encode_form, received_as_form
from invoiced_contract._forms import filter_case


def test_nested_values_use_bracket_notation() -> None:
    body = {"customer": 7, "items": [{"name": "Copy paper", "quantity": 2, "taxes": [{"amount": 3.85}]}], "sent": True}
    assert bracket_pairs(body) == [
        ("customer", "7"),
        ("items[0][name]", "Copy paper"),
        ("items[0][quantity]", "2"),
        ("items[0][taxes][0][amount]", "3.85"),
        ("sent", "true"),
    ]


def test_null_and_empty_lists_are_left_out() -> None:
    assert bracket_pairs({"email": None, "items": [], "name": "Acme"}) == [("name", "Acme")]


def test_encoding_round_trips_through_a_form_parser() -> None:
    encoded = encode_form({"to": [{"email": "a@b.c", "name": "A & B"}], "subject": "Hi=there"})
    assert parse_qsl(encoded.decode()) == [("to[0][email]", "a@b.c"), ("to[0][name]", "A & B"), ("subject", "Hi=there")]


def test_non_object_bodies_go_out_as_json_text() -> None:
    assert encode_form([1, 2]) == b"[1, 2]"
    assert encode_form("raw") == b"raw"


@pytest.mark.parametrize(
    ("body", "received", "valid"),
    [
        # Numbers and booleans arrive as the schema's types.
        ({"invoice": 7, "type": "payment", "amount": 12.5}, {"invoice": 7, "type": "payment", "amount": 12.5}, True),
        # A number sent for a text field arrives as valid text: a form cannot carry that violation.
        ({"invoice": 7, "type": "payment", "notes": 96}, {"invoice": 7, "type": "payment", "notes": "96"}, True),
        # A null, an empty list or an empty object is left out, taking an unknown field's violation with it.
        ({"invoice": 7, "type": "payment", "bogus": None}, {"invoice": 7, "type": "payment"}, True),
        ({"invoice": 7, "type": "payment", "bogus": {}}, {"invoice": 7, "type": "payment"}, True),
        # What survives the form stays invalid.
        ({"invoice": 7, "type": "payment", "bogus": 1}, {"invoice": 7, "type": "payment", "bogus": "1"}, False),
        (
            {"invoice": 7, "type": "payment", "amount": "ten"},
            {"invoice": 7, "type": "payment", "amount": "ten"},
            False,
        ),
    ],
)
def test_knows_what_a_server_receives_from_a_form(body: dict[str, Any], received: Any, valid: bool) -> None:
    assert received_as_form("POST", "/transactions", body) == (received, valid)


def _case(mode: GenerationMode, body: Any, media_type: str = FORM_MEDIA_TYPE) -> Any:
    meta = SimpleNamespace(generation=SimpleNamespace(mode=mode))
    return SimpleNamespace(media_type=media_type, meta=meta, body=body, method="POST", path="/transactions")


def test_form_cases_are_kept_only_when_the_form_carries_their_validity() -> None:
    negative, positive = GenerationMode.NEGATIVE, GenerationMode.POSITIVE
    assert filter_case(None, _case(negative, {"invoice": 7, "type": "payment", "bogus": None})) is False
    assert filter_case(None, _case(negative, {"invoice": 7, "type": "payment", "notes": 96})) is False
    assert filter_case(None, _case(negative, {"invoice": 7, "type": "payment", "bogus": 5})) is True
    # An empty key goes out as `date[0][]`, which a form reads as "append": not the body generated.
    assert filter_case(None, _case(negative, {"invoice": 7, "type": "payment", "date": [{"": 1}]})) is False
    assert filter_case(None, _case(positive, {"invoice": 7, "type": "payment", "amount": 3})) is True
    # A required field given as null is left out of a form, so the case is no longer valid.
    assert filter_case(None, _case(positive, {"invoice": 7, "type": None})) is False
    # JSON carries everything.
    assert filter_case(None, _case(negative, {"bogus": None}, "application/json")) is True


def test_negative_cases_whose_query_object_holds_a_null_are_not_sent() -> None:
    # requests leaves `filter[bogus]=None` out of the URL: the server would receive a valid filter.
    def listing(mode: GenerationMode, query: dict[str, Any]) -> Any:
        meta = SimpleNamespace(generation=SimpleNamespace(mode=mode))
        return SimpleNamespace(media_type=None, meta=meta, body=None, query=query, method="GET", path="/customers")

    negative, positive = GenerationMode.NEGATIVE, GenerationMode.POSITIVE
    assert filter_case(None, listing(negative, {"filter": {"name": "A", "bogus": None}})) is False
    assert filter_case(None, listing(negative, {"filter": {"name": "A", "bogus": 5}})) is True
    assert filter_case(None, listing(positive, {"filter": {"name": None}})) is True
