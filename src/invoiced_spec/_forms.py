"""Form bodies as the spec defines them: bracket notation, text values coerced to the schema's types.

The spec's introduction says form bodies nest with brackets
(`items[0][name]=Copy+paper`) and carry text that means what the schema
says: `quantity=2` is 2, `sent=true` is true. A nested field may instead be
sent as one JSON document (`items=[{"name": "Copy paper"}]`), which is how
OpenAPI itself describes it: the form media type's `encoding` gives the field
`contentType: application/json`. The sandbox reads forms this way, and the
contract suite uses the same rules to know what a server receives from a form
it sends.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ._limits import limits
from ._loader import load_spec, resolve

__all__ = [
    "MAX_DEPTH",
    "MAX_INDEX",
    "Coercer",
    "FormError",
    "boolean_spellings",
    "bracket_parts",
    "build_coercer",
    "form_pairs",
    "form_text",
    "json_fields",
    "nest",
]

Coercer = Callable[[Any], Any]

_INTEGER = re.compile(r"^[+-]?[0-9]{1,30}$")
_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?$")
# Where the spec lists the text a form or query string may use for a boolean.
_BOOLEAN_SPELLINGS = "x-formBooleans"


class FormError(ValueError):
    """Form names that cannot be nested; `param` is the name at fault."""

    def __init__(self, message: str, param: str | None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


# The spec's limit on nesting (x-limits.nestingDepth), in form brackets as in JSON.
MAX_DEPTH = limits(load_spec())["nestingDepth"].value
# No list in the spec holds more than 100 items; a larger index is a mistake
# (or an attempt to make the server allocate a huge list).
MAX_INDEX = 1000

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_PART = re.compile(r"\[([^\[\]]*)\]")


def bracket_parts(key: str) -> list[str] | None:
    """`items[0][name]` -> ["items", "0", "name"]; None when the brackets do not balance."""
    match = _KEY.match(key)
    if match is None:
        return None
    return [match.group(1), *_PART.findall(match.group(2))]


def _split(key: str) -> list[str]:
    parts = bracket_parts(key)
    if parts is None:
        raise FormError(f"Malformed parameter name {key!r}: brackets do not balance", key)
    if len(parts) - 1 > MAX_DEPTH:
        raise FormError(f"Parameter {key!r} nests brackets deeper than {MAX_DEPTH} levels", parts[0])
    return parts


def form_pairs(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Flatten a body into (bracket-notation name, scalar) pairs, one per leaf: `items[0][name]`.

    A form cannot say `null`, an empty list or an empty object, so those
    leave no pair: the field is left out, as if it had not been given.
    """
    if isinstance(value, dict):
        return [
            pair for key, item in value.items() for pair in form_pairs(item, f"{prefix}[{key}]" if prefix else str(key))
        ]
    if isinstance(value, list):
        return [pair for index, item in enumerate(value) for pair in form_pairs(item, f"{prefix}[{index}]")]
    if value is None:
        return []
    return [(prefix, value)]


def form_text(value: Any) -> str:
    """A scalar as form text: booleans `true`/`false`, numbers as JSON writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return str(value)


def _listify(node: Any, name: str) -> Any:
    """Dicts whose keys are all list indices become lists; indices must run 0, 1, 2, ..."""
    if not isinstance(node, dict):
        return node
    if node and all(isinstance(k, int) for k in node):
        indices = sorted(node)
        if indices != list(range(len(indices))):
            raise FormError(f"The indices of {name} must run 0, 1, 2, ... without gaps", name)
        return [_listify(node[i], f"{name}[{i}]") for i in indices]
    if any(isinstance(k, int) for k in node):
        raise FormError(f"{name} mixes list indices and names", name)
    return {k: _listify(v, f"{name}[{k}]") for k, v in node.items()}


def nest(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Turn `[("items[0][name]", "x")]` into `{"items": [{"name": "x"}]}`.

    An empty bracket (`to[][email]`) appends; repeating a plain key keeps the
    last value. A name used both as a value and as a container is a 400.
    """
    root: dict[Any, Any] = {}
    for key, value in pairs:
        parts = _split(key)
        node: dict[Any, Any] = root
        where = parts[0]
        for depth, part in enumerate(parts):
            last = depth == len(parts) - 1
            slot: Any = part
            if depth > 0:
                if part == "":
                    slot = len(node)
                elif part.isascii() and part.isdigit() and len(part) <= 4:
                    slot = int(part)
                    if slot > MAX_INDEX:
                        raise FormError(f"Index {slot} of {where} is too large", where)
                where = f"{where}[{part}]"
            if last:
                if isinstance(node.get(slot), dict):
                    raise FormError(f"{where} is given both as a value and as an object", where)
                node[slot] = value
            else:
                child = node.setdefault(slot, {})
                if not isinstance(child, dict):
                    raise FormError(f"{where} is given both as a value and as an object", where)
                node = child
    return {k: _listify(v, k) for k, v in root.items()}


def _branches(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield schema
    for keyword in ("oneOf", "anyOf", "allOf"):
        yield from schema.get(keyword, [])


def _types(spec: dict[str, Any], schema: dict[str, Any], seen: frozenset[int] = frozenset()) -> set[str]:
    found: set[str] = set()
    schema = resolve(spec, schema)
    if id(schema) in seen:
        return found
    for branch in _branches(schema):
        branch = resolve(spec, branch)
        declared = branch.get("type")
        if isinstance(declared, str):
            found.add(declared)
        elif isinstance(declared, list):
            found.update(declared)
        if "enum" in branch or "const" in branch or "pattern" in branch:
            found.add("string")
        if branch is not schema:
            found |= _types(spec, branch, seen | {id(schema)})
    return found


def boolean_spellings(spec: dict[str, Any]) -> dict[str, bool]:
    """The spec's `x-formBooleans`: each accepted text spelling of true and false, and its value."""
    table = spec.get(_BOOLEAN_SPELLINGS, {})
    return {text: meaning == "true" for meaning in ("true", "false") for text in table.get(meaning, [])}


def _coerce_scalar(types: set[str], booleans: dict[str, bool]) -> Coercer:
    def coerce(value: Any) -> Any:
        if not isinstance(value, str) or "string" in types:
            return value
        if "boolean" in types and value in booleans:
            return booleans[value]
        if "integer" in types and _INTEGER.match(value):
            return int(value)
        if "number" in types and _NUMBER.match(value):
            return int(value) if _INTEGER.match(value) else float(value)
        return value

    return coerce


def json_fields(media: dict[str, Any]) -> frozenset[str]:
    """The fields of a form media type whose `encoding` says their value is a JSON document."""
    encoding = media.get("encoding", {})
    return frozenset(name for name, how in encoding.items() if how.get("contentType") == "application/json")


def _from_json(value: Any) -> Any:
    # Text that is not JSON stays text, for the validator to reject naming the field.
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def build_coercer(
    spec: dict[str, Any],
    schema: dict[str, Any],
    depth: int = 0,
    json_encoded: frozenset[str] = frozenset(),
    booleans: dict[str, bool] | None = None,
) -> Coercer:
    """Turn form text into the types `schema` asks for, before validation.

    Forms carry only strings: `quantity=2` must become 2 and `sent=1` true
    where the spec says so (booleans as its `x-formBooleans` spells them).
    Top-level fields named in `json_encoded` (see `json_fields`) given as
    plain text are parsed as JSON first. Values the schema does not expect
    are left as they are for the validator to reject with a precise message.
    """
    if booleans is None:
        booleans = boolean_spellings(spec)
    schema = resolve(spec, schema)
    if depth > 12:
        return lambda value: value
    properties: dict[str, Coercer] = {}
    items: Coercer | None = None
    for branch in _branches(schema):
        branch = resolve(spec, branch)
        for name, sub in branch.get("properties", {}).items():
            properties.setdefault(name, build_coercer(spec, sub, depth + 1, booleans=booleans))
        if "items" in branch and items is None:
            items = build_coercer(spec, branch["items"], depth + 1, booleans=booleans)
    scalar = _coerce_scalar(_types(spec, schema), booleans)
    item_coercer = items

    def coerce(value: Any) -> Any:
        if isinstance(value, dict):
            if json_encoded:
                value = {k: _from_json(v) if k in json_encoded else v for k, v in value.items()}
            return {k: properties[k](v) if k in properties else v for k, v in value.items()}
        if isinstance(value, list):
            return [item_coercer(v) for v in value] if item_coercer is not None else value
        return scalar(value)

    return coerce
