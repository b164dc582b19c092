"""Form bodies and query strings: strict UTF-8 decoding, then the spec's bracket notation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from invoiced_spec import FormError
from invoiced_spec import nest as nest_pairs

from ._errors import bad_request

__all__ = ["deepest", "nest", "parse_pairs"]


def parse_pairs(text: bytes | str) -> list[tuple[str, str]]:
    """Decode an urlencoded string strictly: invalid UTF-8 is a 400, not a replacement character."""
    try:
        decoded = text.decode("utf-8") if isinstance(text, bytes) else text
        return parse_qsl(decoded, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad_request(f"The request is not valid UTF-8 form data: {exc}") from None


def nest(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """`nest_pairs`, with a malformed name answered as a 400 naming it."""
    try:
        return nest_pairs(pairs)
    except FormError as exc:
        raise bad_request(exc.message, exc.param) from None


def deepest(data: dict[str, Any], limit: int) -> str | None:
    """The top-level name whose value nests deeper than `limit` levels below it, or None.

    Iterative, so a body nested a thousand levels deep costs a loop, not the
    validator's recursion; the same depth as form brackets (`name[a][b]` is 2).
    """
    for name, value in data.items():
        stack: list[tuple[Any, int]] = [(value, 0)]
        while stack:
            node, depth = stack.pop()
            children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
            for child in children:
                if depth + 1 > limit:
                    return name
                stack.append((child, depth + 1))
    return None
