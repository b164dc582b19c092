"""The Markdown building blocks of a page: two-column rows, code fences and language tabs."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Tab", "fence", "row", "tabs"]


@dataclass(frozen=True)
class Tab:
    language: str  # the Pygments lexer
    source: str
    caption: str = ""  # Markdown shown above the code: which library, how to install it


def fence(language: str, source: str, title: str = "") -> str:
    # A fence longer than any backtick run in the source can never be closed by it.
    longest = max((len(run) for run in re.findall(r"`+", source)), default=0)
    ticks = "`" * max(3, longest + 1)
    attrs = f' title="{title}"' if title else ""
    return f"{ticks}{language}{attrs}\n{source}\n{ticks}"


def tabs(sources: Mapping[str, Tab]) -> str:
    """Content tabs (pymdownx.tabbed), one per label."""
    parts = []
    for label, tab in sources.items():
        caption = f"{tab.caption}\n{{: .api-lib }}\n\n" if tab.caption else ""
        parts.append(f'=== "{label}"\n\n' + textwrap.indent(caption + fence(tab.language, tab.source), "    "))
    return "\n\n".join(parts)


def block(css_class: str, content: str) -> str:
    """A <div> whose content is Markdown."""
    return f'<div class="{css_class}" markdown>\n\n{content}\n\n</div>'


def row(prose: str, code: str = "", *, heading: str = "", css_class: str = "") -> str:
    """A section with prose on the left and, on wide screens, code in the dark column on the right.

    The heading is a direct child of the row, ahead of both columns: pymdownx.tabbed prefixes tab
    ids with the slug of the header that precedes the tab set among its ancestors' children.
    """
    classes = " ".join(filter(None, ["api-row", css_class]))
    head = f"{heading}\n\n" if heading else ""
    code_block = block("api-code", code) + "\n" if code else ""
    return f'<div class="{classes}" markdown>\n\n{head}{block("api-prose", prose)}\n{code_block}</div>\n'
