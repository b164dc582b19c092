"""The site's search index: one entry per overview section, operation and attribute.

The page script loads it the first time the reader opens search, so a page costs nothing for
it until then. Entries carry plain text only: no tab labels, no code samples.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from markdown.extensions.toc import slugify

from invoiced_spec import limits

from ._overview import overview_markdown, sections, split_code
from ._pages import component_anchor
from ._resources import Resource
from ._tables import Row, attribute_rows, inline_markdown, noun, parameter_row

__all__ = ["search_index"]

_SNIPPET = 180


def _plain(markup: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = re.sub(r"[`*_]{1,2}(?=\w)|(?<=\w)[`*_]{1,2}", "", text) if "<" not in markup else text
    return re.sub(r"\s+", " ", text).strip()


def _snippet(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1].rsplit(" ", 1)[0] + "…"


def _entry(kind: str, title: str, where: str, url: str, text: str) -> dict[str, str]:
    return {"k": kind, "t": title, "s": where, "u": url, "x": _snippet(text)}


def _rows(rows: Iterable[Row], where: str, page: str) -> Iterable[dict[str, str]]:
    for row in rows:
        if row.anchor:
            yield _entry("attribute", row.name, where, f"{page}#{row.anchor}", _plain(row.description_html))
        yield from _rows(row.children, f"{where} \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} {row.name}", page)


def search_index(
    spec: dict[str, Any], found: list[Resource], pages: dict[str, str], owned: dict[str, tuple[str, ...]]
) -> dict[str, Any]:
    entries: list[dict[str, str]] = []
    for section in sections(overview_markdown(spec["info"], limits(spec))):
        if section.title:
            prose, _ = split_code(section.body)
            entries.append(
                _entry(
                    "section",
                    section.title,
                    "Overview",
                    f"index.html#{slugify(section.title, '-')}",
                    _plain(inline_markdown(prose)),
                )
            )
    for resource in found:
        page = resource.page.removesuffix(".md") + ".html"
        entries.append(_entry("page", resource.tag, "Reference", page, _plain(inline_markdown(resource.description))))
        for name in ((resource.schema_name,) if resource.schema_name else ()) + owned[resource.page]:
            anchor = component_anchor(name)
            where = f"The {noun(name)} object"
            entries.append(_entry("object", where, resource.tag, f"{page}#{anchor}", ""))
            node = {"$ref": f"#/components/schemas/{name}"}
            entries.extend(_rows(attribute_rows(spec, node, pages, mark_required=False, anchor=anchor), where, page))
        for operation in resource.operations:
            text = f"{operation.method.upper()} {operation.path} {_plain(inline_markdown(operation.description))}"
            entries.append(
                _entry("operation", operation.summary, resource.tag, f"{page}#{operation.operation_id}", text)
            )
            params = [parameter_row(spec, p, pages, anchor=operation.operation_id) for p in operation.parameters]
            entries.extend(_rows(params, operation.summary, page))
    return {"entries": entries}
