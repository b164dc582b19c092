"""HTML tables of attributes and parameters, with nested objects in expandable rows."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import markdown

from invoiced_spec import Parameter, resolve

from ._schema import (
    attributes,
    default_value,
    enum_values,
    linked_objects,
    nested_object,
    schema_description,
    type_label,
)
from ._words import article, count_noun, snake

__all__ = ["Row", "attribute_rows", "inline_markdown", "noun", "parameter_row", "render_table", "sandbox_note"]

SANDBOX_BADGE = '<span class="api-badge api-badge--sandbox">Sandbox only</span>'


def sandbox_note(node: Any) -> str:
    """The `x-sandbox` text of a spec object (behaviour of the local sandbox alone), badged, or ''."""
    text = node.get("x-sandbox") if isinstance(node, dict) else None
    return f"{SANDBOX_BADGE} {inline_markdown(str(text))}" if text else ""


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
    anchor: str = ""  # the row's id, for links and search results


def inline_markdown(text: str) -> str:
    """Render a description written in Markdown; a single paragraph loses its <p>."""
    rendered = str(markdown.markdown(text.strip(), extensions=["tables"], output_format="html"))
    if rendered.count("<p>") == 1 and rendered.startswith("<p>") and rendered.endswith("</p>"):
        return rendered[3:-4]
    return rendered


def _literal(value: Any) -> str:
    return f"<code>{html.escape(value if isinstance(value, str) else json.dumps(value))}</code>"


def noun(component: str) -> str:
    """A component as running text names it: `LineItem` → `line item`."""
    return snake(component).replace("_", " ")


def _object_link(name: str, href: str) -> str:
    return f'<a href="{html.escape(href)}">{html.escape(noun(name))} object</a>'


def _expansions(spec: dict[str, Any], node: Any, pages: dict[str, str]) -> dict[str, str]:
    """Resources this attribute can hold in place of an ID, with the URL of their section."""
    found: dict[str, str] = {}
    schema = node if isinstance(node, dict) else {}
    alternatives = schema.get("oneOf", []) + schema.get("anyOf", [])
    # Only an attribute that can also hold the object's ID expands; `Card or null` is just a card.
    holds_id = any(
        resolve(spec, a).get("type") not in ("null", "object", None) and not resolve(spec, a).get("properties")
        for a in alternatives
    )
    for alternative in alternatives if holds_id else []:
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
    for holder in (node, resolve(spec, node)):
        if note := sandbox_note(holder):
            parts.append(note)
            break
    values = enum_values(spec, node)
    if len(values) > 1:
        parts.append("One of " + ", ".join(_literal(v) for v in values) + ".")
    has_default, default = default_value(spec, node)
    if has_default:
        parts.append(f"Defaults to {_literal(default)}.")
    expansions = _expansions(spec, node, pages)
    for name, href in expansions.items():
        parts.append(f"Expands to {article(noun(name))} {_object_link(name, href)}.")
    for name, many in linked_objects(spec, node):
        if name in pages and name not in expansions:
            lead = "Each one is" if many else "This is"
            parts.append(f"{lead} {article(noun(name))} {_object_link(name, pages[name])}.")
    return " ".join(parts)


def _children(
    spec: dict[str, Any],
    node: Any,
    pages: dict[str, str],
    mark_required: bool,
    depth: int,
    seen: frozenset[str],
    anchor: str,
) -> tuple[Row, ...]:
    nested = nested_object(spec, node, frozenset(pages))
    if nested is None or depth >= _MAX_DEPTH or (nested[1] is not None and nested[1] in seen):
        return ()
    seen = seen | ({nested[1]} if nested[1] else set())
    return tuple(
        attribute_rows(spec, nested[0], pages, mark_required=mark_required, anchor=anchor, _depth=depth + 1, _seen=seen)
    )


def attribute_rows(
    spec: dict[str, Any],
    node: Any,
    pages: dict[str, str],
    *,
    mark_required: bool,
    anchor: str = "",
    _depth: int = 0,
    _seen: frozenset[str] = frozenset(),
) -> list[Row]:
    """One row per property of an object schema; nested objects become child rows.

    `pages` maps component names documented in a section of their own to that section's URL;
    those are linked instead of nested. `anchor` prefixes the rows' ids (`invoice-object` gives
    `invoice-object-payment_terms`, and its nested rows `invoice-object-items-name`).
    """
    rows = []
    for attribute in attributes(spec, node):
        own = f"{anchor}-{attribute.name}" if anchor else ""
        rows.append(
            Row(
                name=attribute.name,
                type_label=type_label(spec, attribute.schema),
                description_html=describe(spec, attribute.schema, pages),
                required=attribute.required and mark_required,
                children=_children(spec, attribute.schema, pages, mark_required, _depth, _seen, own),
                anchor=own,
            )
        )
    return rows


def parameter_row(spec: dict[str, Any], parameter: Parameter, pages: dict[str, str], anchor: str = "") -> Row:
    description = parameter.raw.get("description")
    if note := sandbox_note(parameter.raw):
        description = f"{description or ''} {note}".strip()
    own = f"{anchor}-{parameter.name}" if anchor else ""
    return Row(
        name=parameter.name,
        type_label=type_label(spec, parameter.schema),
        description_html=describe(spec, parameter.schema, pages, str(description) if description else None),
        required=parameter.required,
        children=_children(spec, parameter.schema, pages, False, 0, frozenset(), own),
        location=parameter.location,
        anchor=own,
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
        row_id = f' id="{html.escape(row.anchor)}"' if row.anchor else ""
        out.append(
            f'<tr{row_id}>{_name_cell(row)}<td><span class="api-type">{html.escape(row.type_label)}</span></td>'
            f"<td>{row.description_html}</td></tr>"
        )
        if row.children:
            inner = render_table(row.children, first_column=first_column, nested=True)
            out.append(
                f'<tr class="api-children"><td colspan="3"><details><summary>'
                f"{count_noun(len(row.children), 'child attribute')} of "
                f"<code>{html.escape(row.name)}</code></summary>\n{inner}\n</details></td></tr>"
            )
    out.append("</tbody></table>")
    return "\n".join(out)
