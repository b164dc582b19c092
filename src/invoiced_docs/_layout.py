"""The Markdown building blocks of a page: two-column rows, code fences and language tabs."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping

__all__ = ["fence", "row", "tabs"]


def fence(language: str, source: str, title: str = "") -> str:
    # A fence longer than any backtick run in the source can never be closed by it.
    longest = max((len(run) for run in re.findall(r"`+", source)), default=0)
    ticks = "`" * max(3, longest + 1)
    attrs = f' title="{title}"' if title else ""
    return f"{ticks}{language}{attrs}\n{source}\n{ticks}"


def tabs(sources: Mapping[str, tuple[str, str]]) -> str:
    """Content tabs (pymdownx.tabbed); `sources` maps a tab label to (language, source)."""
    parts = []
    for label, (language, source) in sources.items():
        parts.append(f'=== "{label}"\n\n' + textwrap.indent(fence(language, source), "    "))
    return "\n\n".join(parts)


def row(prose: str, code: str = "", *, heading: str = "", css_class: str = "") -> str:
    """A section with prose on the left and, on wide screens, code in the dark column on the right.

    The heading is a direct child of the row, ahead of both columns: pymdownx.tabbed prefixes tab
    ids with the slug of the header that precedes the tab set among its ancestors' children.
    """
    classes = " ".join(filter(None, ["api-row", css_class]))
    head = f"{heading}\n\n" if heading else ""
    code_block = f'<div class="api-code" markdown>\n\n{code}\n\n</div>\n' if code else ""
    return (
        f'<div class="{classes}" markdown>\n\n{head}<div class="api-prose" markdown>\n\n{prose}\n\n</div>\n'
        f"{code_block}</div>\n"
    )
