from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import parse_qsl

import pytest
from schemathesis import GenerationMode

from invoiced_contract import FORM_MEDIA_TYPE, bracket_pairs, encode_form, form_leaves_out
from invoiced_contract._forms import filter_case


def test_nested_values_use_bracket_notation():
    body = {"customer": 7, "items": [{"name": "Copy paper", "quantity": 2, "taxes": [{"amount": 3.85}]}], "sent": True}
    assert bracket_pairs(body) == [
        ("customer", "7"),
        ("items[0][name]", "Copy paper"),
        ("items[0][quantity]", "2"),
        ("items[0][taxes][0][amount]", "3.85"),
        ("sent", "true"),
    ]


def test_null_and_empty_lists_are_left_out():
    assert bracket_pairs({"email": None, "items": [], "name": "Acme"}) == [("name", "Acme")]


def test_encoding_round_trips_through_a_form_parser():
    encoded = encode_form({"to": [{"email": "a@b.c", "name": "A & B"}], "subject": "Hi=there"})
    assert parse_qsl(encoded.decode()) == [("to[0][email]", "a@b.c"), ("to[0][name]", "A & B"), ("subject", "Hi=there")]


def test_non_object_bodies_go_out_as_json_text():
    assert encode_form([1, 2]) == b"[1, 2]"
    assert encode_form("raw") == b"raw"


@pytest.mark.parametrize(
    ("body", "leaves_out"),
    [
        ({"name": "Acme", "items": [{"name": "x", "quantity": 0}]}, False),
        ({"name": "Acme", "sent": False, "notes": ""}, False),
        ({"bogus": None}, True),
        ({"to": []}, True),
        ({"metadata": {}}, True),
        ({"items": [{"name": "x", "taxes": [{}]}]}, True),
    ],
)
def test_knows_what_a_form_leaves_out(body, leaves_out):
    assert form_leaves_out(body) is leaves_out


def _case(mode, body, media_type=FORM_MEDIA_TYPE):
    meta = SimpleNamespace(generation=SimpleNamespace(mode=mode))
    return SimpleNamespace(media_type=media_type, meta=meta, body=body)


def test_negative_form_cases_the_form_cannot_carry_are_not_generated():
    assert filter_case(None, _case(GenerationMode.NEGATIVE, {"to": [], "bogus": None})) is False
    assert filter_case(None, _case(GenerationMode.NEGATIVE, {"bogus": 5})) is True
    # A positive case loses only optional nothing; JSON carries everything.
    assert filter_case(None, _case(GenerationMode.POSITIVE, {"email": None})) is True
    assert filter_case(None, _case(GenerationMode.NEGATIVE, {"bogus": None}, "application/json")) is True
