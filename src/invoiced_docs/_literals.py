"""Writing example values as Ruby and PHP literals."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["PHP", "RUBY", "Dialect", "arguments", "literal"]

# A call whose arguments are all scalars stays on one line up to this width,
# as `invoiced.Customer.list(:per_page => 10)` does in the reference.
_INLINE_WIDTH = 80


@dataclass(frozen=True)
class Dialect:
    indent: str
    true: str
    false: str
    null: str
    map_open: str
    map_close: str
    list_open: str
    list_close: str
    escapes: str  # characters to backslash-escape inside "..."

    def key(self, name: str) -> str:
        if self is RUBY:
            return f":{name}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else f":{self.string(name)}"
        return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'"

    def string(self, text: str) -> str:
        escaped = re.sub(f"([{re.escape(self.escapes)}])", r"\\\1", text)
        escaped = escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
        return f'"{escaped}"'


RUBY = Dialect("  ", "true", "false", "nil", "{", "}", "[", "]", '\\"#')
PHP = Dialect("    ", "true", "false", "null", "[", "]", "[", "]", '\\"$')


def _scalar(dialect: Dialect, value: Any) -> str:
    if value is True:
        return dialect.true
    if value is False:
        return dialect.false
    if value is None:
        return dialect.null
    if isinstance(value, int | float):
        return json.dumps(value)
    return dialect.string(str(value))


def literal(dialect: Dialect, value: Any, depth: int = 0) -> str:
    """A value as source text; containers are spread over lines, as in the reference samples."""
    inner = dialect.indent * (depth + 1)
    outer = dialect.indent * depth
    if isinstance(value, dict):
        if not value:
            return dialect.map_open + dialect.map_close
        entries = [f"{inner}{dialect.key(k)} => {literal(dialect, v, depth + 1)}" for k, v in value.items()]
        return dialect.map_open + "\n" + ",\n".join(entries) + "\n" + outer + dialect.map_close
    if isinstance(value, list):
        if not value:
            return dialect.list_open + dialect.list_close
        entries = [inner + literal(dialect, v, depth + 1) for v in value]
        return dialect.list_open + "\n" + ",\n".join(entries) + "\n" + outer + dialect.list_close
    return _scalar(dialect, value)


def arguments(dialect: Dialect, values: dict[str, Any], head_width: int) -> str:
    """Keyword arguments of a call, without the parentheses: `:a => 1, :b => 2`, or one per line."""
    if not values:
        return ""
    flat = all(not isinstance(v, dict | list) for v in values.values())
    pairs = [f"{dialect.key(k)} => {literal(dialect, v, 1)}" for k, v in values.items()]
    one_line = ", ".join(pairs)
    if flat and head_width + len(one_line) <= _INLINE_WIDTH:
        return one_line
    return "\n" + ",\n".join(dialect.indent + pair for pair in pairs) + "\n"
