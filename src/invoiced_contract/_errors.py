"""Error responses: always the Error object, with a `type` that matches the status and a real `param`.

The spec (info.x-overview, Errors) says `type` is `invalid_request` for
every 4xx and `api` for 5xx, and that `param` names the request parameter
at fault, nested ones in bracket notation such as `items[0][quantity]`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import schemathesis
from schemathesis import Case, CheckContext, Response

from invoiced_spec import Operation, bracket_parts

from ._spec import body_schema, error_validator, find_operation, schema_branches

__all__ = ["error_body_is_error_object", "error_param_names_a_parameter", "split_param"]


def split_param(param: str) -> list[str] | None:
    """`items[0][name]` → ["items", "0", "name"]; `None` when the brackets do not balance (the form rules' split)."""
    return bracket_parts(param)


def _error_body(response: Response) -> Any:
    content_type = (response.headers.get("content-type") or [""])[0]
    assert content_type.split(";")[0].strip() == "application/json", (
        f"an error response must be JSON, got Content-Type {content_type!r}"
    )
    try:
        return response.json()
    except ValueError:
        raise AssertionError("an error response body is not valid JSON") from None


@schemathesis.check
def error_body_is_error_object(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every 4xx and 5xx, documented for the operation or not, carries `{type, message, param}`."""
    if response.status_code < 400:
        return None
    body = _error_body(response)
    problems = [error.message for error in error_validator().iter_errors(body)]
    assert not problems, f"{response.status_code} body is not the Error object: {'; '.join(problems)}"
    expected = "api" if response.status_code >= 500 else "invalid_request"
    assert body["type"] == expected, f"a {response.status_code} must have type {expected!r}, got {body['type']!r}"
    assert body["message"].strip(), "the error message is empty"
    return None


def _schema_has_path(schema: Any, parts: list[str]) -> bool:
    if not parts:
        return True
    head, rest = parts[0], parts[1:]
    for branch in schema_branches(schema):
        properties = branch.get("properties", {})
        if head in properties and _schema_has_path(properties[head], rest):
            return True
        if "items" in branch and head.isascii() and head.isdigit() and _schema_has_path(branch["items"], rest):
            return True
    return False


def _value_has_path(value: Any, parts: list[str]) -> bool:
    for part in parts:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isascii() and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return False
    return True


def _sent_query(response: Response) -> dict[str, Any]:
    """The query as sent, nested by its bracket names (`filter[paid]` → {"filter": {"paid": ...}})."""
    nested: dict[str, Any] = {}
    for key, value in parse_qsl(urlsplit(response.request.url or "").query, keep_blank_values=True):
        parts = split_param(key) or [key]
        node = nested
        for part in parts[:-1]:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                break
            node = child
        else:
            node[parts[-1]] = value
    return nested


def _sent_names(response: Response) -> set[str]:
    """Every name as it went over the wire, in the query string or a form body, malformed or not."""
    request = response.request
    pairs = parse_qsl(urlsplit(request.url or "").query, keep_blank_values=True)
    content_type = request.headers.get("Content-Type", "")
    body = request.body
    if content_type.startswith("application/x-www-form-urlencoded") and isinstance(body, (bytes, str)):
        text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
        pairs += parse_qsl(text, keep_blank_values=True)
    return {name for name, _ in pairs}


def _names_a_parameter(op: Operation, case: Case[Any], response: Response, param: str) -> bool:
    if isinstance(case.body, dict) and param in case.body:
        return True
    # A name the request sent is a parameter of it, even one the server cannot parse.
    if param in _sent_names(response):
        return True
    parts = split_param(param)
    if parts is None:
        return False
    head, rest = parts[0], parts[1:]
    for parameter in op.parameters:
        # Header names are case-insensitive; the others are not.
        same = parameter.name.lower() == head.lower() if parameter.location == "header" else parameter.name == head
        if same and (
            _schema_has_path(parameter.schema, rest) or _value_has_path(_sent_query(response).get(head), rest)
        ):
            return True
    schema = body_schema(op)
    if schema is not None and _schema_has_path(schema, parts):
        return True
    # An unknown name is at fault when the request sent it (say, `filter[nope]`, or a body field the schema forbids).
    if isinstance(case.body, dict) and _value_has_path(case.body, parts):
        return True
    if not rest and head in response.request.headers:
        return True
    return _value_has_path(_sent_query(response), parts)


@schemathesis.check
def error_param_names_a_parameter(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """`param` of an error is `null` or names a parameter of this request: declared, or sent."""
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    param = body.get("param") if isinstance(body, dict) else None
    if not isinstance(param, str):
        return None
    op = find_operation(case.method, case.path)
    if op is None:
        return None
    assert _names_a_parameter(op, case, response, param), (
        f"param {param!r} is not a parameter of {case.operation.label}, nor a field the request sent"
    )
    return None
