"""Form bodies in the spec's bracket notation: `items[0][name]=Copy+paper`.

schemathesis sends a form body with `requests`, which cannot nest: a list
of objects would go out as Python reprs. The spec (info.x-overview) says
nested values use bracket notation and form values are text, booleans
spelled `true`/`false`. A form cannot say `null`, an empty list or an empty
object, so such fields are left out.

A form also loses types: the number 96 sent for a text field arrives as the
valid text "96". So a form case is kept only when what the server receives,
read by the spec's own form rules (invoiced_spec), is as valid or as
invalid as the case was generated to be.
"""

from __future__ import annotations

import functools
import json
from typing import Any
from urllib.parse import urlencode

import schemathesis
from schemathesis import Case, GenerationMode, HookContext, SerializationContext

from invoiced_spec import Coercer, FormError, build_coercer, form_pairs, form_text, json_fields, nest, schema_validator

from ._spec import body_schema, find_operation, spec

__all__ = ["FORM_MEDIA_TYPE", "bracket_pairs", "encode_form", "received_as_form"]

FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"


def bracket_pairs(value: Any) -> list[tuple[str, str]]:
    """A body as the `(name, text)` pairs of its form, by the spec's shared form rules."""
    return [(name, form_text(leaf)) for name, leaf in form_pairs(value)]


@functools.cache
def _reader(method: str, path: str) -> tuple[Coercer, Any] | None:
    op = find_operation(method, path)
    schema = body_schema(op) if op is not None else None
    if schema is None:
        return None
    assert op is not None and op.request_body is not None
    # A nested field sent as plain text is read as JSON where the spec's encoding says so.
    media = op.request_body.get("content", {}).get(FORM_MEDIA_TYPE, {})
    coercer = build_coercer(spec(), schema, json_encoded=json_fields(media))
    return coercer, schema_validator(spec(), schema)


def received_as_form(method: str, path: str, body: dict[str, Any]) -> tuple[Any, bool] | None:
    """What a server reading forms by the spec receives from `body`, and whether that is valid.

    None when the operation takes no body or the names cannot be nested.
    """
    reader = _reader(method.lower(), path)
    if reader is None:
        return None
    coerce, validator = reader
    try:
        received = coerce(nest(bracket_pairs(body)))
    except FormError:
        return None
    return received, bool(validator.is_valid(received))


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


def _has_empty_name(value: Any) -> bool:
    if isinstance(value, dict):
        return any(key == "" or _has_empty_name(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_empty_name(item) for item in value)
    return False


def _has_unsendable_query(case: Case[Any]) -> bool:
    """A null inside a bracket-notation query object (`filter[bogus]`) is left out of the URL by the client.

    Such a negative case reaches the server without what made it invalid, and its acceptance would be reported
    as a schema violation accepted (seen: an extra `filter` property of null, sent as a valid filter).
    """
    return any(
        isinstance(value, dict) and any(item is None for item in value.values())
        for value in (getattr(case, "query", None) or {}).values()
    )


@schemathesis.hook
def filter_case(context: HookContext, case: Case[Any]) -> bool:
    """Keep a form case only if the server receives it as valid (or as invalid) as it was generated.

    `{"bogus": null}` would go out as an empty, valid body, and a negative
    case's acceptance would be reported as a schema-violation accepted.
    """
    if case.meta is not None and case.meta.generation.mode == GenerationMode.NEGATIVE and _has_unsendable_query(case):
        return False
    if case.media_type != FORM_MEDIA_TYPE or case.meta is None or not isinstance(case.body, dict):
        return True
    if _has_empty_name(case.body):
        # `a[]` means "append" in a form: an object key "" cannot be written, so the server reads another body.
        return False
    received = received_as_form(case.method, case.path, case.body)
    if received is None:
        return True
    return received[1] is (case.meta.generation.mode == GenerationMode.POSITIVE)
