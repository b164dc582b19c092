"""Bracket notation (`items[0][name]=x`) of form bodies and query strings, to nested values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from .errors import bad_request

__all__ = ["MAX_DEPTH", "MAX_INDEX", "nest", "parse_pairs"]

# The spec's documented limit on bracket nesting in form bodies.
MAX_DEPTH = 8
# No list in the spec holds more than 100 items; a larger index is a mistake
# (or an attempt to make the server allocate a huge list).
MAX_INDEX = 1000

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_PART = re.compile(r"\[([^\[\]]*)\]")


def parse_pairs(text: bytes | str) -> list[tuple[str, str]]:
    """Decode an urlencoded string strictly: invalid UTF-8 is a 400, not a replacement character."""
    try:
        decoded = text.decode("utf-8") if isinstance(text, bytes) else text
        return parse_qsl(decoded, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad_request(f"The request is not valid UTF-8 form data: {exc}") from None


def _split(key: str) -> list[str]:
    match = _KEY.match(key)
    if match is None:
        raise bad_request(f"Malformed parameter name {key!r}: brackets do not balance", key)
    parts = [match.group(1), *_PART.findall(match.group(2))]
    if len(parts) - 1 > MAX_DEPTH:
        raise bad_request(f"Parameter {key!r} nests brackets deeper than {MAX_DEPTH} levels", match.group(1))
    return parts


def _listify(node: Any, name: str) -> Any:
    """Dicts whose keys are all list indices become lists; indices must run 0, 1, 2, ..."""
    if not isinstance(node, dict):
        return node
    if node and all(isinstance(k, int) for k in node):
        indices = sorted(node)
        if indices != list(range(len(indices))):
            raise bad_request(f"The indices of {name} must run 0, 1, 2, ... without gaps", name)
        return [_listify(node[i], f"{name}[{i}]") for i in indices]
    if any(isinstance(k, int) for k in node):
        raise bad_request(f"{name} mixes list indices and names", name)
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
                elif part.isdigit() and len(part) <= 4:
                    slot = int(part)
                    if slot > MAX_INDEX:
                        raise bad_request(f"Index {slot} of {where} is too large", where)
                where = f"{where}[{part}]"
            if last:
                if isinstance(node.get(slot), dict):
                    raise bad_request(f"{where} is given both as a value and as an object", where)
                node[slot] = value
            else:
                child = node.setdefault(slot, {})
                if not isinstance(child, dict):
                    raise bad_request(f"{where} is given both as a value and as an object", where)
                node = child
    return {k: _listify(v, k) for k, v in root.items()}
