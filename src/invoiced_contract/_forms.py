"""Form bodies in the spec's bracket notation: `items[0][name]=Copy+paper`.

schemathesis sends a form body with `requests`, which cannot nest: a list
of objects would go out as Python reprs. The spec (info.description) says
nested values use bracket notation and form values are text, booleans
spelled `true`/`false`. A form cannot say `null` or an empty list, so such
fields are left out.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import schemathesis
from schemathesis import SerializationContext

__all__ = ["FORM_MEDIA_TYPE", "bracket_pairs", "encode_form"]

FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return str(value)


def bracket_pairs(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Flatten a nested value into `(name, text)` pairs, one per leaf."""
    if isinstance(value, dict):
        pairs: list[tuple[str, str]] = []
        for key, item in value.items():
            pairs.extend(bracket_pairs(item, f"{prefix}[{key}]" if prefix else str(key)))
        return pairs
    if isinstance(value, list):
        return [pair for index, item in enumerate(value) for pair in bracket_pairs(item, f"{prefix}[{index}]")]
    if value is None:
        return []
    return [(prefix, _text(value))]


def encode_form(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, dict):
        return urlencode(bracket_pairs(value)).encode("ascii")
    # A top-level non-object (only negative tests make one) goes out as its JSON text: a form cannot hold it.
    return json.dumps(value).encode("utf-8")


@schemathesis.serializer(FORM_MEDIA_TYPE)
def _serialize_form(ctx: SerializationContext, value: Any) -> bytes | None:
    # `value` has already been through schemathesis' own form preparation, which spells None as the
    # text "null"; the case's body still holds the generated values, so a null is told from "null".
    body = ctx.case.body
    return encode_form(body if isinstance(body, dict) else value)
