"""Form bodies in the spec's bracket notation: `items[0][name]=Copy+paper`.

schemathesis sends a form body with `requests`, which cannot nest: a list
of objects would go out as Python reprs. The spec (info.description) says
nested values use bracket notation and form values are text, booleans
spelled `true`/`false`. A form cannot say `null`, an empty list or an empty
object, so such fields are left out; a negative case holding one is not
generated at all, since what made it invalid may be exactly what is left out.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import schemathesis
from schemathesis import Case, GenerationMode, HookContext, SerializationContext

__all__ = ["FORM_MEDIA_TYPE", "bracket_pairs", "encode_form", "form_leaves_out"]

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


def form_leaves_out(value: Any) -> bool:
    """Whether encoding `value` as a form drops part of it (a null, an empty list or an empty object)."""
    if value is None or value == [] or value == {}:
        return True
    if isinstance(value, dict):
        return any(form_leaves_out(item) for item in value.values())
    if isinstance(value, list):
        return any(form_leaves_out(item) for item in value)
    return False


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


@schemathesis.hook
def filter_case(context: HookContext, case: Case[Any]) -> bool:
    """Drop negative form cases the form cannot carry whole.

    `{"to": [], "bogus": null}` would go out as an empty body, a valid request,
    and its acceptance would be reported as a schema-violating request accepted.
    """
    if case.media_type != FORM_MEDIA_TYPE or case.meta is None:
        return True
    if case.meta.generation.mode != GenerationMode.NEGATIVE or not isinstance(case.body, dict):
        return True
    return not any(form_leaves_out(item) for item in case.body.values())
