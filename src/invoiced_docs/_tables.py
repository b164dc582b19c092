"""HTML tables of attributes and parameters, with nested objects in expandable rows."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import markdown

from invoiced_spec import Parameter, resolve

from ._schema import attributes, default_value, enum_values, nested_object, schema_description, type_label

__all__ = ["Row", "attribute_rows", "inline_markdown", "parameter_row", "render_table"]

# Nesting deeper than this is a sign of a cycle the ref check missed; the
# spec's deepest real chain (invoice → line item → tax) is three levels.
_MAX_DEPTH = 6


@dataclass(frozen=True)
class Row:
    name: str
    type_label: str
    description_html: str
    required: bool
    children: tuple[Row, ...] = ()
    location: str = ""


def inline_markdown(text: str) -> str:
    """Render a description written in Markdown; a single paragraph loses its <p>."""
    rendered = str(markdown.markdown(text.strip(), extensions=["tables"], output_format="html"))
    if rendered.count("<p>") == 1 and rendered.startswith("<p>") and rendered.endswith("</p>"):
        return rendered[3:-4]
    return rendered


def _literal(value: Any) -> str:
    return f"<code>{html.escape(value if isinstance(value, str) else json.dumps(value))}</code>"


def _expansions(spec: dict[str, Any], node: Any, pages: dict[str, str]) -> dict[str, str]:
    """Resources this attribute can hold in place of an ID, with the URL of their section."""
    found: dict[str, str] = {}
    schema = node if isinstance(node, dict) else {}
    for alternative in schema.get("oneOf", []) + schema.get("anyOf", []):
        ref = alternative.get("$ref", "") if isinstance(alternative, dict) else ""
        name = ref.rsplit("/", 1)[-1]
        if name in pages and resolve(spec, alternative).get("properties"):
            found[name] = pages[name]
    return found


def describe(spec: dict[str, Any], node: Any, pages: dict[str, str], text: str | None = None) -> str:
    """Description HTML: the text (by default the schema's), allowed values, default, expansions."""
    parts: list[str] = []
    text = schema_description(spec, node) if text is None else text.strip()
    if text:
        parts.append(inline_markdown(text))
    values = enum_values(spec, node)
    if len(values) > 1:
        parts.append("One of " + ", ".join(_literal(v) for v in values) + ".")
    has_default, default = default_value(spec, node)
    if has_default:
        parts.append(f"Defaults to {_literal(default)}.")
    for name, href in _expansions(spec, node, pages).items():
        parts.append(f'Expands to a <a href="{html.escape(href)}">{html.escape(name)} object</a>.')
    return " ".join(parts)


def _children(
    spec: dict[str, Any], node: Any, pages: dict[str, str], mark_required: bool, depth: int, seen: frozenset[str]
) -> tuple[Row, ...]:
    nested = nested_object(spec, node, frozenset(pages))
    if nested is None or depth >= _MAX_DEPTH or (nested[1] is not None and nested[1] in seen):
        return ()
    seen = seen | ({nested[1]} if nested[1] else set())
    return tuple(attribute_rows(spec, nested[0], pages, mark_required=mark_required, _depth=depth + 1, _seen=seen))


def attribute_rows(
    spec: dict[str, Any],
    node: Any,
    pages: dict[str, str],
    *,
    mark_required: bool,
    _depth: int = 0,
    _seen: frozenset[str] = frozenset(),
) -> list[Row]:
    """One row per property of an object schema; nested objects become child rows.

    `pages` maps component names documented in a section of their own to that section's URL;
    those are linked instead of nested.
    """
    return [
        Row(
            name=attribute.name,
            type_label=type_label(spec, attribute.schema),
            description_html=describe(spec, attribute.schema, pages),
            required=attribute.required and mark_required,
            children=_children(spec, attribute.schema, pages, mark_required, _depth, _seen),
        )
        for attribute in attributes(spec, node)
    ]


def parameter_row(spec: dict[str, Any], parameter: Parameter, pages: dict[str, str]) -> Row:
    description = parameter.raw.get("description")
    return Row(
        name=parameter.name,
        type_label=type_label(spec, parameter.schema),
        description_html=describe(spec, parameter.schema, pages, str(description) if description else None),
        required=parameter.required,
        children=_children(spec, parameter.schema, pages, False, 0, frozenset()),
        location=parameter.location,
    )


def _name_cell(row: Row) -> str:
    badge = ' <span class="api-required">required</span>' if row.required else ""
    where = f' <span class="api-in">{html.escape(row.location)}</span>' if row.location else ""
    return f"<td><code>{html.escape(row.name)}</code>{badge}{where}</td>"


def render_table(rows: Sequence[Row], *, first_column: str, nested: bool = False) -> str:
    """A table of rows; a row with children gets a following row holding them in a <details>."""
    css = "api-table api-table--nested" if nested else "api-table"
    out = [
        f'<table class="{css}">',
        f"<thead><tr><th>{first_column}</th><th>Type</th><th>Description</th></tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        out.append(
            f'<tr>{_name_cell(row)}<td><span class="api-type">{html.escape(row.type_label)}</span></td>'
            f"<td>{row.description_html}</td></tr>"
        )
        if row.children:
            inner = render_table(row.children, first_column=first_column, nested=True)
            out.append(
                f'<tr class="api-children"><td colspan="3"><details><summary>{len(row.children)} child attributes of '
                f"<code>{html.escape(row.name)}</code></summary>\n{inner}\n</details></td></tr>"
            )
    out.append("</tbody></table>")
    return "\n".join(out)
