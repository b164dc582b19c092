from __future__ import annotations

from urllib.parse import parse_qsl

from invoiced_contract import bracket_pairs, encode_form


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
